import Foundation

extension HTTPCoreService {
    /// A form POST to a server that is not the core (the OAuth token service, the FIAS
    /// gateway): no session token goes with it, and a failure on the way names that server.
    /// Returns the answer and the server's label, for what reads the answer to name it too.
    func postForm(_ endpoint: CorePaths.Endpoint, to base: URL, path: String,
                  fields: KeyValuePairs<String, String>,
                  contentType: String = "application/x-www-form-urlencoded; charset=utf-8")
        async throws(CoreError) -> (answer: RawAnswer, label: String) {
        var call = Call(endpoint, .POST, path, body: Data(FormBody.encode(fields).utf8))
        call.base = base
        call.contentType = contentType
        let label = CoreConnection.label(of: base)
        do {
            return (try await exchangeRepeatingReads(call, token: nil), label)
        } catch {
            throw error.naming(label, insteadOf: server)
        }
    }
}

/// `application/x-www-form-urlencoded`, as HTML forms encode it.
enum FormBody {
    static func encode(_ fields: KeyValuePairs<String, String>) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        func escape(_ text: String) -> String {
            // Space as %20 rather than +: both are valid, and %20 cannot be misread.
            text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }
        return fields.map { "\(escape($0.key))=\(escape($0.value))" }.joined(separator: "&")
    }
}

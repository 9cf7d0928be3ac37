/// A failed TLS handshake in words a person can act on, then the technical detail: the
/// library's reason codes only (`CERTIFICATE_VERIFY_FAILED`), never its internals, error
/// numbers or build paths, which its own descriptions carry.
enum TLSFailureWords {
    static func describe(_ error: any Error) -> String {
        describe(text: String(describing: error))
    }

    static func describe(text: String) -> String {
        let codes = reasonCodes(in: text)
        let detail = codes.isEmpty ? caseName(in: text) : codes.joined(separator: ", ")
        let words = self.words(codes: codes, text: text)
        return detail.map { "\(words) (\($0))" } ?? words
    }

    private static func words(codes: [String], text: String) -> String {
        func has(_ parts: String...) -> Bool { codes.contains { code in parts.contains { code.contains($0) } } }
        if text.contains("failedToValidateHostname") || has("HOSTNAME", "NAME_MISMATCH") {
            return "the server's certificate is for another host name than the server setting"
        }
        if has("EXPIRED") { return "the server's certificate has expired" }
        if has("CERTIFICATE_VERIFY_FAILED", "UNKNOWN_CA", "BAD_CERTIFICATE", "CERTIFICATE_UNKNOWN") {
            return "the server's certificate is not trusted (signed by an authority this machine does not trust, expired or not yet valid)"
        }
        if has("WRONG_VERSION_NUMBER", "HTTP_REQUEST", "PACKET_LENGTH_TOO_LONG", "RECORD_TOO_LARGE") {
            return "the server did not answer in TLS (is it a plain http:// server?)"
        }
        if has("PROTOCOL_VERSION", "UNSUPPORTED_PROTOCOL", "NO_SUPPORTED_VERSIONS", "NO_SHARED_CIPHER",
               "HANDSHAKE_FAILURE", "NO_CIPHERS") {
            return "the server and this client have no TLS version or cipher in common"
        }
        if text.contains("uncleanShutdown") || text.contains("eofDuringHandshake") {
            return "the server closed the connection during the TLS handshake"
        }
        return "the TLS handshake failed"
    }

    /// OpenSSL-style reason codes: upper-case words joined by underscores (a word with a
    /// lower-case letter, like `OPENSSL_internal`, is not one).
    static func reasonCodes(in text: String) -> [String] {
        var out: [String] = []
        var word = ""
        var mixedCase = false
        func flush() {
            if !mixedCase, word.count >= 6, word.contains("_"), word.first?.isLetter == true, !out.contains(word) {
                out.append(word)
            }
            word = ""
            mixedCase = false
        }
        for ch in text.unicodeScalars {
            if ("A"..."Z").contains(ch) || ("0"..."9").contains(ch) || ch == "_" {
                word.unicodeScalars.append(ch)
            } else if ("a"..."z").contains(ch) {
                mixedCase = true
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// `handshakeFailed` from `handshakeFailed(…)`: the case name, when the text begins with one.
    private static func caseName(in text: String) -> String? {
        let head = text.prefix { $0 != "(" }
        let tail = head.split(separator: ".").last.map(String.init) ?? String(head)
        let name = tail.prefix { $0.isLetter || $0.isNumber }
        return name.isEmpty || name.count > 40 ? nil : String(name)
    }
}

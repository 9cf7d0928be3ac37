import Foundation
import HTTPTypes
import Hummingbird
import LeadModel
import NIOCore

/// What every core call goes through: the request log, latency, the session check, the
/// injected faults (hostile answers only after a valid session, so a client reaches the
/// call under test), the operation itself and the answer.
struct CoreCallHandler: Sendable {
    let state: SimulatorState

    func handle(_ request: Request, _ context: SimContext, authenticated: Bool = true,
                operation: @Sendable (Data) async -> SimReply) async throws -> Response {
        let bodyBuffer = try await request.body.collect(upTo: context.maxUploadSize)
        let body = Data(buffer: bodyBuffer)
        let sequence = await state.record(Self.logEntry(request, body: body, isLogin: !authenticated))
        let faults = await state.faults

        if faults.latencyMilliseconds > 0 {
            try await Task.sleep(for: .milliseconds(faults.latencyMilliseconds))
        }
        if await state.roll(faults.serverErrorRate) {
            await state.finish(sequence, status: 500, fault: "server-error")
            return Response(status: .internalServerError,
                            headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "Internal Server Error")))
        }
        if authenticated {
            let (ok, fault) = await state.authorize(Self.header(request, "bsauth"))
            if !ok {
                let refusal = AuthReplies.refusedToken(faults.expiredTokenAnswer)
                await state.finish(sequence, status: refusal.status, fault: fault)
                return Self.response(refusal)
            }
        }

        if authenticated, let hostile = try await HostileAnswers.instead(faults, request: request) {
            await state.finish(sequence, status: Int(hostile.status.code), fault: faults.hostile.map { "hostile.\($0.rawValue)" })
            return hostile
        }

        let honest = await operation(body)
        let reply = authenticated ? HostileAnswers.shaped(honest, faults, request: request) : honest

        if reply.committed, await state.roll(faults.dropAfterCommitRate) {
            await state.finish(sequence, status: nil, fault: "drop-after-commit")
            // Committed, then the connection goes away before any byte of the answer.
            try? await context.channel.close()
            throw CancellationError()
        }
        if await state.roll(faults.malformedRate) {
            await state.finish(sequence, status: reply.status, fault: "malformed")
            let truncated = reply.body.prefix(max(1, reply.body.count / 2))
            return Response(status: .init(code: reply.status),
                            headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: truncated)))
        }
        await state.finish(sequence, status: reply.status, fault: nil)
        return Self.response(reply)
    }

    static func response(_ reply: SimReply) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        for (name, value) in reply.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(status: .init(code: reply.status), headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    static func header(_ request: Request, _ name: String) -> String? {
        HTTPField.Name(name).flatMap { request.headers[$0] }
    }

    private static func logEntry(_ request: Request, body: Data, isLogin: Bool) -> LoggedRequest {
        var headers: [String: String] = [:]
        for name in ["customer-key", "bsauth", "content-type"] {
            if let value = header(request, name) { headers[name] = value }
        }
        var text = body.isEmpty ? nil : String(decoding: body, as: UTF8.self)
        if isLogin, let raw = text {
            text = redactPassword(AuthReplies.redactingClientSecret(raw))
        }
        return LoggedRequest(sequence: 0, method: request.method.rawValue, path: request.uri.path,
                             query: request.uri.query, headers: headers, body: text, status: nil, fault: nil)
    }

    /// The request log may be read by anyone on the machine: keep the password out of it.
    private static func redactPassword(_ body: String) -> String {
        guard var tree = try? WireCoding.decode(JSONValue.self, from: Data(body.utf8)),
              tree[FieldPath("password")] != nil
        else { return body }
        tree.set(.string("***"), at: "password")
        guard let out = try? WireCoding.encode(tree) else { return body }
        return String(decoding: out, as: UTF8.self)
    }
}

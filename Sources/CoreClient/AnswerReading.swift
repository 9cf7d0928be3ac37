import AsyncHTTPClient
import Foundation
import LeadModel
import NIOCore
import NIOFoundationCompat

/// What one answer may cost: its size in bytes, the records decoded from a list, and, for a
/// look-up by id, which records may be kept at all.
struct AnswerLimits: Sendable {
    var maxBytes: Int
    var maxRecords: Int
    var wantedIds: Set<Int64>?

    static let unbounded = AnswerLimits(maxBytes: .max, maxRecords: .max, wantedIds: nil)

    /// Where the decoders of `RecordList` and `RequestedClients` find the limits.
    static let userInfoKey: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "leadterm.answerLimits") else { preconditionFailure("a constant key") }
        return key
    }()
}

/// Reads an answer within the limits: the whole request on one deadline, the body up to the
/// size limit, nothing compressed, no redirect followed.
enum AnswerReading {
    /// `work` within `timeout`, head and body together. A read timeout alone is reset by every
    /// byte, so a core sending one byte a second would hold a call for ever.
    static func within<T: Sendable>(_ timeout: Duration, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw TransportFailure.WholeRequestTimeout()
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    /// The answer's body, read into one buffer sized once (from content-length when given)
    /// and handed to the decoder without a copy.
    static func read(_ response: HTTPClientResponse, limits: AnswerLimits, server: String, isRead: Bool) async throws -> RawAnswer {
        let status = Int(response.status.code)
        if (300..<400).contains(status) {
            let location = response.headers.first(name: "location").map(AnswerDecoding.clean) ?? "an address it did not give"
            throw CoreError.redirected(server: server, location: location)
        }
        if let encoding = response.headers.first(name: "content-encoding")?.lowercased(), encoding != "identity" {
            // Never inflated: a small gzip body may inflate to gigabytes.
            let reason = "it is compressed (content-encoding: \(AnswerDecoding.clean(encoding))), which was not asked for; it was not inflated"
            throw isRead ? CoreError.badResponse(path: "", reason: reason)
                         : CoreError.outcomeUnknown(server: server, cause: .unreadableAnswer(path: "", reason: reason))
        }
        let declared = response.headers.first(name: "content-length").flatMap { Int($0) }
        if let declared, declared > limits.maxBytes { throw NIOTooManyBytesError(maxBytes: limits.maxBytes) }
        var buffer = ByteBufferAllocator().buffer(capacity: min(declared ?? 16 << 10, limits.maxBytes))
        for try await chunk in response.body {
            guard chunk.readableBytes <= limits.maxBytes - buffer.readableBytes else {
                throw NIOTooManyBytesError(maxBytes: limits.maxBytes)
            }
            buffer.writeImmutableBuffer(chunk)
        }
        let body = buffer.readData(length: buffer.readableBytes, byteTransferStrategy: .noCopy) ?? Data()
        return RawAnswer(status: status, headers: response.headers, body: body, limits: limits)
    }
}

/// The records are more than `max-records` allows.
struct RecordLimitExceeded: Error {
    let count: Int
    let limit: Int
}

/// A list answer decoded only when it holds at most `max-records` records: its length is
/// known before any record is built, so a core cannot make the client build a million.
struct RecordList<Element: Decodable & Sendable>: Decodable, Sendable {
    let items: [Element]

    init(from decoder: any Decoder) throws {
        var list = try decoder.unkeyedContainer()
        let limit = (decoder.userInfo[AnswerLimits.userInfoKey] as? AnswerLimits)?.maxRecords ?? .max
        if let count = list.count, count > limit { throw RecordLimitExceeded(count: count, limit: limit) }
        var items: [Element] = []
        items.reserveCapacity(min(list.count ?? 0, 1024))
        while !list.isAtEnd { items.append(try list.decode(Element.self)) }
        self.items = items
    }
}

/// The clients of a look-up by id: only those asked for, each once. Any other record is read
/// no further than its id and dropped; the ids of those are kept for the log.
struct RequestedClients: Decodable, Sendable {
    let clients: [Client]
    /// Records that were not asked for (or repeated one already kept), by id.
    let droppedIds: [Int64]
    /// Records with no id at all.
    let droppedWithoutId: Int

    /// One record: its id, and the whole client only when it was asked for.
    private struct Probe: Decodable {
        enum Keys: String, CodingKey { case id }
        let id: Int64?
        let client: Client?

        init(from decoder: any Decoder) throws {
            let wanted = (decoder.userInfo[AnswerLimits.userInfoKey] as? AnswerLimits)?.wantedIds ?? []
            id = try decoder.container(keyedBy: Keys.self).decodeIfPresent(Int64.self, forKey: .id)
            client = try id.map { wanted.contains($0) } == true ? Client(from: decoder) : nil
        }
    }

    init(from decoder: any Decoder) throws {
        var list = try decoder.unkeyedContainer()
        var kept: [Client] = []
        var keptIds: Set<Int64> = []
        var dropped: [Int64] = []
        var withoutId = 0
        while !list.isAtEnd {
            let probe = try list.decode(Probe.self)
            guard let id = probe.id else { withoutId += 1; continue }
            if let client = probe.client, keptIds.insert(id).inserted {
                kept.append(client)
            } else {
                dropped.append(id)
            }
        }
        clients = kept
        droppedIds = dropped
        droppedWithoutId = withoutId
    }
}

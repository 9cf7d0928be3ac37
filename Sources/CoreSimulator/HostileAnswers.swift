import Foundation
import HTTPTypes
import Hummingbird
import LeadModel
import NIOCore

/// The answers of a hostile core (`SimulatorFaults.hostile`): what a client must survive
/// without hanging, growing without limit, following the core elsewhere or showing data
/// nobody asked for.
enum HostileAnswers {
    /// The answer that replaces the honest one before any work is done, or nil when the mode
    /// shapes the honest answer instead (`shaped`), or only delays it (slow headers).
    static func instead(_ faults: SimulatorFaults, request: Request) async throws -> Response? {
        guard let mode = faults.hostile else { return nil }
        let megabytes = max(1, faults.hostileMegabytes)
        switch mode {
        case .hugeAnswer:
            return hugeAnswer(bytes: megabytes << 20)
        case .endlessBody:
            return endlessBody()
        case .slowBody:
            return slowBody(every: .milliseconds(max(1, faults.hostileIntervalMilliseconds)))
        case .slowHeaders:
            try await Task.sleep(for: .milliseconds(max(0, faults.hostileIntervalMilliseconds)))
            return nil
        case .gzipBomb:
            return Response(status: .ok,
                            headers: [.contentType: "application/json; charset=utf-8", .contentEncoding: "gzip"],
                            body: .init(byteBuffer: ByteBuffer(bytes: GzipBomb.zeros(count: megabytes << 20))))
        case .deepNesting:
            let depth = max(1, faults.hostileCount)
            var text = #"{"status":"ok","data":"#
            text += String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            return json(Data(text.utf8))
        case .redirect:
            var target = "http://127.0.0.1:\(faults.hostileRedirectPort)\(request.uri.path)"
            if let query = request.uri.query { target += "?" + query }
            return Response(status: .found, headers: [.location: target, .contentLength: "0"])
        case .bigLead, .unrequestedClients:
            return nil
        }
    }

    /// The honest reply reshaped for the modes that lie in the data rather than the transport.
    static func shaped(_ reply: SimReply, _ faults: SimulatorFaults, request: Request) -> SimReply {
        guard reply.status == 200, request.method == .get else { return reply }
        let path = request.uri.path
        switch faults.hostile {
        case .bigLead where path.hasPrefix("/bs-core/main/leads/") && !path.contains("/find/"):
            guard var tree = try? WireCoding.decode(JSONValue.self, from: reply.body) else { return reply }
            tree.set(.array(relatives(count: max(0, faults.hostileCount))), at: "data.relatives")
            var out = reply
            out.body = (try? WireCoding.encode(tree)) ?? reply.body
            return out
        case .unrequestedClients where path.hasPrefix("/bs-core/main/clients/find/"):
            guard let honest = try? WireCoding.decode(Envelope<[JSONValue]>.self, from: reply.body) else { return reply }
            var out = reply
            out.body = clientsAnswer(honest.data ?? [], strangers: max(0, faults.hostileCount))
            return out
        default:
            return reply
        }
    }

    // MARK: transport lies

    private static func hugeAnswer(bytes: Int) -> Response {
        let head = Data(#"{"status":"ok","data":["#.utf8)
        let item = Data(("\"" + String(repeating: "x", count: 1022) + "\",").utf8)  // 1 KiB
        let items = max(1, (bytes - head.count) / item.count)
        let length = head.count + items * item.count + 1  // the last "," becomes "]", then "}"
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(contentLength: length) { writer in
                            try await writer.write(ByteBuffer(bytes: head))
                            var left = items
                            while left > 0 {
                                let n = min(left, 256)
                                var chunk = Data(capacity: n * item.count)
                                for _ in 0..<n { chunk.append(item) }
                                left -= n
                                if left == 0 { chunk[chunk.count - 1] = UInt8(ascii: "]"); chunk.append(UInt8(ascii: "}")) }
                                try await writer.write(ByteBuffer(bytes: chunk))
                            }
                            try await writer.finish(nil)
                        })
    }

    /// Chunked (no content-length) and never finished: an array of zeros until the client
    /// hangs up.
    private static func endlessBody() -> Response {
        let chunk = ByteBuffer(bytes: Data(String(repeating: "0,", count: 32 << 10).utf8))
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody { writer in
                            try await writer.write(ByteBuffer(string: #"{"status":"ok","data":["#))
                            while !Task.isCancelled { try await writer.write(chunk) }
                            try await writer.finish(nil)
                        })
    }

    /// The head at once, then JSON whitespace one byte at a time, never finishing: every byte
    /// resets a read timeout, so only a deadline on the whole request ends it.
    private static func slowBody(every interval: Duration) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody { writer in
                     try await writer.write(ByteBuffer(string: "{"))
                     while !Task.isCancelled {
                         try await Task.sleep(for: interval)
                         try await writer.write(ByteBuffer(string: " "))
                     }
                     try await writer.finish(nil)
                 })
    }

    private static func json(_ body: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    // MARK: data lies

    private static func relatives(count: Int) -> [JSONValue] {
        (0..<count).map { i in
            .object(["lastName": .string("Родственников"), "firstName": .string("Номер"),
                     "patronymic": .string("Строкович"), "telephone": .string(String(79_990_000_000 + i)),
                     "comments": .string("строка \(i + 1)")])
        }
    }

    /// The requested clients and `strangers` more nobody asked for, each with a name, a phone
    /// and a passport: the personal data a client must never show. Written as text, since a
    /// `JSONValue` tree of 100,000 clients is slow to build.
    private static func clientsAnswer(_ honest: [JSONValue], strangers: Int) -> Data {
        var out = Data(#"{"status":"ok","timestamp":\#(SimReply.nowMillis()),"data":["#.utf8)
        out.reserveCapacity(strangers * 260 + 4096)
        var first = true
        for client in honest {
            if let bytes = try? WireCoding.encode(client) {
                if !first { out.append(UInt8(ascii: ",")) }
                out.append(bytes)
                first = false
            }
        }
        for i in 0..<strangers {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            let id = 900_000_000 + i
            out.append(Data(("{\"id\":\(id),\"lastName\":\"Посторонний\",\"firstName\":\"Чужой\",\"patronymic\":\"Клиентович\","
                + "\"birthDate\":\"1980-01-01\",\"birthPlace\":\"г. Москва\",\"mobilePhone\":\"7\(9_000_000_000 + i)\","
                + "\"email\":\"stranger\(i)@example.org\",\"resident\":true,"
                + "\"passport\":{\"seria\":\"4500\",\"no\":\"\(100_000 + i % 900_000)\",\"manager\":\"ОВД района\"}}").utf8))
        }
        out.append(Data("]}".utf8))
        return out
    }
}

/// A gzip member whose deflate stream inflates to that many zero bytes while staying about
/// 600 times smaller: one literal, then matches of 258 bytes at distance 1, in a fixed-Huffman
/// block (13 bits a match, so eight matches are 13 whole bytes, written as one block).
enum GzipBomb {
    static func zeros(count: Int) -> Data {
        let total = max(1, count)
        var bits = BitWriter()
        bits.write(1, count: 1)             // BFINAL
        bits.write(1, count: 2)             // BTYPE 01: fixed Huffman
        bits.writeCode(0x30, length: 8)     // literal 0
        var matches = (total - 1) / 258
        let literals = (total - 1) % 258
        while matches > 0 && !bits.isAligned {
            bits.writeMatch()
            matches -= 1
        }
        var eight = BitWriter()
        for _ in 0..<8 { eight.writeMatch() }
        let block = eight.bytes()           // 13 bytes, starting and ending on a byte boundary
        bits.appendAligned(block, times: matches / 8)
        for _ in 0..<(matches % 8) { bits.writeMatch() }
        for _ in 0..<literals { bits.writeCode(0x30, length: 8) }
        bits.writeCode(0, length: 7)        // end of block
        var out = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3])
        out.append(bits.bytes())
        appendLittleEndian(crc32OfZeros(count: total), to: &out)
        appendLittleEndian(UInt32(truncatingIfNeeded: total), to: &out)
        return out
    }

    private static func appendLittleEndian(_ v: UInt32, to out: inout Data) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
    }

    /// CRC-32 of `count` zero bytes without touching them: the register's step on a zero bit
    /// is linear, so the step for `count` bytes is a 32×32 bit matrix raised to that power.
    static func crc32OfZeros(count: Int) -> UInt32 {
        func times(_ m: [UInt32], _ v: UInt32) -> UInt32 {
            var sum: UInt32 = 0, v = v, i = 0
            while v != 0 { if v & 1 != 0 { sum ^= m[i] }; v >>= 1; i += 1 }
            return sum
        }
        func squared(_ m: [UInt32]) -> [UInt32] { m.map { times(m, $0) } }
        var step: [UInt32] = [0xEDB8_8320] + (0..<31).map { UInt32(1) << UInt32($0) }  // one zero bit
        for _ in 0..<3 { step = squared(step) }                                          // one zero byte
        var register: UInt32 = 0xFFFF_FFFF
        var n = count
        while n > 0 {
            if n & 1 != 0 { register = times(step, register) }
            step = squared(step)
            n >>= 1
        }
        return register ^ 0xFFFF_FFFF
    }

    /// Deflate's bit order: fields least significant bit first, Huffman codes most significant
    /// bit first.
    struct BitWriter {
        private var out = Data()
        private var pending: UInt64 = 0
        private var used = 0

        var isAligned: Bool { used == 0 }

        mutating func write(_ value: UInt32, count: Int) {
            pending |= UInt64(value) << UInt64(used)
            used += count
            while used >= 8 {
                out.append(UInt8(truncatingIfNeeded: pending))
                pending >>= 8
                used -= 8
            }
        }

        mutating func writeCode(_ code: UInt32, length: Int) {
            var reversed: UInt32 = 0
            for i in 0..<length { reversed |= ((code >> UInt32(i)) & 1) << UInt32(length - 1 - i) }
            write(reversed, count: length)
        }

        /// Length code 285 (258 bytes, 8 bits) then distance code 0 (distance 1, 5 bits).
        mutating func writeMatch() { write(0xA3, count: 13) }  // 0xC5 bit-reversed; the distance bits are 0

        mutating func appendAligned(_ block: Data, times: Int) {
            guard times > 0 else { return }
            precondition(isAligned, "a block goes on a byte boundary")
            out.reserveCapacity(out.count + block.count * times + 16)
            for _ in 0..<times { out.append(block) }
        }

        func bytes() -> Data { used > 0 ? out + [UInt8(truncatingIfNeeded: pending)] : out }
    }
}

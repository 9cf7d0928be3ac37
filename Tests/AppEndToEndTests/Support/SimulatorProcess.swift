import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LeadModel

/// The real binaries under test: `LEADTERM_BIN` / `LEADTERM_SIM_BIN`, or next to the test
/// bundle (on Linux the `.xctest` runner sits in the products folder with the executables).
enum Binaries {
    static func path(_ name: String, variable: String) throws -> String {
        if let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty { return path }
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        var bundle = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = bundle.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            bundle.deleteLastPathComponent()
        }
        throw E2EFailure("\(name) not found: build it (swift build) or set \(variable)")
    }
}

/// A `leadterm-sim --port 0` process on 127.0.0.1, read through its `/_sim` admin routes.
final class SimulatorProcess: @unchecked Sendable {
    let url: String
    private let process: Process

    /// `arguments` follow `--port 0` (e.g. `--data FILE`).
    init(arguments: [String] = []) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Binaries.path("leadterm-sim", variable: "LEADTERM_SIM_BIN"))
        process.arguments = ["--port", "0"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var firstLine = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            firstLine.append(byte)
        }
        let url = String(decoding: firstLine, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard url.hasPrefix("http://127.0.0.1:") else {
            process.terminate()
            process.waitUntilExit()
            throw E2EFailure("leadterm-sim did not print its URL; first line: \(url)")
        }
        self.url = url
        self.process = process
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// The environment that points `leadterm` at this simulator (demo/demo/demo).
    var clientEnvironment: [String: String] {
        ["LEADTERM_SERVER": url, "LEADTERM_CUSTOMER_KEY": "demo", "LEADTERM_USER": "demo",
         "LEADTERM_PASSWORD": "demo"]
    }

    /// `GET /_sim/requests`: every call the simulator received, in order.
    func requests() throws -> [LoggedCall] {
        try WireCoding.decode([LoggedCall].self, from: get("/_sim/requests"))
    }

    /// `GET /_sim/data` as a JSON tree (clients, leads, dictionaries).
    func data() throws -> JSONValue {
        try WireCoding.decode(JSONValue.self, from: get("/_sim/data"))
    }

    private func get(_ path: String) throws -> Data {
        guard let endpoint = URL(string: url + path) else { throw E2EFailure("bad URL \(url + path)") }
        // Foundation's synchronous read is enough for a loopback admin call.
        return try Data(contentsOf: endpoint)
    }
}

/// One entry of the simulator's request log (the fields the tests read).
struct LoggedCall: Decodable {
    var sequence: Int
    var method: String
    var path: String
    var body: String?
    var status: Int?

    /// The body parsed as JSON.
    func json() throws -> JSONValue {
        guard let body else { throw E2EFailure("\(method) \(path) had no body") }
        return try WireCoding.decode(JSONValue.self, from: Data(body.utf8))
    }
}

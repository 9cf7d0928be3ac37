import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// A local BrainySoft core for the demo, the tests and the benchmarks: the documented
/// endpoints, sessions, business rules and injectable faults, over real HTTP.
///
/// ```swift
/// let sim = try await CoreSimulator.start(options: .init(tokenLifetime: .seconds(1)))
/// defer { Task { await sim.stop() } }
/// // talk to sim.url
/// ```
public enum CoreSimulator {
    /// Starts listening on `host:port` (port 0 takes a free port) and returns once it accepts
    /// connections. Throws when the address cannot be bound or the data file is unusable.
    public static func start(host: String = "127.0.0.1", port: Int = 0,
                             options: SimulatorOptions = SimulatorOptions()) async throws -> RunningSimulator {
        let state = try SimulatorState(options: options)
        let bound = BoundPort()
        var logger = options.logger
        logger[metadataKey: "component"] = "simulator"
        let app = Application(
            router: SimulatorRoutes.router(state: state),
            configuration: .init(address: .hostname(host, port: port), serverName: "leadterm-sim"),
            onServerRunning: { (channel: any NIOCore.Channel) in await bound.resolve(channel.localAddress?.port) },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let task = Task {
            do {
                try await group.run()
                await bound.resolve(nil)
            } catch {
                await bound.fail(error)
            }
        }
        let actualPort: Int
        do {
            actualPort = try await bound.value()
        } catch {
            await group.triggerGracefulShutdown()
            _ = await task.result
            throw error
        }
        let hostPart = host.contains(":") ? "[\(host)]" : host
        guard let url = URL(string: "http://\(hostPart):\(actualPort)") else {
            throw SimulatorError.notStarted("no URL for \(host):\(actualPort)")
        }
        return RunningSimulator(url: url, state: state, group: group, task: task)
    }
}

/// A simulator that is serving; `stop()` shuts it down gracefully.
public struct RunningSimulator: Sendable {
    /// `http://127.0.0.1:PORT`: what a client's server setting should be.
    public let url: URL
    let state: SimulatorState
    let group: ServiceGroup
    let task: Task<Void, Never>

    /// Finishes the calls in flight, closes the listening socket and returns when it is closed.
    public func stop() async {
        await group.triggerGracefulShutdown()
        await task.value
    }

    /// Replaces the injected faults at once.
    public func setFaults(_ faults: SimulatorFaults) async { await state.setFaults(faults) }

    /// Ends every session, as a core restart or a token timeout would.
    public func expireAllTokens() async { await state.expireAllTokens() }

    /// Every core call received so far, oldest first.
    public func requests() async -> [LoggedRequest] { await state.requests() }

    public func clearRequests() async { await state.clearRequests() }

    /// The simulator's data as it is now (clients, leads, dictionaries).
    public func data() async -> SimulatorData { await state.snapshot() }
}

/// The port the server bound, or why it did not start; resolved exactly once.
private actor BoundPort {
    private var result: Result<Int, any Error>?
    private var waiters: [CheckedContinuation<Int, any Error>] = []

    func resolve(_ port: Int?) {
        settle(port.map { .success($0) } ?? .failure(SimulatorError.notStarted("the server stopped before listening")))
    }

    func fail(_ error: any Error) { settle(.failure(error)) }

    func value() async throws -> Int {
        if let result { return try result.get() }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }

    private func settle(_ outcome: Result<Int, any Error>) {
        guard result == nil else { return }
        result = outcome
        for w in waiters { w.resume(with: outcome) }
        waiters.removeAll()
    }
}

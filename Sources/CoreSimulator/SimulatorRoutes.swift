import Foundation
import HTTPTypes
import Hummingbird
import LeadModel
import NIOCore

/// A request context that keeps the connection, so the simulator can drop it on purpose.
struct SimContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any NIOCore.Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

/// The core's routes on the vendor's documented paths (and the gateway's FIAS method), and
/// the `/_sim` admin routes. Any other path is answered as a core answers it: an error
/// envelope with 404, so a client calling a path the vendor does not document fails a test.
enum SimulatorRoutes {
    static func router(state: SimulatorState) -> Router<SimContext> {
        let router = Router(context: SimContext.self)
        let core = CoreCallHandler(state: state)
        // Before the routes: each route is built with the middleware present when it is added.
        router.add(middleware: NoSuchPath(core: core))

        router.post("/bs-core/main/login") { req, ctx in
            try await core.handle(req, ctx, authenticated: false) { body in
                await state.login(customerKey: CoreCallHandler.header(req, "customer-key"), body: body)
            }
        }
        router.post("/bs-core/main/leads") { req, ctx in
            try await core.handle(req, ctx) { body in await state.createLead(body: body) }
        }
        router.put("/bs-core/main/leads/:id") { req, ctx in
            let id = ctx.parameters.get("id").flatMap { Int64($0) }
            return try await core.handle(req, ctx) { body in
                guard let id else { return .error(400, "Некорректный идентификатор лида") }
                return await state.updateLead(id: id, body: body)
            }
        }
        router.get("/bs-core/main/leads/:id") { req, ctx in
            let id = ctx.parameters.get("id").flatMap { Int64($0) }
            return try await core.handle(req, ctx) { _ in
                guard let id else { return .error(400, "Некорректный идентификатор лида") }
                return await state.lead(id: id)
            }
        }
        router.get("/bs-core/main/leads/find/date-from/:from/date-to/:to") { req, ctx in
            let from = ctx.parameters.get("from").flatMap(CoreTime.parse)
            let to = ctx.parameters.get("to").flatMap(CoreTime.parse)
            let status = req.uri.queryParameters.get("lead-status")
            return try await core.handle(req, ctx) { _ in
                guard let from, let to else {
                    return .error(400, "Даты должны быть в формате ГГГГ-ММ-ДДTЧЧ:ММ:СС")
                }
                return await state.findLeads(from: from, to: to, status: status)
            }
        }
        router.get("/bs-core/main/leads/find/:ids") { req, ctx in
            let ids = pathText(ctx, "ids")
            let preserve = req.uri.queryParameters.get("preserveOrder")?.lowercased() == "true"
            return try await core.handle(req, ctx) { _ in await state.leads(ids: ids, preserveOrder: preserve) }
        }
        router.post("/bs-core/main/leads/partial-load") { req, ctx in
            try await core.handle(req, ctx) { body in await state.searchLeads(body: body) }
        }
        router.post("/bs-core/main/leads/:id/check") { req, ctx in
            let text = pathText(ctx, "id")
            return try await core.handle(req, ctx) { _ in
                guard let id = Int64(text) else { return .notANumber(text) }
                return await state.checkLead(id: id)
            }
        }
        router.get("/bs-core/main/leads/:id/statuses") { req, ctx in
            let text = pathText(ctx, "id")
            return try await core.handle(req, ctx) { _ in
                guard let id = Int64(text) else { return .notANumber(text) }
                return await state.leadStatuses(id: id)
            }
        }
        router.get("/bs-core/main/clients/init") { req, ctx in
            try await core.handle(req, ctx) { _ in await state.newClientTemplate() }
        }
        router.get("/bs-core/main/clients/find/:ids") { req, ctx in
            let ids = pathText(ctx, "ids")
            let preserve = req.uri.queryParameters.get("preserveOrder")?.lowercased() == "true"
            return try await core.handle(req, ctx) { _ in await state.clients(ids: ids, preserveOrder: preserve) }
        }
        router.get("/bs-core/main/clients/:id") { req, ctx in
            let id = pathText(ctx, "id")
            return try await core.handle(req, ctx) { _ in await state.client(id: id) }
        }
        router.post("/bs-core/main/clients/partial-load") { req, ctx in
            try await core.handle(req, ctx) { body in await state.searchClients(body: body) }
        }
        // The vendor's gateway (`gate.brainysoft.ru`), served on the same port.
        router.post("/outside/fias/:key/getFiasId") { req, ctx in
            let key = pathText(ctx, "key")
            return try await core.handle(req, ctx, authenticated: false) { body in
                guard key == state.options.customerKey else {
                    return .error(404, "Неизвестный ключ клиента: \(key)")
                }
                guard let address = FiasGateway.formField("addr", in: body) else {
                    return .error(400, "Не задан адрес (addr)")
                }
                return FiasGateway.lookUp(address)
            }
        }
        router.get("/bs-core/dicts/countries") { req, ctx in
            try await core.handle(req, ctx) { _ in await state.countries() }
        }
        router.get("/bs-core/dicts/credit-products") { req, ctx in
            try await core.handle(req, ctx) { _ in await state.creditProducts() }
        }

        SimulatorAuthRoutes.add(to: router, state: state, core: core)
        addAdminRoutes(to: router, state: state)
        return router
    }

    /// Test and demo controls; never subject to faults or sessions.
    private static func addAdminRoutes(to router: Router<SimContext>, state: SimulatorState) {
        router.get("/_sim/requests") { _, _ in
            json(try WireCoding.encode(await state.requests(), pretty: true))
        }
        router.delete("/_sim/requests") { _, _ in
            await state.clearRequests()
            return Response(status: .noContent)
        }
        router.post("/_sim/expire-tokens") { _, _ in
            await state.expireAllTokens()
            return Response(status: .noContent)
        }
        router.get("/_sim/faults") { _, _ in
            json(try WireCoding.encode(await state.faults, pretty: true))
        }
        router.put("/_sim/faults") { req, ctx in
            let body = try await req.body.collect(upTo: ctx.maxUploadSize)
            guard let faults = try? WireCoding.decode(SimulatorFaults.self, from: Data(buffer: body)) else {
                throw HTTPError(.badRequest, message: "expected a SimulatorFaults JSON object")
            }
            await state.setFaults(faults)
            return Response(status: .noContent)
        }
        router.get("/_sim/data") { _, _ in
            json(try WireCoding.encode(await state.snapshot(), pretty: true))
        }
    }

    /// A path parameter as text, percent-decoded.
    private static func pathText(_ context: SimContext, _ name: String) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    static func json(_ bytes: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status,
                 headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// Answers a path the router does not know with the core's error envelope (404), through
/// the request log like any core call.
struct NoSuchPath: RouterMiddleware {
    typealias Context = SimContext
    let core: CoreCallHandler

    func handle(_ request: Request, context: SimContext,
                next: (Request, SimContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let method = request.method.rawValue
            let path = request.uri.path
            return try await core.handle(request, context, authenticated: false) { _ in .noSuchPath(method, path) }
        }
    }
}

/// The `YYYY-MM-DDTHH:MM:SS` times of `leads/find`. The simulator's "core local time" is UTC.
enum CoreTime {
    static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == 19, b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let day = CalendarDate(iso: String(decoding: b[0..<10], as: UTF8.self)),
              let h = Int(String(decoding: b[11..<13], as: UTF8.self)), (0...23).contains(h),
              let m = Int(String(decoding: b[14..<16], as: UTF8.self)), (0...59).contains(m),
              let s = Int(String(decoding: b[17..<19], as: UTF8.self)), (0...59).contains(s)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .gmt  // not by name: that loads ICU's zone data
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: h, minute: m, second: s)
        guard let date = calendar.date(from: parts) else { return nil }
        return Int64(date.timeIntervalSince1970) * 1000
    }
}

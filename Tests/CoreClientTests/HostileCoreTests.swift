@testable import CoreClient
@testable import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The real client against the simulator's hostile modes over loopback: every defence of
/// issue 18's network items (only what was asked, deadlines that hold, answers of bounded
/// size, secrets only where they belong). A defence that breaks makes its test fail, or hang
/// into the time limit, never pass.
@Suite(.timeLimit(.minutes(1))) struct HostileCoreTests {
    private func hostile(_ mode: HostileAnswer, megabytes: Int = 40, interval: Int = 200,
                         redirectPort: Int = 9, count: Int? = nil) -> SimulatorFaults {
        SimulatorFaults(hostile: mode, hostileMegabytes: megabytes, hostileIntervalMilliseconds: interval,
                        hostileRedirectPort: redirectPort, hostileCount: count)
    }

    private func dictionaryCalls(_ h: Harness) async -> Int {
        await h.calls(pathPrefix: "/bs-core/dicts").count
    }

    // MARK: only what was asked

    @Test func aLookupKeepsOnlyTheClientsAskedFor() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.unrequestedClients, count: 5_000))
            let found = try await h.core.clients(ids: [100401, 100403], preserveOrder: true)
            #expect(found.map(\.id) == [100401, 100403])
            #expect(found.allSatisfy { $0.lastName != "Посторонний" })
        }
    }

    @Test func aLookupAnsweredOnlyWithStrangersFindsNobody() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.unrequestedClients, count: 100))
            let found = try await h.core.clients(ids: [999_999], preserveOrder: false)
            #expect(found.isEmpty)
        }
    }

    @Test func aListAnswerOverTheRecordLimitIsRefusedNotTruncated() async throws {
        try await Harness.with(tweak: { $0.maxRecords = 2 }) { h in
            let from = Date().addingTimeInterval(-1)
            for name in ["Анна", "Борис", "Вера"] { _ = try await h.core.createLead(minimalLead(first: name)) }
            let error = await coreError { _ = try await h.core.findLeads(from: from, to: Date().addingTimeInterval(1)) }
            #expect(error == .tooManyRecords(server: h.sim.url.absoluteString, count: 3, limit: 2))
            #expect(error?.description.contains("max-records") == true)
        }
    }

    /// The look-ups by ids and the searches read their lists with the same cap: a core that
    /// answers more records than `max-records` is refused, never read to the end.
    @Test func lookupsAndSearchesOverTheRecordLimitAreRefused() async throws {
        try await Harness.with(tweak: { $0.maxRecords = 2 }) { h in
            var ids: [Int64] = []
            for name in ["Анна", "Борис", "Вера"] {
                ids.append(try await h.core.createLead(minimalLead(first: name, phone: "79990002233")))
            }
            let tooMany = CoreError.tooManyRecords(server: h.sim.url.absoluteString, count: 3, limit: 2)
            #expect(await coreError { _ = try await h.core.leads(ids: ids, preserveOrder: false) } == tooMany)
            #expect(await coreError {
                _ = try await h.core.searchLeads(.mobilePhone("79990002233"), page: SearchPage(size: 10))
            } == tooMany)
            // Within the cap the same calls answer.
            #expect(try await h.core.leads(ids: Array(ids.prefix(2)), preserveOrder: false).count == 2)
        }
    }

    // MARK: deadlines that hold

    @Test func aBodySentOneByteAtATimeEndsOnTheRequestDeadline() async throws {
        try await Harness.with(tweak: { $0.requestTimeout = .seconds(3) }) { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.slowBody, interval: 50))  // far quicker than the 3 s timeout per byte
            let error = await coreError { _ = try await h.core.countries() }
            #expect(error == .timedOut(server: h.sim.url.absoluteString, phase: .response))
            #expect(await dictionaryCalls(h) == 1)  // a timeout is not repeated
        }
    }

    @Test func aCreateWhoseAnswerDripsIsOutcomeUnknownAndNotResent() async throws {
        try await Harness.with(tweak: { $0.requestTimeout = .seconds(3) }) { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.slowBody, interval: 50))
            let error = await coreError { _ = try await h.core.createLead(minimalLead()) }
            #expect(error == .outcomeUnknown(server: h.sim.url.absoluteString, cause: .timedOut))
            #expect(await h.calls("POST").count == 1)
        }
    }

    @Test func slowHeadersEndOnTheRequestDeadline() async throws {
        try await Harness.with(tweak: { $0.requestTimeout = .seconds(3) }) { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.slowHeaders, interval: 8_000))
            let error = await coreError { _ = try await h.core.countries() }
            #expect(error == .timedOut(server: h.sim.url.absoluteString, phase: .response))
        }
    }

    @Test func aCancelledWaitEndsAtOnce() async throws {
        try await Harness.with(tweak: { $0.requestTimeout = .seconds(30) }) { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.slowBody, interval: 50))
            let core = h.core
            let call = Task { await coreError { _ = try await core.countries() } }
            try await Task.sleep(for: .milliseconds(300))
            call.cancel()
            #expect(await call.value == .cancelled)
        }
    }

    // MARK: answers of bounded size

    @Test func anAnswerOverTheCapIsCalledTooLargeAndReadOnce() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.hugeAnswer, megabytes: 40))
            let error = await coreError { _ = try await h.core.countries() }
            #expect(error == .answerTooLarge(server: h.sim.url.absoluteString, limitBytes: 32 << 20))
            #expect(error?.description.contains("larger than 32 MB") == true)
            #expect(await dictionaryCalls(h) == 1)  // never fetched again
        }
    }

    @Test func theAnswerCapIsASetting() async throws {
        try await Harness.with(tweak: { $0.maxAnswerBytes = 1 << 20 }) { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.hugeAnswer, megabytes: 2))
            let error = await coreError { _ = try await h.core.countries() }
            #expect(error == .answerTooLarge(server: h.sim.url.absoluteString, limitBytes: 1 << 20))
            #expect(error?.description.contains("larger than 1 MB") == true)
        }
    }

    @Test func anEndlessBodyIsCutOffAtTheCapAndNotRetried() async throws {
        try await Harness.with(tweak: { $0.maxAnswerBytes = 4 << 20; $0.requestTimeout = .seconds(60) }) { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.endlessBody))
            let error = await coreError { _ = try await h.core.countries() }
            #expect(error == .answerTooLarge(server: h.sim.url.absoluteString, limitBytes: 4 << 20))
            #expect(await dictionaryCalls(h) == 1)
        }
    }

    @Test func aCreateWhoseAnswerIsTooLargeMayHaveBeenStored() async throws {
        try await Harness.with(tweak: { $0.maxAnswerBytes = 1 << 20 }) { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.endlessBody))
            let error = await coreError { _ = try await h.core.createLead(minimalLead()) }
            #expect(error?.mayHaveCommitted == true)
            #expect(await h.calls("POST").count == 1)
        }
    }

    @Test func aGzipBombIsNeverInflated() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.gzipBomb, megabytes: 64))
            let error = await coreError { _ = try await h.core.countries() }
            guard case .badResponse(_, let reason)? = error else {
                Issue.record("expected badResponse, got \(String(describing: error))")
                return
            }
            #expect(reason.contains("content-encoding: gzip"))
            #expect(reason.contains("not inflated"))
        }
    }

    @Test func deepNestingIsRefusedWithoutACrash() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(hostile(.deepNesting, count: 100_000))
            let error = await coreError { _ = try await h.core.countries() }
            guard case .badResponse(_, let reason)? = error else {
                Issue.record("expected badResponse, got \(String(describing: error))")
                return
            }
            // Issue 18.6: called what it is, not "not valid JSON".
            #expect(reason.contains("nested deeper than 512 levels"), "\(reason)")
        }
    }

    @Test func nestingIsMeasuredOutsideStringsOnly() {
        let deep = Data((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)
        #expect(AnswerDecoding.nestingBeyond(512, in: deep) == 513)
        let quoted = Data(("{\"a\": \"" + String(repeating: "[", count: 600) + "\\\"\"}").utf8)
        #expect(AnswerDecoding.nestingBeyond(512, in: quoted) == nil)
    }

    @Test func aLeadWithFiveThousandRowsIsRead() async throws {
        try await Harness.with { h in
            let id = try await h.core.createLead(minimalLead())
            await h.sim.setFaults(hostile(.bigLead, count: 5_000))
            let record = try await h.core.fetchLead(id: id)
            #expect(record.lead.relatives?.count == 5_000)
        }
    }

    // MARK: secrets only where they belong

    @Test func aRedirectIsNotFollowedSoNothingReachesTheOtherPort() async throws {
        let other = try await CoreSimulator.start(host: "127.0.0.1", port: 0)
        do {
            let otherPort = other.url.port ?? 0
            try await Harness.with { h in
                try await h.core.logIn()
                await h.sim.setFaults(hostile(.redirect, redirectPort: otherPort))
                let error = await coreError { _ = try await h.core.clients(ids: [100401], preserveOrder: false) }
                guard case .redirected(let server, let location)? = error else {
                    Issue.record("expected redirected, got \(String(describing: error))")
                    return
                }
                #expect(server == h.sim.url.absoluteString)
                #expect(location.hasPrefix("http://127.0.0.1:\(otherPort)/"))
            }
            #expect(await other.requests().isEmpty)
        } catch {
            await other.stop()
            throw error
        }
        await other.stop()
    }

    @Test func plainHTTPToAnotherMachineIsRefusedUnlessAllowed() throws {
        guard let remote = URL(string: "http://192.0.2.10:8080"), let local = URL(string: "http://127.0.0.1:8080"),
              let secure = URL(string: "https://192.0.2.10")
        else { Issue.record("test URLs"); return }
        var connection = CoreConnection(server: remote, customerKey: "k", userName: "u", password: "p")
        #expect(connection.isPlainHTTPToRemote)
        do {
            try connection.validate()
            Issue.record("plain http to another machine was accepted")
        } catch {
            #expect(error.kind == "invalidConfiguration")
            #expect(error.description.contains("allow-plain-http = true"))
        }
        #expect(throws: CoreError.self) { _ = try HTTPCoreService(connection: connection) }

        connection.allowPlainHTTP = true
        try connection.validate()
        #expect(connection.isPlainHTTPToRemote)  // still flagged: the login screen warns

        connection.server = local
        connection.allowPlainHTTP = false
        try connection.validate()
        #expect(!connection.isPlainHTTPToRemote)
        connection.server = secure
        #expect(!connection.isPlainHTTPToRemote)
    }

    /// The OAuth client secret goes to the token service: plain http:// to another machine
    /// there is refused too, unless allowed, even when the core itself is https://.
    @Test func plainHTTPToARemoteTokenServiceIsRefusedUnlessAllowed() throws {
        guard let secure = URL(string: "https://192.0.2.10"), let plainToken = URL(string: "http://192.0.2.20/auth"),
              let localToken = URL(string: "http://127.0.0.1:9000/auth")
        else { Issue.record("test URLs"); return }
        var connection = CoreConnection(server: secure, customerKey: "k", userName: "", password: "")
        connection.auth = .oauth(tokenURL: plainToken, clientID: "leadterm", clientSecret: "s3cret")
        #expect(connection.plainHTTPTokenURL == plainToken)
        #expect(connection.isPlainHTTPToRemote)
        do {
            try connection.validate()
            Issue.record("a plain-http token service on another machine was accepted")
        } catch {
            #expect(error.description.contains("token-url http://192.0.2.20"))
            #expect(error.description.contains("allow-plain-http = true"))
        }
        connection.allowPlainHTTP = true
        try connection.validate()
        connection.allowPlainHTTP = false
        connection.auth = .oauth(tokenURL: localToken, clientID: "leadterm", clientSecret: "s3cret")
        try connection.validate()
        #expect(!connection.isPlainHTTPToRemote)
    }

    @Test func aTLSFailureIsInWordsWithoutLibraryInternals() async throws {
        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0)
        guard let tlsURL = URL(string: "https://127.0.0.1:\(sim.url.port ?? 0)") else { await sim.stop(); return }
        let core = try HTTPCoreService(connection: CoreConnection(server: tlsURL, customerKey: "demo", userName: "demo",
                                                                  password: "demo", connectTimeout: .seconds(20),
                                                                  requestTimeout: .seconds(20)))
        let error = await coreError { try await core.logIn() }
        await core.shutdown()
        await sim.stop()
        guard case .tls(_, let reason)? = error else {
            Issue.record("expected tls, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("the server did not answer in TLS"))
        #expect(reason.contains("WRONG_VERSION_NUMBER"))
        #expect(!reason.contains(".cc") && !reason.contains("checkouts") && !reason.contains("BoringSSL")
                && !reason.contains("OPENSSL_internal"), "\(reason)")
    }

    @Test func theIssuesTLSRefusalReadsAsAnUntrustedCertificate() {
        let raw = "handshakeFailed(NIOSSL.BoringSSLError.sslError([Error: 268435581 error:1000007d:SSL routines:"
            + "OPENSSL_internal:CERTIFICATE_VERIFY_FAILED at /work/.build/checkouts/swift-nio-ssl/Sources/"
            + "CNIOBoringSSL/ssl/handshake.cc:320]))"
        let words = TLSFailureWords.describe(text: raw)
        #expect(words.hasPrefix("the server's certificate is not trusted"))
        #expect(words.hasSuffix("(CERTIFICATE_VERIFY_FAILED)"))
        #expect(!words.contains("/") && !words.contains("268435581") && !words.contains("OPENSSL_internal"))
        #expect(TLSFailureWords.describe(text: "NIOSSLExtraError.failedToValidateHostname: Couldn't find core.bank")
            .hasPrefix("the server's certificate is for another host name"))
        #expect(TLSFailureWords.describe(text: "sslError([Error: 1 error:1000042e:SSL routines:OPENSSL_internal:TLSV1_ALERT_PROTOCOL_VERSION])")
            .hasPrefix("the server and this client have no TLS version"))
        #expect(TLSFailureWords.describe(text: "sslError([error:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_EXPIRED])")
            == "the server's certificate has expired (SSLV3_ALERT_CERTIFICATE_EXPIRED)")
    }

    // MARK: the fault settings themselves

    @Test func faultSetsMayNameOnlyWhatTheyChange() throws {
        let onlyRate = try WireCoding.decode(SimulatorFaults.self, from: Data(#"{"serverErrorRate": 1}"#.utf8))
        #expect(onlyRate == SimulatorFaults(serverErrorRate: 1))
        let onlyMode = try WireCoding.decode(SimulatorFaults.self, from: Data(#"{"hostile": "bigLead"}"#.utf8))
        #expect(onlyMode.hostile == .bigLead && onlyMode.hostileCount == 5_000)
        let roundTrip = try WireCoding.decode(SimulatorFaults.self, from: WireCoding.encode(hostile(.slowBody, interval: 7)))
        #expect(roundTrip == hostile(.slowBody, interval: 7))
    }

    @Test func theGzipBombIsAValidGzipOfZeros() {
        // Checked against zlib once: `python3 -c "import zlib; zlib.decompress(body, 31)"` gives
        // the zeros and accepts the trailer.
        let bomb = GzipBomb.zeros(count: 1_000_000)
        #expect(bomb.count < 10_000)
        #expect(Array(bomb.prefix(3)) == [0x1F, 0x8B, 8])
        // The trailer: CRC-32 of a million zero bytes, then the length.
        #expect(Array(bomb.suffix(8)) == [158, 203, 121, 18, 0x40, 0x42, 0x0F, 0x00])
    }
}

import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The simulator's session check and expiry answers, seen from raw HTTP.
extension SimulatorRulesTests {
    @Test func whoamiAnswersForALiveTokenOnly() async throws {
        try await withSim { raw in
            let refused = try await raw.send("GET", "/bs-core/utils/session/whoami", headers: ["bsauth": "0123abcd"])
            #expect(refused.status == 401)
            #expect(message(refused.json) == "Требуется авторизация")
            try await raw.logIn()
            let answer = try await raw.send("GET", "/bs-core/utils/session/whoami")
            #expect(answer.status == 200)
            #expect(answer.json?[FieldPath("data.subdivisionId")] == .int(101791))
            #expect(answer.json?[FieldPath("data.customerKey")] == .string("demo"))
            #expect(answer.json?[FieldPath("data.userId")] != nil)
        }
    }

    @Test func anInvalidTokenIsAnsweredAsConfigured() async throws {
        for (answer, status) in [(ExpiredTokenAnswer.status403, 403), (.envelope, 200)] {
            var options = SimulatorOptions(randomSeed: 5)
            options.faults.expiredTokenAnswer = answer
            try await withSim(options: options) { raw in
                let refused = try await raw.send("GET", "/bs-core/utils/session/whoami", headers: ["bsauth": "stale"])
                #expect(refused.status == status)
                #expect(refused.json?[FieldPath("status")] == .string("error"))
                if answer == .envelope {
                    #expect(refused.json?[FieldPath("data.code")] == .string("SESSION_EXPIRED"))
                    #expect(refused.json?[FieldPath("data.message")]?.stringValue?.isEmpty == false)
                    #expect(refused.json?[FieldPath("data.type")] != nil)
                }
            }
        }
    }

    @Test func theExpiryAnswerIsSetThroughTheFaultsRoute() async throws {
        try await withSim { raw in
            let put = try await raw.send("PUT", "/_sim/faults", body: #"{"latencyMilliseconds":0,"serverErrorRate":0,"dropAfterCommitRate":0,"malformedRate":0,"expiredTokenRate":0,"expiredTokenAnswer":"403"}"#)
            #expect(put.status == 204)
            let refused = try await raw.send("GET", "/bs-core/dicts/countries", headers: ["bsauth": "stale"])
            #expect(refused.status == 403)
        }
    }

    @Test func theOAuthTokenServiceSpeaksOAuthJSON() async throws {
        try await withSim { raw in
            let form = ["content-type": "application/x-www-form-urlencoded"]
            let ok = try await raw.send("POST", "/oauth/token",
                                        body: "grant_type=client_credentials&client_id=leadterm-demo&client_secret=demo-secret", headers: form)
            #expect(ok.status == 200)
            let token = try #require(ok.json?[FieldPath("access_token")]?.stringValue)
            #expect(ok.json?[FieldPath("expires_in")] == .int(1800))
            let used = try await raw.send("GET", "/bs-core/dicts/credit-products", headers: ["bsauth": token])
            #expect(used.status == 200)
            let wrong = try await raw.send("POST", "/oauth/token",
                                           body: "grant_type=client_credentials&client_id=leadterm-demo&client_secret=x", headers: form)
            #expect(wrong.status == 401)
            #expect(wrong.json?[FieldPath("error")] == .string("invalid_client"))
            let grant = try await raw.send("POST", "/oauth/token", body: "grant_type=password", headers: form)
            #expect(grant.status == 400)
        }
    }

    @Test func aReplayedProofIsRefused() async throws {
        try await withSim { raw in
            let headers = ["customer-key": "demo", "content-type": "application/json"]
            let challenge = try await raw.send("POST", "/bs-core/auth/challenge",
                                               body: #"{"userName":"demo","clientNonce":"A0394B2F298F03699B97A3BD29ADCB03C375ECDD"}"#,
                                               headers: headers)
            #expect(challenge.status == 200)
            #expect(challenge.json?[FieldPath("data.authMode")] == .string("SCRAM_SHA256"))
            #expect(challenge.json?[FieldPath("data.iterationCount")] == .int(4096))
            let sn = try #require(challenge.json?[FieldPath("data.serverNonce")]?.stringValue)
            let esn = try #require(challenge.json?[FieldPath("data.encryptedServerNonce")]?.stringValue)
            let proof = #"{"userName":"demo","clientNonce":"A0394B2F298F03699B97A3BD29ADCB03C375ECDD","serverNonce":"\#(sn)","encryptedServerNonce":"\#(esn)","clientProof":"00","authMode":"SCRAM_SHA256"}"#
            let first = try await raw.send("POST", "/bs-core/auth/proof", body: proof, headers: headers)
            #expect(first.status == 401)
            #expect(message(first.json) == "Неверное имя пользователя или пароль")
            let again = try await raw.send("POST", "/bs-core/auth/proof", body: proof, headers: headers)
            #expect(again.status == 401)
            #expect(message(again.json)?.contains("устарел") == true)
            let forged = proof.replacingOccurrences(of: esn, with: "00")
            #expect(message(try await raw.send("POST", "/bs-core/auth/proof", body: forged, headers: headers).json)?.contains("устарел") == true)
        }
    }
}

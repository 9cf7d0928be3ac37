import CoreClient
import CoreSimulator
import Testing

/// The loan specialists' and money-getting methods' dictionaries (issue 15.8): no vendor
/// page names their paths, so neither the client nor the simulator has one. Unset, nothing is
/// called; set in `[paths]`, the client reads the dictionary there. The simulator serves no
/// such dictionary of its own, so the test points the setting at one it does serve (the
/// countries'): what is checked is the route, not the simulator's data.
struct UndocumentedDictionaryTests {
    @Test func unsetTheyAreNotCalled() async throws {
        #expect(!CorePaths.hasDefault(.loanSpecialists) && !CorePaths.hasDefault(.moneyMethods))
        try await Harness.with { h in
            let specialists = try await h.core.dictionary(.loanSpecialists)
            let methods = try await h.core.dictionary(.moneyMethods)
            #expect(specialists == nil && methods == nil)
            #expect(await h.calls(pathPrefix: "/").isEmpty)
        }
    }

    @Test func aConfiguredPathIsRead() async throws {
        try await Harness.with(tweak: { c in
            c.paths = (try? CorePaths(overrides: ["loan-specialists": "/bs-core/dicts/countries"])) ?? .default
        }) { h in
            let read = try await h.core.dictionary(.loanSpecialists)
            let entries = try #require(read)
            #expect(entries.contains { $0.id == 101042 })
            #expect(await h.calls("GET", pathPrefix: "/bs-core/dicts/countries").count == 1)
            let methods = try await h.core.dictionary(.moneyMethods)
            #expect(methods == nil)
        }
    }
}

import Foundation
import LeadRules
import Testing
@testable import LeadApp
@testable import leadterm

/// Issue 15, points 4 and 10: `accept-single-match` and `[kiosk] lookup` in the config file.
struct KeysConfigTests {
    @Test func aSingleMatchIsTakenByDefaultOnlyWithTheBranchProfile() throws {
        let none = try ConfigFile.parse("", path: "c.toml")
        #expect(none.acceptsSingleMatch(profile: .branch))
        #expect(!none.acceptsSingleMatch(profile: .minimal))
        let off = try ConfigFile.parse("accept-single-match = false\n", path: "c.toml")
        #expect(!off.acceptsSingleMatch(profile: .branch))
        let on = try ConfigFile.parse("accept-single-match = true\n", path: "c.toml")
        #expect(on.acceptsSingleMatch(profile: .minimal))
        #expect(throws: ConfigFile.Problem.self) { try ConfigFile.parse("accept-single-match = \"yes\"\n", path: "c.toml") }
    }

    @Test func theKioskLookupIsOffUnlessSet() throws {
        #expect(try ConfigFile.parse("[kiosk]\nenabled = true\n", path: "c.toml").kiosk.lookup == nil)
        #expect(try ConfigFile.parse("[kiosk]\nlookup = true\n", path: "c.toml").kiosk.lookup == true)
        #expect(throws: ConfigFile.Problem.self) { try ConfigFile.parse("[kiosk]\nlookup = 1\n", path: "c.toml") }
    }
}

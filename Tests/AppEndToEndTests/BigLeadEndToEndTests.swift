import Foundation
import Testing

extension AppEndToEndTests {
    /// Issue 18: a lead of 5,000 relatives and 2,000 extra fields opened by number in the real
    /// binary is drawn at once and its checks come back from the background on their own.
    @Suite struct BigLead {
        @Test func aLargeLeadShowsAtOnceAndItsCheckFollows() throws {
            let (app, dataFile) = try BigLeadData.sessionAtItsNumber(relatives: 5_000, extraFields: 2_000, badPhoneAt: 4_321)
            defer { app.close(); try? FileManager.default.removeItem(at: dataFile) }
            try app.tmux.press("Enter")
            _ = try app.tmux.waitFor("the form") { $0.contains("Фамилия") && $0.contains("Большаков") }
            // The relative's bad phone is found by the check made after the form was drawn:
            // the relatives' section counts its error, and the checking notice is gone.
            _ = try app.tmux.waitFor("the relatives' error counted", seconds: 30) {
                $0.contains("Родственники") && $0.contains("!1") && !$0.contains("Заявка проверяется")
            }
            // Keys work on the checked lead as on any other: F3 goes to the field in error.
            try app.tmux.press("F3")
            let onError = try app.tmux.waitFor("the bad phone's row") { $0.contains("Родственников4321") }
            #expect(onError.contains("+7 (12_)"), "the cursor is on relative 4321's phone: \(onError)")
        }
    }
}

import LeadApp
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// F1 help speaks the operator's language, examples included, and names each example once.
struct FieldHelpTests {
    static func help(on path: FieldPath, language: Language) throws -> String {
        var screen = try FormFuzzTests.freshScreen(profile: "minimal", language: language)
        _ = screen.send(.menuChoose(.newLead))
        _ = screen.send(.entry(.focus(path)))
        _ = screen.handle(.key(.function(1)))
        return try #require(screen.model.help?.body, "no help for \(path)")
    }

    static func hasCyrillic(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    @Test func englishHelpHasNoRussianExample() throws {
        // A yes/no field, a money field and a formatted field, each in its own section.
        for path: FieldPath in ["naturalPerson", "amount", "passport.seria"] {
            let body = try Self.help(on: path, language: .en)
            let firstLine = body.split(separator: "\n").first.map(String.init) ?? ""
            #expect(!Self.hasCyrillic(firstLine), "\(path): \(firstLine)")
            for line in body.split(separator: "\n") where line.contains("Example") {
                #expect(!Self.hasCyrillic(String(line)), "\(path): \(line)")
            }
            #expect(body.components(separatedBy: "Example:").count <= 2, "\(path) repeats its example: \(body)")
        }
        #expect(try Self.help(on: "amount", language: .en).contains("Example: 4499.50"))
    }

    @Test func russianHelpNamesTheExampleOnce() throws {
        let body = try Self.help(on: "passport.seria", language: .ru)
        #expect(body.components(separatedBy: "Пример: 4509").count == 2, "\(body)")
        #expect(try Self.help(on: "amount", language: .ru).contains("Пример: 4499,50"))
    }
}

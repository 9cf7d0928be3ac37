import LeadModel
import Testing
@testable import LeadRules

/// The validator's order: by path as spelled, each path's problems in the order found,
/// an equal problem given twice listed once.
struct ProblemOrderTests {
    static func problem(_ path: FieldPath, _ code: String) -> Problem {
        Problem(path: path, code: code, message: LocalizedText(ru: code, en: code))
    }

    @Test func problemsAreSortedByPathKeptInTheirOrderAndListedOnce() {
        let found = [
            Self.problem("relatives[1].lastName", "b"), Self.problem("amount", "x"),
            Self.problem("relatives[1].lastName", "a"), Self.problem("relatives[10].lastName", "c"),
            Self.problem("amount", "x"), Self.problem("relatives[1].lastName", "b"), Self.problem("amount", "y"),
        ]
        let ordered = LeadValidator.inOrder(found)
        #expect(ordered.map { "\($0.path) \($0.code)" } == [
            "amount x", "amount y", "relatives[10].lastName c", "relatives[1].lastName b", "relatives[1].lastName a",
        ])
    }
}

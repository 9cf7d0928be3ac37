import Foundation
import LeadModel

/// A lead file checked as it is read: the rows of its large lists are checked one by one and
/// let go, so a file of relatives costs memory for its problems, not for a tree of every row
/// (a 10 MB file's tree and decoded lead were three times the file).
extension LeadValidator {
    /// What a lead file's text gives: its problems (or why it is not a lead) and its
    /// duplicate keys.
    public struct FileCheck: Sendable {
        public var problems: Result<[Problem], LeadJSON.Failure>
        public var duplicates: [LeadJSON.DuplicateKey]
    }

    /// `validate(json:)` of the tree `data` holds, the same problems in the same order,
    /// made without holding the tree of every row of `relatives`, `addresses` and
    /// `extraFields`: the rules never relate one row to anything outside it
    /// (`LeadValidator+Rows`). A file the row-by-row check cannot settle on its own (a row
    /// that does not decode, a list given twice, a lead that does not decode) is checked
    /// whole.
    public func validate(file data: Data) -> FileCheck {
        data.withUnsafeBytes { validate(fileBytes: $0, letGo: nil) } ?? wholeCheck(data)
    }

    /// `validate(file:)` of bytes the caller holds, telling `letGo` of each stretch at the
    /// start of the text it is done with, so their memory can be given back as the rest is
    /// read. Nil when the file needs the whole check: then read it again and call
    /// `validate(file:)` (the stretches let go are gone).
    public func validate(fileBytes bytes: UnsafeRawBufferPointer, letGo: ((Range<Int>) -> Void)?) -> FileCheck? {
        var rows = RowChecker(validator: self, textDone: letGo.map(TextDone.init))
        let read = LeadJSON.read(bytes, rows: &rows)
        guard case .success(let head) = read.tree else {
            return FileCheck(problems: read.tree.map { _ in [] }, duplicates: read.duplicates)
        }
        if rows.needsWholeCheck { return nil }
        func inStreamedRow(_ path: FieldPath) -> Bool {
            guard path.components.count >= 2, case .key(let list) = path.components[0],
                  case .index = path.components[1] else { return false }
            return rows.counts[list] != nil
        }
        // Size first, as `validate(json:)` does: a lead beyond its limits gets only those.
        var tooLarge = limits.problems(in: head).filter { !inStreamedRow($0.path) }
        var longLists: Set<String> = []
        for (list, count) in rows.counts {
            if let tooLong = limits.listTooLong(FieldPath([.key(list)]), count: count) {
                tooLarge.append(tooLong)
                longLists.insert(list)
            }
        }
        tooLarge += rows.limitProblems.filter {
            guard case .key(let list)? = $0.path.components.first else { return true }
            return !longLists.contains(list)
        }
        if !tooLarge.isEmpty {
            return FileCheck(problems: .success(tooLarge.sorted { $0.path < $1.path }), duplicates: read.duplicates)
        }
        let found = validate(json: head)
        // Whole-lead decoding failed: then no row's typed rules run, which rows alone cannot know.
        if found.contains(where: { $0.code == "decoding" }) { return nil }
        var all = rows.problems
        rows.problems = []
        all += found.filter { !inStreamedRow($0.path) }
        return FileCheck(problems: .success(Self.ordered(all)), duplicates: read.duplicates)
    }

    private func wholeCheck(_ data: Data) -> FileCheck {
        let (tree, duplicates) = LeadJSON.read(data)
        return FileCheck(problems: tree.map { validate(json: $0) }, duplicates: duplicates)
    }
}

/// Checks each row of the lists a lead's rules check row by row as the reader hands it over.
struct RowChecker: JSONRowSink {
    let validator: LeadValidator
    /// Where the stretches of text read go, if anywhere.
    let textDone: TextDone?
    var problems: [Problem] = []
    /// Lists or maps inside rows beyond their limits.
    var limitProblems: [Problem] = []
    /// Items read per list.
    var counts: [String: Int] = [:]
    /// A row that only the whole check can settle, or a list given twice.
    var needsWholeCheck = false

    func streams(list: String) -> Bool { CrossFieldRules.rowLists.contains(list) }

    mutating func take(list: String, index: Int, item: JSONValue) {
        if counts[list] != nil { needsWholeCheck = true }
        // Past a list's limit the lead is refused for its size alone: the rest is only read.
        guard !needsWholeCheck,
              validator.limits.listTooLong(FieldPath([.key(list)]), count: index + 1) == nil else { return }
        let base = FieldPath([.key(list), .index(index)])
        let tooLarge = validator.limits.problems(in: item, at: base)
        if !tooLarge.isEmpty { limitProblems += tooLarge }
        guard limitProblems.isEmpty else { return }
        guard case .object(let object) = item,
              let found = validator.problems(ofRow: object, list: list, index: index) else {
            needsWholeCheck = true
            return
        }
        problems += found
    }

    var letsGoOfText: Bool { textDone != nil }

    mutating func letGo(_ range: Range<Int>) { textDone?.call(range) }

    mutating func ended(list: String, count: Int) {
        // A second list of the same name replaces the first in the tree: only the whole check
        // knows which rows count.
        if counts[list] != nil { needsWholeCheck = true }
        counts[list] = count
    }
}

/// The caller's hook for text read and done with (a class: a closure held in the reader's
/// state crashed the optimizer of Swift 6.3.1).
final class TextDone {
    let call: (Range<Int>) -> Void
    init(_ call: @escaping (Range<Int>) -> Void) { self.call = call }
}

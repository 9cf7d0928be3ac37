import TerminalUI

/// The state mark after a section's name in the section list: `!n` fields in error,
/// `…n` fields of a group being filled in that still miss a part, `*n` required fields
/// still empty, `✓` filled (nothing while the lead is still being checked).
///
/// A count is never cut: it is shown whole when it fits beside the name, else in
/// thousands rounded down (`!2k` for 2,000 to 2,999 errors, `!12M` for 12 million or
/// more), which is never more than the true count.
enum SectionMark {
    static func text(for summary: SectionSummary, room: Int) -> String {
        if summary.errors > 0 { return counted("!", summary.errors, room: room) }
        if summary.incomplete > 0 { return counted("…", summary.incomplete, room: room) }
        if summary.missingRequired > 0 { return counted("*", summary.missingRequired, room: room) }
        // Not yet known to be right: the lead's check is still on its way.
        if summary.checking { return "" }
        return summary.filled > 0 ? "✓" : ""
    }

    /// `sign` and `count` in at most `room` columns where that is possible at all.
    static func counted(_ sign: String, _ count: Int, room: Int) -> String {
        let whole = sign + String(count)
        if whole.count <= room { return whole }
        let thousands = sign + String(count / 1_000) + "k"
        if thousands.count <= room || count < 1_000_000 { return thousands }
        return sign + String(count / 1_000_000) + "M"
    }
}

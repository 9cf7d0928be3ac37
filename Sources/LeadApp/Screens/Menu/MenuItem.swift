/// The start screen: what an operator can do.
public enum MenuItem: String, CaseIterable, Hashable, Sendable {
    case newLead, openLead, lookup, drafts, outbox, quit
}

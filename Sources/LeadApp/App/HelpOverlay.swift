/// F1's box over whatever screen is up; any key closes it.
public struct HelpOverlay: Hashable, Sendable {
    public let title: String
    public let body: String
}

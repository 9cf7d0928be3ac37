import LeadModel

/// Stops that Tab passes over because what they ask is already given another way: an
/// address with its FIAS id and full address needs no structured address (postal code,
/// street, house…), and one keyed as a structure needs no FIAS id and text. They stay on
/// screen and ↓/↑, F3 and a jump to a problem still reach them; a required field still empty
/// is never passed over.
extension EntryForm {
    /// The address leaves of the structured block (`FormLayout.addressItems`' "full address").
    static let structuredAddressLeaves: Set<String> = {
        var out: Set<String> = []
        for case .group(.fullAddress, let items, _) in FormLayout.addressItems(base: nil) {
            for case .field(let path, _) in items { if let leaf = path.leafKey { out.insert(leaf) } }
        }
        return out
    }()

    /// The two FIAS fields that stand for the structured block (the country serves both).
    static let fiasLeaves: Set<String> = ["fiasId", "fullAddressText"]

    /// Whether Tab passes over `stop` as the form stands.
    func skippedByTab(_ stop: FocusStop, context: FormContext) -> Bool {
        guard case .field(let path, _) = stop, let leaf = path.leafKey, let address = path.parent,
              values[path] == nil, !context.profile.isRequired(path) else { return false }
        if Self.structuredAddressLeaves.contains(leaf) {
            return Self.fiasLeaves.allSatisfy { values[address.appending($0)] != nil }
        }
        if Self.fiasLeaves.contains(leaf) {
            return Self.fiasLeaves.allSatisfy { values[address.appending($0)] == nil }
                && Self.structuredAddressLeaves.contains { values[address.appending($0)] != nil }
        }
        return false
    }
}

import LeadModel

/// How large a lead leadterm takes on at all: far above any real application, low enough
/// that a file or a core's answer cannot make the app spin or grow without bound. Set under
/// `[limits]` in the config (see README, "Limits and safety").
public struct LeadLimits: Hashable, Sendable {
    /// Rows of any one list (relatives, debts, goods, addresses) and keys of any one map of
    /// attributes.
    public var rowsPerList: Int
    /// Extra fields (`extraFields`) of one lead.
    public var extraFields: Int
    /// Bytes of a lead file `leadterm validate` and `submit` read.
    public var leadFileBytes: Int

    public static let standard = LeadLimits(rowsPerList: 10_000, extraFields: 10_000, leadFileBytes: 16 << 20)

    public init(rowsPerList: Int, extraFields: Int, leadFileBytes: Int) {
        self.rowsPerList = rowsPerList
        self.extraFields = extraFields
        self.leadFileBytes = leadFileBytes
    }

    /// Each list or map of `tree` longer than its limit, one problem per list; empty when
    /// the lead is within limits. One pass over the tree's containers.
    public func problems(in tree: JSONValue) -> [Problem] { problems(in: tree, at: FieldPath([])) }

    /// `problems(in:)` of the value at `base` of a lead (an item of a list, say), reported
    /// at their paths in the lead.
    func problems(in tree: JSONValue, at base: FieldPath) -> [Problem] {
        var out: [Problem] = []
        func walk(_ node: JSONValue, _ path: [FieldPath.Component]) {
            switch node {
            case .array(let items):
                if let tooLong = listTooLong(FieldPath(path), count: items.count) {
                    out.append(tooLong)
                    return
                }
                for (i, item) in items.enumerated() { walk(item, path + [.index(i)]) }
            case .object(let object):
                if object.count > rowsPerList, FieldCatalog.byPath[FieldPath(path).pattern.appending("*")] != nil {
                    out.append(tooMany(FieldPath(path), count: object.count, limit: rowsPerList, setting: "rows-per-list"))
                    return
                }
                for (key, value) in object where value.isContainer { walk(value, path + [.key(key)]) }
            default:
                break
            }
        }
        walk(tree, base.components)
        return out.sorted { $0.path < $1.path }
    }

    /// `problems(in:)` of a typed lead.
    public func problems(in lead: Lead) -> [Problem] {
        (try? WireCoding.tree(lead)).map(problems(in:)) ?? []
    }

    /// The problem of the list at `path` when its `count` items are more than it may have.
    func listTooLong(_ path: FieldPath, count: Int) -> Problem? {
        let isExtraFields = path.components == [.key("extraFields")]
        let limit = isExtraFields ? extraFields : rowsPerList
        guard count > limit else { return nil }
        return tooMany(path, count: count, limit: limit, setting: isExtraFields ? "extra-fields" : "rows-per-list")
    }

    private func tooMany(_ path: FieldPath, count: Int, limit: Int, setting: String) -> Problem {
        let name = path.components.isEmpty ? Problems.t("лид", "the lead") : FieldNames.name(for: path)
        return Problem(path: path, code: "limit.\(setting)", message: name.joined(Problems.t(
            "\(count) строк, предел \(limit) ([limits] \(setting))",
            "\(count) rows, limit \(limit) ([limits] \(setting))")))
    }

    /// The lead file of `bytes` bytes is larger than `leadFileBytes`: what to say, else nil.
    public func fileTooLarge(bytes: Int) -> LocalizedText? {
        guard bytes > leadFileBytes else { return nil }
        return Problems.t(
            "файл больше предела: \(bytes) байт при пределе \(leadFileBytes) (настройка [limits] lead-file-bytes)",
            "the file is larger than the limit: \(bytes) bytes, the limit is \(leadFileBytes) (setting [limits] lead-file-bytes)")
    }
}

private extension JSONValue {
    var isContainer: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }
}

import LeadModel

/// Whole-lead validation: catalog (unknown keys, JSON types, lengths, closed lists, codes),
/// formats of the selected country, cross-field rules and the requirement profile.
///
/// Pure: `today` is given, nothing is read. The submit path and `leadterm validate` use
/// `validate(json:)`; forms holding a typed `Lead` use `validate(_:)`.
public struct LeadValidator: Sendable {
    public var profile: RequirementProfile
    public var rules: FieldRules
    /// Allowed borrower age in full years.
    public var ageRange: ClosedRange<Int>
    public var today: CalendarDate
    /// A lead beyond these is refused as it is, without the other checks.
    public var limits: LeadLimits

    public init(profile: RequirementProfile = .minimal,
                country: any CountryProfile = CountryProfiles.defaultProfile,
                ageRange: ClosedRange<Int> = 18...100, today: CalendarDate, limits: LeadLimits = .standard) {
        self.limits = limits
        self.profile = profile
        self.rules = FieldRules(country: country)
        self.ageRange = ageRange
        self.today = today
    }

    /// Every problem of a typed lead, sorted by path.
    public func validate(_ lead: Lead) -> [Problem] {
        do {
            return validate(json: try WireCoding.tree(lead), madeFrom: lead)
        } catch {
            // Encoding a Lead has no failure path in practice; say so rather than pass silently.
            return [Problem(path: FieldPath([]), code: "encoding",
                            message: Problems.t("лид не удалось преобразовать в JSON", "the lead could not be encoded as JSON"))]
        }
    }

    /// `validate(_:)` of `lead` whose wire tree the caller holds already (`tree` must be
    /// what `WireCoding.tree(lead)` gives, or the tree `lead` was decoded from): the lead
    /// is not encoded again.
    public func validate(_ lead: Lead, tree: JSONValue) -> [Problem] {
        validate(json: tree, madeFrom: lead)
    }

    /// Every problem of a raw lead tree, sorted by path: first the tree against the catalog,
    /// then, on the decoded lead (values of a wrong type left out), the formats, cross-field
    /// rules and required fields.
    public func validate(json: JSONValue) -> [Problem] {
        validate(json: json, madeFrom: nil)
    }

    /// `validate(json:)` of the tree of `lead`: the typed rules check `lead` itself when the
    /// catalog leaves the tree whole, rather than decoding the tree back into the same lead.
    private func validate(json: JSONValue, madeFrom lead: Lead?) -> [Problem] {
        guard case .object(let object) = json else {
            return [Problem(path: FieldPath([]), code: "notAnObject",
                            message: Problems.t("лид должен быть JSON-объектом, а передано: \(CatalogCheck.typeName(json).ru)",
                                                "a lead must be a JSON object, found \(CatalogCheck.typeName(json).en)"))]
        }
        let tooLarge = limits.problems(in: json)
        if !tooLarge.isEmpty { return tooLarge }
        var catalog = CatalogCheck(rules: rules)
        catalog.walkObject(object, at: nil)
        var usable = json
        for path in catalog.unusable {
            // An array item of the wrong type becomes an empty item, so the indexes stay true.
            if case .index? = path.components.last { usable.set(.object([:]), at: path) } else { usable.set(nil, at: path) }
        }
        var later: [Problem] = []
        do {
            let decoded: Lead
            if let lead, catalog.unusable.isEmpty { decoded = lead } else { decoded = try WireCoding.value(Lead.self, from: usable) }
            later += CrossFieldRules(today: today, ageRange: ageRange).problems(decoded)
        } catch let error as DecodingError {
            let (path, reason) = error.pathAndReason
            later.append(Problem(path: FieldPath(parsing: path) ?? FieldPath([]), code: "decoding",
                                 message: Problems.t("не удалось прочитать лид: \(reason)", "the lead could not be read: \(reason)")))
        } catch {
            later.append(Problem(path: FieldPath([]), code: "decoding",
                                 message: Problems.t("не удалось прочитать лид", "the lead could not be read")))
        }
        later += RequiredCheck.problems(profile: profile, tree: usable)
        // One error per field is enough: a value already wrong in itself is not reported again.
        let erroneous = Set(catalog.problems.filter(\.isError).map(\.path))
        let all = catalog.problems + later.filter { !erroneous.contains($0.path) }
        return Self.ordered(all)
    }

    /// Stable order by path (the order a form shows), keeping each path's problems in the
    /// order found; duplicates removed.
    static func ordered(_ problems: [Problem]) -> [Problem] {
        // Each path spelled once, not on every comparison; equal problems have equal paths,
        // so after sorting a duplicate is looked for only among its path's few problems
        // (a set of 19,000 problems, hashing every message, cost as much as the sorting).
        var keyed = problems.indices.map { (path: problems[$0].path.description, offset: $0) }
        keyed.sort { a, b in a.path != b.path ? a.path < b.path : a.offset < b.offset }
        var out: [Problem] = []
        out.reserveCapacity(keyed.count)
        var runStart = 0
        for (k, entry) in keyed.enumerated() {
            if k == 0 || keyed[k - 1].path != entry.path { runStart = out.count }
            let problem = problems[entry.offset]
            if !out[runStart...].contains(problem) { out.append(problem) }
        }
        return out
    }
}

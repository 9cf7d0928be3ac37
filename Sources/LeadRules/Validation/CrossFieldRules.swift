import LeadModel

/// Rules that relate several fields of a lead: ages and document dates, counts that bound
/// each other, groups filled all-or-none. Each problem names every path involved.
struct CrossFieldRules {
    let today: CalendarDate
    let ageRange: ClosedRange<Int>

    private typealias P = FieldPath
    private func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    func problems(_ lead: Lead) -> [Problem] {
        var out = topLevelProblems(lead)
        for list in Self.rowLists {
            for i in 0..<Self.rowCount(of: list, in: lead) { out += rowProblems(lead, list: list, row: i, at: i) }
        }
        return out
    }

    /// The lists whose rows have rules of their own (each row alone, never across rows).
    static let rowLists = ["relatives", "addresses", "extraFields"]

    static func rowCount(of list: String, in lead: Lead) -> Int {
        switch list {
        case "relatives": return lead.relatives?.count ?? 0
        case "addresses": return lead.addresses?.count ?? 0
        case "extraFields": return lead.extraFields?.count ?? 0
        default: return 0
        }
    }

    /// The rules over fields outside any list row: they never read a row.
    func topLevelProblems(_ lead: Lead) -> [Problem] {
        var out: [Problem] = []
        out += person(birthDate: lead.birthDate, passport: lead.passport, at: nil, checkAge: true)
        out += family(lead)
        out += loan(lead)
        out += legalEntity(lead)
        out += card(lead)
        if let a = lead.addressData { out += address(a, at: "addressData") }
        if let a = lead.registrationAddressData { out += address(a, at: "registrationAddressData") }
        return out
    }

    /// The rules of row `row` of `list` in `lead`, reported at `list[index]` (a lead made
    /// of that one row checks a row of a larger one).
    func rowProblems(_ lead: Lead, list: String, row: Int, at index: Int) -> [Problem] {
        let base = P([.key(list), .index(index)])
        switch list {
        case "relatives":
            guard let relative = lead.relatives?[safe: row] else { return [] }
            return person(birthDate: relative.birthDate, passport: relative.passport, at: base, checkAge: false)
        case "addresses":
            return lead.addresses?[safe: row].map { address($0, at: base) } ?? []
        case "extraFields":
            return lead.extraFields?[safe: row].map { extraField($0, at: base) } ?? []
        default:
            return []
        }
    }

    // MARK: - Person and documents

    private func person(birthDate: CalendarDate?, passport: Passport?, at base: FieldPath?, checkAge: Bool) -> [Problem] {
        func path(_ s: String) -> FieldPath {
            let tail = FieldPath(stringLiteral: s)
            return base.map { FieldPath($0.components + tail.components) } ?? tail
        }
        var out: [Problem] = []
        let birthPath = path("birthDate")
        if let birth = birthDate {
            if birth > today {
                out.append(.field(birthPath, code: "birthDate.future", t("дата рождения в будущем", "the date of birth is in the future")))
            } else if checkAge {
                let age = birth.fullYears(until: today)
                if !ageRange.contains(age) {
                    out.append(.field(birthPath, code: "birthDate.age",
                                      t("возраст \(age) — допустим от \(ageRange.lowerBound) до \(ageRange.upperBound) лет",
                                        "age \(age) — allowed from \(ageRange.lowerBound) to \(ageRange.upperBound) years")))
                }
            }
        }
        let issuePath = path("passport.issueDate"), closePath = path("passport.closeDate")
        if let issue = passport?.issueDate {
            if issue > today {
                out.append(.field(issuePath, code: "passport.issueDate.future", t("дата выдачи в будущем", "the date of issue is in the future")))
            }
            if let birth = birthDate, issue < birth.adding(years: 14) {
                out.append(.field(issuePath, code: "passport.issueDate.beforeAge14",
                                  t("паспорт выдаётся не раньше 14 лет (\(DateText.display(birth.adding(years: 14))))",
                                    "a passport is issued at 14 at the earliest (\(DateText.display(birth.adding(years: 14))))"),
                                  related: [birthPath]))
            }
        }
        if let close = passport?.closeDate {
            if let issue = passport?.issueDate, close <= issue {
                out.append(.field(closePath, code: "passport.closeDate.beforeIssue",
                                  t("срок действия должен быть позже даты выдачи", "must be after the date of issue"),
                                  related: [issuePath]))
            } else if close < today {
                out.append(.field(closePath, code: "passport.expired",
                                  t("паспорт истёк \(DateText.display(close)); ядро решит, принять ли его",
                                    "the passport expired on \(DateText.display(close)); the core decides whether to accept it"),
                                  severity: .warning))
            }
        }
        return out
    }

    // MARK: - Family and loan

    private func family(_ lead: Lead) -> [Problem] {
        guard let adults = lead.adultChildrenCount, let children = lead.childrenCount, adults > children else { return [] }
        return [.field("adultChildrenCount", code: "children.adultsExceedTotal",
                       t("не может быть больше количества детей (\(children))", "cannot exceed the number of children (\(children))"),
                       related: ["childrenCount"])]
    }

    private func loan(_ lead: Lead) -> [Problem] {
        guard let period = lead.period, period > 0, lead.periodUnit == nil else { return [] }
        let units = ChoiceLabels.periodUnitNames(["DAYS", "WEEKS", "MONTHS", "YEARS"])
        return [.field("periodUnit", code: "periodUnit.missing",
                       t("укажите единицу срока (\(units.ru)) для срока \(period)",
                         "give the term unit (\(units.en)) for the term \(period)"),
                       related: ["period"])]
    }

    private func legalEntity(_ lead: Lead) -> [Problem] {
        guard lead.naturalPerson == false else { return [] }
        var out: [Problem] = []
        for key in ["title", "registrationNumber"] {
            let value = key == "title" ? lead.title : lead.registrationNumber
            if filled(value) == nil {
                out.append(.field(FieldPath([.key(key)]), code: "legalEntity.missing",
                                  t("обязательно для юридического лица (Физическое лицо = нет)",
                                    "required for a legal entity (Natural person = no)"),
                                  related: ["naturalPerson"]))
            }
        }
        return out
    }

    // MARK: - Card

    private func card(_ lead: Lead) -> [Problem] {
        let fields: [(FieldPath, String?)] = [
            ("cardNumber", lead.cardNumber), ("cardHolder", lead.cardHolder),
            ("validThruMonth", lead.validThruMonth), ("validThruYear", lead.validThruYear), ("cardCvc", lead.cardCvc),
        ]
        let paths = fields.map(\.0)
        let missing = fields.filter { filled($0.1) == nil }.map(\.0)
        var out: [Problem] = []
        if !missing.isEmpty && missing.count < fields.count {
            for path in missing {
                out.append(.field(path, code: "card.incomplete",
                                  t("данные карты вводятся полностью или не вводятся вовсе", "card data is given in full or not at all"),
                                  related: paths.filter { $0 != path }))
            }
        }
        if let m = filled(lead.validThruMonth).flatMap({ Int($0) }), (1...12).contains(m),
           let yy = filled(lead.validThruYear), yy.count == 2, let y = Int(yy),
           (2000 + y, m) < (today.year, today.month) {
            out.append(.field("validThruYear", code: "card.expired",
                              t("срок действия карты истёк", "the card has expired"), related: ["validThruMonth"]))
        }
        return out
    }

    // MARK: - Addresses

    private func address(_ address: Address, at base: FieldPath) -> [Problem] {
        var out: [Problem] = []
        let parts: [(String, Bool)] = [
            ("countryId", address.countryId != nil),
            ("fiasId", filled(address.fiasId) != nil),
            ("fullAddressText", filled(address.fullAddressText) != nil),
        ]
        let paths = parts.map { base.appending($0.0) }
        if parts[1].1 || parts[2].1 {
            for (key, present) in parts where !present {
                let path = base.appending(key)
                out.append(.field(path, code: "address.fiasTriple",
                                  t("адрес по ФИАС передаётся тремя полями вместе: страна, код ФИАС и адрес одной строкой",
                                    "a FIAS address needs all three fields together: country, FIAS id and full address"),
                                  related: paths.filter { $0 != path }))
            }
        }
        if let reg = address.regDate, reg > today {
            out.append(.field(base.appending("regDate"), code: "address.regDate.future",
                              t("дата регистрации в будущем", "the registration date is in the future")))
        }
        return out
    }

    // MARK: - Extra fields

    private func extraField(_ field: ExtraField, at base: FieldPath) -> [Problem] {
        var out: [Problem] = []
        let keyPath = base.appending("key"), valuePath = base.appending("value")
        if filled(field.key) == nil {
            out.append(.field(keyPath, code: "extraField.missingKey",
                              t("у доп. поля нет ключа", "the extra field has no key"), related: [valuePath]))
        }
        if field.value == nil {
            out.append(.field(valuePath, code: "extraField.missingValue",
                              t("у доп. поля нет значения; передавайте значение строкой", "the extra field has no value; give it as a string"),
                              related: [keyPath]))
        }
        return out
    }

    /// An empty string counts as not filled (the vendor's own example sends `"inn": ""`).
    private func filled(_ s: String?) -> String? {
        guard let s, !s.allSatisfy(\.isWhitespace) else { return nil }
        return s
    }
}

extension Problem {
    /// The codes of rules that ask for a group of fields together (a card in full, the FIAS
    /// triple, an extra field's key and value, a term's unit, a legal entity's name and
    /// number): while such a group is being filled in, the missing part is not yet an error.
    public static let groupCodes: Set<String> = [
        "card.incomplete", "address.fiasTriple", "extraField.missingKey", "extraField.missingValue",
        "periodUnit.missing", "legalEntity.missing",
    ]

    /// Whether the problem is a part missing from such a group.
    public var isMissingGroupPart: Bool { Self.groupCodes.contains(code) }
}

private extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

import LeadModel

/// Rules that relate several fields of a lead: ages and document dates, counts that bound
/// each other, groups filled all-or-none. Each problem names every path involved.
struct CrossFieldRules {
    let today: CalendarDate
    let ageRange: ClosedRange<Int>

    private typealias P = FieldPath
    private func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    func problems(_ lead: Lead) -> [Problem] {
        var out: [Problem] = []
        out += person(birthDate: lead.birthDate, passport: lead.passport, at: nil, checkAge: true)
        for (i, relative) in (lead.relatives ?? []).enumerated() {
            out += person(birthDate: relative.birthDate, passport: relative.passport,
                          at: P([.key("relatives"), .index(i)]), checkAge: false)
        }
        out += family(lead)
        out += loan(lead)
        out += legalEntity(lead)
        out += card(lead)
        out += addresses(lead)
        out += extraFields(lead)
        return out
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
        return [.field("periodUnit", code: "periodUnit.missing",
                       t("укажите единицу срока (DAYS, WEEKS, MONTHS, YEARS) для срока \(period)",
                         "give the term unit (DAYS, WEEKS, MONTHS, YEARS) for the term \(period)"),
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

    private func addresses(_ lead: Lead) -> [Problem] {
        var all: [(FieldPath, Address)] = []
        if let a = lead.addressData { all.append(("addressData", a)) }
        if let a = lead.registrationAddressData { all.append(("registrationAddressData", a)) }
        for (i, a) in (lead.addresses ?? []).enumerated() { all.append((P([.key("addresses"), .index(i)]), a)) }
        var out: [Problem] = []
        for (base, address) in all {
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
        }
        return out
    }

    // MARK: - Extra fields

    private func extraFields(_ lead: Lead) -> [Problem] {
        var out: [Problem] = []
        for (i, field) in (lead.extraFields ?? []).enumerated() {
            let base = P([.key("extraFields"), .index(i)])
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
        }
        return out
    }

    /// An empty string counts as not filled (the vendor's own example sends `"inn": ""`).
    private func filled(_ s: String?) -> String? {
        guard let s, !s.allSatisfy(\.isWhitespace) else { return nil }
        return s
    }
}

import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// Rules over several fields are checked on every change (issue 15.7): a group being
/// filled in shows its missing parts as incomplete (`…`), and as errors once it is left.
struct LiveRulesTests {
    /// The section list's line of a section, by its number key.
    static func sectionLine(_ lines: [String], _ key: String) -> String {
        lines.first { $0.hasPrefix("\(key) ") }.map { String($0.prefix(20)) } ?? ""
    }

    static func harnessOnNewLead() throws -> AppHarness {
        var app = try AppHarness(language: .ru)
        app.send(.menuChoose(.newLead))
        return app
    }

    static func form(_ app: AppHarness) -> EntryForm? {
        if case .entry(let entry) = app.screen { return entry.form }
        return nil
    }

    @Test func theCardSectionIsCleanOnceAllFiveCardFieldsAreTyped() throws {
        var app = try Self.harnessOnNewLead()
        let card: [(FieldPath, String)] = [("cardNumber", "4111111111111111"), ("cardHolder", "IVAN IVANOV"),
                                           ("validThruMonth", "12"), ("validThruYear", "30"), ("cardCvc", "123")]
        for (i, (path, text)) in card.enumerated() {
            app.send(.entry(.focus(path)))
            app.type(text)
            let line = Self.sectionLine(app.lines(), "9")
            if i < card.count - 1 {
                // Being filled in: the group's fields are incomplete, not errors.
                #expect(!line.contains("!"), "after \(path): \(line)")
                #expect(line.contains("…5"), "after \(path): \(line)")
                #expect(Self.form(app)?.status(of: card[card.count - 1].0) == .incomplete)
            }
        }
        let line = Self.sectionLine(app.lines(), "9")
        #expect(!line.contains("!") && !line.contains("…"), "all five typed: \(line)")
        #expect(Self.form(app)?.leadProblems.contains { $0.code == "card.incomplete" } == false)
    }

    @Test func aCardLeftHalfTypedIsAnErrorOnceTheGroupIsLeft() throws {
        var app = try Self.harnessOnNewLead()
        app.send(.entry(.focus("cardNumber")))
        app.type("4111111111111111")
        #expect(Self.sectionLine(app.lines(), "9").contains("…5"))
        app.send(.entry(.focus("lastName")))
        let line = Self.sectionLine(app.lines(), "9")
        #expect(line.contains("!5"), "left the card: \(line)")
        #expect(Self.form(app)?.status(of: "cardCvc") == .invalid)
    }

    @Test func theFiasTripleIsIncompleteWhileFilledInOrderAndAnErrorAfterLeavingIt() throws {
        var app = try Self.harnessOnNewLead()
        app.send(.entry(.showSection(.addresses)))
        app.send(.entry(.focus("addressData.countryId")))
        app.send(.entry(.edited("addressData.countryId", "101042")))
        app.send(.entry(.focus("addressData.fiasId")))
        app.type("77523bc3b053456bb99b0a26e2e6af0c")
        var lines = app.lines()
        #expect(!Self.sectionLine(lines, "3").contains("!"), "while filled in: \(Self.sectionLine(lines, "3"))")
        #expect(Self.form(app)?.status(of: "addressData.fullAddressText") == .incomplete)
        #expect(Self.form(app)?.status(of: "addressData.countryId") != .invalid)
        // The missing part says it is not filled in yet, not that it is wrong.
        app.send(.entry(.focus("addressData.fullAddressText")))
        lines = app.lines()
        #expect(lines.contains { $0.contains(UIText.groupBeingFilled.ru) }, "\(lines.joined(separator: "\n"))")
        #expect(!Self.sectionLine(lines, "3").contains("!"))
        // Left without the full address: now an error, on the field and in the section list.
        app.send(.entry(.focus("addressData.postalCode")))
        lines = app.lines()
        #expect(Self.form(app)?.status(of: "addressData.fullAddressText") == .invalid)
        #expect(Self.sectionLine(lines, "3").contains("!"), "left: \(Self.sectionLine(lines, "3"))")
        // Completed in order: nothing left to say.
        app.send(.entry(.focus("addressData.fullAddressText")))
        app.type("г Москва, наб Академика Туполева, д 15")
        app.send(.entry(.focus("addressData.postalCode")))
        #expect(Self.form(app)?.leadProblems.contains { $0.code == "address.fiasTriple" } == false)
        #expect(!Self.sectionLine(app.lines(), "3").contains("!"))
    }
}

/// The check of one edit's scope gives what the whole check gives, on random edits of the
/// vendor's sample and of a lead with rows (seeded, so a failure is found again).
struct LiveCheckEquivalenceTests {
    static let texts = ["", "1", "12", "0", "-5", "абв", "Иванов", "4 499,50", "да", "x",
                        "4111111111111111", "31.02.1990", "01.01.2030", "29.07.1987", "11.11.2006", "15.03.2001",
                        "77523bc3-b053-456b-b99b-0a26e2e6af0c", "101042", "79057357014", "7905", "MONTHS",
                        String(repeating: "я", count: 300)]

    /// `nextRows`: fields of the row after the last of a list (filling one in adds a row at
    /// the end, emptying it again takes it away).
    static func run(lead: Lead, profile: String, seed: UInt64, edits: Int,
                    nextRows: [FieldPath]) -> (edits: Int, inScope: Int) {
        let context = Fixture.context(profile: profile)
        var form = EntryForm(lead: lead, context: context)
        form.revalidate(context: context)
        var paths = Array(Set(SectionID.allCases.flatMap { form.allFieldPaths(in: $0) }).union(form.values.keys)
            .union(nextRows))
        paths.sort()
        var random = SeededRandom(seed: seed)
        var inScope = 0
        for step in 0..<edits {
            guard let path = paths.randomElement(using: &random) else { break }
            var text = texts.randomElement(using: &random) ?? ""
            if Bool.random(using: &random), let current = form.values[path], !current.isEmpty {
                text = String(current.prefix(Int.random(in: 0...current.count, using: &random)))
            }
            // The scope's check alone, where the basis allows it, next to the whole check.
            if let basis = form.checkBasis.value, !form.changedSinceCheck {
                var probe = form
                probe.values[path] = text.isEmpty ? nil : text
                if probe.recheck(after: path, basis: basis, context: context) {
                    inScope += 1
                    let whole = probe.wholeLeadProblems(context: context)
                    #expect(probe.leadProblems == whole, "seed \(seed), step \(step): \(path) = \(text)")
                }
            }
            form.setText(text, at: path, context: context)
            let whole = form.wholeLeadProblems(context: context)
            #expect(form.leadProblems == whole, "seed \(seed), step \(step): \(path)")
            // The marks mended in place are those of the problems indexed afresh.
            var fresh = form
            fresh.leadProblems = whole
            for mark in paths where form.status(of: mark) != fresh.status(of: mark) || form.problems(at: mark) != fresh.problems(at: mark) {
                Issue.record("seed \(seed), step \(step): \(mark) marked \(form.status(of: mark)), afresh \(fresh.status(of: mark))")
            }
        }
        return (edits, inScope)
    }

    /// A row filled in after the last one (Ins, then typing) moves no other row: it is
    /// checked alone, and emptied again it is gone.
    @Test func aRowAtTheEndIsCheckedInItsScope() throws {
        let context = Fixture.context(profile: "branch")
        var form = EntryForm(lead: try BigLeadTests.lead(relatives: 5, extraFields: 2), context: context)
        form.revalidate(context: context)
        let basis = try #require(form.checkBasis.value)
        var probe = form
        probe.values["relatives[5].lastName"] = "Сидоров"
        probe.values["relatives[5].birthDate"] = "31.02.1990"
        let added = probe.recheck(after: "relatives[5].lastName", basis: basis, context: context)
        #expect(added)
        #expect(probe.checkBasis.value?.filledRows["relatives"] == 6)
        #expect(probe.leadProblems == probe.wholeLeadProblems(context: context))
        #expect(probe.leadProblems.contains { $0.path == "relatives[5].birthDate" })
        let grown = try #require(probe.checkBasis.value)
        probe.values["relatives[5].lastName"] = nil
        probe.values["relatives[5].birthDate"] = nil
        let emptied = probe.recheck(after: "relatives[5].lastName", basis: grown, context: context)
        #expect(emptied)
        #expect(probe.leadProblems == form.leadProblems)
        #expect(probe.checkBasis.value?.filledRows["relatives"] == 5)
    }

    @Test(arguments: ["minimal", "branch"])
    func onTheSample(profile: String) throws {
        let result = Self.run(lead: try Fixture.correctedSample(), profile: profile, seed: 15_07, edits: 150,
                              nextRows: ["extraFields[2].key", "extraFields[2].value", "addresses[1].fiasId"])
        #expect(result.inScope > result.edits / 2, "edits checked in their scope: \(result.inScope) of \(result.edits)")
    }

    @Test(arguments: ["minimal", "branch"])
    func onALeadWithRows(profile: String) throws {
        var lead = try BigLeadTests.lead(relatives: 12, extraFields: 8)
        for i in 0..<12 where i % 3 == 0 {
            lead.relatives?[i].birthDate = CalendarDate(year: 1990, month: 1, day: 1 + i)
            lead.relatives?[i].passport = Passport(seria: "4013", no: "12345\(i % 10)", issueDate: CalendarDate(year: 2001, month: 2, day: 3))
        }
        let result = Self.run(lead: lead, profile: profile, seed: 18, edits: 150,
                              nextRows: ["relatives[12].lastName", "relatives[12].birthDate", "extraFields[8].key",
                                         "extraFields[8].value", "addresses[1].fiasId"])
        #expect(result.inScope > result.edits / 2, "edits checked in their scope: \(result.inScope) of \(result.edits)")
    }
}

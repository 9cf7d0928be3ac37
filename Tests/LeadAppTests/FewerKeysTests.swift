import Foundation
import LeadModel
import LeadRules
import LeadStore
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 15, point 8: fewer keys per lead. The FIAS skip, the group jump, Dup, the
/// operator's defaults and the lists for the loan specialist and the money-getting method.
struct FewerKeysTests {
    static let fiasId = "0c5b2444-70a0-4932-980c-b4dc0d3f02b5"

    /// A new lead on the addresses section, focus on the residence's country.
    static func addresses(_ language: Language = .en) throws -> AppHarness {
        var h = try EntryGoldenTests.newLead(language)
        h.press(.alt(.character("3")))
        return h
    }

    static func focus(_ h: AppHarness) -> FieldPath? { h.screen.entry?.form.focus }

    @Test func tabSkipsTheStructuredAddressOnceTheFiasIdAndTextAreGiven() throws {
        var h = try Self.addresses()
        #expect(Self.focus(h) == "addressData.countryId")
        h.press(.tab)
        h.paste(Self.fiasId)
        EntryGoldenTests.tab(to: "addressData.fullAddressText", in: &h)
        h.type("Москва, Тверская 1")
        h.press(.tab)
        // Past postal code … metro station (12 fields) to the folded rest of the address.
        guard case .fold(let first, .addressExtra)? = h.screen.entry?.form.focusedStop else {
            Issue.record("focus on \(String(describing: Self.focus(h)))")
            return
        }
        #expect(first.hasPrefix("addressData"))
        // ↓ still walks into the block.
        h.press(.backTab)
        #expect(Self.focus(h) == "addressData.fullAddressText")
        h.press(.down)
        #expect(Self.focus(h) == "addressData.postalCode")
    }

    @Test func backTabSkipsTheFiasPairOnceTheStructuredAddressIsKeyed() throws {
        var h = try Self.addresses()
        h.press(.down, times: 3)
        #expect(Self.focus(h) == "addressData.postalCode")
        h.type("125009")
        EntryGoldenTests.tab(to: "addressData.regionName", in: &h)
        h.press(.backTab)
        #expect(Self.focus(h) == "addressData.postalCode")
        h.press(.backTab)
        #expect(Self.focus(h) == "addressData.countryId")
    }

    @Test func ctrlDownJumpsPastTheRestOfTheGroup() throws {
        var h = try Self.addresses()
        h.press(.down)
        h.press(.ctrl(.down))
        #expect(Self.focus(h) == "registrationAddressData.countryId")  // past the rest of the residence
        // In a list row: past the row, out of the section.
        h.press(.alt(.character("4")))
        h.press(.insert)
        #expect(Self.focus(h) == "relatives[0].collateralRelId")
        h.press(.function(12))
        #expect(h.screen.entry?.form.section == .debts)
        // The card block is the last group of its section: past it is the next section.
        h.press(.alt(.character("9")))
        EntryGoldenTests.tab(to: "cardNumber", in: &h)
        h.press(.ctrl(.down))
        #expect(h.screen.entry?.form.section == .checks)
        // F1 lists it.
        h.press(.function(1))
        #expect(h.lines().joined(separator: "\n").contains("Ctrl-↓"))
    }

    /// The sample draft sent and accepted, then Enter: a fresh form.
    static func afterOneLead(_ language: Language = .en, kiosk: Bool = false) throws -> AppHarness {
        var h = try AppHarness(language: language, kiosk: kiosk)
        h.services = try GoldenData.services(context: h.state.context)
        h.services.submit = .accepted(leadId: 1043, clientId: 5)
        h.type("4")
        h.press(.enter)
        h.press(.function(2))
        h.press(.enter)
        #expect(h.screen.entry?.phase == .accepted(leadId: 1043, clientId: 5))
        h.press(.enter)
        return h
    }

    @Test func dupCopiesTheFieldFromThePreviousLeadButNeverCardData() throws {
        var h = try Self.afterOneLead()
        guard let entry = h.screen.entry, let previous = entry.previousLead else {
            Issue.record("no previous lead on the fresh form")
            return
        }
        #expect(entry.form.text("lastName").isEmpty)
        let lastName = try #require(previous["lastName"])
        h.press(.function(11))
        #expect(h.screen.entry?.form.text("lastName") == lastName)
        #expect(h.lines().joined().contains("F11"))
        // Card data is never carried to the next customer.
        #expect(previous["cardNumber"] == nil && previous["cardCvc"] == nil)
        h.press(.alt(.character("9")))
        EntryGoldenTests.tab(to: "cardNumber", in: &h)
        h.press(.ctrl(.character("d")))
        #expect(h.screen.entry?.form.text("cardNumber") == "")
    }

    @Test func aKioskHasNoDup() throws {
        let context = Fixture.context()
        var entry = EntryScreen()
        _ = entry.update(.edited("lastName", "Иванов"), context: context)
        var kiosk = AppModel(kiosk: true)
        _ = kiosk.rememberSent(entry, [.send(Lead(), .new)])
        #expect(kiosk.previousLead == nil)
        var branch = AppModel()
        _ = branch.rememberSent(entry, [.send(Lead(), .new)])
        #expect(branch.previousLead?["lastName"] == "Иванов")
    }

    @Test func theOperatorsDefaultsAreSavedOnSendAndFillANewLead() throws {
        var h = try EntryGoldenTests.newLead(.en)
        h.press(.alt(.character("7")))
        // Stored defaults, as the runner reads them after the login.
        h.send(.operatorDefaultsLoaded(login: "ivanova", ["channel": "SITE", "subdivisionId": "1", "managerId": "1017"]))
        #expect(h.screen.entry?.form.text("channel") == "SITE")
        #expect(h.screen.entry?.form.text("managerId") == "1017")
        // Another operator's answer is not taken.
        h.send(.operatorDefaultsLoaded(login: "petrov", ["gettingMoneyMethodId": "2"]))
        #expect(h.screen.entry?.form.text("gettingMoneyMethodId") == "")
        // A sent lead's choices become the defaults, saved under the login.
        let sentLead = try Self.afterOneLead()
        let saved = sentLead.effects.compactMap { effect -> [String: String]? in
            if case .saveOperatorDefaults("ivanova", let fields) = effect { return fields } else { return nil }
        }
        #expect(saved.count == 1)
        let fields = try #require(saved.first)
        for (key, text) in fields {
            #expect(sentLead.screen.entry?.form.text(FieldPath(stringLiteral: key)) == text)
        }
    }

    @Test func theLoanSpecialistIsPickedFromAConfiguredList() throws {
        var h = try EntryGoldenTests.newLead(.en)
        h.press(.alt(.character("7")))
        EntryGoldenTests.tab(to: "managerId", in: &h)
        // No list: the number is typed, and the message line says where a list is set.
        h.type("Ив")
        #expect(h.screen.entry?.form.text("managerId") == "")
        #expect(h.lines().joined(separator: "\n").contains("[lists.loan-specialists]"))
        h.type("17")
        #expect(h.screen.entry?.form.text("managerId") == "17")
        h.press(.ctrl(.character("u")))
        // A configured list: picked by name.
        h.send(.dictionariesLoaded([.loanSpecialist: ConfiguredLists.codeList([(1017, "Иванова А. П."), (1018, "Петров Б. В.")])]))
        h.press(.backTab)
        h.press(.tab)
        #expect(Self.focus(h) == "managerId")
        h.type("Пет")
        h.press(.enter)
        #expect(h.screen.entry?.form.text("managerId") == "1018")
        #expect(!h.lines().joined(separator: "\n").contains("[lists.loan-specialists]"))
    }

    @Test func operatorDefaultsRoundTripThroughTheirFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("defaults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = OperatorDefaultsStore(directory: DataDirectory(url: folder))
        #expect(try store.load(login: "ivanova").isEmpty)
        try store.save(["channel": "BRANCH"], login: "ivanova")
        try store.save(["channel": "CALL_CENTER"], login: "petrov")
        #expect(try store.load(login: "ivanova") == ["channel": "BRANCH"])
        #expect(try store.load(login: "petrov") == ["channel": "CALL_CENTER"])
        let mode = try FileManager.default.attributesOfItem(atPath: store.url.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }
}

extension FewerKeysTests {
    @Test func typingOnAListTableStartsARowWithThatLetter() throws {
        var h = try EntryGoldenTests.newLead(.en)
        h.press(.alt(.character("6")))  // goods: the first stop is the list's table
        guard case .list? = h.screen.entry?.form.focusedStop else {
            Issue.record("not on the goods table")
            return
        }
        h.type("Холодильник")
        #expect(h.screen.entry?.form.rowCount("goods") == 1)
        #expect(h.screen.entry?.form.text("goods[0].name") == "Холодильник")
    }
}

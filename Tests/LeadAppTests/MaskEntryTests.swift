import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Masks as the operator meets them on the form (issue 15, points 3, 5 and 6): phones typed
/// and pasted the Russian way, dates typed short, and a full field that is wrong staying put.
struct MaskEntryTests {
    /// A new lead with focus on `path`.
    static func at(_ path: FieldPath, _ language: Language = .ru) throws -> AppHarness {
        var h = try EntryGoldenTests.newLead(language)
        EntryGoldenTests.tab(to: path, in: &h)
        #expect(h.screen.entry?.form.focus == path)
        return h
    }

    /// The message line (the row above the legend).
    static func message(_ h: inout AppHarness) -> String {
        let lines = h.lines()
        return lines.count >= 2 ? lines[lines.count - 2] : ""
    }

    /// Whether the screen is the form with focus on `path`, marked wrong.
    static func staysMarked(_ path: FieldPath) -> (AppModel.Screen) -> Bool {
        { $0.entry?.form.focus == path && $0.entry?.form.status(of: path) == .invalid }
    }

    // MARK: point 3, phones

    @Test(arguments: ["89161234567", "79161234567", "+79161234567", "8 (916) 123-45-67"])
    func aPhoneTypedTheRussianWayIsStoredWithSevenAndNothingSpills(_ typed: String) throws {
        var h = try Self.at("mobilePhone")
        h.type(typed)
        let form = try #require(h.screen.entry?.form)
        #expect(form.text("mobilePhone") == "79161234567")
        #expect(form.focus == "email")
        #expect(form.text("email").isEmpty)
        #expect(h.bells == 0)
    }

    @Test func aPhonePastedFromACrmIsReadWhole() throws {
        var h = try Self.at("mobilePhone")
        h.paste("8 (916) 123-45-67")
        let form = try #require(h.screen.entry?.form)
        #expect(form.text("mobilePhone") == "79161234567")
        #expect(form.focus == "email")
        #expect(h.lines().contains { $0.contains("Мобильный телефон*         +7 (916) 123-45-67") })
    }

    @Test func aPasteTooLongForTheMaskKeepsWhatFitsStaysAndBeeps() throws {
        var h = try Self.at("mobilePhone")
        h.paste("+7 916 123-45-67 доб. 25")
        let form = try #require(h.screen.entry?.form)
        #expect(form.text("mobilePhone") == "79161234567")
        #expect(form.focus == "mobilePhone")
        #expect(form.text("email").isEmpty)
        #expect(h.bells == 1)
    }

    @Test func relativesAndLandlinePhonesTakeTheSameMask() throws {
        var h = try EntryGoldenTests.newLead(.ru)
        h.press(.alt(.character("4")), .function(6))
        EntryGoldenTests.tab(to: "relatives[0].telephone", in: &h)
        h.type("89031112233")
        #expect(h.screen.entry?.form.text("relatives[0].telephone") == "79031112233")
        #expect(h.screen.entry?.form.focus != "relatives[0].telephone")

        var home = try EntryGoldenTests.newLead(.ru)
        home.press(.alt(.character("3")))
        let landline: FieldPath = "addressData.telephone"
        home.send(.entry(.focus(landline)))
        #expect(home.screen.entry?.form.focus == landline)
        home.paste("8 (495) 100-11-12")
        #expect(home.screen.entry?.form.text(landline) == "74951001112")
    }

    // MARK: point 5, dates

    @Test func aDateMessageSaysIncompleteWhileItCanStillBeReal() throws {
        var h = try Self.at("birthDate")
        h.type("3")
        #expect(Self.message(&h).contains("дата не дописана"))
        #expect(h.screen.entry?.form.status(of: "birthDate") == .incomplete)
        h.type("1")
        h.type("0")
        #expect(h.screen.entry?.form.status(of: "birthDate") == .incomplete)
        h.type("2")
        // 31.02 is flagged at once, before any year.
        #expect(h.screen.entry?.form.status(of: "birthDate") == .invalid)
        #expect(Self.message(&h).contains("нет такой даты"))
    }

    @Test func aDotAfterOneDigitCompletesTheDayAndTheMonth() throws {
        var h = try Self.at("birthDate")
        h.type("1.3.1985")
        #expect(h.screen.entry?.form.text("birthDate") == "01.03.1985")
        #expect(h.screen.entry?.form.focus == "birthPlace")
    }

    // MARK: point 6, auto-advance only when valid

    @Test(arguments: [
        ("birthDate", "31021990", "нет такой даты"),
        ("birthDate", "01012010", "возраст 16"),
        ("snils", "11223344594", "неверное контрольное число"),
    ] as [(String, String, String)])
    func aFullButWrongFieldStaysBeepsAndSaysWhy(_ field: String, _ typed: String, _ why: String) throws {
        let path = FieldPath(stringLiteral: field)
        var h = try Self.at(path)
        h.type(typed)
        #expect(h.screen.entry?.form.focus == path)
        #expect(h.bells == 1)
        #expect(h.screen.entry?.form.status(of: path) == .invalid)
        #expect(Self.message(&h).contains(why), "\(Self.message(&h))")
        // Tab still leaves it, marked; coming back shows the message again, and so does F3.
        h.press(.tab)
        #expect(h.screen.entry?.form.focus != path)
        #expect(h.lines().contains { $0.contains("│ !") && $0.contains(field == "snils" ? "СНИЛС" : "Дата рождения") })
        #expect(!Self.message(&h).contains(why))
        h.press(.backTab)
        #expect(h.screen.entry?.form.focus == path)
        #expect(Self.message(&h).contains(why))
        h.press(.tab)
        h.press(.function(3))
        #expect(h.screen.entry?.form.focus == path)
        #expect(Self.message(&h).contains(why))
    }

    @Test func aFullValidFieldStillMovesOnAndAGroupBeingFilledDoesNotHoldIt() throws {
        var h = try Self.at("birthDate")
        h.type("29071987")
        #expect(h.screen.entry?.form.focus == "birthPlace")
        // The card's month fills while the rest of the card is still to come: it moves on.
        var card = try EntryGoldenTests.newLead(.ru)
        card.send(.entry(.focus("validThruMonth")))
        card.type("07")
        #expect(card.screen.entry?.form.focus != "validThruMonth")
        #expect(card.bells == 0)
    }
}

/// Goldens of the masks (recorded with the other `GoldenTests`).
struct MaskGoldenTests {
    /// 31.02.1990 typed in full: the date stays focused, marked, with its message, and the
    /// phone below shows its `+7` mask.
    @Test(arguments: [Language.ru, .en])
    func aFullWrongDateStaysWithItsMessage(_ language: Language) throws {
        var h = try MaskEntryTests.at("birthDate", language)
        h.type("31021990")
        h.expectGolden("entry-date-stays", arrived: MaskEntryTests.staysMarked("birthDate"))
    }

    /// The residence address: the FIAS id in its 8-4-4-4-12 mask, the landline in the `+7` one.
    @Test(arguments: [Language.ru, .en])
    func theAddressShowsTheFiasAndLandlineMasks(_ language: Language) throws {
        var h = try EntryGoldenTests.newLead(language)
        h.press(.alt(.character("3")))
        h.send(.entry(.focus("addressData.telephone")))
        h.type("84951001112")
        h.expectGolden("entry-address-masks") {
            $0.entry?.form.section == .addresses && $0.entry?.form.text("addressData.telephone") == "74951001112"
        }
    }
}

import Foundation
import LeadApp
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// What the operator sees of issue 13 at the smallest terminal (80×24): the refusal whole on
/// the login screen, the FIAS key in the legend, the search kinds and pages, the status.
struct SessionScreensTests {
    static func screen(language: Language = .ru) throws -> ScreenState {
        var screen = try FormFuzzTests.freshScreen(profile: "minimal", language: language)
        screen.size = Size(columns: 80, rows: 24)
        screen.model.loginDefaults = LoginScreen(server: "https://core.bank.local", customerKey: "tenant", user: "ivanova")
        return screen
    }

    static func text(_ screen: inout ScreenState) -> String {
        AppView.frame(&screen, size: screen.size).lines.joined(separator: "\n")
    }

    /// Every word of `message` is on the screen (wrapping may move words to the next line).
    static func showsWhole(_ message: String, in frame: String) -> Bool {
        let flat = frame.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return message.split(separator: " ").allSatisfy { flat.contains($0) }
    }

    @Test func aRefusedSessionIsSaidWholeAndThePasswordIsDots() throws {
        for language in [Language.ru, .en] {
            var screen = try Self.screen(language: language)
            _ = screen.send(.menuChoose(.newLead))
            _ = screen.send(.sessionRefused(UIText.sessionRefused))
            let frame = Self.text(&screen)
            #expect(Self.showsWhole(UIText.sessionRefused.text(in: language), in: frame), "\(frame)")
            #expect(frame.contains("https://core.bank.local") && frame.contains("tenant") && frame.contains("ivanova"))
            for c in "pass" { _ = screen.handle(.key(.character(c))) }
            let typed = Self.text(&screen)
            #expect(typed.contains("••••") && !typed.contains("pass"), "\(typed)")
            let effects = screen.handle(.key(.enter)).effects
            #expect(effects == [.logIn(server: "https://core.bank.local", customerKey: "tenant", user: "ivanova", password: "pass")])
        }
    }

    @Test func f4IsInTheLegendOnAnAddressTextAndAsksTheGateway() throws {
        var screen = try Self.screen()
        _ = screen.send(.menuChoose(.newLead))
        _ = screen.send(.entry(.showSection(.addresses)))
        _ = screen.send(.entry(.focus("addressData.fullAddressText")))
        for c in "Москва Туполева 15" { _ = screen.handle(.key(.character(c))) }
        let frame = Self.text(&screen)
        let legend = frame.split(separator: "\n").last.map(String.init) ?? ""
        #expect(legend.contains("F4 Код ФИАС"), "legend: \(legend)")
        let effects = screen.handle(.key(.function(4))).effects
        #expect(effects == [.fiasLookup(address: "Москва Туполева 15", field: "addressData.fullAddressText")])
        #expect(Self.text(&screen).contains("Поиск в ФИАС…"))
        _ = screen.send(.fiasAnswered(field: "addressData.fullAddressText", address: "Москва Туполева 15", .noMatch))
        let after = Self.text(&screen)
        #expect(after.contains("Адрес проживания: такого адреса нет в ФИАС — проверьте написание"), "\(after)")
        // Elsewhere F4 is neither shown nor does anything.
        _ = screen.send(.entry(.focus("addressData.postalCode")))
        #expect(!(Self.text(&screen).split(separator: "\n").last ?? "").contains("F4"))
        #expect(screen.handle(.key(.function(4))).effects.isEmpty)
    }

    @Test func pastedHexBecomesAHyphenatedFiasId() throws {
        var screen = try Self.screen()
        _ = screen.send(.menuChoose(.newLead))
        _ = screen.send(.entry(.showSection(.addresses)))
        _ = screen.send(.entry(.focus("addressData.fiasId")))
        _ = screen.handle(.paste("77523bc3b053456bb99b0a26e2e6af0c"))
        guard case .entry(let entry) = screen.model.screen else { Issue.record("expected the form"); return }
        #expect(entry.form.text("addressData.fiasId") == "77523bc3-b053-456b-b99b-0a26e2e6af0c")
        // The field is narrower than the id: its end, with the last hyphen, is what shows.
        #expect(Self.text(&screen).contains("-0a26e2e6af0c"))
    }

    @Test func aPhoneSearchAsksForTheRowsThatFitAndShowsThePhoneFormatted() throws {
        var screen = try Self.screen()
        _ = screen.handle(.key(.character("3")))
        #expect(Self.text(&screen).contains("Искать по (Tab):"))
        _ = screen.handle(.key(.tab))
        for c in "89161234567" { _ = screen.handle(.key(.character(c))) }
        let effects = screen.handle(.key(.enter)).effects
        let rows = screen.model.pageRows
        #expect(rows == 16)
        #expect(effects == [.searchClients(.mobilePhone("79161234567"), page: SearchPage(size: rows))])
        let waiting = Self.text(&screen)
        #expect(waiting.contains("Поиск…") && !waiting.contains("Отправка"), "\(waiting)")
        var client = Client()
        client.id = 5
        client.lastName = "Петрова"
        client.mobilePhone = "79161234567"
        var passport = Passport()
        passport.seria = "4510"
        passport.no = "123456"
        client.passport = passport
        let full = Array(repeating: client, count: rows)
        _ = screen.send(.lookup(.foundPage(full, page: SearchPage(size: rows))))
        let table = Self.text(&screen)
        #expect(table.contains("+7 916 123-45-67") && table.contains("4510 123456"), "\(table)")
        #expect(table.contains("стр. 1 · 1–16") && table.contains("PgDn/PgUp"), "\(table)")
        #expect(screen.handle(.key(.pageDown)).effects == [.searchClients(.mobilePhone("79161234567"), page: SearchPage(from: 16, size: 16))])
    }

    @Test func theStatusScreenSpeaksWordsAtEightyColumns() throws {
        var screen = try Self.screen(language: .en)
        _ = screen.send(.checkLead(42))
        let report = LeadStatusReport(info: LeadRecordInfo(id: 42, clientId: 9, currentStatus: "WAITING"),
                                      records: [LeadStatusRecord(status: "TECH_FAULT", info: "code: METADATA__EMPTY_REQUIRED_FIELD; message: snils")])
        _ = screen.send(.leadCheckSent(42))
        _ = screen.send(.leadStatusRead(42, report))
        let frame = Self.text(&screen)
        #expect(frame.contains("Status: waiting for the check") && frame.contains("Client #9"), "\(frame)")
        #expect(Self.showsWhole("technical fault in the check — the required field \"SNILS\" is empty", in: frame), "\(frame)")
        #expect(frame.contains("F7 Check") && frame.contains("F5 Refresh"))
        #expect(screen.handle(.key(.function(5))).effects == [.readLeadStatus(42)])
    }
}

/// `check-after-create` in the config file: a yes/no, anything else named with its key.
struct CheckAfterCreateConfigTests {
    @Test func checkAfterCreateIsReadAndAWrongValueNamed() throws {
        #expect(try ConfigFile.parse("check-after-create = true\n", path: "c.toml").checkAfterCreate == true)
        #expect(try ConfigFile.parse("", path: "c.toml").checkAfterCreate == nil)
        #expect(throws: ConfigFile.Problem.self) { try ConfigFile.parse("check-after-create = \"yes\"\n", path: "c.toml") }
    }
}

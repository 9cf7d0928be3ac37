import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// The whole application's state: which screen is up and what the status line says.
/// Elm style: `update(event) -> effects`; the executable runs the effects (network, disk,
/// timers) and feeds their results back as events.
public struct AppModel: Hashable, Sendable {
    public enum Screen: Hashable, Sendable {
        case login(LoginScreen)
        case menu(selected: Int)
        case entry(EntryScreen)
        case openLead(OpenLeadScreen)
        case lookup(LookupScreen)
        case drafts(DraftsScreen)
        /// Kiosk: the supervisor PIN prompt that stands between the kiosk and quitting.
        case supervisor(SupervisorScreen)
        case outbox(OutboxScreen)
        /// A stored lead's check and status.
        case leadStatus(LeadStatusScreen)
        /// Leads found by the client's phone (menu 2), newest first.
        case leadList(LeadListScreen)
    }

    public var screen: Screen
    /// The one message line (5250 style); replaced by the focused field's message while typing.
    public var notice: LocalizedText?
    /// Set while draft writes fail (disk full, database unwritable): shown in the title and
    /// on the message line until a write succeeds again.
    public var draftSaveProblem: LocalizedText?
    /// Leads waiting in the outbox, and the last reason a send failed.
    public var outboxPending: Int = 0
    public var outboxLastError: String?
    /// Of those, the ones whose card CVC must be entered again (it is never kept on disk).
    public var outboxNeedingCvc: Int = 0
    /// The latest outbox entry already known as sent (nil before the first reading): later
    /// ones were sent in the background and are announced with their lead numbers.
    public var sentSeenUpTo: Int64?
    /// Leads whose number the operator has seen on the result screen (not announced again).
    public var leadsShown: Set<Int64> = []
    /// Defaults for a new lead, from the core's new-client template.
    public var template: Lead?
    /// The core's dictionaries, where it has them (countries, credit products).
    public var codeLists: [CodeListID: CodeList] = [:]
    /// The draft the entry screen saves into.
    public var draftID: String?
    /// Kiosk: after a lead is accepted, the form resets by itself.
    public let kiosk: Bool
    /// Kiosk: whether a supervisor PIN is configured (without one the kiosk cannot be left).
    public let supervisorPINConfigured: Bool
    /// Kiosk: whether the client look-up is offered (config `[kiosk] lookup`; off by default),
    /// and then it shows only masked values (`MaskedClient`).
    public var kioskLookup = false
    /// Kiosk: whether anyone has pressed a key since the last wipe; then even the menu is
    /// wiped when left alone (what they did may have left a draft behind).
    public var touchedSinceWipe = false
    public var supervisorLock = SupervisorLock()
    public var running = true
    /// What the login screen starts from: the server, customer key and user the app resolved
    /// from flags, environment and config (never the password).
    public var loginDefaults = LoginScreen()
    /// The screen a refused session interrupted, with its form and focus: it comes back
    /// after the next successful login, so nothing typed is lost.
    public var resumeAfterLogin: Screen?
    /// Who is logged in (`whoami`), when the core said.
    public var session: SessionInfo?
    /// Config `check-after-create`: every accepted new lead is sent to its check at once.
    public var checkAfterCreate = false
    /// The quiet screen (`--quiet-screen`, config `quiet`, implied by accessible mode): no
    /// countdown ticks on screen (a warning is said once), the bell with every refusal. Set
    /// it through `ScreenState.quiet`, which also draws in ASCII.
    public var quiet = false
    /// The screen the status screen (or the lead list) goes back to.
    public var returnScreen: Screen?
    /// The address field whose FIAS look-up is under way.
    public var fiasPending: FieldPath?
    /// F1's help box, over any screen.
    public var help: HelpOverlay?
    /// "Quit?", over any screen, while quitting would leave work behind (`QuitQuestion`).
    public var quitQuestion: QuitQuestion?
    /// Whether the operator changed the form that is up since it was opened (for the quit question).
    public var typedSinceOpened = false
    /// Whether the form that is up was resumed from a draft.
    public var openedDraft = false
    /// Drafts of this session the operator left unsent (back to the menu from a form).
    public var draftsLeft: Set<String> = []
    /// The rows of results a list screen shows: one search page. Set from the terminal's
    /// size when it changes (`ScreenState.size`); update never asks the terminal.
    public var pageRows = 10
    /// The lines' area of a box over the screen (the review's, F1's) at the terminal's size,
    /// set with `pageRows`: a box's scroll stops where its last line is in view.
    public var boxTextArea = Size(columns: 70, rows: 16)
    /// Autosave, outbox polling, midnight, kiosk idle and result reset, as deadlines the
    /// model declares (`AppModel+Timers.swift`); the runtime sets them up with its clock.
    public var timers = Timers(now: Date(timeIntervalSince1970: 0))
    /// Where new draft ids come from (the runtime's seed; tests may fix it).
    public var ids: IDSource
    /// Outbox entries whose CVC the operator typed again this run (it lives in memory only).
    public var cvcTypedAgain: Set<Int64> = []
    /// The previous lead sent in this session, what Dup copies from (never card data; none on a kiosk).
    public var previousLead: [FieldPath: String]?
    /// The logged-in operator's defaults of a new lead (`LastLead.defaultFields`), as stored.
    public var operatorDefaults: [String: String] = [:]

    public init(screen: Screen = .menu(selected: 0), kiosk: Bool = false, supervisorPINConfigured: Bool = false,
                ids: IDSource = .random()) {
        self.screen = screen
        self.ids = ids
        self.kiosk = kiosk
        self.supervisorPINConfigured = supervisorPINConfigured
    }

    public enum Event: Hashable, Sendable {
        case menuMove(Int), menuChoose(MenuItem?)
        case entry(EntryEvent)
        case lookup(LookupScreen.Event)
        case openLeadEdited(String), openLeadSubmit
        /// Menu 2: Tab switches between the lead number and the client's phone.
        case openLeadToggle
        // The cases carrying a whole lead or form are boxed: the event stays small, and
        // copying one for a keystroke does not copy (or retain) a lead's hundreds of fields.
        indirect case leadLoaded(LeadRecord)
        case leadLoadFailed(LocalizedText)
        case loginEdited(LoginScreen.Field, String), loginFocus(LoginScreen.Field), loginSubmit
        case loginSucceeded, loginFailed(LocalizedText)
        /// The core refused the session after the service's own re-login: log in again.
        case sessionRefused(LocalizedText)
        case sessionIdentified(SessionInfo)
        /// F4 in an address's full-address field, and what the gateway answered.
        case fiasLookup
        case fiasAnswered(field: FieldPath, address: String, FiasLookup)
        case fiasFailed(field: FieldPath, LocalizedText)
        /// F7: send the lead's check; F9 / F5: read its status.
        case checkLead(Int64), showLeadStatus(Int64), refreshLeadStatus
        case leadCheckSent(Int64)
        case leadCheckFailed(Int64, LocalizedText, alreadyChecked: Bool)
        case leadStatusRead(Int64, LeadStatusReport)
        case leadStatusFailed(Int64, LocalizedText)
        case leadList(LeadListScreen.Event)
        case draftsListed([DraftListing]), draftsMove(Int), draftResume, draftDiscard
        indirect case draftLoaded(id: String, form: EntryForm, mode: EntryMode)
        indirect case templateLoaded(Lead)
        /// The background check of a large lead just opened (`Effect.checkForm`).
        case formChecked(FormCheck)
        case dictionariesLoaded([CodeListID: CodeList])
        case operatorDefaultsLoaded(login: String, [String: String])
        case outboxStatus(pending: Int, lastError: String?, needingCvc: Int = 0)
        /// The last leads the core took from the outbox (latest first), read with the figures.
        case outboxSent([SentListing])
        /// A draft write ended: nil when it succeeded, else why it failed.
        case draftSaveEnded(problem: LocalizedText?)
        case outbox(OutboxScreen.Event)
        /// Kiosk: F10 asks for the supervisor PIN; the check's result comes back with its time.
        case supervisorAsk, supervisorEdited(String), supervisorSubmit(at: Date)
        case supervisorChecked(accepted: Bool, at: Date)
        case back
        /// Kiosk idle time-out or operator request: wipe and start over.
        case wipe
        case quit
        /// What the operator types: the only way a key or a paste reaches state (see
        /// `AppModel+Input.swift`; each screen's folder holds its bindings and key update).
        case key(Key), paste(String)
        /// The operator typed at this time (the runtime stamps each key and paste): the kiosk's
        /// idle clock starts again, and edits are timed from it.
        case input(at: Date)
        /// The runtime's clock, at the earliest of `deadlines` (see `AppModel+Timers.swift`).
        case tick(Date)
        /// An outbox to ask is there now (a login connected one): its figures are read at once.
        case outboxConnected
        /// An effect needed the core and there is none to ask (not logged in).
        case notConnected
    }

    public enum Effect: Hashable, Sendable {
        case entry(EntryEffect, draftID: String?)
        case lookup(ids: [Int64], preserveOrder: Bool)
        case fetchLead(Int64)
        case searchClients(ClientSearchKey, page: SearchPage)
        case searchLeads(LeadSearchKey, page: SearchPage)
        case fiasLookup(address: String, field: FieldPath)
        case checkLead(Int64)
        case readLeadStatus(Int64)
        case logIn(server: String, customerKey: String, user: String, password: String)
        case listDrafts, loadDraft(String), deleteDraft(String)
        case listOutbox
        case outbox(OutboxScreen.Effect)
        /// Kiosk wipe: every draft of this session goes.
        case discardSessionDrafts
        /// Kiosk: compare a typed PIN with the configured salted hash (slow on purpose).
        case checkSupervisorPIN(String)
        /// Esc during a wait for the core: cancel the call in flight (its answer, if one
        /// still comes, is ignored).
        case cancelWait
        case quit
        /// A key or a paste was refused (a full mask, a letter in a number): the terminal beeps.
        case bell
        /// Read the clock and send back the event that needs the time.
        case readClock(ClockRequest)
        /// Check a large lead's form away from the input loop; it comes back as `.formChecked`.
        indirect case checkForm(EntryForm)
        /// Write the form being typed to its draft (never the CVC: the store strips it).
        case saveDraft
        /// Write a form that was just left (Esc to the menu) to its draft: the screen no
        /// longer shows it, and what was typed since the last autosave must not be lost.
        case saveLeftForm(EntryScreen, draftID: String)
        /// The operator's defaults of a new lead: read at login, written when a lead is sent.
        case loadOperatorDefaults(login: String)
        case saveOperatorDefaults(login: String, [String: String])
        /// Read the outbox's figures; they come back as `.outboxStatus`.
        case pollOutbox
        /// A new local day: the rules check ages and document dates against it from now on.
        case adoptDay(LeadModel.CalendarDate)
    }

    /// Said when Esc ends a wait for the core; everything typed stays.
    public static let waitCancelled = LocalizedText(ru: "Ожидание ответа ядра отменено (Esc); введённое сохранено",
                                                    en: "Stopped waiting for the core (Esc); what you typed is kept")

    /// What happens to drafts left from before (a crash, a power cut, a shutdown) when the
    /// app starts: offered to resume, or on a kiosk wiped, since the next person at a kiosk
    /// must never see the last one's application.
    public var draftsOnStart: [Effect] { kiosk ? [.discardSessionDrafts] : [.listDrafts] }

    public func menuItems() -> [MenuItem] {
        kiosk ? (kioskLookup ? [.newLead, .lookup] : [.newLead]) : MenuItem.allCases
    }

    public mutating func update(_ event: Event, context: FormContext) -> [Effect] {
        defer { followFocus(context: context) }
        if case .entry(.submitted(.accepted(let id, _))) = event { leadsShown.insert(id) }
        if let handled = updateTimers(event, context: context) { return handled }
        if let handled = updateInput(event, context: context) { return handled }
        if let handled = updateSession(event, context: context) { return handled }
        switch (screen, event) {
        case (_, .outboxStatus(let pending, let lastError, let needingCvc)):
            outboxPending = pending
            outboxLastError = lastError
            outboxNeedingCvc = needingCvc
            // The outbox screen follows the figures: sent leads leave it, new tries show.
            if case .outbox = screen { return [.listOutbox] }
        case (_, .outboxSent(let sent)):
            outboxSent(sent)
        case (_, .draftSaveEnded(let problem)):
            draftSaveEnded(problem: problem)
        case (_, .templateLoaded(let lead)):
            template = lead
            // A new form opened before the template arrived still gets its defaults,
            // wherever the operator has not typed yet.
            if case .entry(var entry) = screen, entry.mode == .new {
                let defaults = EntryForm(lead: lead, context: context)
                for (path, text) in defaults.values where entry.form.values[path] == nil {
                    entry.form.setText(text, at: path, context: context)
                }
                screen = .entry(entry)
            }
        case (_, .dictionariesLoaded(let lists)):
            codeLists.merge(lists) { $1 }
        case (_, .operatorDefaultsLoaded(let login, let defaults)):
            adoptOperatorDefaults(login: login, defaults, context: context)
        case (_, .notConnected):
            notice = UIText.notConnected
        case (.login(var login), .wipe):
            // Kiosk: the interrupted form and the typed password go; the login stays.
            resumeAfterLogin = nil
            login.password = ""
            screen = .login(login)
            draftID = nil
            return [.discardSessionDrafts]
        case (_, .wipe):
            screen = .menu(selected: 0)
            draftsLeft = []
            quitQuestion = nil
            resumeAfterLogin = nil
            returnScreen = nil
            notice = nil
            draftID = nil
            help = nil
            return [.discardSessionDrafts]
        case (_, .quit):
            running = false
            return [.quit]
        case (.menu, .supervisorAsk):
            return askSupervisor()
        case (.supervisor(let prompt), _):
            return updateSupervisor(prompt, event)
        case (.drafts(var shown), .draftsListed(let drafts)):
            // Asked for from the menu: the screen is up already and says so when there are none.
            shown.drafts = drafts
            shown.selected = max(0, min(shown.selected, drafts.count - 1))
            screen = .drafts(shown)
        case (_, .draftsListed(let drafts)):
            // At start, only drafts that exist are offered: none leaves the menu as it is.
            if !drafts.isEmpty, case .menu = screen { screen = .drafts(DraftsScreen(drafts: drafts)) }
        case (.menu(let selected), .menuMove(let delta)):
            let count = menuItems().count
            screen = .menu(selected: (selected + delta + count) % count)
        case (.menu(let selected), .menuChoose(let item)):
            return choose(item ?? menuItems()[min(selected, menuItems().count - 1)], context: context)
        case (.entry(let entry), .entry(.confirm)) where entry.phase.offersFreshForm:
            // A kiosk's result always gives way to a fresh form (also by its reset timer).
            return choose(kiosk ? .newLead : entry.nextStep, context: context)
        case (.entry(let entry), .back) where entry.phase.offersFreshForm:
            screen = .menu(selected: 0)
            // Kiosk: a queued lead waits in the outbox; its draft must not wait for the next person.
            if kiosk { return leaveKioskForm() }
        case (.entry(var entry), .entry(let event)):
            // Out of `screen` while it changes, so the form's dictionaries are changed in place.
            screen = .menu(selected: 0)
            let effects = entry.update(event, context: context)
            screen = .entry(entry)
            return entryEffects(effects) + rememberSent(entry, effects)
        case (.entry(let entry), .back):
            // Leaving the form keeps the draft; it can be resumed from the menu.
            guard case .editing = entry.phase else { break }
            screen = .menu(selected: 0)
            if kiosk { return leaveKioskForm() }
            if let draftID, typedSinceOpened || openedDraft {
                draftsLeft.insert(draftID)
                return [.saveLeftForm(entry, draftID: draftID)]
            }
        case (.lookup(let lookup), .lookup(.found)), (.lookup(let lookup), .lookup(.failed)):
            // An answer to a wait that was cancelled: the operator has moved on.
            guard lookup.phase == .searching, case .lookup(let event) = event else { break }
            var l = lookup
            _ = l.update(event)
            screen = .lookup(l)
        case (.lookup(var lookup), .back) where lookup.phase == .searching:
            lookup.phase = .entering
            lookup.message = Self.waitCancelled
            screen = .lookup(lookup)
            return [.cancelWait]
        case (.lookup(var lookup), .lookup(let event)):
            let effects = lookup.update(event)
            screen = .lookup(lookup)
            return effects.compactMap { effect in
                switch effect {
                case .lookup(let ids, let keep): return .lookup(ids: ids, preserveOrder: keep)
                case .search(let key, let page): return .searchClients(key, page: page)
                case .startLead(let lead):
                    var form = EntryForm(lead: lead, context: context)
                    applySessionDefaults(to: &form, context: context)
                    startEntry(EntryScreen(form: form, mode: .new), context: context)
                    // The card's values are work already done: the lead is a draft like any
                    // other from its first moment, kept when left with Esc, written at once.
                    typedSinceOpened = true
                    return .saveDraft
                }
            }
        case (.lookup(let lookup), .back):
            if lookup.phase == .entering { screen = .menu(selected: 0) } else {
                var l = lookup
                _ = l.update(.back)
                screen = .lookup(l)
            }
        case (.openLead(var open), .openLeadEdited(let text)):
            open.idText = text
            open.message = nil
            screen = .openLead(open)
        case (.openLead(var open), .openLeadSubmit) where open.byPhone:
            switch LeadListScreen.parsePhone(open.idText) {
            case .success(let phone):
                open.busy = true
                open.message = nil
                open.searched = .mobilePhone(phone)
                screen = .openLead(open)
                return [.searchLeads(.mobilePhone(phone), page: SearchPage(size: open.pageSize))]
            case .failure(let message):
                open.message = message
                screen = .openLead(open)
            }
        case (.openLead(var open), .openLeadToggle) where !kiosk:
            open.byPhone.toggle()
            open.input = OpenLeadScreen.emptyInput(byPhone: open.byPhone)
            open.message = nil
            screen = .openLead(open)
        case (.openLead(let open), .leadList(.found(let leads, let page))):
            guard let key = open.searched, case .mobilePhone(let phone) = key else { break }
            var list = LeadListScreen(key: key, page: page)
            _ = list.update(.found(leads, page: page))
            var back = open
            back.busy = false
            if leads.isEmpty {
                back.message = LocalizedText(ru: "Заявок с телефоном \(phone) не найдено", en: "No leads with phone \(phone)")
                screen = .openLead(back)
            } else {
                returnScreen = .openLead(back)
                screen = .leadList(list)
            }
        case (.openLead(var open), .leadList(.failed(let message))):
            open.busy = false
            open.message = message
            screen = .openLead(open)
        case (.leadList(let list), .leadList(.open)):
            guard let record = list.selectedRecord else { break }
            openForEditing(record, context: context)
        case (.leadList(var list), .leadList(let event)):
            let effects = list.update(event)
            screen = .leadList(list)
            return effects.map { effect in
                switch effect { case .search(let key, let page): return .searchLeads(key, page: page) }
            }
        case (.leadList, .back):
            screen = returnScreen ?? .openLead(OpenLeadScreen())
            returnScreen = nil
        case (.openLead(var open), .openLeadSubmit):
            switch open.parsedID() {
            case .success(let id):
                open.busy = true
                screen = .openLead(open)
                return [.fetchLead(id)]
            case .failure(let message):
                open.message = message
                screen = .openLead(open)
            }
        case (.openLead(var open), .back) where open.busy:
            open.busy = false
            open.message = Self.waitCancelled
            screen = .openLead(open)
            return [.cancelWait]
        case (.openLead(var open), .leadLoaded(let record)) where open.busy:
            // A lead larger than the limits is not laid out at all: the form would take it
            // on row by row, and no operator could work through it.
            // The wire tree made once: the limits and the form are read from it.
            let tree = (try? WireCoding.tree(record.lead)) ?? .object([:])
            if let tooLarge = context.validator.limits.problems(in: tree).first {
                open.busy = false
                open.message = LocalizedText(ru: "Не открыт:", en: "Not opened:").joined(tooLarge.message, separator: " ")
                screen = .openLead(open)
                return []
            }
            return openForEditing(record, tree: tree, context: context)
        case (.entry(var entry), .formChecked(let check)):
            if entry.form.adopt(check) {
                screen = .entry(entry)
            } else if entry.form.awaitingCheck {
                // Typed into meanwhile: checked again as it is now.
                return [.checkForm(entry.form)]
            }
        case (.openLead(var open), .leadLoadFailed(let message)) where open.busy:
            open.busy = false
            open.message = message
            screen = .openLead(open)
        case (.outbox(let outbox), .outbox(let event)):
            return updateOutbox(outbox, event)
        case (.outbox(var outbox), .back):
            if outbox.cvc != nil {
                _ = outbox.update(.cancel)
                screen = .outbox(outbox)
            } else {
                screen = .menu(selected: 0)
            }
        case (.openLead, .back), (.drafts, .back):
            screen = .menu(selected: 0)
        case (.drafts(var drafts), .draftsMove(let delta)):
            drafts.selected = max(0, min(drafts.drafts.count - 1, drafts.selected + delta))
            screen = .drafts(drafts)
        case (.drafts(let drafts), .draftResume):
            guard drafts.drafts.indices.contains(drafts.selected) else { break }
            return [.loadDraft(drafts.drafts[drafts.selected].id)]
        case (.drafts(var drafts), .draftDiscard):
            guard drafts.drafts.indices.contains(drafts.selected) else { break }
            let id = drafts.drafts.remove(at: drafts.selected).id
            draftsLeft.remove(id)
            drafts.selected = max(0, min(drafts.selected, drafts.drafts.count - 1))
            screen = drafts.drafts.isEmpty ? .menu(selected: 0) : .drafts(drafts)
            return [.deleteDraft(id)]
        case (_, .draftLoaded(let id, let form, let mode)):
            return startEntry(EntryScreen(form: form, mode: mode), draftID: id, context: context)
        case (.login(var login), .loginEdited(let field, let text)):
            login.set(text, for: field)
            login.message = nil
            screen = .login(login)
        case (.login(var login), .loginFocus(let field)):
            login.focus = field
            screen = .login(login)
        case (.login(var login), .loginSubmit):
            guard !login.server.isEmpty, !login.user.isEmpty, !login.password.isEmpty else {
                login.message = LocalizedText(ru: "Заполните сервер, пользователя и пароль",
                                              en: "Fill in the server, user and password")
                screen = .login(login)
                break
            }
            login.busy = true
            screen = .login(login)
            // A later refusal asks again for what the operator used this time.
            loginDefaults = LoginScreen(server: login.server, customerKey: login.customerKey, user: login.user)
            return [.logIn(server: login.server, customerKey: login.customerKey,
                           user: login.user, password: login.password)]
        case (.login(var login), .back) where login.busy:
            login.busy = false
            login.message = Self.waitCancelled
            screen = .login(login)
            return [.cancelWait]
        default:
            break
        }
        return []
    }

    private mutating func choose(_ item: MenuItem, context: FormContext) -> [Effect] {
        switch item {
        case .newLead:
            var form = template.map { EntryForm(lead: $0, context: context) } ?? EntryForm()
            applySessionDefaults(to: &form, context: context)
            startEntry(EntryScreen(form: form, mode: .new), context: context)
        case .openLead: screen = .openLead(OpenLeadScreen())
        case .lookup:
            guard !kiosk || kioskLookup else { break }
            screen = .lookup(LookupScreen(keySearch: !kiosk))
        case .drafts:
            screen = .drafts(DraftsScreen(drafts: []))
            return [.listDrafts]
        case .outbox:
            screen = .outbox(OutboxScreen(rows: []))
            return [.listOutbox]
        case .quit:
            return askToQuit(context: context)
        }
        return []
    }

    /// Kiosk: the next person must never find this one's application, so leaving a form
    /// deletes its draft at once.
    private mutating func leaveKioskForm() -> [Effect] {
        _ = timers.autosave.update(.discarded)
        draftID = nil
        return [.discardSessionDrafts]
    }

    /// A stored lead in the edit form (opened by number or picked from a list).
    private mutating func openForEditing(_ record: LeadRecord, tree: JSONValue? = nil, context: FormContext) -> [Effect] {
        let form = tree.map { EntryForm(tree: $0, context: context, checkLater: true) }
            ?? EntryForm(lead: record.lead, context: context)
        let id = record.info.id ?? record.lead.id ?? 0
        return startEntry(EntryScreen(form: form, mode: .edit(id: id, original: form.values)), context: context)
    }

    /// Shows `entry`; returns the background check a large lead waits for, if any.
    @discardableResult
    private mutating func startEntry(_ entry: EntryScreen, draftID: String? = nil, context: FormContext) -> [Effect] {
        var entry = entry
        var effects: [Effect] = []
        if entry.mode == .new { entry.previousLead = previousLead }
        if entry.form.focus == nil { entry.form.focus = entry.form.stops(of: entry.form.section).first?.path }
        // The whole check once, on opening: from then on each edit is checked in its part of
        // the lead (live, at a cost that does not grow with the lead). A large lead is shown
        // first and checked in the background.
        if entry.form.awaitingCheck {
            effects.append(.checkForm(entry.form))
        } else if entry.form.changedSinceCheck {
            entry.form.revalidate(context: context)
        }
        screen = .entry(entry)
        // Draft ids are random: they name a file row, nothing about the customer.
        self.draftID = draftID ?? ids.next()
        if let draftID { draftsLeft.remove(draftID) }
        openedDraft = draftID != nil
        typedSinceOpened = false
        notice = nil
        return effects
    }
}

extension AppModel {
    /// Kiosk: a form waiting behind the login screen is someone's data too, and any screen
    /// someone has used since the last wipe (the menu included) is wiped when left alone.
    public var wipedWhenIdle: Bool { screen.wipedWhenIdle || resumeAfterLogin != nil || touchedSinceWipe }
}

extension AppModel.Screen {
    /// Kiosk: every screen that may show a customer's data goes back to the start when the
    /// terminal is left alone (each screen says so in `parts`, `ScreenList.swift`).
    public var wipedWhenIdle: Bool { parts.wipedWhenIdle }
}

extension AppModel.Screen {
    var isEntry: Bool {
        if case .entry = self { return true }
        return false
    }
}

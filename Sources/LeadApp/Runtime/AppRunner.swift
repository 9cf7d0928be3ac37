import CoreClient
import Foundation
import LeadModel
import LeadRules
import LeadStore
import Logging
import TerminalUI

/// The interactive application's loop: input → view-models → effects → redraw.
///
/// It blocks in the terminal when nothing is happening (no CPU, no output). While network
/// work is in flight it wakes briefly; otherwise at the earliest deadline the model declares
/// (draft autosave, outbox figures, kiosk idle and reset, midnight), and hands the model
/// `.tick(now)` from its one clock: what is due is the model's to decide.
package final class AppRunner {
    var screen: ScreenState
    let backend: any TerminalBackend
    let services: AppServices
    let inbox = Inbox()
    let logger = Logger(label: "leadterm.app")
    /// When each draft was first written (a resumed draft keeps its creation time).
    var draftCreated: [String: Date] = [:]
    /// Kiosk: the configured supervisor PIN hash; nil means the kiosk cannot be left.
    let supervisorPIN: (@Sendable (String) -> Bool)?
    let clock: @Sendable () -> Date
    /// The call the operator is waiting on (look-up, open by number, login): Esc cancels it.
    var waiting: Task<Void, Never>?
    /// Draft saves, one at a time and in order: the autosave of a large lead (encoding,
    /// sealing, writing) runs here rather than between two keys.
    let draftQueue = DispatchQueue(label: "leadterm.draft-save")
    /// How many times a kiosk person's session ended (a wipe, a form left, the start): the
    /// line mode clears the terminal then, so its scrollback shows the next person nothing.
    var kioskSessionsEnded = 0
    /// The error the bell last announced (quiet screen).
    private var lastErrorRung: String?
    private var bellRang = false
    /// Where the focus was at the last frame (quiet screen: the field it leaves is looked at).
    private var focusRung: FieldPath?
    /// Background checks asked for by the last event, started once its frame is out: the
    /// form a large lead opens into is drawn before its check takes a core.
    private var checksAfterFrame: [EntryForm] = []

    package init(screen: ScreenState, backend: any TerminalBackend, services: AppServices, idleLimit: TimeInterval?,
         supervisorPIN: (@Sendable (String) -> Bool)? = nil, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.screen = screen
        self.backend = backend
        self.services = services
        self.supervisorPIN = supervisorPIN
        self.clock = clock
        self.screen.model.timers = AppModel.Timers(now: clock(), idleLimit: idleLimit,
                                                   pollsOutbox: services.submitter != nil)
        inbox.wakeWith(backend.waker)
    }

    package func run(startup: [AppModel.Effect]) {
        screen.size = backend.size
        perform(startup)
        present()
        while screen.model.running {
            var event = backend.nextEvent(timeout: timeout())
            var changed = false
            switch event {
            case .key?, .paste?: screen.noteInput(at: clock())
            default: break
            }
            if case .key(let key)? = event { event = terminalKey(key) ?? event }
            if let event {
                let result = screen.handle(event)
                if result.bell { backend.bell() }
                bellRang = result.bell
                perform(result.effects)
                // The key's result goes out before anything else that is due (a draft save, a
                // timer): the operator sees what was typed first.
                present()
            }
            if deliverFinishedWork() { changed = true }
            if changed { present() }
        }
        saveDraft()
    }

    /// The effects that finished and the timer that is due, handed to the model; whether
    /// anything was (the screen may have changed).
    func deliverFinishedWork() -> Bool {
        var changed = false
        for finished in inbox.take() {
            perform(screen.send(finished))
            changed = true
        }
        let now = clock()
        if let due = screen.model.nextDeadline, due.at <= now {
            perform(screen.tick(now))
            changed = true
        }
        return changed
    }

    /// Ctrl-L draws the whole screen again; Ctrl-Z (a kiosk swallows it) hands the terminal
    /// back and stops the program until `fg`. Both are the terminal's business, not a screen's:
    /// returns the event the screen gets instead, if any.
    private func terminalKey(_ key: Key) -> InputEvent? {
        switch key {
        case .ctrl(.character("l")):
            backend.redrawWhole()
            return .resize(columns: backend.size.columns, rows: backend.size.rows)
        case .ctrl(.character("z")) where !screen.model.kiosk:
            // What was typed is on disk before the process stops (it may never be continued).
            saveDraft()
            return backend.suspendAndResume()
        default:
            return nil
        }
    }

    private func present() {
        backend.present(AppView.frame(&screen, size: backend.size))
        if screen.quiet { ringForANewError() }
        startChecksAfterFrame()
    }

    /// Starts the background checks waiting for the frame (see `checksAfterFrame`).
    func startChecksAfterFrame() {
        let forms = checksAfterFrame
        checksAfterFrame.removeAll()
        let context = screen.context
        for form in forms {
            Task.detached { [inbox] in inbox.post(.formChecked(FormCheck(of: form, context: context))) }
        }
    }

    /// Quiet screen: an error is announced with the terminal's bell once, as it appears — on
    /// the message line (a core's answer, the idle warning) or on the field the focus just
    /// left (a value refused on Field Exit, whose message is then beside it) — not on every
    /// frame. Constant work per frame: only the field just left is looked at.
    private func ringForANewError() {
        var entry: EntryScreen?
        if case .entry(let shown) = screen.model.screen { entry = shown }
        let status = ChromeView.status(for: screen, entry: entry)
        let error = status.kind == .error && !status.message.isEmpty ? status.message : nil
        let focus = entry?.form.focus
        var leftInvalid = false
        if let left = focusRung, left != focus, let form = entry?.form { leftInvalid = form.status(of: left) == .invalid }
        let appeared = (error != nil && error != lastErrorRung) || leftInvalid
        // A refused key has rung for it already.
        if appeared, !bellRang { backend.bell() }
        lastErrorRung = error
        focusRung = focus
        bellRang = false
    }

    /// How long the terminal may block: until the model's next deadline, or briefly while
    /// the network works.
    func timeout() -> Duration? {
        var wait = screen.model.nextDeadline.map { $0.at.timeIntervalSince(clock()) }
        if inbox.isBusy { wait = min(wait ?? 0.02, 0.02) }
        guard let wait else { return nil }
        return .milliseconds(max(0, Int(wait * 1000)))
    }

    // MARK: effects

    func perform(_ effects: [AppModel.Effect]) {
        // Before a lead leaves, its draft is on disk (the save waits rather than queues).
        let sending = effects.contains { if case .entry(.send, _) = $0 { return true } else { return false } }
        for effect in effects {
            if effect == .saveDraft, !sending { saveDraft(inBackground: true) } else { perform(effect) }
        }
    }

    private func perform(_ effect: AppModel.Effect) {
        switch effect {
        case .bell:
            backend.bell()
        case .readClock(let request):
            perform(screen.send(request.event(at: clock())))
        case .saveDraft:
            saveDraft()
        case .saveLeftForm(let entry, let id):
            saveDraft(of: entry, id: id, inBackground: true)
        case .loadOperatorDefaults(let login):
            let stored = (try? services.operatorDefaults?.load(login: login)) ?? [:]
            perform(screen.send(.operatorDefaultsLoaded(login: login, stored)))
        case .saveOperatorDefaults(let login, let fields):
            // A failure costs only the convenience: the next lead starts without them.
            try? services.operatorDefaults?.save(fields, login: login)
        case .pollOutbox:
            guard let submitter = services.submitter else { return }
            inbox.started()
            Task.detached { [inbox] in await inbox.postStatus(of: submitter) }
        case .adoptDay(let day):
            screen.adoptDay(day)
        case .entry(let entryEffect, let draftID):
            performEntry(entryEffect, draftID: draftID)
        case .lookup(let ids, let keep):
            guard let service = services.service else { return notConnected() }
            inbox.started()
            waiting = Task.detached { [inbox] in
                do {
                    let clients = try await service.clients(ids: ids, preserveOrder: keep)
                    inbox.post(.lookup(.found(clients, asked: ids)))
                } catch {
                    if Task.isCancelled { return inbox.finished() }
                    inbox.post(.lookup(.failed(CoreMessages.text(error))), refusal: error)
                }
            }
        case .fetchLead(let id):
            guard let service = services.service else { return notConnected() }
            inbox.started()
            waiting = Task.detached { [inbox] in
                do {
                    inbox.post(.leadLoaded(try await service.fetchLead(id: id)))
                } catch {
                    if Task.isCancelled { return inbox.finished() }
                    inbox.post(.leadLoadFailed(CoreMessages.text(error)), refusal: error)
                }
            }
        case .searchClients, .searchLeads, .fiasLookup, .checkLead, .readLeadStatus:
            performQuery(effect)
        case .logIn(let server, let key, let user, let password):
            logIn(server: server, customerKey: key, user: user, password: password)
        case .listDrafts:
            // After the saves queued before (so the list shows what was typed last); a lead
            // waiting in the outbox is not offered as unfinished.
            let listings = draftQueue.sync { (try? services.drafts?.list(includingQueued: false)) ?? [] }.map(listing)
            perform(screen.send(.draftsListed(listings)))
        case .loadDraft(let id):
            guard let uuid = UUID(uuidString: id), let draft = draftQueue.sync(execute: { try? services.drafts?.load(uuid) })
            else { return }
            let form = EntryForm(restoring: draft.fields, section: draft.section.flatMap(SectionID.init(rawValue:)),
                                 context: screen.context, checkLater: true)
            draftCreated[id] = draft.createdAt
            switch draft.mode {
            case .newLead:
                perform(screen.send(.draftLoaded(id: id, form: form, mode: .new)))
            case .editing(let leadId):
                // The draft keeps what was typed, not what the lead was: read the lead again,
                // so the summary before saving shows only the fields this draft changes.
                guard let service = services.service else {
                    perform(screen.send(.draftLoaded(id: id, form: form, mode: .edit(id: leadId, original: [:]))))
                    return
                }
                inbox.started()
                let context = screen.context
                Task.detached { [inbox] in
                    let original = (try? await service.fetchLead(id: leadId)).map { EntryForm(lead: $0.lead, context: context).values }
                    inbox.post(.draftLoaded(id: id, form: form, mode: .edit(id: leadId, original: original ?? [:])))
                }
            }
        case .deleteDraft(let id):
            // A save still queued must not bring the draft back.
            if let uuid = UUID(uuidString: id) { _ = draftQueue.sync { try? services.drafts?.delete(uuid) } }
        case .discardSessionDrafts:
            if screen.model.kiosk { kioskSessionsEnded += 1 }
            let name = screen.operatorName
            _ = draftQueue.sync { try? services.drafts?.deleteAll(operatorName: name) }
        case .listOutbox:
            perform(screen.send(.outbox(.listed(outboxRows()))))
            perform(screen.send(.outbox(.sentListed(sentListings()))))
        case .outbox(.supplyCvc(let cvc, let id)):
            guard let submitter = services.submitter else { return notConnected() }
            changeOutbox(submitter) { try await $0.supplyCvc(cvc, for: id) }
        case .outbox(.waiveCvc(let id)):
            guard let submitter = services.submitter else { return notConnected() }
            // The processor marks it and wakes its loop, so the lead goes out now.
            changeOutbox(submitter) { try await $0.waiveCvc(for: id) }
        case .checkForm(let form):
            inbox.started()
            checksAfterFrame.append(form)
        case .checkSupervisorPIN(let pin):
            // yescrypt takes a noticeable moment on purpose: off the input thread.
            inbox.started()
            Task.detached { [inbox, supervisorPIN, clock] in
                let accepted = supervisorPIN?(pin) ?? false
                inbox.post(.supervisorChecked(accepted: accepted, at: clock()))
            }
        case .cancelWait:
            waiting?.cancel()
            waiting = nil
        case .quit:
            break
        }
    }

    /// The entry screen's effects that reach the disk or the core (its draft's clock is the
    /// model's: `AppModel.entryEffects`).
    private func performEntry(_ effect: EntryEffect, draftID: String?) {
        switch effect {
        case .changed, .saveDraftNow:
            break
        case .discardDraft:
            if let draftID, let uuid = UUID(uuidString: draftID) { _ = draftQueue.sync { try? services.drafts?.delete(uuid) } }
        case .send(let lead, let mode):
            guard let submitter = services.submitter else {
                perform(screen.send(.entry(.submitted(.rejected(outboxId: nil, message: UIText.notConnected)))))
                return
            }
            inbox.started()
            Task.detached { [inbox] in
                let result = await submitter.submit(lead, mode: mode, draftID: draftID)
                inbox.post(.entry(.submitted(result)))
                if case .rejected(_, UIText.loginRefusedLead) = result {
                    inbox.started()
                    inbox.post(.sessionRefused(UIText.sessionRefused))
                }
            }
        }
    }

    /// Writes the form being typed to its draft (never the CVC: the store strips it); in the
    /// background the loop goes on at once and hears of a failure through the inbox, else it
    /// waits for this save and every one queued before it (on quitting, suspending, sending).
    func saveDraft(inBackground: Bool = false) {
        guard case .entry(let entry) = screen.model.screen, let id = screen.model.draftID else { return }
        saveDraft(of: entry, id: id, inBackground: inBackground)
    }

    /// Writes `entry`'s form to draft `id`, whether or not the screen still shows it.
    func saveDraft(of entry: EntryScreen, id: String, inBackground: Bool) {
        guard let uuid = UUID(uuidString: id), let drafts = services.drafts else { return }
        if case .accepted = entry.phase { return }
        let now = clock()
        let created = draftCreated[id] ?? now
        draftCreated[id] = created
        let mode: DraftMode
        switch entry.mode {
        case .new: mode = .newLead
        case .edit(let leadId, _): mode = .editing(leadId: leadId)
        }
        // The index the section list keeps: counting every field path would cost more than the save.
        let index = screen.renderCache.sectionIndex(for: entry.form, context: screen.context)
        let draft = Draft(id: uuid, mode: mode, operatorName: screen.operatorName, createdAt: created, updatedAt: now,
                          section: entry.form.section.rawValue, completeness: entry.form.completeness(index: index),
                          fields: entry.form.values)
        let hadProblem = screen.model.draftSaveProblem != nil
        let save: @Sendable () -> AppModel.Event? = { [logger] in
            do {
                _ = try drafts.save(draft, at: now)
                // Only a recovery is news: a save that succeeds as the last one did changes nothing.
                return hadProblem ? .draftSaveEnded(problem: nil) : nil
            } catch {
                logger.error("draft save failed", metadata: ["draft": "\(id)"])
                // Every failure goes back: the model tries again after the debouncer's back-off.
                return .draftSaveEnded(problem: UIText.draftNotSaved(StorageFault(error)))
            }
        }
        if inBackground {
            inbox.started()
            draftQueue.async { [inbox] in
                if let event = save() { inbox.post(event) } else { inbox.finished() }
            }
        } else if let event = draftQueue.sync(execute: save) {
            perform(screen.send(event))
        }
    }

    /// Runs an operator's change to the outbox off the input thread, then refreshes the
    /// figures (and with them the outbox screen).
    private func changeOutbox(_ submitter: any LeadSubmitter,
                              _ change: @escaping @Sendable (any LeadSubmitter) async throws -> Void) {
        inbox.started()
        Task.detached { [inbox] in
            if (try? await change(submitter)) == nil {
                inbox.started()
                inbox.post(.outbox(.failed(LocalizedText(ru: "Очередь отправки недоступна", en: "The outbox could not be changed"))))
            }
            await inbox.postStatus(of: submitter)
        }
    }


    /// The outbox's waiting leads for its screen (names on the operator's own screen only).
    private func outboxRows() -> [OutboxRow] {
        guard let database = services.database,
              let entries = try? OutboxStore(database: database).entries() else { return [] }
        return entries.filter { $0.state.isWaiting }.map { entry in
            var editing: Int64?
            if case .update(let id) = entry.kind { editing = id }
            let lead = entry.lead
            let title = [lead.lastName, lead.firstName, lead.patronymic].compactMap { $0 }.joined(separator: " ")
            return OutboxRow(id: entry.id, title: title, editingLeadID: editing, attempts: entry.attempts,
                             needsCvc: entry.needsCvc, lastError: entry.lastError)
        }
    }

    /// The last leads the core took from the outbox, for its screen.
    private func sentListings() -> [SentListing] {
        guard let database = services.database,
              let sent = try? OutboxStore(database: database).recentlySent() else { return [] }
        return sent.map(SentListing.init)
    }

    private func listing(_ d: DraftSummary) -> DraftListing {
        var leadID: Int64?
        if case .editing(let id) = d.mode { leadID = id }
        return DraftListing(id: d.id.uuidString, owner: d.operatorName, updated: ClockTime.local(d.updatedAt).dayMonthMinutes,
                            title: d.personName, completeness: d.completeness, editingLeadID: leadID)
    }

    /// An effect that needs the core, without one (no login yet): the model says so.
    func notConnected() {
        perform(screen.send(.notConnected))
    }

    private func logIn(server: String, customerKey: String, user: String, password: String) {
        guard let url = URL(string: server), url.scheme != nil else {
            perform(screen.send(.loginFailed(LocalizedText(ru: "Адрес сервера «\(server)» не похож на URL",
                                                           en: "Server \"\(server)\" is not a URL"))))
            return
        }
        // The settings from the config (timeouts, CA file, paths, gateway) stay; only who logs in changes.
        var connection = services.connectionTemplate
            ?? CoreConnection(server: url, customerKey: customerKey, userName: user, password: password)
        connection.server = url
        connection.customerKey = customerKey
        connection.userName = user
        connection.password = password
        connection.allowPlainHTTP = screen.allowPlainHTTP
        let service: HTTPCoreService
        do {
            service = try HTTPCoreService(connection: connection)
        } catch {
            perform(screen.send(.loginFailed(CoreMessages.text(error))))
            return
        }
        let hadOutbox = services.submitter != nil
        services.connect(service)
        if !hadOutbox, services.submitter != nil { perform(screen.send(.outboxConnected)) }
        waiting = startSession(service)
    }

    /// Logs in, then fetches what the forms use from the core: dictionaries and the
    /// new-client template. Each arrives as an event; a failure is a notice, never a stop.
    @discardableResult
    package func startSession(_ service: any CoreService) -> Task<Void, Never> {
        inbox.started()
        let login = screen.model.loginDefaults.user
        let defaults = services.operatorDefaults
        return Task.detached { [inbox] in
            do {
                try await service.logIn()
                inbox.post(.loginSucceeded)
                // The operator's defaults of a new lead, kept on this machine by login.
                if !login.isEmpty, let stored = try? defaults?.load(login: login) {
                    inbox.started()
                    inbox.post(.operatorDefaultsLoaded(login: login, stored))
                }
            } catch {
                if Task.isCancelled { return inbox.finished() }
                inbox.post(.loginFailed(CoreMessages.text(error)))
                return
            }
            // Who is logged in, and the subdivision a new lead defaults to; without it, go on.
            inbox.started()
            if let info = try? await service.whoAmI() {
                inbox.post(.sessionIdentified(info))
            } else {
                inbox.finished()
            }
            inbox.started()
            if let template = try? await service.newClientTemplate() {
                inbox.post(.templateLoaded(Lead(prefilledFrom: template)))
            } else {
                inbox.finished()
            }
            inbox.started()
            var lists: [CodeListID: CodeList] = [:]
            if let countries = try? await service.countries(), !countries.isEmpty {
                lists[.country] = CodeList(countries.map { .init(code: $0.id, ru: $0.name, en: $0.name) })
            }
            if let products = try? await service.creditProducts(), !products.isEmpty {
                lists[.creditProduct] = CodeList(products.map { .init(code: $0.id, ru: $0.name, en: $0.name) })
            }
            // Read only where `[paths]` names them; else the configured list (or the number) serves.
            for (id, endpoint) in [(CodeListID.loanSpecialist, CorePaths.Endpoint.loanSpecialists), (.moneyMethod, .moneyMethods)] {
                if let entries = try? await service.dictionary(endpoint), !entries.isEmpty {
                    lists[id] = CodeList(entries.map { .init(code: $0.id, ru: $0.name, en: $0.name) })
                }
            }
            inbox.post(.dictionariesLoaded(lists))
        }
    }
}

private extension Inbox {
    /// The outbox's figures, as the event that carries them (for one `started()`).
    func postStatus(of submitter: any LeadSubmitter) async {
        let status = await submitter.status()
        let sent = await submitter.recentlySent().map(SentListing.init)
        post(.outboxStatus(pending: status.waiting, lastError: status.lastError, needingCvc: status.needingCvc))
        started()
        post(.outboxSent(sent))
    }
}

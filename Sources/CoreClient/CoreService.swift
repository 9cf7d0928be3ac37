import Foundation
import LeadModel

/// The core's API as the app uses it. Every method throws only `CoreError`.
///
/// Reads are repeated automatically after a lost connection or a 5xx answer; a create or an
/// update is never repeated (a repeat after a lost answer could store the lead twice): it
/// fails with `CoreError.outcomeUnknown` instead, and the caller looks the lead up.
/// A call refused because the session expired logs in again once and is repeated.
public protocol CoreService: Sendable {
    /// Logs in now (otherwise the first call does), to check the credentials.
    func logIn() async throws(CoreError)

    /// Stores a new lead; returns its id.
    func createLead(_ lead: Lead) async throws(CoreError) -> Int64

    /// Replaces the lead `id` with `lead`; returns the core's integer answer (the lead id).
    func updateLead(id: Int64, _ lead: Lead) async throws(CoreError) -> Int64

    func fetchLead(id: Int64) async throws(CoreError) -> LeadRecord

    /// Clients by id. With `preserveOrder` they come in the order asked, otherwise by
    /// ascending id; ids the core does not know are left out.
    func clients(ids: [Int64], preserveOrder: Bool) async throws(CoreError) -> [Client]

    /// A new, unsaved client as the core initializes it (its `id` is null).
    func newClientTemplate() async throws(CoreError) -> Client

    /// Leads created between `from` and `to` (inclusive, to the second, in the core's zone).
    func findLeads(from: Date, to: Date) async throws(CoreError) -> [LeadRecord]

    /// `findLeads`, with the core's clock when it answered (the envelope's `timestamp`), so a
    /// caller can compare the leads' `creationDate` with times on its own clock.
    func findLeadsStamped(from: Date, to: Date) async throws(CoreError) -> (leads: [LeadRecord], coreTime: Date?)

    func countries() async throws(CoreError) -> [DictionaryEntry]

    func creditProducts() async throws(CoreError) -> [DictionaryEntry]

    /// A dictionary whose path has no default (`.loanSpecialists`, `.moneyMethods`): nil,
    /// with no call made, while the configuration does not set its path.
    func dictionary(_ endpoint: CorePaths.Endpoint) async throws(CoreError) -> [DictionaryEntry]?

    /// One client by id (`clients/{id}`: one object, not a list).
    func client(id: Int64) async throws(CoreError) -> Client

    /// Leads by id (`leads/find/{ids}`), in the order asked with `preserveOrder`; unknown
    /// ids are left out.
    func leads(ids: [Int64], preserveOrder: Bool) async throws(CoreError) -> [LeadRecord]

    /// One page of the clients matching `key` (`clients/partial-load`).
    func searchClients(_ key: ClientSearchKey, page: SearchPage) async throws(CoreError) -> [Client]

    /// One page of the leads matching `key` (`leads/partial-load`), newest first.
    func searchLeads(_ key: LeadSearchKey, page: SearchPage) async throws(CoreError) -> [LeadRecord]

    /// Starts the lead's decision check (`leads/{id}/check`): the core then makes the
    /// client and the application from it.
    func checkLead(id: Int64) async throws(CoreError)

    /// The records of the lead's checks (`leads/{id}/statuses`), oldest first.
    func leadStatuses(id: Int64) async throws(CoreError) -> [LeadStatusRecord]

    /// Who the session belongs to (`utils/session/whoami`).
    func whoAmI() async throws(CoreError) -> SessionInfo

    /// The FIAS id of an address typed as words, from the vendor's gateway (`getFiasId`).
    func fiasLookup(address: String) async throws(CoreError) -> FiasLookup
}

extension CoreService {
    /// For services with no configurable paths: none of these dictionaries.
    public func dictionary(_ endpoint: CorePaths.Endpoint) async throws(CoreError) -> [DictionaryEntry]? { nil }

    /// For services that cannot tell the core's time: the leads only.
    public func findLeadsStamped(from: Date, to: Date) async throws(CoreError) -> (leads: [LeadRecord], coreTime: Date?) {
        (try await findLeads(from: from, to: to), nil)
    }
}

import GRDB
import Foundation
import LeadModel
import Testing
@testable import LeadStore

@Suite("Drafts")
struct DraftStoreTests {
    @Test("a draft round-trips with invalid text, nested paths and metadata; the CVC is dropped")
    func roundTrip() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let store = DraftStore(database: try folder.open())
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let draft = Draft(mode: .editing(leadId: 362), operatorName: "ivanova", createdAt: created,
                          section: "relatives", completeness: 0.4,
                          fields: ["lastName": "Петров", "firstName": " Пётр ", "birthDate": "31.02.19",
                                   "relatives[1].passport.no": "12345", "cardNumber": "4276 3800",
                                   "cardCvc": "737", "relatives[0].cardCvc": "738"])
        try store.save(draft, at: created.addingTimeInterval(5))

        let loaded = try #require(try store.load(draft.id))
        #expect(loaded.mode == .editing(leadId: 362))
        #expect(loaded.operatorName == "ivanova")
        #expect(loaded.section == "relatives")
        #expect(loaded.completeness == 0.4)
        #expect(loaded.createdAt == created)
        #expect(loaded.updatedAt == created.addingTimeInterval(5))
        #expect(loaded.fields["birthDate"] == "31.02.19")
        #expect(loaded.fields["relatives[1].passport.no"] == "12345")
        #expect(loaded.fields["firstName"] == " Пётр ")
        #expect(loaded.fields["cardCvc"] == nil)
        #expect(loaded.fields["relatives[0].cardCvc"] == nil)
        #expect(loaded.fields.count == 5)
    }

    @Test("saving again replaces the draft; list is newest first with who, when, how complete")
    func listAndUpdate() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let store = DraftStore(database: try folder.open())
        let t0 = Date(timeIntervalSince1970: 1_700_000_000)
        var a = Draft(operatorName: "ivanova", createdAt: t0, fields: ["lastName": "Петров", "firstName": "Пётр"])
        let b = Draft(operatorName: "smirnov", createdAt: t0, fields: ["mobilePhone": "7916"])
        try store.save(a, at: t0)
        try store.save(b, at: t0.addingTimeInterval(10))
        a.fields["patronymic"] = "Ильич"
        a.completeness = 0.7
        try store.save(a, at: t0.addingTimeInterval(20))

        let all = try store.list()
        #expect(all.map(\.id) == [a.id, b.id])
        #expect(all[0].personName == "Петров Пётр Ильич")
        #expect(all[0].completeness == 0.7)
        #expect(all[0].filledFieldCount == 3)
        #expect(all[0].updatedAt == t0.addingTimeInterval(20))
        #expect(all[1].personName == "")
        #expect(try store.list(operatorName: "smirnov").map(\.id) == [b.id])
    }

    @Test("a draft whose lead waits in the outbox is not offered as unfinished; once refused it is again")
    func queuedDraftsLeftOut() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let db = try folder.open()
        let drafts = DraftStore(database: db)
        let queued = try drafts.save(Draft(operatorName: "ivanova", fields: ["lastName": "Сидоров"]))
        let open = try drafts.save(Draft(operatorName: "ivanova", fields: ["lastName": "Петрова"]))
        let outbox = OutboxStore(database: db)
        let entry = try outbox.enqueue(Lead(), kind: .create, draftId: queued.id)
        #expect(try drafts.list(includingQueued: false).map(\.id) == [open.id])
        #expect(try drafts.list(operatorName: "ivanova", includingQueued: false).map(\.id) == [open.id])
        #expect(try Set(drafts.list().map(\.id)) == [open.id, queued.id])
        try outbox.markFailed(entry.id, message: "refused")
        #expect(try Set(drafts.list(includingQueued: false).map(\.id)) == [open.id, queued.id])
    }

    @Test("delete and the kiosk wipe remove drafts")
    func deleteAndWipe() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let store = DraftStore(database: try folder.open())
        let mine = [Draft(operatorName: "kiosk-1"), Draft(operatorName: "kiosk-1")]
        let other = Draft(operatorName: "kiosk-2")
        for d in mine + [other] { try store.save(d) }

        #expect(try store.delete(mine[0].id))
        #expect(try !store.delete(mine[0].id))
        #expect(try store.load(mine[0].id) == nil)
        #expect(try store.deleteAll(operatorName: "kiosk-1") == 1)
        #expect(try store.list().map(\.id) == [other.id])
    }

    @Test("a wiped draft's text is gone from the database files")
    func wipeLeavesNoText() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let db = try folder.open()
        let store = DraftStore(database: db)
        try store.save(Draft(operatorName: "kiosk-1", fields: ["passport.no": "PASSPORT-9f3e7c"]))
        #expect(try !RawFiles.contains("PASSPORT-9f3e7c", database: db))  // sealed at rest
        #expect(try RawFiles.contains(RowSealer.prefix, database: db))  // the scan does see the sealed row
        try store.deleteAll(operatorName: "kiosk-1")
        #expect(try !RawFiles.contains(RowSealer.prefix, database: db))  // not even sealed any more
    }
}

/// The raw bytes of the database and its companions, for "is it on disk" checks.
enum RawFiles {
    static func contains(_ text: String, database: LeadDatabase) throws -> Bool {
        let needle = Data(text.utf8)
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let url = URL(fileURLWithPath: database.path + suffix)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            if try Data(contentsOf: url).range(of: needle) != nil { return true }
        }
        return false
    }

    /// Every sealed personal-data column of every draft and outbox row, opened with the key.
    static func openedColumns(database: LeadDatabase) throws -> [String] {
        try database.queue.read { db in
            var texts: [String] = []
            for row in try Row.fetchAll(db, sql: "SELECT fields FROM draft") { texts.append(try database.sealer.open(row["fields"])) }
            for row in try Row.fetchAll(db, sql: "SELECT leadJSON FROM outbox") { texts.append(try database.sealer.open(row["leadJSON"])) }
            return texts
        }
    }
}

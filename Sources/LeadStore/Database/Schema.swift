import GRDB

/// The schema, as named migrations. Never edit a shipped migration: add a new one.
enum Schema {
    static func migrator(sealer: RowSealer) -> DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-drafts") { db in
            try db.create(table: "draft") { t in
                t.primaryKey("id", .text)
                t.column("mode", .text).notNull()          // "new" | "edit"
                t.column("editingLeadId", .integer)
                t.column("operatorName", .text).notNull()
                t.column("createdAt", .double).notNull()   // unix seconds
                t.column("updatedAt", .double).notNull()
                t.column("section", .text)
                t.column("completeness", .double).notNull()
                t.column("fields", .text).notNull()        // JSON object: field path -> typed text
            }
            try db.create(index: "draft_operator", on: "draft", columns: ["operatorName"])
        }
        m.registerMigration("v1-outbox") { db in
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("draftId", .text)
                t.column("kind", .text).notNull()          // "create" | "update"
                t.column("targetLeadId", .integer)         // for "update"
                t.column("leadJSON", .text).notNull()      // wire JSON, never with cardCvc
                t.column("needsCvc", .boolean).notNull()
                t.column("state", .text).notNull()
                t.column("sentLeadId", .integer)
                t.column("sentClientId", .integer)
                t.column("failureMessage", .text)
                t.column("attempts", .integer).notNull()
                t.column("lastError", .text)
                t.column("nextAttemptAt", .double).notNull()
                t.column("leaseUntil", .double)
                t.column("createdAt", .double).notNull()
                t.column("firstSentAt", .double)
                t.column("dedupPhone", .text).notNull()
                t.column("dedupLastName", .text).notNull()
                t.column("dedupFirstName", .text).notNull()
                t.column("dedupPatronymic", .text).notNull()
            }
            try db.create(index: "outbox_due", on: "outbox", columns: ["state", "nextAttemptAt"])
        }
        // Personal data at rest: the draft's fields, the outbox's lead and dedup keys are
        // sealed (AES-GCM, see `RowSealer`); rows the key cannot open are moved to `setAside`.
        m.registerMigration("v2-sealed") { db in
            try db.create(table: "setAside") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fromTable", .text).notNull()     // "draft" | "outbox"
                t.column("originalId", .text).notNull()
                t.column("columns", .text).notNull()       // JSON object: column -> value (sealed as stored)
                t.column("reason", .text).notNull()
                t.column("movedAt", .double).notNull()
            }
            try SealedRows.sealPlainRows(in: db, with: sealer)
        }
        // The sent history: when the core took an entry and whose lead it was (sealed), so the
        // operator can see the lead number a queued lead got in the background.
        m.registerMigration("v3-sent-history") { db in
            try db.alter(table: "outbox") { t in
                t.add(column: "sentAt", .double)
                t.add(column: "sentTitle", .text)
            }
            try db.create(index: "outbox_sent", on: "outbox", columns: ["state", "sentAt"])
        }
        return m
    }
}

import GRDB

/// Why a write to the database failed, in the few kinds an operator can act on (never
/// SQLite's own text, which names statements and codes).
public enum StorageFault: Hashable, Sendable {
    /// SQLITE_FULL: no room left on the disk (or the file hit its size limit).
    case diskFull
    /// The file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
    case damaged
    /// Anything else: read-only, I/O error, permissions, locked for too long.
    case cannotWrite

    public init(_ error: any Error) {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_FULL { self = .diskFull; return }
            if LeadDatabase.isDamage(error) { self = .damaged; return }
        }
        if case StoreError.damaged? = error as? StoreError { self = .damaged; return }
        self = .cannotWrite
    }
}

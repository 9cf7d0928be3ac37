import Foundation

/// What can go wrong in the store, in words an operator can act on. Never carries lead content.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case permissions(path: String, errno: Int32)
    case notFound(what: String, id: String)
    case corrupt(what: String, id: String, reason: String)
    /// The storage key file is there but cannot serve (not a file, wrong size, unreadable).
    case storageKey(path: String, reason: String)
    /// The file is not a database, or SQLite's own check finds damage in it.
    case damaged(path: String, detail: String)

    public var description: String {
        switch self {
        case .permissions(let path, let code):
            return "cannot restrict permissions of \(path): \(String(cString: strerror(code)))"
        case .notFound(let what, let id):
            return "no \(what) with id \(id)"
        case .corrupt(let what, let id, let reason):
            return "\(what) \(id) cannot be read: \(reason)"
        case .damaged(let path, let detail):
            return "the database \(path) is damaged (\(detail))"
        case .storageKey(let path, let reason):
            return "the storage key \(path) cannot be used: \(reason) (restore the file, or move it away to start with a new key)"
        }
    }
}

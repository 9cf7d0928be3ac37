import Crypto
import Foundation

/// The key that seals the personal data kept in the database (AES-256-GCM): 32 random bytes
/// in a 0600 file in a 0700 folder outside the data folder, so a copy of the data folder (a
/// backup, a disk image of it) does not carry the means to read it.
///
/// Default place: `$XDG_CONFIG_HOME/leadterm/storage.key` (`~/.config` when unset or not
/// absolute). Created on first use. A missing key is made anew; rows sealed with the old one
/// can then no longer be read and are set aside (see `SealedRows`), never a crash.
public struct StorageKey: Sendable {
    /// The 32 bytes (kept as Data: `SymmetricKey` is not Sendable).
    private let bytes: Data
    var key: SymmetricKey { SymmetricKey(data: bytes) }
    /// Where the key lives.
    public let path: String
    /// The file did not exist and was made now.
    public let wasCreated: Bool

    static let byteCount = 32

    /// `$XDG_CONFIG_HOME/leadterm/storage.key`, or `~/.config/leadterm/storage.key`.
    public static func standardURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        DataDirectory.xdgBase("XDG_CONFIG_HOME", orHome: ".config", environment: environment)
            .appendingPathComponent("leadterm/storage.key")
    }

    /// Reads the key at `url`, or makes one there (folder 0700, file 0600) when there is none.
    /// A file that is there but is not a key is an error: overwriting it could destroy the only
    /// way to read the saved drafts.
    public static func loadOrCreate(at url: URL) throws -> StorageKey {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let path = url.path
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw StoreError.storageKey(path: path, reason: "it is not a regular file")
            }
            try FilePermissions.restrict(path, to: 0o600)
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw StoreError.storageKey(path: path, reason: "it cannot be read")
            }
            guard bytes.count == byteCount else {
                throw StoreError.storageKey(path: path, reason: "it holds \(bytes.count) bytes, a key has \(byteCount)")
            }
            return StorageKey(bytes: bytes, path: path, wasCreated: false)
        }
        // Written under a temporary name and linked into place, so a second process starting
        // at the same moment either wins the link or reads the whole key the first one wrote.
        let fresh = SymmetricKey(size: .bits256)
        let temporary = path + ".new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw unwritable(path) }
        defer { unlink(temporary) }
        let written = fresh.withUnsafeBytes { raw in write(fd, raw.baseAddress, raw.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == byteCount, synced else { throw unwritable(path) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return try loadOrCreate(at: url) }
            throw unwritable(path)
        }
        return StorageKey(bytes: fresh.withUnsafeBytes { Data($0) }, path: path, wasCreated: true)
    }

    private static func unwritable(_ path: String) -> StoreError {
        .storageKey(path: path, reason: "it cannot be written (\(String(cString: strerror(errno))))")
    }
}

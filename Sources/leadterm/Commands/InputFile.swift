import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading a file the operator names (a lead, the config): what it is is checked with `stat`
/// before a byte is read, so a directory, a FIFO or a device (`/dev/zero`) is refused at once
/// instead of hanging or filling memory, and a file past `limit` bytes is refused by its size.
enum InputFile {
    /// The default size limit of a lead file: the largest real lead is a few hundred KB.
    static let leadLimit = 16 << 20
    /// The default size limit of the config file.
    static let configLimit = 1 << 20

    struct Refusal: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func read(_ path: String, limit: Int) throws -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Refusal(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))")
        }
        if let kind = kindRefused(info.st_mode) { throw Refusal(path: path, reason: "is \(kind), not a file: not read") }
        guard Int(info.st_size) <= limit else { throw tooLarge(path, size: Int(info.st_size), limit: limit) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Refusal(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        // The path could have been swapped between the two looks: check what was opened.
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
            throw Refusal(path: path, reason: "changed while being opened: not read")
        }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Refusal(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
            if data.count > limit { throw tooLarge(path, size: data.count, limit: limit) }
        }
    }

    /// What a non-regular file is, in words, or nil for a regular file.
    static func kindRefused(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    private static func tooLarge(_ path: String, size: Int, limit: Int) -> Refusal {
        Refusal(path: path, reason: "is larger than the limit of \(megabytes(limit)) (\(size) bytes); not read")
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }
}

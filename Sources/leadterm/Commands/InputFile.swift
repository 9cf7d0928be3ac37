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
        let (fd, size) = try open(path, limit: limit)
        defer { close(fd) }
        // Room for the size stat gave, so the bytes are not copied as the buffer grows.
        var data = Data(capacity: size + 1)
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

    /// `read`, into pages of their own whose start can be given back while the rest is
    /// still being read (`ReleasableBytes`). A file that grows while it is read is refused.
    static func readReleasable(_ path: String, limit: Int) throws -> ReleasableBytes {
        let (fd, size) = try open(path, limit: limit)
        defer { close(fd) }
        guard let buffer = ReleasableBytes(capacity: size + 1) else {
            throw Refusal(path: path, reason: "cannot be read: no memory for \(size) bytes")
        }
        while true {
            let n = Glibc.read(fd, buffer.base + buffer.count, buffer.capacity - buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw Refusal(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { return buffer }
            buffer.count += n
            if buffer.count > size { throw Refusal(path: path, reason: "changed while being read: not read") }
        }
    }

    /// The file opened for reading and its size, once it is known to be a regular file
    /// within `limit`.
    private static func open(_ path: String, limit: Int) throws -> (fd: Int32, size: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Refusal(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))")
        }
        if let kind = kindRefused(info.st_mode) { throw Refusal(path: path, reason: "is \(kind), not a file: not read") }
        guard Int(info.st_size) <= limit else { throw tooLarge(path, size: Int(info.st_size), limit: limit) }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Refusal(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))") }
        // The path could have been swapped between the two looks: check what was opened.
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw Refusal(path: path, reason: "changed while being opened: not read")
        }
        guard Int(opened.st_size) <= limit else {
            close(fd)
            throw tooLarge(path, size: Int(opened.st_size), limit: limit)
        }
        return (fd, Int(opened.st_size))
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

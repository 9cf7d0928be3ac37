import CCrypt
import Foundation

/// The kiosk supervisor's PIN, kept only as a salted hash in crypt(3) form (`$y$…`,
/// yescrypt by default: the same form `/etc/shadow` and `mkpasswd -m yescrypt` use).
///
/// A PIN has few possible values, so the hash is slow on purpose and the config file
/// holding it must not be readable by others (checked when the file is loaded).
struct SupervisorPIN: Sendable, Equatable {
    let encoded: String

    enum Problem: Error, CustomStringConvertible, Equatable {
        case notAHash
        case weakMethod
        case tooShort(minimum: Int)
        case hashingFailed

        var description: String {
            switch self {
            case .notAHash:
                return "is not a crypt(3) hash; make one with: leadterm pin-hash"
            case .weakMethod:
                return "uses an old, weak hash method; make a new one with: leadterm pin-hash"
            case .tooShort(let minimum):
                return "a supervisor PIN needs at least \(minimum) characters"
            case .hashingFailed:
                return "the system could not hash the PIN (libcrypt)"
            }
        }
    }

    static let minimumLength = 4

    /// A stored hash, checked for a modern method (DES and other legacy forms are refused).
    init(encoded: String) throws {
        let trimmed = encoded.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("$"), !trimmed.hasSuffix("$"), trimmed.split(separator: "$").count >= 3 else {
            throw Problem.notAHash
        }
        switch crypt_checksalt(trimmed) {
        case CRYPT_SALT_OK: break
        case CRYPT_SALT_METHOD_LEGACY: throw Problem.weakMethod
        default: throw Problem.notAHash
        }
        self.encoded = trimmed
    }

    /// Hashes a new PIN with a fresh random salt and the library's preferred method.
    static func hash(_ pin: String) throws -> SupervisorPIN {
        guard pin.count >= minimumLength else { throw Problem.tooShort(minimum: minimumLength) }
        var setting = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        // No prefix and no random bytes given: the library picks its default method and
        // reads the salt from the kernel's random source.
        guard crypt_gensalt_rn(nil, 0, nil, 0, &setting, Int32(setting.count)) != nil else {
            throw Problem.hashingFailed
        }
        let settingText = String(decoding: setting.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let hashed = crypt(pin, setting: settingText), hashed.hasPrefix("$") else { throw Problem.hashingFailed }
        return try SupervisorPIN(encoded: hashed)
    }

    /// Whether `pin` is the supervisor's PIN; compares in constant time.
    func verify(_ pin: String) -> Bool {
        guard let hashed = Self.crypt(pin, setting: encoded) else { return false }
        let a = Array(hashed.utf8), b = Array(encoded.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    /// crypt_rn with its large work area on the heap (it is tens of kilobytes).
    private static func crypt(_ phrase: String, setting: String) -> String? {
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer {
            // The work area held the PIN: clear it before giving the memory back.
            UnsafeMutableRawPointer(data).initializeMemory(as: UInt8.self, repeating: 0,
                                                           count: MemoryLayout<crypt_data>.size)
            data.deallocate()
        }
        UnsafeMutableRawPointer(data).initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<crypt_data>.size)
        guard let result = crypt_rn(phrase, setting, UnsafeMutableRawPointer(data),
                                    Int32(MemoryLayout<crypt_data>.size)) else { return nil }
        return String(cString: result)
    }
}

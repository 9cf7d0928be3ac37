import Crypto
import LeadModel
import _CryptoExtras

/// The SCRAM modes of the challenge–proof login (`authMode`, the protocol and the hash).
public enum ScramHash: String, CaseIterable, Sendable {
    case sha1 = "SCRAM_SHA1"
    case sha256 = "SCRAM_SHA256"
    case sha512 = "SCRAM_SHA512"
}

/// The client proof as the vendor's SDK computes it (`api.md`, "Challenge–proof login"):
///
///     saltedPassword  = PBKDF2-HMAC-H(password, salt, iterations), one hash length
///     clientKey       = HMAC-H(saltedPassword, "")      (RFC 5802 signs "Client Key")
///     storedKey       = H(clientKey)
///     clientSignature = HMAC-H(storedKey, unhex(clientNonce + serverNonce))
///     clientProof     = upper-case hex of clientKey XOR clientSignature
enum ScramProof {
    /// The most iterations a core may ask for: PBKDF2 costs time linearly, and a hostile
    /// answer must not keep the login busy for minutes (SHA-512 × 1,000,000 ≈ 1 s).
    static let maxIterations = 1_000_000

    static func clientProof(password: String, salt: [UInt8], iterations: Int,
                            clientNonce: String, serverNonce: String, hash: ScramHash) throws(CoreError) -> String {
        guard (1...maxIterations).contains(iterations) else {
            throw .badResponse(path: "data.iterationCount", reason: "\(iterations) is outside 1…\(maxIterations)")
        }
        guard let nonces = Hex.bytes(clientNonce + serverNonce) else {
            throw .badResponse(path: "data.serverNonce", reason: "is not hexadecimal")
        }
        let password = Array(password.utf8)
        do {
            switch hash {
            case .sha1:
                return Hex.upper(try proof(Insecure.SHA1.self, .insecureSHA1, password, salt, iterations, nonces))
            case .sha256:
                return Hex.upper(try proof(SHA256.self, .sha256, password, salt, iterations, nonces))
            case .sha512:
                return Hex.upper(try proof(SHA512.self, .sha512, password, salt, iterations, nonces))
            }
        } catch {
            throw .badResponse(path: "data.salt", reason: "the proof could not be computed (\(error))")
        }
    }

    private static func proof<H: HashFunction>(_: H.Type, _ kdf: KDF.Insecure.PBKDF2.HashFunction, _ password: [UInt8],
                                               _ salt: [UInt8], _ iterations: Int, _ nonces: [UInt8]) throws -> [UInt8] {
        let salted = try KDF.Insecure.PBKDF2.deriveKey(from: password, salt: salt, using: kdf,
                                                       outputByteCount: H.Digest.byteCount,
                                                       unsafeUncheckedRounds: iterations)
        let clientKey = Array(HMAC<H>.authenticationCode(for: [UInt8](), using: salted))
        let storedKey = SymmetricKey(data: Array(H.hash(data: clientKey)))
        let signature = Array(HMAC<H>.authenticationCode(for: nonces, using: storedKey))
        return zip(clientKey, signature).map { $0 ^ $1 }
    }

    /// 40 random upper-case hex digits, as the SDK makes them.
    static func clientNonce() -> String {
        var random = SystemRandomNumberGenerator()
        return Hex.upper((0..<20).map { _ in UInt8.random(in: .min ... .max, using: &random) })
    }
}

import Crypto
import Foundation
import LeadModel
import _CryptoExtras

/// The server side of the challenge–proof login for the simulator's one user: it keeps
/// the salt, the iterations and the stored key (never the password after it is made), and
/// checks a proof the way a server can — from the stored key alone:
///
///     clientSignature = HMAC-H(storedKey, unhex(clientNonce + serverNonce))
///     clientKey       = clientProof XOR clientSignature
///     accepted when H(clientKey) == storedKey
///
/// The server nonce travels back encrypted (AES-GCM under a key of this run), so the
/// challenge needs no memory; a used server nonce is refused the second time.
struct ScramAccount: Sendable {
    enum Hash: String, Sendable {
        case sha1 = "SCRAM_SHA1", sha256 = "SCRAM_SHA256", sha512 = "SCRAM_SHA512"
    }

    /// The mode the challenge names, as configured.
    let authMode: String
    /// Nil for a mode the simulator only names (no proof passes).
    let hash: Hash?
    let salt: [UInt8]
    let iterations: Int
    private let storedKey: [UInt8]
    /// The AES key of this run, as bytes (`SymmetricKey` is not `Sendable`).
    private let nonceKeyBytes: [UInt8]
    private var nonceKey: SymmetricKey { SymmetricKey(data: nonceKeyBytes) }

    init(password: String, authMode: String, iterations: Int) {
        self.authMode = authMode
        hash = Hash(rawValue: authMode)
        var random = SystemRandomNumberGenerator()
        salt = (0..<24).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        nonceKeyBytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        self.iterations = iterations
        let secret = Array(password.utf8)
        switch hash {
        case .sha1?: storedKey = Self.storedKey(Insecure.SHA1.self, .insecureSHA1, secret, salt, iterations)
        case .sha256?: storedKey = Self.storedKey(SHA256.self, .sha256, secret, salt, iterations)
        case .sha512?: storedKey = Self.storedKey(SHA512.self, .sha512, secret, salt, iterations)
        case nil: storedKey = []
        }
    }

    /// What the challenge sends back for the server to read at the proof.
    func encryptedNonce(serverNonce: String, clientNonce: String, user: String) -> String {
        let sealed = try? AES.GCM.seal(Data("\(serverNonce)|\(clientNonce)|\(user)".utf8), using: nonceKey).combined
        return Hex.upper(sealed.map { Array($0) } ?? [])
    }

    /// Whether `encrypted` was made by this run for these nonces and this user.
    func nonceIsOurs(_ encrypted: String, serverNonce: String, clientNonce: String, user: String) -> Bool {
        guard let bytes = Hex.bytes(encrypted), let box = try? AES.GCM.SealedBox(combined: bytes),
              let plain = try? AES.GCM.open(box, using: nonceKey)
        else { return false }
        return plain == Data("\(serverNonce)|\(clientNonce)|\(user)".utf8)
    }

    /// Whether `proof` (hex) shows knowledge of the password for these nonces.
    func accepts(proof: String, clientNonce: String, serverNonce: String) -> Bool {
        guard let hash, let proofBytes = Hex.bytes(proof), let nonces = Hex.bytes(clientNonce + serverNonce),
              proofBytes.count == storedKey.count
        else { return false }
        switch hash {
        case .sha1: return Self.check(Insecure.SHA1.self, proofBytes, nonces, storedKey)
        case .sha256: return Self.check(SHA256.self, proofBytes, nonces, storedKey)
        case .sha512: return Self.check(SHA512.self, proofBytes, nonces, storedKey)
        }
    }

    private static func check<H: HashFunction>(_: H.Type, _ proof: [UInt8], _ nonces: [UInt8], _ stored: [UInt8]) -> Bool {
        let signature = Array(HMAC<H>.authenticationCode(for: nonces, using: SymmetricKey(data: stored)))
        let clientKey = zip(proof, signature).map { $0 ^ $1 }
        return Array(H.hash(data: clientKey)) == stored
    }

    private static func storedKey<H: HashFunction>(_: H.Type, _ kdf: KDF.Insecure.PBKDF2.HashFunction, _ password: [UInt8],
                                                   _ salt: [UInt8], _ iterations: Int) -> [UInt8] {
        guard let salted = try? KDF.Insecure.PBKDF2.deriveKey(from: password, salt: salt, using: kdf,
                                                              outputByteCount: H.Digest.byteCount,
                                                              unsafeUncheckedRounds: iterations)
        else { return [] }
        let clientKey = HMAC<H>.authenticationCode(for: [UInt8](), using: salted)
        return Array(H.hash(data: Array(clientKey)))
    }
}

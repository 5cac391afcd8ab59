import Crypto
import Foundation

/// The secret text of a provisioning token and how it is hashed.
///
/// 256 random bits from the system CSPRNG, in lowercase base32 behind a `scimdesk_` prefix so secret
/// scanners can recognise a leaked token and it survives double-click selection in a terminal.
public struct TokenSecret: Sendable {
    public static let prefix = "scimdesk_"
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")

    public let text: String

    public init(text: String) { self.text = text }

    public static func generate() -> TokenSecret {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return TokenSecret(text: prefix + base32(bytes))
    }

    /// Hex SHA-256; lookups go by this hash so the secret itself never reaches the store.
    public var hash: String { Self.hash(of: text) }

    public static func hash(of text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Enough of the secret to recognise it, too little to guess it.
    public var hint: String { String(text.prefix(Self.prefix.count + 4)) }

    static func base32(_ bytes: [UInt8]) -> String {
        var output = ""
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return output
    }

    /// Compares two hex digests without an early exit, so timing reveals nothing about how much matched.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}

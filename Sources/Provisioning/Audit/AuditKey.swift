import Crypto
import Foundation

/// The secret that seals the audit chain. It lives in its own file (owner-only), never in the
/// database, so that someone who can edit the database still cannot re-seal what they changed.
public struct AuditKey: Sendable, Hashable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public static func random() -> AuditKey {
        AuditKey(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
    }

    /// Where the key of a database file lives when nothing else is said: beside it.
    public static func defaultPath(forDatabaseAt databasePath: String) -> String {
        databasePath + ".audit-key"
    }

    /// Reads the key at `path`, creating it (mode 0600) when there is none yet.
    ///
    /// - Throws: `StoreError.unavailable` naming the file when it cannot be read, written or parsed.
    public static func loadOrCreate(at path: String) throws -> AuditKey {
        if FileManager.default.fileExists(atPath: path) { return try load(at: path) }
        let key = random()
        let text = key.bytes.map { String(format: "%02x", $0) }.joined() + "\n"
        let created = FileManager.default.createFile(
            atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        // Another process may have created it a moment earlier: theirs wins, both then read the same key.
        guard created || FileManager.default.fileExists(atPath: path) else {
            throw StoreError.unavailable("cannot create the audit key file \(path)")
        }
        return try load(at: path)
    }

    public static func load(at path: String) throws -> AuditKey {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw StoreError.unavailable("cannot read the audit key file \(path)")
        }
        let hex = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) ?? hex.endIndex
            guard let byte = UInt8(hex[index..<next], radix: 16) else { break }
            bytes.append(byte)
            index = next
        }
        guard bytes.count == 32, hex.count == 64 else {
            throw StoreError.unavailable("the audit key file \(path) does not hold a 256-bit key in hex")
        }
        return AuditKey(bytes: bytes)
    }
}

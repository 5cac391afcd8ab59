import Crypto
import Foundation

/// What an audit event's seal covers: its fields exactly as the store keeps them.
///
/// The time is the stored number (unix seconds), not a `Date`, because a `Date` read back from the
/// store may differ from the written one in the last bit; the seal must be recomputable from the row.
public struct AuditSealInput: Sendable, Hashable {
    public var id: Int64
    public var time: Double
    public var actor: String
    public var idpID: String?
    public var action: String
    public var resourceType: String?
    public var resourceID: String?
    public var summary: String
    public var before: String?
    public var after: String?

    public init(
        id: Int64, time: Double, actor: String, idpID: String?, action: String, resourceType: String?,
        resourceID: String?, summary: String, before: String?, after: String?
    ) {
        self.id = id
        self.time = time
        self.actor = actor
        self.idpID = idpID
        self.action = action
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.summary = summary
        self.before = before
        self.after = after
    }

    /// An unambiguous byte form: fixed-width numbers, every text length-prefixed (absent ≠ empty).
    var canonicalBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 + summary.utf8.count + (before?.utf8.count ?? 0) + (after?.utf8.count ?? 0))
        Self.append(UInt64(bitPattern: id), to: &bytes)
        Self.append(time.bitPattern, to: &bytes)
        for text in [actor, idpID, action, resourceType, resourceID, summary, before, after] {
            guard let text else {
                Self.append(UInt64.max, to: &bytes)
                continue
            }
            Self.append(UInt64(text.utf8.count), to: &bytes)
            bytes.append(contentsOf: text.utf8)
        }
        return bytes
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }
}

/// Seals audit events into a chain: each seal is an HMAC-SHA256, under a key kept outside the
/// database, of the previous event's seal and this event's fields. Editing, deleting, inserting or
/// reordering a row breaks the chain at that row, and without the key nobody can forge new seals.
public struct AuditSealer: Sendable {
    /// The "previous seal" of the first event.
    public static let genesis = [UInt8](repeating: 0, count: 32)

    // Crypto's SymmetricKey is not Sendable; the bytes are, and making a key from them is cheap.
    private let key: AuditKey

    public init(key: AuditKey) {
        self.key = key
    }

    public func seal(_ input: AuditSealInput, after previous: [UInt8]?) -> [UInt8] {
        var mac = HMAC<SHA256>(key: SymmetricKey(data: key.bytes))
        mac.update(data: previous ?? Self.genesis)
        mac.update(data: input.canonicalBytes)
        return Array(mac.finalize())
    }
}

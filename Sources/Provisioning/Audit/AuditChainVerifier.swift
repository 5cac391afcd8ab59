/// One stored audit event as the chain sees it: what was sealed and the seal kept with it.
public struct AuditChainEntry: Sendable, Hashable {
    public var input: AuditSealInput
    /// `nil` when the row has no seal (which only tampering produces: every insert is sealed).
    public var seal: [UInt8]?

    public init(input: AuditSealInput, seal: [UInt8]?) {
        self.input = input
        self.seal = seal
    }
}

/// The outcome of checking the whole chain from its first event.
public struct AuditChainReport: Sendable, Hashable {
    public struct Break: Sendable, Hashable {
        public var id: Int64
        public var reason: String

        public init(id: Int64, reason: String) {
            self.id = id
            self.reason = reason
        }
    }

    /// Events checked, in id order.
    public var checked: Int
    /// The first event whose seal does not follow from its predecessor and its own fields.
    public var firstBreak: Break?
    /// The last event checked and its seal: record it elsewhere to notice later truncation of the log's end.
    public var head: (id: Int64, seal: [UInt8])? {
        headID.map { ($0, headSeal) }
    }
    var headID: Int64?
    var headSeal: [UInt8] = []

    public var isIntact: Bool { firstBreak == nil }

    public init(checked: Int, firstBreak: Break? = nil) {
        self.checked = checked
        self.firstBreak = firstBreak
    }
}

/// Walks the audit chain in id order and names the first broken link.
///
/// A row is broken when its seal is missing or differs from the seal of (previous seal, its fields).
/// When no row at all matches, the likelier story is a different key than edited rows, and the
/// reason says so.
public struct AuditChainVerifier: Sendable {
    let sealer: AuditSealer
    public private(set) var report = AuditChainReport(checked: 0)
    private var previous: [UInt8]?

    public init(sealer: AuditSealer) {
        self.sealer = sealer
    }

    /// The id after which the next entries start: the last event found intact (0 before any).
    public var resumeAfterID: Int64 { report.headID ?? 0 }

    /// Feeds the next entries (ascending ids, continuing the previous batch); returns false once broken.
    public mutating func consume(_ entries: some Sequence<AuditChainEntry>) -> Bool {
        for entry in entries {
            guard report.firstBreak == nil else { return false }
            let expected = sealer.seal(entry.input, after: previous)
            report.checked += 1
            guard let seal = entry.seal else {
                report.firstBreak = .init(id: entry.input.id, reason: "it has no seal: the row was altered outside ScimDesk")
                return false
            }
            guard seal == expected else {
                let reason =
                    report.checked == 1
                    ? "its seal does not match: the row was altered, a row before it was deleted, or the audit key is not the one this log was sealed with"
                    : "its seal does not match: this row was altered, or a row just before it was deleted or inserted"
                report.firstBreak = .init(id: entry.input.id, reason: reason)
                return false
            }
            previous = seal
            report.headID = entry.input.id
            report.headSeal = seal
        }
        return true
    }
}

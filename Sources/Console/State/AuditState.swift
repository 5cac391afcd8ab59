import Provisioning

/// Audit events as the store returned them for a search text.
public struct AuditList: Sendable {
    /// The search the events answer (dropped if the search changed since).
    public var text: String
    /// Newest first.
    public var events: [AuditEvent]
    /// The audit chain as checked up to now, when this load checked it.
    public var chain: AuditChainReport?

    /// The result of one ``Effect/loadAudit(text:)``.
    public init(text: String, events: [AuditEvent], chain: AuditChainReport? = nil) {
        self.text = text
        self.events = events
        self.chain = chain
    }
}

/// The Audit view: newest first; the detail holds the event whole, since the list may reload under it.
typealias AuditState = ListScreen<AuditEvent, AuditEvent>

extension ListScreen where Row == AuditEvent {
    /// Events fetched per search.
    static var limit: Int { 500 }
}

/// The Admins view: accounts IdPs may not overwrite.
struct AdminsState: Sendable {
    var items: [ConsoleAdmin] = []
    var loaded = false
    var selection = ListSelection()

    init() {}

    var selected: ConsoleAdmin? { selection.index.flatMap { items.indices.contains($0) ? items[$0] : nil } }
}

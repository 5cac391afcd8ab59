import Provisioning

/// Audit events as the store returned them for a search text.
public struct AuditList: Sendable {
    /// The search the events answer (dropped if the search changed since).
    public var text: String
    /// Newest first.
    public var events: [AuditEvent]

    /// The result of one ``Effect/loadAudit(text:)``.
    public init(text: String, events: [AuditEvent]) {
        self.text = text
        self.events = events
    }
}

/// The Audit view: newest first.
struct AuditState: Sendable {
    static let limit = 500

    var events: [AuditEvent] = []
    var loaded = false
    var loading = false
    var filterText = ""
    var selection = ListSelection()
    /// The event whose detail is open; kept whole since the list may reload under it.
    var detail: DetailState<AuditEvent>?

    init() {}
}

/// The Admins view: accounts IdPs may not overwrite.
struct AdminsState: Sendable {
    var items: [ConsoleAdmin] = []
    var loaded = false
    var selection = ListSelection()

    init() {}

    var selected: ConsoleAdmin? { selection.index.flatMap { items.indices.contains($0) ? items[$0] : nil } }
}

import Provisioning

/// Audit events as the store returned them for a search text.
public struct AuditList: Sendable {
    public var text: String
    public var events: [AuditEvent]

    public init(text: String, events: [AuditEvent]) {
        self.text = text
        self.events = events
    }
}

/// The Audit view: newest first.
public struct AuditState: Sendable {
    public static let limit = 500

    public var events: [AuditEvent] = []
    public var loaded = false
    public var loading = false
    public var filterText = ""
    public var selection = ListSelection()
    /// The event whose detail is open; kept whole since the list may reload under it.
    public var detail: DetailState<AuditEvent>?

    public init() {}
}

/// The Admins view: accounts IdPs may not overwrite.
public struct AdminsState: Sendable {
    public var items: [ConsoleAdmin] = []
    public var loaded = false
    public var selection = ListSelection()

    public init() {}

    var selected: ConsoleAdmin? { selection.index.flatMap { items.indices.contains($0) ? items[$0] : nil } }
}

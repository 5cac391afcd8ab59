import Provisioning

/// Groups as the store returned them for a filter.
public struct GroupList: Sendable {
    public var filterText: String
    public var items: [Group]
    public var total: Int

    public init(filterText: String, items: [Group], total: Int) {
        self.filterText = filterText
        self.items = items
        self.total = total
    }
}

/// A group with its members and history, for the detail screen.
public struct GroupDetail: Sendable {
    public var group: Group
    public var members: [GroupMember]
    /// Newest first, including deletions and re-links, so a group's whole life is visible.
    public var audit: [AuditEvent]

    public init(group: Group, members: [GroupMember], audit: [AuditEvent]) {
        self.group = group
        self.members = members
        self.audit = audit
    }
}

/// The Groups view.
public struct GroupsState: Sendable {
    /// Groups fetched per request; operators filter rather than scroll past this many.
    public static let limit = 1000

    public var rows: [Group] = []
    public var total = 0
    public var loaded = false
    public var loading = false
    public var filterText = ""
    public var selection = ListSelection()
    public var detail: DetailState<GroupDetail>?

    public init() {}
}

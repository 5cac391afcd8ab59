import Provisioning

/// Groups as the store returned them for a filter.
public struct GroupList: Sendable {
    /// The filter the list answers.
    public var filterText: String
    /// At most 1,000, sorted by name.
    public var items: [Group]
    /// Groups matching the filter in all.
    public var total: Int

    /// The result of one ``Effect/loadGroups(filterText:)``.
    public init(filterText: String, items: [Group], total: Int) {
        self.filterText = filterText
        self.items = items
        self.total = total
    }
}

/// A group with its members and history, for the detail screen.
public struct GroupDetail: Sendable {
    /// The group, or its tombstone.
    public var group: Group
    /// In the order they joined.
    public var members: [GroupMember]
    /// Newest first, including deletions and re-links, so a group's whole life is visible.
    public var audit: [AuditEvent]

    /// The result of one ``Effect/loadGroupDetail(id:)``.
    public init(group: Group, members: [GroupMember], audit: [AuditEvent]) {
        self.group = group
        self.members = members
        self.audit = audit
    }
}

/// The Groups view.
typealias GroupsState = ListScreen<Group, GroupDetail>

extension ListScreen where Row == Group {
    /// Groups fetched per request; operators filter rather than scroll past this many.
    static var limit: Int { 1000 }
}

import Provisioning

/// One page of users as the store returned it for a filter.
public struct UserPage: Sendable {
    public var filterText: String
    public var offset: Int
    public var items: [User]
    public var total: Int

    public init(filterText: String, offset: Int, items: [User], total: Int) {
        self.filterText = filterText
        self.offset = offset
        self.items = items
        self.total = total
    }
}

/// Everything the user detail screen shows, read in one effect.
public struct UserDetail: Sendable {
    public var user: User
    public var groups: [GroupReference]
    /// Newest first; includes `.protectedDrift` events, listed separately as "IdP wanted …".
    public var audit: [AuditEvent]
    /// The userName or email belongs to a console admin, so IdP writes to it are refused.
    public var isProtectedAdmin: Bool

    public init(user: User, groups: [GroupReference], audit: [AuditEvent], isProtectedAdmin: Bool) {
        self.user = user
        self.groups = groups
        self.audit = audit
        self.isProtectedAdmin = isProtectedAdmin
    }
}

/// An open detail screen: which item, what was loaded for it, and how far it is scrolled.
public struct DetailState<Content: Sendable>: Sendable {
    public var id: String
    public var content: Content?
    var scroll = ScrollPosition()

    init(id: String, content: Content? = nil) {
        self.id = id
        self.content = content
    }
}

/// The Users view: rows loaded so far (a page at a time), the filter and the open detail.
public struct UsersState: Sendable {
    /// Rows fetched per request; more are fetched as the selection nears the end.
    public static let pageSize = 500

    public var rows: [User] = []
    public var total = 0
    public var loaded = false
    public var loading = false
    public var filterText = ""
    public var selection = ListSelection()
    public var detail: DetailState<UserDetail>?

    public init() {}

    var hasMore: Bool { rows.count < total }
}

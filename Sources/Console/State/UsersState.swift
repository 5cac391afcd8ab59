import Provisioning

/// One page of users as the store returned it for a filter.
public struct UserPage: Sendable {
    /// The filter the page answers; pages for an older filter are dropped.
    public var filterText: String
    /// Rows before this page (0 for the first).
    public var offset: Int
    /// The page, sorted by userName.
    public var items: [User]
    /// Users matching the filter in all.
    public var total: Int

    /// The result of one ``Effect/loadUsers(filterText:offset:)``.
    public init(filterText: String, offset: Int, items: [User], total: Int) {
        self.filterText = filterText
        self.offset = offset
        self.items = items
        self.total = total
    }
}

/// Everything the user detail screen shows, read in one effect.
public struct UserDetail: Sendable {
    /// The user as stored.
    public var user: User
    /// The live groups the user belongs to.
    public var groups: [GroupReference]
    /// Newest first; includes `.protectedDrift` events, listed separately as "IdP wanted …".
    public var audit: [AuditEvent]
    /// The userName or email belongs to a console admin, so IdP writes to it are refused.
    public var isProtectedAdmin: Bool

    /// The result of one ``Effect/loadUserDetail(id:)``.
    public init(user: User, groups: [GroupReference], audit: [AuditEvent], isProtectedAdmin: Bool) {
        self.user = user
        self.groups = groups
        self.audit = audit
        self.isProtectedAdmin = isProtectedAdmin
    }
}

/// An open detail screen: which item, what was loaded for it, and how far it is scrolled.
struct DetailState<Content: Sendable>: Sendable {
    var id: String
    var content: Content?
    var scroll = ScrollPosition()

    init(id: String, content: Content? = nil) {
        self.id = id
        self.content = content
    }
}

/// The Users view: rows loaded so far (a page at a time), the filter and the open detail.
typealias UsersState = ListScreen<User, UserDetail>

extension ListScreen where Row == User {
    /// Rows fetched per request; more are fetched as the selection nears the end.
    static var pageSize: Int { 500 }
}

import Foundation

/// Everything ScimDesk persists. `SQLiteStore` is the embedded default; any implementation must pass
/// the shared store conformance suite in `TestSupport`.
///
/// Contract for every implementation:
/// - Each write method is one transaction, including the audit events passed with it.
/// - Driver errors are translated to `StoreError` inside the store.
/// - userName and group displayName comparisons and uniqueness ignore case, per IdP.
public typealias Store = IdentityProviderStore & TokenStore & UserStore & GroupStore & AdminStore & AuditStore & TrafficStore
    & BreakerStore

public protocol IdentityProviderStore: Sendable {
    /// Throws `StoreError.duplicate(constraint: "idp.name")` when the name exists in any letter case.
    func insertIdentityProvider(_ idp: IdentityProvider, audit: AuditEvent) async throws
    func identityProviders() async throws -> [IdentityProvider]
    func identityProvider(named name: String) async throws -> IdentityProvider?
    func identityProvider(id: UUID) async throws -> IdentityProvider?
    /// Throws `StoreError.duplicate(constraint: "idp.name")` when another IdP has the name in any letter case.
    func renameIdentityProvider(id: UUID, to name: String, audit: AuditEvent) async throws
    /// Stores the IdP's request rate limit; `identityProvider(…)` and `token(hash:)` return it after.
    func setRateLimit(_ limit: RateLimit, idpID: UUID, audit: AuditEvent) async throws
    /// Deletes the IdP with its tokens, users, groups and memberships; the audit log and traffic keep
    /// their history. Returns what was deleted.
    func removeIdentityProvider(id: UUID, audit: AuditEvent) async throws -> IdentityProviderRemoval
}

/// What removing an identity provider deleted along with it.
public struct IdentityProviderRemoval: Sendable, Hashable {
    public var users: Int
    public var groups: Int
    public var tokens: Int

    public init(users: Int, groups: Int, tokens: Int) {
        self.users = users
        self.groups = groups
        self.tokens = tokens
    }
}

public protocol TokenStore: Sendable {
    /// Inserts `token` and makes every other token of the same IdP stop working at `retiringOthersAt`
    /// (tokens already revoked earlier keep their date).
    func issueToken(_ token: ProvisioningToken, retiringOthersAt: Date, audit: AuditEvent) async throws
    /// Revokes every token of the IdP that still works at `date`; returns how many.
    func revokeTokens(idpID: UUID, at date: Date, audit: AuditEvent) async throws -> Int
    func token(hash: String) async throws -> (ProvisioningToken, IdentityProvider)?
    /// Newest first.
    func tokens(idpID: UUID) async throws -> [ProvisioningToken]
    func recordTokenUse(id: UUID, at date: Date) async throws
}

public protocol UserStore: Sendable {
    /// Throws `StoreError.duplicate(constraint: "user.userName")` on a case-insensitive clash within the IdP.
    func insertUser(_ user: User, audit: AuditEvent) async throws
    func user(id: String, idpID: UUID?) async throws -> User?
    /// `idpID == nil` lists across all IdPs (the console); the listener always passes its IdP.
    func users(idpID: UUID?, query: ListQuery) async throws -> Page<User>
    /// Writes `user` if its stored version is still `expectedVersion`, else throws `StoreError.versionConflict`.
    func updateUser(_ user: User, expectedVersion: Int, audit: [AuditEvent]) async throws
    func deleteUser(id: String, idpID: UUID, audit: AuditEvent) async throws
    /// Live groups the user is a member of.
    func groupReferences(ofUser userID: String) async throws -> [GroupReference]
    /// `groupReferences(ofUser:)` for every user of a page at once, keyed by user id (users in no
    /// group may be missing). A store may answer with one query instead of one per user.
    func groupReferences(ofUsers userIDs: [String]) async throws -> [String: [GroupReference]]
}

extension UserStore {
    public func groupReferences(ofUsers userIDs: [String]) async throws -> [String: [GroupReference]] {
        var references: [String: [GroupReference]] = [:]
        for id in userIDs { references[id] = try await groupReferences(ofUser: id) }
        return references
    }
}

/// A group as seen from one of its members.
public struct GroupReference: Sendable, Hashable {
    public var id: String
    public var displayName: String

    public init(id: String, displayName: String) {
        self.id = id
        self.displayName = displayName
    }
}

/// What a membership write did.
public struct MembershipDelta: Sendable, Hashable {
    public var added: Int
    public var removed: Int
    /// Member ids that named no user of the group's IdP and were skipped.
    public var unknown: [String]

    public init(added: Int = 0, removed: Int = 0, unknown: [String] = []) {
        self.added = added
        self.removed = removed
        self.unknown = unknown
    }
}

public protocol GroupStore: Sendable {
    /// Inserts a live group with its first members; throws `StoreError.duplicate(constraint: "group.displayName")`.
    func insertGroup(_ group: Group, members: [String], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]) async throws
        -> MembershipDelta
    /// A live group, or with `includeDeleted` also a tombstone.
    func group(id: String, idpID: UUID?, includeDeleted: Bool) async throws -> Group?
    /// The most recent tombstone of the IdP with this externalId, else with this displayName (any case).
    func tombstone(idpID: UUID, externalID: String?, displayName: String) async throws -> Group?
    func groups(idpID: UUID?, query: ListQuery) async throws -> Page<Group>
    /// Members ordered by when they joined.
    func members(ofGroup groupID: String) async throws -> [GroupMember]
    /// Applies `changes` in order and moves the group's meta forward, all in one transaction.
    ///
    /// With `expectedVersion`, the stored version must still match (else `StoreError.versionConflict`)
    /// and the group's profile and meta are written as given. With `nil` (membership deltas only, which
    /// commute), the stored profile is left untouched, the stored version is incremented atomically and
    /// `lastModified` is set from `group.meta`, so concurrent PATCHes to one group never conflict.
    func updateGroup(
        _ group: Group, expectedVersion: Int?, changes: [MembershipChange],
        audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]
    ) async throws -> MembershipDelta
    /// Brings a tombstone back to life under the same id with a new profile and members.
    func reviveGroup(_ group: Group, members: [String], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]) async throws
        -> MembershipDelta
    /// Leaves a tombstone: the group stops being visible, its memberships are removed.
    func deleteGroup(id: String, idpID: UUID, at date: Date, audit: AuditEvent) async throws
}

public protocol AdminStore: Sendable {
    /// Throws `StoreError.duplicate(constraint: "admin.username")`.
    func insertAdmin(_ admin: ConsoleAdmin, audit: AuditEvent) async throws
    /// Returns false when no such admin exists.
    func deleteAdmin(username: String, audit: AuditEvent) async throws -> Bool
    func admins() async throws -> [ConsoleAdmin]
    /// The admin whose username or email equals either value, ignoring case.
    func admin(matchingUserName userName: String?, email: String?) async throws -> ConsoleAdmin?
}

/// What part of the audit log to read, newest first.
public struct AuditQuery: Sendable, Hashable {
    public var text: String?
    public var idpID: UUID?
    public var resourceID: String?
    public var limit: Int
    /// Only events with a smaller id (for paging back in time).
    public var beforeID: Int64?

    public init(text: String? = nil, idpID: UUID? = nil, resourceID: String? = nil, limit: Int = 200, beforeID: Int64? = nil) {
        self.text = text
        self.idpID = idpID
        self.resourceID = resourceID
        self.limit = limit
        self.beforeID = beforeID
    }
}

public protocol AuditStore: Sendable {
    /// Seals every appended event into the chain (its key lives outside the store's tables).
    var auditSealer: AuditSealer { get }
    func appendAudit(_ event: AuditEvent) async throws
    func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent]
    /// Events with an id greater than `afterID`, oldest first, at most `limit`, each with its seal as
    /// stored: what `AuditChainVerifier` checks. Every insert is sealed by the store in the inserting
    /// transaction (`AuditSealer`), after the newest event's seal.
    func auditChain(afterID: Int64, limit: Int) async throws -> [AuditChainEntry]
}

public protocol TrafficStore: Sendable {
    /// Appends a batch in one transaction (the listener coalesces records).
    func appendTraffic(_ records: [TrafficRecord]) async throws
    /// Records with an id greater than `afterID`, oldest first, at most `limit`.
    func traffic(afterID: Int64, limit: Int) async throws -> [TrafficRecord]
    /// The newest `limit` records, newest first.
    func recentTraffic(limit: Int) async throws -> [TrafficRecord]
    /// Deletes all but the newest `keeping` records, and then the oldest of those until the rest hold at
    /// most `maximumBytes` (`TrafficRecord.storedBytes`): bodies of up to a megabyte each would make a
    /// count alone no bound at all.
    func pruneTraffic(keeping: Int, maximumBytes: Int) async throws
}

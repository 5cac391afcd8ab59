import Foundation
import Provisioning
import Synchronization

/// A store for runner tests: IdPs, tokens and admins live in memory, everything else fails
/// the way a busy SQLite database does, and list queries are recorded.
final class StubStore: Store {
    struct Contents {
        var idps: [IdentityProvider] = []
        var tokens: [ProvisioningToken] = []
        var audit: [AuditEvent] = []
        var userQueries: [ListQuery] = []
    }

    let contents = Mutex(Contents())
    static let locked = StoreError.unavailable("database is locked")

    init(idps: [IdentityProvider] = []) {
        contents.withLock { $0.idps = idps }
    }

    func insertIdentityProvider(_ idp: IdentityProvider, audit: AuditEvent) async throws {
        try contents.withLock {
            if $0.idps.contains(where: { $0.name.lowercased() == idp.name.lowercased() }) {
                throw StoreError.duplicate(constraint: "idp.name")
            }
            $0.idps.append(idp)
            $0.audit.append(audit)
        }
    }
    func identityProviders() async throws -> [IdentityProvider] { contents.withLock { $0.idps } }
    func identityProvider(named name: String) async throws -> IdentityProvider? { contents.withLock { $0.idps.first { $0.name == name } } }
    func identityProvider(id: UUID) async throws -> IdentityProvider? { contents.withLock { $0.idps.first { $0.id == id } } }
    func setRateLimit(_ limit: RateLimit, idpID: UUID, audit: AuditEvent) async throws {
        contents.withLock { state in
            for index in state.idps.indices where state.idps[index].id == idpID { state.idps[index].rateLimit = limit }
            state.audit.append(audit)
        }
    }
    func renameIdentityProvider(id: UUID, to name: String, audit: AuditEvent) async throws {
        contents.withLock { state in
            for index in state.idps.indices where state.idps[index].id == id { state.idps[index].name = name }
            state.audit.append(audit)
        }
    }
    func removeIdentityProvider(id: UUID, audit: AuditEvent) async throws -> IdentityProviderRemoval {
        contents.withLock { state in
            let tokens = state.tokens.count { $0.idpID == id }
            state.idps.removeAll { $0.id == id }
            state.tokens.removeAll { $0.idpID == id }
            state.audit.append(audit)
            return IdentityProviderRemoval(users: 0, groups: 0, tokens: tokens)
        }
    }

    func issueToken(_ token: ProvisioningToken, retiringOthersAt: Date, audit: AuditEvent) async throws {
        contents.withLock {
            $0.tokens.insert(token, at: 0)
            $0.audit.append(audit)
        }
    }
    func revokeTokens(idpID: UUID, at date: Date, audit: AuditEvent) async throws -> Int {
        contents.withLock { state in
            var count = 0
            for index in state.tokens.indices where state.tokens[index].idpID == idpID && state.tokens[index].revoked == nil {
                state.tokens[index].revoked = date
                count += 1
            }
            state.audit.append(audit)
            return count
        }
    }
    func token(hash: String) async throws -> (ProvisioningToken, IdentityProvider)? { nil }
    func tokens(idpID: UUID) async throws -> [ProvisioningToken] { contents.withLock { $0.tokens.filter { $0.idpID == idpID } } }
    func recordTokenUse(id: UUID, at date: Date) async throws {}

    func insertUser(_ user: User, audit: AuditEvent) async throws { throw Self.locked }
    func user(id: String, idpID: UUID?) async throws -> User? { throw Self.locked }
    func users(idpID: UUID?, query: ListQuery) async throws -> Page<User> {
        contents.withLock { $0.userQueries.append(query) }
        throw Self.locked
    }
    func updateUser(_ user: User, expectedVersion: Int, audit: [AuditEvent]) async throws { throw Self.locked }
    func deleteUser(id: String, idpID: UUID, audit: AuditEvent) async throws { throw Self.locked }
    func groupReferences(ofUser userID: String) async throws -> [GroupReference] { throw Self.locked }

    func insertGroup(_ group: Group, members: [String], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]) async throws
        -> MembershipDelta
    { throw Self.locked }
    func group(id: String, idpID: UUID?, includeDeleted: Bool) async throws -> Group? { throw Self.locked }
    func tombstone(idpID: UUID, externalID: String?, displayName: String) async throws -> Group? { throw Self.locked }
    func groups(idpID: UUID?, query: ListQuery) async throws -> Page<Group> { throw Self.locked }
    func members(ofGroup groupID: String) async throws -> [GroupMember] { throw Self.locked }
    func updateGroup(
        _ group: Group, expectedVersion: Int?, changes: [MembershipChange], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]
    ) async throws -> MembershipDelta { throw Self.locked }
    func reviveGroup(_ group: Group, members: [String], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]) async throws
        -> MembershipDelta
    { throw Self.locked }
    func deleteGroup(id: String, idpID: UUID, at date: Date, audit: AuditEvent) async throws { throw Self.locked }

    func insertAdmin(_ admin: ConsoleAdmin, audit: AuditEvent) async throws { throw Self.locked }
    func deleteAdmin(username: String, audit: AuditEvent) async throws -> Bool { false }
    func admins() async throws -> [ConsoleAdmin] { [] }
    func admin(matchingUserName userName: String?, email: String?) async throws -> ConsoleAdmin? { nil }

    func appendAudit(_ event: AuditEvent) async throws { contents.withLock { $0.audit.append(event) } }
    func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent] { throw Self.locked }
    let auditSealer = AuditSealer(key: .random())
    func auditChain(afterID: Int64, limit: Int) async throws -> [AuditChainEntry] { throw Self.locked }

    func appendTraffic(_ records: [TrafficRecord]) async throws {}
    func traffic(afterID: Int64, limit: Int) async throws -> [TrafficRecord] { throw Self.locked }
    func recentTraffic(limit: Int) async throws -> [TrafficRecord] { [] }
    func pruneTraffic(keeping: Int, maximumBytes: Int) async throws {}

    func breakerStatus(idpID: UUID) async throws -> BreakerStatus { BreakerStatus(idpID: idpID) }
    func saveBreakerPolicy(_ policy: BreakerPolicy, idpID: UUID, audit: AuditEvent) async throws { throw Self.locked }
    func tripBreaker(idpID: UUID, at date: Date, reason: String, audit: AuditEvent) async throws -> Bool { throw Self.locked }
    func releaseBreaker(idpID: UUID, at date: Date, audit: AuditEvent) async throws -> Int { throw Self.locked }
    func admitReleased(idpID: UUID, kind: HeldOperation.Kind, resourceID: String, at date: Date) async throws -> Bool { false }
    func hold(_ operation: HeldOperation) async throws { throw Self.locked }
    func heldOperations(idpID: UUID?) async throws -> [HeldOperation] { [] }
    func deprovisioningCount(idpID: UUID, since date: Date) async throws -> DeprovisioningCount { throw Self.locked }
    func activeUserCount(idpID: UUID, upTo limit: Int) async throws -> Int { throw Self.locked }
}

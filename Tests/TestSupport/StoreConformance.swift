import Foundation
import Provisioning
import Testing

/// The behaviour every `Store` implementation must show, as a list of independent checks.
///
/// A store target runs them all with one parameterized test:
/// ```swift
/// @Test(arguments: StoreConformance.checks)
/// func conformance(_ check: StoreConformance.Check) async throws {
///     try await StoreConformance.run(check) { try await makeStoreUnderTest() }
/// }
/// ```
/// Every check gets a fresh, empty store and uses only the `Store` protocols, so the SQLite and
/// PostgreSQL stores are held to the same contract.
public enum StoreConformance {
    /// One named behaviour.
    public struct Check: Sendable, CustomTestStringConvertible {
        public let name: String
        let body: @Sendable (any Store) async throws -> Void

        init(_ name: String, _ body: @escaping @Sendable (any Store) async throws -> Void) {
            self.name = name
            self.body = body
        }

        public var testDescription: String { name }
    }

    /// An empty store plus how to dispose of it after the check.
    public struct Subject: Sendable {
        public let store: any Store
        public let tearDown: @Sendable () async throws -> Void

        public init(store: any Store, tearDown: @escaping @Sendable () async throws -> Void) {
            self.store = store
            self.tearDown = tearDown
        }
    }

    public static var checks: [Check] {
        identityProviderChecks + tokenChecks + userChecks + filterChecks + valueFilterChecks
            + pagingChecks + groupChecks + membershipChecks + tombstoneChecks + relinkRaceChecks + adminChecks + auditChecks + trafficChecks
            + breakerChecks
    }

    /// Runs `check` on a fresh subject and tears it down, also when the check throws.
    public static func run(_ check: Check, on makeSubject: () async throws -> Subject) async throws {
        let subject = try await makeSubject()
        do {
            try await check.body(subject.store)
        } catch {
            try? await subject.tearDown()
            throw error
        }
        try await subject.tearDown()
    }
}

extension StoreConformance {
    /// Records an issue unless `body` throws `StoreError.unsupportedQuery`.
    static func expectUnsupported(
        _ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        do {
            try await body()
            Issue.record("expected StoreError.unsupportedQuery, nothing was thrown", sourceLocation: sourceLocation)
        } catch let error as StoreError {
            guard case .unsupportedQuery = error else {
                Issue.record("expected StoreError.unsupportedQuery, got \(error)", sourceLocation: sourceLocation)
                return
            }
        } catch {
            Issue.record("expected StoreError.unsupportedQuery, got \(error)", sourceLocation: sourceLocation)
        }
    }

    /// An IdP inserted into `store`.
    static func makeIdP(_ store: any Store, _ name: String = "Okta") async throws -> IdentityProvider {
        let idp = StoreFixtures.idp(name)
        try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded, idp: idp))
        return idp
    }

    /// Users inserted into `store`, in order.
    @discardableResult
    static func insert(_ store: any Store, _ users: [User]) async throws -> [User] {
        for user in users {
            try await store.insertUser(user, audit: StoreFixtures.audit(.userCreated, resourceID: user.id))
        }
        return users
    }

    static func insertGroup(_ store: any Store, _ group: Group, members: [String] = []) async throws -> MembershipDelta {
        try await store.insertGroup(group, members: members) { _ in [StoreFixtures.audit(.groupCreated, resourceID: group.id)] }
    }

    /// The userNames a user filter selects, in the store's order.
    static func userNames(_ store: any Store, _ idp: IdentityProvider?, _ filter: Filter?, sort: SortSpec? = nil) async throws -> [String] {
        try await store.users(idpID: idp?.id, query: ListQuery(filter: filter, sort: sort, count: 1_000)).items.map(\.profile.userName)
    }
}

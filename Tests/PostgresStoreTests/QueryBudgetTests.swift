import Foundation
import Provisioning
import TestSupport
import Testing

@testable import PostgresStore

/// List reads on PostgreSQL keep the same bounds as on SQLite: each stops at its time budget with
/// `StoreError.unsupportedQuery` naming it (400 `invalidFilter`), and each IdP runs at most two at once.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"), .timeLimit(.minutes(3)))
struct QueryBudgetTests {
    /// Sixty `co` terms on an unindexed attribute: every row's document is read sixty times.
    static let costly = (1..<60).reduce(Filter.comparison(AttributePath(attribute: "title"), .co, .string("t0"))) { filter, index in
        .or(filter, .comparison(AttributePath(attribute: "title"), .co, .string("no-match-\(index)")))
    }

    @Test("a list read over its budget is stopped with an error naming the budget, and the connection serves the next read")
    func overBudget() async throws {
        try await withPostgresStore { store, database, cluster in
            let idp = try await Self.users(20_000, in: store, database: database, cluster: cluster)
            store.queryBudget = .milliseconds(1)
            do {
                let page = try await store.users(idpID: idp.id, query: ListQuery(filter: Self.costly))
                Issue.record("a read past a 1 ms budget was not stopped: \(page.totalResults) results")
            } catch StoreError.unsupportedQuery(let detail) {
                #expect(detail.contains("time budget of 1 ms"), "\(detail)")
            }
            store.queryBudget = .seconds(60)
            // Every pooled connection is used again; none keeps the stopped read's timeout.
            for _ in 0..<8 {
                #expect(try await store.users(idpID: idp.id, query: ListQuery(filter: Self.costly)).totalResults == 20_001)
            }
        }
    }

    /// Users copied in by SQL (the store's inserts would take minutes), all with title t0…
    static func users(_ count: Int, in store: PostgresStore, database: String, cluster: PostgresCluster) async throws -> IdentityProvider {
        let idp = StoreFixtures.idp("Okta")
        try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        try await store.insertUser(
            StoreFixtures.user("seed@example.com", idp: idp, core: [("title", .string("t0"))]), audit: StoreFixtures.audit(.userCreated))
        _ = try await cluster.sql(
            """
            INSERT INTO users (id, idp_id, user_name, user_name_key, active, document, created, last_modified, version)
            SELECT id || '-' || g, idp_id, g || user_name, g || user_name_key, active, document, created, last_modified, version
            FROM users, generate_series(1, \(count)) g
            """, database: database)
        return idp
    }
}

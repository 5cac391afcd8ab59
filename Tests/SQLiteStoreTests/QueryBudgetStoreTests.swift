import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

/// The store's read budget at its own level: an overrun is `StoreError.unsupportedQuery` naming the
/// budget, and the connection it stopped serves the next read as if nothing happened.
@Suite struct QueryBudgetStoreTests {
    @Test func aReadOverItsBudgetIsStoppedWithAnErrorThatNamesIt() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let store = subject.store
        let idp = StoreFixtures.idp("Okta")
        try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded, idp: idp))
        let users = (0..<300).map { StoreFixtures.user("u\($0)@example.com", idp: idp, core: [("title", .string("t\($0)"))]) }
        try await store.importUsers(users, audit: StoreFixtures.audit(.userCreated, idp: idp))
        let filter = Filter.comparison(AttributePath(attribute: "title"), .co, .string("t29"))
        store.queryBudget = .milliseconds(0)
        do {
            _ = try await store.users(idpID: idp.id, query: ListQuery(filter: filter))
            Issue.record("a read past a zero budget was not stopped")
        } catch StoreError.unsupportedQuery(let detail) {
            #expect(detail.contains("time budget of 0 s"), "\(detail)")
        }
        store.queryBudget = .seconds(30)
        // Four read queues: each stopped connection is used again, and answers correctly.
        for _ in 0..<8 {
            #expect(try await store.users(idpID: idp.id, query: ListQuery(filter: filter)).totalResults == 11)
        }
        try store.close()
    }
}

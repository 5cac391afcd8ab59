import Foundation
import GRDB
import Provisioning
@_spi(Diagnostics) import SQLiteStore
import TestSupport
import Testing

/// An unfiltered user list takes its total from the per-IdP counter; the counter must always equal
/// the rows, whatever was created, deleted or moved, and a database migrated with users in it starts right.
@Suite struct UserCountTests {
    @Test func theTotalOfAnUnfilteredListIsTheNumberOfRows() async throws {
        let subject = try SQLiteSubject()
        let okta = StoreFixtures.idp("Okta"), entra = StoreFixtures.idp("Entra", kind: .entra)
        for idp in [okta, entra] {
            try await subject.store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded, idp: idp))
        }
        var ids: [UUID: [String]] = [:]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<120 {
            let idp = Bool.random(using: &generator) ? okta : entra
            if round % 3 == 2, var known = ids[idp.id], !known.isEmpty {
                let id = known.remove(at: Int.random(in: 0..<known.count, using: &generator))
                ids[idp.id] = known
                try await subject.store.deleteUser(id: id, idpID: idp.id, audit: StoreFixtures.audit(.userDeleted, idp: idp))
            } else {
                let user = StoreFixtures.user("user\(round)@example.com", idp: idp)
                try await subject.store.insertUser(user, audit: StoreFixtures.audit(.userCreated, idp: idp))
                ids[idp.id, default: []].append(user.id)
            }
            for idp in [okta, entra] {
                let page = try await subject.store.users(idpID: idp.id, query: ListQuery(startIndex: 1, count: 0))
                #expect(page.totalResults == ids[idp.id, default: []].count)
            }
        }
        // The counter's rows against a COUNT, through a plain connection.
        try subject.store.close()
        let check = try DatabaseQueue(path: subject.path)
        let mismatches = try await check.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM (SELECT idp_id, COUNT(*) AS n FROM users GROUP BY idp_id) counted
                    LEFT JOIN user_counts USING (idp_id) WHERE user_counts.users IS NOT counted.n
                    """)
        }
        #expect(mismatches == 0)
        try check.close()
        subject.directory.remove()
    }

    @Test func theCountReadsOneRowInsteadOfTheIndex() async throws {
        let subject = try SQLiteSubject()
        let plan = try subject.store.usersCountPlan(idpID: UUID(), query: ListQuery(startIndex: 1, count: 10))
        #expect(plan.contains { $0.contains("user_counts") }, "\(plan)")
        #expect(!plan.contains { $0.contains("users_by_idp") }, "\(plan)")
        let named = Filter.comparison(AttributePaths.userName, .eq, .string("ada"))
        let filtered = try subject.store.usersCountPlan(idpID: UUID(), query: ListQuery(filter: named, startIndex: 1, count: 10))
        #expect(!filtered.contains { $0.contains("user_counts") }, "\(filtered)")
        try subject.store.close()
        subject.directory.remove()
    }
}

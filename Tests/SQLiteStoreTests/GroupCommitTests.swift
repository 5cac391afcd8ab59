import Foundation
import Provisioning
import TestSupport
import Testing

@_spi(Diagnostics) @testable import SQLiteStore

/// The write coalescer: concurrent writes share transactions, and one failure stays its own.
@Suite struct GroupCommitTests {
    @Test func concurrentInsertsWithDuplicatesHaveExactOutcomes() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let store = subject.store
        let idp = StoreFixtures.idp("Okta")
        try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        // 150 distinct userNames, and 50 case variants of the first 50: 200 concurrent inserts.
        let users =
            (0..<150).map { StoreFixtures.user("user\($0)@example.com", idp: idp) }
            + (0..<50).map { StoreFixtures.user("USER\($0)@EXAMPLE.COM", idp: idp) }
        let outcomes = await withTaskGroup(of: (Int, Result<Void, StoreError>).self) { group in
            for (index, user) in users.enumerated() {
                group.addTask {
                    do {
                        try await store.insertUser(user, audit: StoreFixtures.audit(.userCreated, resourceID: user.id))
                        return (index, .success(()))
                    } catch let error as StoreError {
                        return (index, .failure(error))
                    } catch {
                        return (index, .failure(.unavailable("\(error)")))
                    }
                }
            }
            var outcomes: [Int: Result<Void, StoreError>] = [:]
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes
        }
        let succeeded = Set(outcomes.filter { if case .success = $0.value { true } else { false } }.keys)
        let failures = outcomes.compactMap { if case .failure(let error) = $0.value { error } else { nil } }
        #expect(succeeded.count == 150)
        #expect(failures == Array(repeating: .duplicate(constraint: "user.userName"), count: 50))
        for index in 0..<50 {
            #expect(succeeded.contains(index) != succeeded.contains(150 + index), "exactly one of pair \(index)")
        }
        for index in 50..<150 { #expect(succeeded.contains(index)) }
        // Exactly the acknowledged users, each with its own audit event, and nothing else.
        let stored = try await store.users(idpID: idp.id, query: ListQuery(count: 1_000)).items.map(\.id)
        #expect(Set(stored) == Set(succeeded.map { users[$0].id }))
        let audited = try await store.auditEvents(AuditQuery(limit: 1_000)).filter { $0.action == .userCreated }.compactMap(\.resourceID)
        #expect(Set(audited) == Set(stored) && audited.count == 150)
        let counts = store.groupCommitCounts
        print("group commit: \(counts.requests) requests in \(counts.transactions) transactions")
        #expect(counts.requests == 201)
        #expect(counts.transactions < counts.requests)
        try store.close()
    }

    @Test func acknowledgedWritesAreVisibleToOtherConnections() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let idp = StoreFixtures.idp("Okta")
        try await subject.store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        let other = try SQLiteStore(path: subject.path)
        #expect(try await other.identityProvider(id: idp.id) == idp)
        try other.close()
        try subject.store.close()
    }

    @Test func writesAfterCloseAreRefused() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        try subject.store.close()
        await #expect(throws: StoreError.unavailable("the store is closed")) {
            try await subject.store.appendAudit(StoreFixtures.audit(.adminAdded))
        }
        await #expect(throws: StoreError.self) {
            _ = try await subject.store.identityProviders()
        }
    }
}

/// A failing request is rolled back to its own savepoint, whatever it wrote before failing, while
/// the requests sharing its transaction commit.
@Suite struct SavepointTests {
    @Test func aFailingRequestLeavesNothingBehind() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let store = subject.store
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    do {
                        try await store.write { db in
                            try AuditRow.insert(StoreFixtures.audit(.adminAdded, summary: "request \(index)"), in: db)
                            if index.isMultiple(of: 4) { throw StoreError.notFound }
                        }
                        #expect(!index.isMultiple(of: 4))
                    } catch {
                        #expect(error as? StoreError == .notFound && index.isMultiple(of: 4))
                    }
                }
            }
            try await group.waitForAll()
        }
        let summaries = Set(try await store.auditEvents(AuditQuery(limit: 100)).map(\.summary))
        #expect(summaries == Set((0..<20).filter { !$0.isMultiple(of: 4) }.map { "request \($0)" }))
        try store.close()
    }
}

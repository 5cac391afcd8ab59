import Foundation
import GRDB
import Provisioning
import SQLiteStore
import TestSupport
import Testing

/// Token lookups are kept in memory, yet a change made through another connection (another process,
/// or the sqlite3 shell) is seen by the very next lookup.
@Suite struct TokenCacheTests {
    /// Two stores on one file: `listener` verifies tokens as `serve` does, `other` changes them as the CLI does.
    struct TwoStores {
        let subject: SQLiteSubject
        let other: SQLiteStore
        var listener: SQLiteStore { subject.store }

        init() throws {
            subject = try SQLiteSubject()
            other = try SQLiteStore(path: subject.path)
        }

        func close() throws {
            try other.close()
            try listener.close()
            subject.directory.remove()
        }
    }

    @Test func aRevokeThroughAnotherStoreIsSeenOnTheNextLookup() async throws {
        let stores = try TwoStores()
        let idp = try await IdentityProviderService(store: stores.other).add(name: "Okta", kind: .okta, by: .cli)
        let issued = try await TokenService(store: stores.other).generate(for: idp, by: .cli)
        let verifier = TokenService(store: stores.listener)
        for _ in 0..<3 {
            guard case .valid(let found) = try await verifier.verify(secret: issued.secret.text) else {
                Issue.record("a working token was refused")
                return
            }
            #expect(found.id == idp.id)
        }
        try await TokenService(store: stores.other).revoke(for: idp, by: .cli)
        guard case .revoked = try await verifier.verify(secret: issued.secret.text) else {
            Issue.record("a token revoked elsewhere was still accepted")
            return
        }
        try stores.close()
    }

    @Test func anIdPChangedThroughAnotherStoreIsSeenOnTheNextLookup() async throws {
        let stores = try TwoStores()
        let service = IdentityProviderService(store: stores.other)
        let idp = try await service.add(name: "Okta", kind: .okta, by: .cli)
        let issued = try await TokenService(store: stores.other).generate(for: idp, by: .cli)
        #expect(try await stores.listener.token(hash: issued.token.hash)?.1.name == "Okta")
        let renamed = try await service.rename(idp, to: "Okta EU", by: .cli)
        #expect(try await stores.listener.token(hash: issued.token.hash)?.1.name == "Okta EU")
        _ = try await service.setRateLimit(RateLimit(requestsPerSecond: 7), for: renamed, by: .cli)
        #expect(try await stores.listener.token(hash: issued.token.hash)?.1.rateLimit == RateLimit(requestsPerSecond: 7))
        try stores.close()
    }

    @Test func anEditInTheSQLiteShellIsSeenToo() async throws {
        let stores = try TwoStores()
        let idp = try await IdentityProviderService(store: stores.other).add(name: "Okta", kind: .okta, by: .cli)
        let issued = try await TokenService(store: stores.other).generate(for: idp, by: .cli)
        #expect(try await stores.listener.token(hash: issued.token.hash)?.0.revoked == nil)
        // A plain connection, without ScimDesk's functions, as the sqlite3 shell would open it.
        let shell = try DatabaseQueue(path: stores.subject.path)
        try await shell.write { db in try db.execute(sql: "UPDATE tokens SET revoked = 1000") }
        try shell.close()
        #expect(try await stores.listener.token(hash: issued.token.hash)?.0.revoked == Date(timeIntervalSince1970: 1000))
        try stores.close()
    }

    @Test func aRecordedUseIsKeptSoVerificationStaysARead() async throws {
        let subject = try SQLiteSubject()
        let idp = try await IdentityProviderService(store: subject.store).add(name: "Okta", kind: .okta, by: .cli)
        let issued = try await TokenService(store: subject.store).generate(for: idp, by: .cli)
        #expect(try await subject.store.token(hash: issued.token.hash)?.0.lastUsed == nil)
        let used = Date(timeIntervalSince1970: 1_800_000_000)
        try await subject.store.recordTokenUse(id: issued.token.id, at: used)
        #expect(try await subject.store.token(hash: issued.token.hash)?.0.lastUsed == used)
        try subject.store.close()
        subject.directory.remove()
    }
}

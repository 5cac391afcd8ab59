import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// Every request becomes a traffic record with a sentence of what it did; no token, no password.
@Suite struct TrafficRecordingTests {
    @Test func requestsAreRecordedInWordsWithoutSecrets() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            _ = try await okta.send("POST", "/Users", json: OktaBodies.createUser("ada@example.com"))
            _ = try await okta.send("GET", "/Users?filter=\(encodedFilter("userName eq \"nobody@example.com\""))")
            _ = try await listener.client(token: "scimdesk_wrong").send("GET", "/Users")
            await listener.recorder.flush()
            let records = try await listener.store.recentTraffic(limit: 10)
            #expect(records.count == 3)
            let create = try #require(records.first { $0.method == "POST" })
            #expect(create.summary == "created user ada@example.com")
            #expect(create.status == 201)
            #expect(create.idpID == idp.id)
            #expect(create.requestBody?.contains("1mz050nq") == false)
            #expect(create.requestBody?.contains("[redacted]") == true)
            #expect(records.contains { $0.summary == "lookup: no user matched" })
            #expect(records.contains { $0.status == 401 && $0.summary == "rejected: unknown token" })
            for record in records {
                #expect(!String(describing: record).contains(token))
            }
        }
    }
}

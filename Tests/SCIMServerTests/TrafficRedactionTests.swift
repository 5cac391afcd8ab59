import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// Traffic records skip the JSON round trip for bodies that cannot hold a password, and still catch
/// the ones that can, however the key is spelled.
@Suite struct TrafficRedactionTests {
    @Test func passwordsAreRedactedInAnyCaseAndEscapedSpelling() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let escaped =
                #"{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada@example.com","p\u0061ssword":"s3cret-one"}"#
            #expect(try await okta.send("POST", "/Users", body: Data(escaped.utf8)).status == 201)
            let shouted =
                #"{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bob@example.com","PASSWORD":"s3cret-two"}"#
            #expect(try await okta.send("POST", "/Users", body: Data(shouted.utf8)).status == 201)
            let plain = #"{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],  "userName":"eve@example.com"}"#
            #expect(try await okta.send("POST", "/Users", body: Data(plain.utf8)).status == 201)
            await listener.recorder.flush()
            let bodies = try await listener.store.recentTraffic(limit: 10).compactMap(\.requestBody)
            #expect(bodies.count == 3)
            #expect(!bodies.contains { $0.contains("s3cret") })
            // A body without a password is kept exactly as sent (no re-serialization).
            #expect(bodies.contains(plain))
        }
    }
}

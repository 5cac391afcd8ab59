import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// What support needs from a traffic record: where the request came from, which client sent it,
/// and its headers, with the bearer token never among them.
@Suite struct TrafficClientTests {
    @Test func recordsAddressUserAgentAndRedactedHeaders() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            _ = try await listener.client(token: token).send("GET", "/Users?count=1")
            _ = try await listener.client(authorization: "Basic b2t0YTpzZWNyZXQ=").send("GET", "/Users")
            await listener.recorder.flush()
            let records = try await listener.store.recentTraffic(limit: 10)
            let bearer = try #require(records.first { $0.status == 200 })
            #expect(bearer.remoteAddress == "127.0.0.1")
            #expect(bearer.userAgent == "Okta SCIM Client 1.0.0")
            let headers = try #require(bearer.requestHeaders)
            #expect(headers.contains("Authorization: Bearer [redacted]"))
            #expect(headers.contains("User-Agent: Okta SCIM Client 1.0.0"))
            let basic = try #require(records.first { $0.status == 401 })
            #expect(basic.requestHeaders?.contains("Authorization: Basic [redacted]") == true)
            for record in records {
                #expect(!(record.requestHeaders ?? "").contains(token))
                #expect(!(record.requestHeaders ?? "").contains("b2t0YTpzZWNyZXQ="))
            }
        }
    }
}

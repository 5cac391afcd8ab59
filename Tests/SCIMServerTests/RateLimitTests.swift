import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import TestSupport
import Testing

/// Each IdP's rate limit and the limit on failed authentications answer 429 with an integer
/// `Retry-After` and a SCIM error, and touch no one else. The clock stands still unless a test moves
/// it, so the buckets refill only when the test says so.
@Suite struct RateLimitTests {
    static let errorSchema = "urn:ietf:params:scim:api:messages:2.0:Error"

    func statuses(_ client: SCIMHTTPClient, _ count: Int) async throws -> [Int] {
        var statuses: [Int] = []
        for _ in 0..<count { statuses.append(try await client.send("GET", "/Users?count=1").status) }
        return statuses
    }

    @Test func anIdPOverItsLimitGets429WithRetryAfterWhileAnotherIdPIsServed() async throws {
        let clock = TestClock()
        try await withLiveListener(clock: clock.wall) { listener in
            let (okta, oktaToken) = try await listener.addIdentityProvider("Okta")
            let (_, entraToken) = try await listener.addIdentityProvider("Entra", kind: .entra)
            _ = try await IdentityProviderService(store: listener.store).setRateLimit(RateLimit(requestsPerSecond: 2), for: okta, by: .cli)
            let oktaClient = listener.client(token: oktaToken)
            // A burst of ten seconds' worth (20), then nothing until the clock moves.
            #expect(try await statuses(oktaClient, 20) == Array(repeating: 200, count: 20))
            let throttled = try await oktaClient.send("GET", "/Users?count=1")
            #expect(throttled.status == 429, "\(throttled.text)")
            #expect(throttled.header("Retry-After") == "1")
            #expect((throttled.json?["schemas"] as? [String]) == [Self.errorSchema])
            #expect(throttled.json?["status"] as? String == "429")
            let detail = throttled.json?["detail"] as? String ?? ""
            #expect(detail.contains("Okta") && detail.contains("2/s") && detail.contains("--rate-limit"), "\(detail)")
            #expect(try await statuses(listener.client(token: entraToken), 5) == Array(repeating: 200, count: 5))
            clock.advance(by: 1)
            #expect(try await statuses(oktaClient, 3) == [200, 200, 429])
        }
    }

    @Test func theStandardLimitTakesABurstOfSeveralHundredRequests() async throws {
        let clock = TestClock()
        try await withLiveListener(clock: clock.wall) { listener in
            let (idp, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            #expect(idp.rateLimit == .standard)
            // Eight clients at once: allow for a loaded machine.
            let client = SCIMHTTPClient(baseURL: listener.baseURL, bearerToken: token, timeout: 120)
            let all = try await withThrowingTaskGroup(of: [Int].self) { group in
                for _ in 0..<8 { group.addTask { try await statuses(client, 50) } }
                return try await group.reduce(into: [Int]()) { $0 += $1 }
            }
            #expect(all.count == 400 && all.allSatisfy { $0 == 200 }, "\(Set(all))")
        }
    }

    @Test func withRateLimitingOffNothingIsThrottled() async throws {
        let clock = TestClock()
        try await withLiveListener(clock: clock.wall, configure: { $0.rateLimiting = false }) { listener in
            let (okta, token) = try await listener.addIdentityProvider("Okta")
            _ = try await IdentityProviderService(store: listener.store).setRateLimit(RateLimit(requestsPerSecond: 1), for: okta, by: .cli)
            #expect(try await statuses(listener.client(token: token), 30) == Array(repeating: 200, count: 30))
            #expect(try await statuses(listener.client(token: "wrong"), 30) == Array(repeating: 401, count: 30))
        }
    }

    @Test func anAddressThatKeepsFailingToAuthenticateGets429AndAValidTokenStillWorks() async throws {
        let clock = TestClock()
        try await withLiveListener(clock: clock.wall) { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let wrong = listener.client(token: "not-a-scimdesk-token")
            #expect(try await statuses(wrong, 20) == Array(repeating: 401, count: 20))
            let throttled = try await wrong.send("GET", "/Users")
            #expect(throttled.status == 429, "\(throttled.text)")
            #expect(throttled.header("Retry-After") == "1")
            #expect(throttled.json?["status"] as? String == "429")
            #expect(try await listener.client(authorization: nil).send("GET", "/Users").status == 429)
            // Only failures count: the IdP behind the same address is served.
            #expect(try await statuses(listener.client(token: token), 3) == [200, 200, 200])
            clock.advance(by: 1)
            #expect(try await statuses(wrong, 2) == [401, 429])
        }
    }
}

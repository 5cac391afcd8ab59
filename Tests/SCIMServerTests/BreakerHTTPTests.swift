import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// The mass-deprovisioning breaker as Okta meets it: 503 with an integer Retry-After and a detail its
/// admin can act on, everything else flowing, and held requests going through after a release.
@Suite struct BreakerHTTPTests {
    @Test func aMassDeactivationIsHeldAndReleased() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let breaker = DeprovisioningBreaker(store: listener.store)
            try await breaker.setPolicy(try BreakerPolicy(parsing: "users=3"), for: idp, by: .cli)
            let okta = listener.client(token: token)
            var ids: [String] = []
            for index in 0..<6 {
                let created = try await okta.send("POST", "/Users", json: OktaBodies.createUser("p\(index)@example.com"))
                ids.append(try #require(created.json?.string("id")))
            }
            for id in ids.prefix(3) {
                #expect(try await okta.send("PATCH", "/Users/\(id)", json: OktaBodies.setActive(false)).status == 200)
            }
            let held = try await okta.send("PATCH", "/Users/\(ids[3])", json: OktaBodies.setActive(false))
            #expect(held.status == 503)
            #expect(held.header("Retry-After").flatMap(Int.init) == DeprovisioningBreaker.retryAfterSeconds)
            #expect(held.json?.string("status") == "503")
            let detail = held.json?.string("detail") ?? ""
            #expect(detail.contains("holding deactivations and deletions from Okta"), "\(detail)")
            #expect(detail.contains("exceeded the limit of 3"), "\(detail)")
            #expect(try await okta.send("DELETE", "/Users/\(ids[4])").status == 503)

            // While it holds: creates, updates, reactivations and group pushes flow.
            #expect(try await okta.send("POST", "/Users", json: OktaBodies.createUser("late@example.com")).status == 201)
            #expect(try await okta.send("PATCH", "/Users/\(ids[0])", json: OktaBodies.setActive(true)).status == 200)
            #expect(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Still", members: [ids[5]])).status == 201)
            #expect(try await okta.send("GET", "/Users/\(ids[3])").json?.bool("active") == true, "nothing held is applied")

            try await breaker.release(idp, by: .console)
            #expect(try await okta.send("PATCH", "/Users/\(ids[3])", json: OktaBodies.setActive(false)).status == 200)
            #expect(try await okta.send("DELETE", "/Users/\(ids[4])").status == 204)
            await listener.recorder.flush()
            let traffic = try await listener.store.recentTraffic(limit: 50)
            #expect(traffic.contains { $0.status == 503 && $0.summary.contains("holding") })
        }
    }
}

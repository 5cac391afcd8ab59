import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// A console admin's account is not the IdP's to change: 200 with the stored resource, drift in the audit log.
@Suite struct ProtectedAdminTests {
    @Test func writesToAProtectedAdminAreNotAppliedAndAreLoggedAsDrift() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let created = try #require(
                try await okta.send(
                    "POST", "/Users", json: OktaBodies.createEnterpriseUser("root@example.com", department: "IT", division: "HQ")
                ).json)
            let id = try #require(created.string("id"))
            _ = try await AdminService(store: listener.store).add(username: "root", email: "ROOT@example.com", by: .cli)

            let deactivate = try await okta.send("PATCH", "/Users/\(id)", json: OktaBodies.setActive(false))
            #expect(deactivate.status == 200)
            #expect(deactivate.json?.bool("active") == true)
            #expect(deactivate.header("ETag") == "W/\"1\"")

            var put = try #require(try await okta.send("GET", "/Users/\(id)").json)
            put[OktaBodies.enterpriseSchema] = ["department": "Sales"]
            let replaced = try await okta.send("PUT", "/Users/\(id)", json: put)
            #expect(replaced.status == 200)
            #expect((replaced.json?[OktaBodies.enterpriseSchema] as? [String: Any])?["department"] as? String == "IT")

            let drift = try await listener.store.auditEvents(AuditQuery(resourceID: id)).filter { $0.action == .protectedDrift }
            #expect(drift.count == 2)
            #expect(drift.contains { $0.summary.contains("active true → false") && $0.summary.contains("kept") })
            #expect(drift.contains { $0.summary.contains("department \"IT\" → \"Sales\"") })
        }
    }

    @Test func anIdPCannotCreateOrRenameIntoAnAdminsIdentity() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            _ = try await AdminService(store: listener.store).add(username: "boss", email: "boss@example.com", by: .cli)
            let create = try await okta.send("POST", "/Users", json: OktaBodies.createUser("Boss@Example.com"))
            #expect(create.status == 409)
            #expect(create.json?.string("detail")?.contains("protected") == true)

            let id = try #require(
                try await okta.send("POST", "/Users", json: OktaBodies.createUser("intern@example.com")).json?.string("id"))
            let takeover = try await okta.send(
                "PATCH", "/Users/\(id)",
                json: OktaBodies.patch([
                    ["op": "replace", "path": "userName", "value": "boss"]
                ]))
            #expect(takeover.status == 200)
            #expect(takeover.json?.string("userName") == "intern@example.com")
        }
    }
}

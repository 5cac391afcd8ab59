import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// docs/idp-wire.md §2 and §8: the user requests Okta sends, replayed against a real listener.
@Suite struct OktaUserFlowTests {
    @Test func connectionTestListsUsersWithIntegerCounts() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            _ = try await okta.send("POST", "/Users", json: OktaBodies.createUser("seed@example.com"))
            let response = try await okta.send("GET", "/Users?startIndex=1&count=2")
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/scim+json; charset=utf-8")
            let body = try #require(response.json)
            #expect(body["schemas"] as? [String] == ["urn:ietf:params:scim:api:messages:2.0:ListResponse"])
            #expect(body.int("totalResults") == 1)
            #expect(body.int("startIndex") == 1)
            #expect(body.int("itemsPerPage") == 1)
            #expect(body.array("Resources").first?.string("userName") == "seed@example.com")
        }
    }

    @Test(arguments: [false, true])
    func lookupMissIsAnEmptyList(plusForSpace: Bool) async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let filter = encodedFilter("userName eq \"test.user@okta.local\"", plusForSpace: plusForSpace)
            let response = try await listener.client(token: token).send("GET", "/Users?filter=\(filter)&startIndex=1&count=100")
            #expect(response.status == 200)
            let body = try #require(response.json)
            #expect(body.int("totalResults") == 0)
            #expect(body.int("itemsPerPage") == 0)
            #expect(body.array("Resources").isEmpty)
        }
    }

    @Test func createReturnsTheFullUserAndACaseVariantConflicts() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let created = try await okta.send("POST", "/Users", json: OktaBodies.createUser("Test.User@okta.local"))
            #expect(created.status == 201)
            let user = try #require(created.json)
            let id = try #require(user.string("id"))
            #expect(user.string("userName") == "Test.User@okta.local")
            #expect(user["password"] == nil)
            #expect(user.string("meta.resourceType") == "User")
            #expect(user.string("meta.location")?.hasSuffix("/Users/\(id)") == true)
            #expect(created.header("Location")?.hasSuffix("/Users/\(id)") == true)
            #expect(created.header("ETag") == "W/\"1\"")
            #expect(user.bool("active") == true)
            #expect(user.string("externalId") == "00ujl29u0le5T6Aj10h7")

            let duplicate = try await okta.send("POST", "/Users", json: OktaBodies.createUser("TEST.USER@OKTA.LOCAL"))
            #expect(duplicate.status == 409)
            let error = try #require(duplicate.json)
            #expect(error.string("status") == "409")
            #expect(error.string("scimType") == "uniqueness")
            #expect(error["schemas"] as? [String] == [OktaBodies.errorSchema])

            let filter = encodedFilter("userName eq \"TEST.USER@OKTA.LOCAL\"")
            let lookup = try await okta.send("GET", "/Users?filter=\(filter)&startIndex=1&count=100")
            #expect(lookup.json?.int("totalResults") == 1)
            #expect(lookup.json?.array("Resources").first?.string("id") == id)
        }
    }

    @Test func enterpriseAttributesAreStoredAndFilterable() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let created = try await okta.send(
                "POST", "/Users", json: OktaBodies.createEnterpriseUser("a.b@example.com", department: "Sales", division: "EMEA")
            )
            #expect(created.status == 201)
            let body = try #require(created.json)
            #expect(body.string("\(OktaBodies.enterpriseSchema).department") == nil)  // dotted URN is not a path
            let ext = body[OktaBodies.enterpriseSchema] as? [String: Any]
            #expect(ext?["department"] as? String == "Sales")
            #expect(body.string("title") == "Account Executive")
            let stored = try #require(try await listener.store.user(id: body.string("id")!, idpID: idp.id))
            #expect(stored.profile.department == "Sales")
            #expect(stored.profile.division == "EMEA")
            #expect(stored.profile.email == "a.b@example.com")
            #expect(stored.profile.displayName == "A B")  // given + family when none is sent
            #expect(stored.profile.effectiveDisplayName == "A B")

            let filter = encodedFilter("\(OktaBodies.enterpriseSchema):department eq \"sales\"")
            let found = try await okta.send("GET", "/Users?filter=\(filter)")
            #expect(found.json?.int("totalResults") == 1)
        }
    }

    @Test func profileUpdateEchoesServerFieldsAndUnknownIdsAreNotCreated() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let created = try #require(try await okta.send("POST", "/Users", json: OktaBodies.createUser("test.user@okta.local")).json)
            let id = try #require(created.string("id"))
            var echoed = try #require(try await okta.send("GET", "/Users/\(id)").json)
            echoed["name"] = ["givenName": "Another", "middleName": "Excited", "familyName": "User", "formatted": "x"]
            echoed["password"] = "TkdFNVdIVkxhM2c9"
            echoed["locale"] = "en_US"
            echoed["nickName"] = "Exci"
            let updated = try await okta.send("PUT", "/Users/\(id)", json: echoed)
            #expect(updated.status == 200)
            #expect(updated.json?.string("name.givenName") == "Another")
            #expect(updated.json?.string("nickName") == "Exci")
            #expect(updated.json?["password"] == nil)
            #expect(updated.header("ETag") == "W/\"2\"")

            var empty = echoed
            empty["name"] = ["middleName": ""]
            #expect(try await okta.send("PUT", "/Users/\(id)", json: empty).status == 200)

            let missing = try await okta.send("PUT", "/Users/does-not-exist", json: echoed)
            #expect(missing.status == 404)
            #expect(missing.json?.string("status") == "404")
            #expect(try await listener.store.users(idpID: idp.id, query: ListQuery()).totalResults == 1)
        }
    }

    @Test func oinDeactivationIsSoftAndReactivationKeepsTheId() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let id = try #require(
                try await okta.send("POST", "/Users", json: OktaBodies.createUser("test.user@okta.local")).json?.string("id"))
            let deactivated = try await okta.send("PATCH", "/Users/\(id)", json: OktaBodies.setActive(false))
            #expect(deactivated.status == 200)
            #expect(deactivated.json?.bool("active") == false)

            let filter = encodedFilter("userName eq \"test.user@okta.local\"")
            let lookup = try await okta.send("GET", "/Users?filter=\(filter)&startIndex=1&count=100")
            #expect(lookup.json?.int("totalResults") == 1)
            #expect(lookup.json?.array("Resources").first?.bool("active") == false)
            #expect(try await okta.send("GET", "/Users/\(id)").status == 200)

            let reactivated = try await okta.send("PATCH", "/Users/\(id)", json: OktaBodies.setActive(true))
            #expect(reactivated.json?.bool("active") == true)
            #expect(reactivated.json?.string("id") == id)
        }
    }

    @Test func aiwDeactivationIsGetThenPut() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let id = try #require(try await okta.send("POST", "/Users", json: OktaBodies.createUser("aiw@example.com")).json?.string("id"))
            var body = try #require(try await okta.send("GET", "/Users/\(id)").json)
            body["active"] = false
            let put = try await okta.send("PUT", "/Users/\(id)", json: body)
            #expect(put.status == 200)
            #expect(put.json?.bool("active") == false)
            body["active"] = "True"  // an echo of a string boolean is tolerated
            #expect(try await okta.send("PUT", "/Users/\(id)", json: body).json?.bool("active") == true)
        }
    }

    @Test func ifMatchMismatchIsAPreconditionFailure() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let id = try #require(try await okta.send("POST", "/Users", json: OktaBodies.createUser("etag@example.com")).json?.string("id"))
            let body = try JSONSerialization.data(withJSONObject: OktaBodies.setActive(false))
            let stale = try await okta.send("PATCH", "/Users/\(id)", body: body, extraHeaders: ["If-Match": "W/\"7\""])
            #expect(stale.status == 412)
            let fresh = try await okta.send("PATCH", "/Users/\(id)", body: body, extraHeaders: ["If-Match": "W/\"1\""])
            #expect(fresh.status == 200)
        }
    }
}

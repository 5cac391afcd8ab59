import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// docs/idp-wire.md §5 and E10: every auth failure is a SCIM error that tells the IdP admin what to do.
@Suite struct AuthenticationTests {
    func expectUnauthorized(_ response: HTTPExchange, mentioning phrase: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == 401, sourceLocation: sourceLocation)
        #expect(response.header("WWW-Authenticate")?.hasPrefix("Bearer") == true, sourceLocation: sourceLocation)
        let body = response.json
        #expect(body?.string("status") == "401", sourceLocation: sourceLocation)
        #expect(body?["schemas"] as? [String] == [OktaBodies.errorSchema], sourceLocation: sourceLocation)
        let detail = body?.string("detail") ?? ""
        #expect(detail.contains(phrase), "detail was: \(detail)", sourceLocation: sourceLocation)
    }

    @Test func missingAndUnknownTokensAreRejected() async throws {
        try await withLiveListener { listener in
            _ = try await listener.addIdentityProvider("Okta")
            expectUnauthorized(try await listener.client(token: nil).send("GET", "/Users"), mentioning: "Missing bearer token")
            let filter = encodedFilter("userName eq \"X\"")
            expectUnauthorized(
                try await listener.client(authorization: "non-token").send("GET", "/Users?filter=\(filter)"),
                mentioning: "not a ScimDesk provisioning token"
            )
        }
    }

    @Test func schemeIsCaseInsensitiveAndABareTokenIsAccepted() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            #expect(try await listener.client(authorization: "bearer \(token)").send("GET", "/Users").status == 200)
            #expect(try await listener.client(authorization: "BEARER \(token)").send("GET", "/Users").status == 200)
            #expect(try await listener.client(authorization: token).send("GET", "/Users").status == 200)
        }
    }

    @Test func anExpiredTokenSaysWhenItExpiredAndHowToGetANewOne() async throws {
        let clock = TestClock()
        try await withLiveListener(clock: clock.wall) { listener in
            let idp = try await IdentityProviderService(store: listener.store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let issued = try await TokenService(store: listener.store, clock: clock.wall).generate(for: idp, by: .cli)
            clock.advance(by: 366 * 86_400)
            let response = try await listener.client(token: issued.secret.text).send("GET", "/Users?startIndex=1&count=2")
            expectUnauthorized(response, mentioning: "expired on \(issued.token.expires.minuteString)")
            expectUnauthorized(response, mentioning: "Generate Auto-Provisioning Token")
        }
    }

    @Test func aRevokedTokenFailsOnTheVeryNextRequest() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            #expect(try await okta.send("GET", "/Users").status == 200)
            try await TokenService(store: listener.store).revoke(for: idp, by: .cli)
            expectUnauthorized(try await okta.send("GET", "/Users"), mentioning: "was revoked")
        }
    }

    @Test func discoveryNeedsNoToken() async throws {
        try await withLiveListener { listener in
            let client = listener.client(token: nil)
            let config = try await client.send("GET", "/ServiceProviderConfig")
            #expect(config.status == 200)
            #expect(config.json?.bool("patch.supported") == true)
            #expect(config.json?.int("filter.maxResults") == 200)
            let schemas = try await client.send("GET", "/Schemas")
            let ids = schemas.json?.array("Resources").compactMap { $0.string("id") } ?? []
            #expect(Set(ids).isSuperset(of: [OktaBodies.userSchema, OktaBodies.enterpriseSchema, OktaBodies.groupSchema]))
            #expect(try await client.send("GET", "/Schemas/\(OktaBodies.userSchema)").status == 200)
            #expect(try await client.send("GET", "/ResourceTypes/User").json?.string("endpoint") == "/Users")
            #expect(try await client.send("POST", "/ServiceProviderConfig", json: [:]).status == 405)
            #expect(try await client.send("DELETE", "/Schemas").status == 405)
        }
    }
}

/// Every IdP sees only its own users and groups.
@Suite struct IsolationTests {
    @Test func anotherIdPsResourcesAreNotFound() async throws {
        try await withLiveListener { listener in
            let (_, oktaToken) = try await listener.addIdentityProvider("Okta")
            let (_, entraToken) = try await listener.addIdentityProvider("Entra", kind: .entra)
            let okta = listener.client(token: oktaToken), entra = listener.client(token: entraToken)
            let userID = try #require(
                try await okta.send("POST", "/Users", json: OktaBodies.createUser("ada@example.com")).json?.string("id"))
            let groupID = try #require(
                try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Eng", members: [userID])).json?.string("id"))

            #expect(try await entra.send("GET", "/Users/\(userID)").status == 404)
            #expect(try await entra.send("PATCH", "/Users/\(userID)", json: OktaBodies.setActive(false)).status == 404)
            #expect(try await entra.send("DELETE", "/Groups/\(groupID)").status == 404)
            #expect(try await entra.send("GET", "/Users").json?.int("totalResults") == 0)
            // The same userName may exist under another IdP.
            #expect(try await entra.send("POST", "/Users", json: OktaBodies.createUser("ada@example.com")).status == 201)
            // Entra cannot add Okta's user to its own group.
            let entraGroup = try await entra.send("POST", "/Groups", json: OktaBodies.createGroup("Eng", members: [userID]))
            #expect(entraGroup.status == 201)
            #expect(entraGroup.json?.array("members").isEmpty ?? true)
            #expect(try await okta.send("GET", "/Users/\(userID)").json?.bool("active") == true)
        }
    }
}

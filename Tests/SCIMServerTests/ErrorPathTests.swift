import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// Every error is a SCIM Error JSON with `status` as a string (docs/idp-wire.md §3.3, Q10).
@Suite struct ErrorPathTests {
    func expectSCIMError(
        _ response: HTTPExchange, status: Int, scimType: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.header("Content-Type")?.hasPrefix("application/scim+json") == true, sourceLocation: sourceLocation)
        let body = response.json
        #expect(body?["schemas"] as? [String] == [OktaBodies.errorSchema], "body: \(response.text)", sourceLocation: sourceLocation)
        #expect(body?.string("status") == String(status), sourceLocation: sourceLocation)
        #expect((body?.string("detail") ?? "").isEmpty == false, sourceLocation: sourceLocation)
        if let scimType { #expect(body?.string("scimType") == scimType, sourceLocation: sourceLocation) }
    }

    @Test func routingAndMethodErrors() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            expectSCIMError(try await okta.send("GET", "/Nope"), status: 404)
            expectSCIMError(try await okta.send("GET", "/Users/00000000-0000-0000-0000-000000000000"), status: 404)
            expectSCIMError(try await okta.send("PUT", "/Users", json: [:]), status: 405)
            expectSCIMError(try await okta.send("POST", "/Users/abc", json: [:]), status: 405)
            expectSCIMError(try await okta.send("PATCH", "/Groups", json: [:]), status: 405)
        }
    }

    @Test func bodyErrors() async throws {
        try await withLiveListener(configure: { $0.maximumBodyBytes = 4_096 }) { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            expectSCIMError(
                try await okta.send("POST", "/Users", body: Data("{\"userName\": ".utf8)), status: 400, scimType: "invalidSyntax")
            expectSCIMError(try await okta.send("POST", "/Users", body: Data("[1,2]".utf8)), status: 400, scimType: "invalidSyntax")
            expectSCIMError(
                try await okta.send("POST", "/Users", body: Data("userName=x".utf8), contentType: "application/x-www-form-urlencoded"),
                status: 415
            )
            let large = OktaBodies.createUser("big@example.com").merging(["title": String(repeating: "x", count: 10_000)]) { $1 }
            expectSCIMError(try await okta.send("POST", "/Users", json: large), status: 413)
            expectSCIMError(
                try await okta.send("POST", "/Users", json: ["schemas": [OktaBodies.userSchema]]), status: 400, scimType: "invalidValue")
            // application/json with a charset is accepted too.
            let plain = try JSONSerialization.data(withJSONObject: OktaBodies.createUser("json@example.com"))
            #expect(try await okta.send("POST", "/Users", body: plain, contentType: "application/json; charset=UTF-8").status == 201)
            #expect(try await listener.store.users(idpID: idp.id, query: ListQuery()).totalResults == 1)
        }
    }

    @Test func filterErrorsPointAtTheProblem() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let unknown = try await okta.send("GET", "/Users?filter=\(encodedFilter("usrName eq \"x\""))")
            expectSCIMError(unknown, status: 400, scimType: "invalidFilter")
            #expect(unknown.json?.string("detail")?.contains("usrName") == true)
            expectSCIMError(
                try await okta.send("GET", "/Users?filter=\(encodedFilter("userName eq"))"), status: 400, scimType: "invalidFilter")
            expectSCIMError(
                try await okta.send("GET", "/Users?filter=\(encodedFilter("(userName eq \"x\""))"), status: 400, scimType: "invalidFilter")
            expectSCIMError(try await okta.send("GET", "/Users?count=ten"), status: 400)
        }
    }

    /// A store that cannot answer (closed here; a PostgreSQL outage or an unconfirmed COMMIT in
    /// production) is 503 with `Retry-After`: IdPs retry it, where a 500 would count as a failed push.
    @Test func unavailableStoreIs503WithRetryAfterARequestIDAndNoInternals() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            try listener.store.close()
            let response = try await listener.client(token: token).send("GET", "/Users")
            expectSCIMError(response, status: 503)
            #expect(response.header("Retry-After") == "1")
            let requestID = try #require(response.header("X-Request-ID"))
            let detail = response.json?.string("detail") ?? ""
            #expect(detail.contains(requestID))
            #expect(!detail.contains("SQLite") && !detail.contains("GRDB"))
        }
    }

    @Test func listPagingIsStableAndCapped() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            for index in 0..<5 {
                _ = try await okta.send("POST", "/Users", json: OktaBodies.createUser("page\(index)@example.com"))
            }
            let first = try #require(try await okta.send("GET", "/Users?startIndex=1&count=2").json)
            let second = try #require(try await okta.send("GET", "/Users?startIndex=3&count=2").json)
            #expect(first.int("totalResults") == 5)
            #expect(second.int("startIndex") == 3)
            let names = (first.array("Resources") + second.array("Resources")).compactMap { $0.string("userName") }
            #expect(names == (0..<4).map { "page\($0)@example.com" })
            let capped = try #require(try await okta.send("GET", "/Users?count=100000").json)
            #expect(capped.int("itemsPerPage") == 5)
            let sorted = try #require(try await okta.send("GET", "/Users?sortBy=userName&sortOrder=descending&count=1").json)
            #expect(sorted.array("Resources").first?.string("userName") == "page4@example.com")
            let projected = try #require(try await okta.send("GET", "/Users?attributes=userName&count=1").json)
            let resource = try #require(projected.array("Resources").first)
            #expect(resource["name"] == nil && resource["id"] != nil && resource["userName"] != nil)
        }
    }
}

import Foundation
import Provisioning
import SCIM
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// Every filter the parser accepts runs on the store: long `or` chains, nested `not`, many value
/// filters, and the deepest nesting allowed, on users and on groups.
@Suite struct FilterComplexityTests {
    static func ors(_ count: Int, _ term: (Int) -> String) -> String {
        (0..<count).map(term).joined(separator: " or ")
    }

    /// `depth` levels of grouping, alternating `not (… or …)` and `(… and …)`, around `innermost`.
    static func nested(_ depth: Int, innermost: String) -> String {
        var filter = innermost
        for level in 0..<depth {
            filter = level.isMultiple(of: 2) ? #"not (displayName eq "z" or \#(filter))"# : #"(displayName pr and \#(filter))"#
        }
        return filter
    }

    func get(_ client: SCIMHTTPClient, _ resource: String, filter: String) async throws -> HTTPExchange {
        try await client.send("GET", "/\(resource)?count=1&filter=\(encodedFilter(filter))")
    }

    @Test func longAndDeepUserFiltersAnswer200() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            for index in 0..<3 {
                #expect(try await okta.send("POST", "/Users", json: OktaBodies.createUser("u\(index)@example.com")).status == 201)
            }
            let shapes: [(String, String, Int?)] = [
                ("88 or terms", Self.ors(88) { #"userName eq "u\#($0)@example.com""# }, 3),
                ("69 emails.value terms", Self.ors(69) { #"emails.value eq "u\#($0)@example.com""# }, 3),
                (
                    "18 nested not",
                    String(repeating: "not (", count: 18) + #"userName eq "u0@example.com""# + String(repeating: ")", count: 18),
                    1
                ),
                ("maximum terms", Self.ors(FilterParser.maximumTerms) { #"emails[value eq "u\#($0)@example.com"]"# }, 3),
                (
                    "maximum depth", Self.nested(FilterParser.maximumDepth - 1, innermost: #"emails[type eq "work" and value sw "u"]"#),
                    nil
                ),
                ("maximum depth of not", Self.nested(FilterParser.maximumDepth, innermost: #"title pr"#), nil),
            ]
            for (name, filter, expected) in shapes {
                let response = try await get(okta, "Users", filter: filter)
                #expect(response.status == 200, "\(name): \(response.text)")
                if let expected { #expect(response.json?.int("totalResults") == expected, "\(name)") }
            }
        }
    }

    @Test func longAndDeepGroupFiltersAnswer200() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let user = try #require(try await okta.send("POST", "/Users", json: OktaBodies.createUser("m@example.com")).json?.string("id"))
            #expect(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Sales", members: [user])).status == 201)
            let shapes: [(String, String)] = [
                ("members.value terms", Self.ors(FilterParser.maximumTerms) { #"members.value eq "g\#($0)""# }),
                ("maximum depth", Self.nested(FilterParser.maximumDepth - 1, innermost: #"members[value eq "\#(user)"]"#)),
            ]
            for (name, filter) in shapes {
                let response = try await get(okta, "Groups", filter: filter)
                #expect(response.status == 200, "\(name): \(response.text)")
            }
        }
    }
}

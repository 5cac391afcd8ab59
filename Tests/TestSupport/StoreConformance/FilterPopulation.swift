import Foundation
import Provisioning

extension StoreConformance {
    /// Four users with the awkward cases filters must get right: a missing title and an empty one,
    /// non-ASCII letters, `%`/`_` in a userName, an email without a type, an inactive user.
    static func insertFilterPopulation(_ store: any Store) async throws -> IdentityProvider {
        let idp = try await makeIdP(store)
        // Users of another IdP that would match most filters, to prove scoping.
        let other = try await makeIdP(store, "Other")
        try await insert(store, [StoreFixtures.user("ada@example.com", idp: other, title: "Countess")])
        try await insert(
            store,
            [
                StoreFixtures.user(
                    "ada@example.com", idp: idp, externalID: "00uAda", displayName: "Ada Lovelace", givenName: "Ada",
                    familyName: "Lovelace",
                    emails: [.init("ada@example.com", type: "work", primary: true), .init("ada@home.org", type: "home")],
                    department: "R&D",
                    core: [
                        ("title", "Countess"), ("phoneNumbers", [["value": "+44 1", "type": "work"]]), ("level", 3),
                        ("hireDate", "2020-01-01T00:00:00Z"),
                    ],
                    enterprise: [("employeeNumber", "1815")], created: StoreFixtures.time(0)
                ),
                StoreFixtures.user(
                    "bob@example.com", idp: idp, displayName: "Bob Österberg", givenName: "Bob", familyName: "Österberg",
                    emails: [.init("bob@Example.com", type: "work")], department: "Sales", active: false,
                    core: [("level", 5)], created: StoreFixtures.time(10)
                ),
                StoreFixtures.user(
                    "carol_50%@example.org", idp: idp, givenName: "Carol",
                    core: [("title", "Engineer"), ("hireDate", "2022-06-01T12:00:00+02:00")],
                    created: StoreFixtures.time(20)
                ),
                StoreFixtures.user(
                    "ÉMILE@exemple.fr", idp: idp, displayName: "Émile Zola", givenName: "Émile", familyName: "Zola",
                    emails: [.init("emile@exemple.fr", type: nil)], core: [("title", "")], created: StoreFixtures.time(30)
                ),
            ])
        return idp
    }

    static let ada = "ada@example.com", bob = "bob@example.com", carol = "carol_50%@example.org", emile = "ÉMILE@exemple.fr"
}

extension StoreFixtures {
    /// `user(…)` with a title, which the population needs often.
    static func user(_ userName: String, idp: IdentityProvider, title: String) -> User {
        user(userName, idp: idp, core: [("title", .string(title))])
    }
}

import Foundation
import Provisioning
import Testing

extension StoreConformance {
    static let userChecks: [Check] = [
        Check("user: round-trips every field and the document") { store in
            let idp = try await makeIdP(store)
            let user = StoreFixtures.user(
                "Ada.Lovelace@Example.com", idp: idp, externalID: "00u1", displayName: "Ada Lovelace", givenName: "Ada",
                familyName: "Lovelace", emails: [.init("ada@example.com", primary: true)], department: "R&D", division: "Engines",
                core: [("title", "Countess"), ("locale", "en-GB")], enterprise: [("employeeNumber", "1815")]
            )
            try await insert(store, [user])
            #expect(try await store.user(id: user.id, idpID: idp.id) == user)
            #expect(try await store.user(id: user.id, idpID: nil) == user)
            #expect(try await store.user(id: "missing", idpID: idp.id) == nil)
        },
        Check("user: the same userName may exist under two IdPs") { store in
            let okta = try await makeIdP(store, "Okta"), entra = try await makeIdP(store, "Entra")
            try await insert(store, [StoreFixtures.user("ada@example.com", idp: okta), StoreFixtures.user("ADA@example.com", idp: entra)])
            #expect(try await userNames(store, okta, nil) == ["ada@example.com"])
            #expect(try await userNames(store, entra, nil) == ["ADA@example.com"])
        },
        Check("user: userName is unique per IdP ignoring case, deactivated users included") { store in
            let idp = try await makeIdP(store)
            try await insert(store, [StoreFixtures.user("Äda@Example.com", idp: idp, active: false)])
            for clash in ["äda@example.com", "ÄDA@EXAMPLE.COM"] {
                await #expect(throws: StoreError.duplicate(constraint: "user.userName")) {
                    try await insert(store, [StoreFixtures.user(clash, idp: idp)])
                }
            }
            #expect(try await userNames(store, idp, eq(AttributePaths.userName, "ÄDA@EXAMPLE.COM")) == ["Äda@Example.com"])
        },
        Check("user: userName eq lookup pages like any list") { store in
            let idp = try await makeIdP(store)
            try await insert(store, [StoreFixtures.user("a@x", idp: idp), StoreFixtures.user("Test.User@okta.local", idp: idp)])
            let filter = eq(AttributePaths.userName, "TEST.USER@OKTA.LOCAL")
            let page = try await store.users(idpID: idp.id, query: ListQuery(filter: filter, startIndex: 1, count: 100))
            #expect(page.items.map(\.profile.userName) == ["Test.User@okta.local"])
            #expect(page.totalResults == 1)
            let second = try await store.users(idpID: idp.id, query: ListQuery(filter: filter, startIndex: 2, count: 100))
            #expect(second.items.isEmpty && second.totalResults == 1 && second.startIndex == 2)
            let none = try await store.users(idpID: idp.id, query: ListQuery(filter: eq(AttributePaths.userName, "nobody")))
            #expect(none.items.isEmpty && none.totalResults == 0)
        },
        Check("user: externalId lookup is exact") { store in
            let idp = try await makeIdP(store)
            try await insert(store, [StoreFixtures.user("a@x", idp: idp, externalID: "00uAbC"), StoreFixtures.user("b@x", idp: idp)])
            #expect(try await userNames(store, idp, eq(AttributePaths.externalId, "00uAbC")) == ["a@x"])
            #expect(try await userNames(store, idp, eq(AttributePaths.externalId, "00uabc")) == [])
        },
        Check("user: other IdPs' users are invisible when an IdP is given") { store in
            let okta = try await makeIdP(store, "Okta"), entra = try await makeIdP(store, "Entra")
            let mine = StoreFixtures.user("a@x", idp: okta), theirs = StoreFixtures.user("b@x", idp: entra)
            try await insert(store, [mine, theirs])
            #expect(try await store.user(id: theirs.id, idpID: okta.id) == nil)
            #expect(try await userNames(store, okta, eq(AttributePaths.userName, "b@x")) == [])
            #expect(try await userNames(store, okta, eq(AttributePaths.id, theirs.id)) == [])
            #expect(try await userNames(store, okta, nil) == ["a@x"])
            #expect(try await userNames(store, nil, nil) == ["a@x", "b@x"])
            await #expect(throws: StoreError.notFound) {
                try await store.deleteUser(id: mine.id, idpID: entra.id, audit: StoreFixtures.audit(.userDeleted))
            }
        },
        Check("user: update checks the version and uniqueness") { store in
            let idp = try await makeIdP(store)
            let ada = StoreFixtures.user("ada@x", idp: idp)
            try await insert(store, [ada, StoreFixtures.user("bob@x", idp: idp)])
            var changed = StoreFixtures.user("Ada@X", idp: idp, id: ada.id, displayName: "Ada", active: false, version: 2)
            changed.meta.lastModified = StoreFixtures.time(60)
            try await store.updateUser(changed, expectedVersion: 1, audit: [StoreFixtures.audit(.userDeactivated, resourceID: ada.id)])
            #expect(try await store.user(id: ada.id, idpID: idp.id) == changed)
            await #expect(throws: StoreError.versionConflict) {
                try await store.updateUser(changed, expectedVersion: 1, audit: [])
            }
            var clash = changed
            clash.profile.userName = "BOB@x"
            clash.meta.version = 3
            await #expect(throws: StoreError.duplicate(constraint: "user.userName")) {
                try await store.updateUser(clash, expectedVersion: 2, audit: [])
            }
            await #expect(throws: StoreError.notFound) {
                try await store.updateUser(StoreFixtures.user("c@x", idp: idp), expectedVersion: 1, audit: [])
            }
        },
        Check("user: delete removes the user and its memberships") { store in
            let idp = try await makeIdP(store)
            let ada = StoreFixtures.user("ada@x", idp: idp), bob = StoreFixtures.user("bob@x", idp: idp)
            try await insert(store, [ada, bob])
            let group = StoreFixtures.group("Engineers", idp: idp)
            _ = try await insertGroup(store, group, members: [ada.id, bob.id])
            try await store.deleteUser(id: ada.id, idpID: idp.id, audit: StoreFixtures.audit(.userDeleted, resourceID: ada.id))
            #expect(try await store.user(id: ada.id, idpID: idp.id) == nil)
            #expect(try await store.members(ofGroup: group.id).map(\.userID) == [bob.id])
            #expect(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false)?.memberCount == 1)
            await #expect(throws: StoreError.notFound) {
                try await store.deleteUser(id: ada.id, idpID: idp.id, audit: StoreFixtures.audit(.userDeleted))
            }
            // A delete that fails (wrong IdP) changes nothing, not even the member count.
            let other = try await makeIdP(store, "Other")
            await #expect(throws: StoreError.notFound) {
                try await store.deleteUser(id: bob.id, idpID: other.id, audit: StoreFixtures.audit(.userDeleted))
            }
            #expect(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false)?.memberCount == 1)
            #expect(try await store.members(ofGroup: group.id).map(\.userID) == [bob.id])
            // The userName is free again.
            try await insert(store, [StoreFixtures.user("ADA@x", idp: idp)])
        },
    ]
}

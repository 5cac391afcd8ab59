import Foundation
import Provisioning
import Testing

extension StoreConformance {
    static let groupChecks: [Check] = [
        Check("group: round-trips, scoped to its IdP") { store in
            let idp = try await makeIdP(store), other = try await makeIdP(store, "Other")
            let group = StoreFixtures.group("Engineers", idp: idp, externalID: "00gEng", extra: [("owner", "ada")])
            _ = try await insertGroup(store, group)
            #expect(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false) == group)
            #expect(try await store.group(id: group.id, idpID: nil, includeDeleted: false) == group)
            #expect(try await store.group(id: group.id, idpID: other.id, includeDeleted: true) == nil)
            #expect(try await store.groups(idpID: other.id, query: ListQuery()).totalResults == 0)
            #expect(try await store.groups(idpID: idp.id, query: ListQuery()).items == [group])
        },
        Check("group: displayName is unique among live groups of an IdP, ignoring case") { store in
            let idp = try await makeIdP(store), other = try await makeIdP(store, "Other")
            let first = StoreFixtures.group("Ärzte", idp: idp)
            _ = try await insertGroup(store, first)
            await #expect(throws: StoreError.duplicate(constraint: "group.displayName")) {
                _ = try await insertGroup(store, StoreFixtures.group("ÄRZTE", idp: idp))
            }
            _ = try await insertGroup(store, StoreFixtures.group("ärzte", idp: other))
            var second = StoreFixtures.group("Nurses", idp: idp)
            _ = try await insertGroup(store, second)
            second.profile.displayName = "äRZTE"
            second.meta.version = 2
            await #expect(throws: StoreError.duplicate(constraint: "group.displayName")) {
                _ = try await store.updateGroup(second, expectedVersion: 1, changes: []) { _ in [] }
            }
        },
        Check("group: update checks the version only when asked") { store in
            let idp = try await makeIdP(store)
            var group = StoreFixtures.group("Engineers", idp: idp)
            _ = try await insertGroup(store, group)
            group.profile.displayName = "Engineering"
            group.meta = group.meta.bumped(at: StoreFixtures.time(5))
            _ = try await store.updateGroup(group, expectedVersion: 1, changes: []) { _ in [StoreFixtures.audit(.groupUpdated)] }
            #expect(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false) == group)
            await #expect(throws: StoreError.versionConflict) {
                _ = try await store.updateGroup(group, expectedVersion: 1, changes: []) { _ in [] }
            }
            // Without a version: membership-only, the stored profile stays, the version is bumped in place.
            var stale = group
            stale.profile.displayName = "Ignored"
            stale.meta = ResourceMeta(created: group.meta.created, lastModified: StoreFixtures.time(9), version: 1)
            _ = try await store.updateGroup(stale, expectedVersion: nil, changes: []) { _ in [] }
            stale.meta.lastModified = StoreFixtures.time(7)  // older than what is stored: lastModified never moves back
            _ = try await store.updateGroup(stale, expectedVersion: nil, changes: []) { _ in [] }
            let stored = try #require(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false))
            #expect(stored.profile == group.profile)
            #expect(stored.meta == ResourceMeta(created: group.meta.created, lastModified: StoreFixtures.time(9), version: 4))
            await #expect(throws: StoreError.notFound) {
                _ = try await store.updateGroup(StoreFixtures.group("Ghosts", idp: idp), expectedVersion: nil, changes: []) { _ in [] }
            }
        },
        Check("group: filters on displayName, externalId and members") { store in
            let idp = try await makeIdP(store)
            let ada = StoreFixtures.user("Ada@x", idp: idp), bob = StoreFixtures.user("bob@x", idp: idp)
            try await insert(store, [ada, bob])
            let engineers = StoreFixtures.group("Engineers", idp: idp, externalID: "00gE")
            let empty = StoreFixtures.group("Empty", idp: idp)
            let sales = StoreFixtures.group("Sales", idp: idp)
            _ = try await insertGroup(store, engineers, members: [ada.id, bob.id])
            _ = try await insertGroup(store, empty)
            _ = try await insertGroup(store, sales, members: [bob.id])
            func names(_ filter: Filter) async throws -> [String] {
                try await store.groups(idpID: idp.id, query: ListQuery(filter: filter)).items.map(\.profile.displayName)
            }
            #expect(try await names(eq(P.displayName, "ENGINEERS")) == ["Engineers"])
            #expect(try await names(eq(P.displayName, "Nobody")) == [])
            let second = try await store.groups(idpID: idp.id, query: ListQuery(filter: eq(P.displayName, "engineers"), startIndex: 2))
            #expect(second.items.isEmpty && second.totalResults == 1)
            #expect(try await names(eq(P.externalId, "00gE")) == ["Engineers"])
            #expect(try await names(eq(P.membersValue, ada.id)) == ["Engineers"])
            #expect(try await names(eq(P.members, bob.id)) == ["Engineers", "Sales"])
            #expect(try await names(.valuePath(P.members, eq(P.sub("value"), ada.id))) == ["Engineers"])
            #expect(try await names(eq(P.membersDisplay, "ADA@X")) == ["Engineers"])
            #expect(try await names(.present(P.members)) == ["Engineers", "Sales"])
            #expect(try await names(.not(.present(P.members))) == ["Empty"])
            #expect(try await names(compare(P.membersValue, .ne, ada.id)) == ["Empty", "Sales"])
            #expect(try await names(compare(P.displayName, .sw, "e")) == ["Engineers", "Empty"])
            let users = try await store.users(idpID: idp.id, query: ListQuery(filter: eq(P.groupsValue, sales.id)))
            #expect(users.items.map(\.id) == [bob.id])
            await expectUnsupported {
                _ = try await store.groups(idpID: idp.id, query: ListQuery(sort: SortSpec(path: P.members)))
            }
        },
    ]
}

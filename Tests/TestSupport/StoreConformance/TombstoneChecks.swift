import Foundation
import Provisioning
import Testing

extension StoreConformance {
    static let tombstoneChecks: [Check] = [
        Check("tombstone: delete hides the group and drops its members") { store in
            let idp = try await makeIdP(store)
            let ids = try await insertMembers(store, idp, 2)
            let group = StoreFixtures.group("Engineers", idp: idp, externalID: "00gE")
            _ = try await insertGroup(store, group, members: ids)
            try await store.deleteGroup(id: group.id, idpID: idp.id, at: StoreFixtures.time(100), audit: StoreFixtures.audit(.groupDeleted))
            #expect(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false) == nil)
            let tomb = try #require(try await store.group(id: group.id, idpID: idp.id, includeDeleted: true))
            #expect(tomb.deleted == StoreFixtures.time(100) && tomb.memberCount == 0)
            #expect(try await store.members(ofGroup: group.id).isEmpty)
            #expect(try await store.groupReferences(ofUser: ids[0]).isEmpty)
            #expect(try await store.groups(idpID: idp.id, query: ListQuery()).totalResults == 0)
            await #expect(throws: StoreError.notFound) {
                try await store.deleteGroup(
                    id: group.id, idpID: idp.id, at: StoreFixtures.time(101), audit: StoreFixtures.audit(.groupDeleted))
            }
            // The name is free for a new live group.
            _ = try await insertGroup(store, StoreFixtures.group("ENGINEERS", idp: idp))
        },
        Check("tombstone: found by externalId, else by displayName ignoring case, most recent first") { store in
            let idp = try await makeIdP(store), other = try await makeIdP(store, "Other")
            let older = StoreFixtures.group("Engineers", idp: idp, externalID: "00gE")
            let newer = StoreFixtures.group("Engineers", idp: idp)
            let foreign = StoreFixtures.group("Engineers", idp: other, externalID: "00gE")
            for (group, time) in [(older, 10), (newer, 20), (foreign, 30)] {
                _ = try await insertGroup(store, group)
                try await store.deleteGroup(
                    id: group.id, idpID: group.idpID, at: StoreFixtures.time(time), audit: StoreFixtures.audit(.groupDeleted))
            }
            #expect(try await store.tombstone(idpID: idp.id, externalID: "00gE", displayName: "x")?.id == older.id)
            #expect(try await store.tombstone(idpID: idp.id, externalID: "00gZ", displayName: "ENGINEERS")?.id == newer.id)
            #expect(try await store.tombstone(idpID: idp.id, externalID: nil, displayName: "engineers")?.id == newer.id)
            #expect(try await store.tombstone(idpID: idp.id, externalID: nil, displayName: "Sales") == nil)
            #expect(try await store.tombstone(idpID: other.id, externalID: "00gE", displayName: "x")?.id == foreign.id)
        },
        Check("tombstone: revive keeps the id, counts the relink, writes profile and members") { store in
            let idp = try await makeIdP(store)
            let ids = try await insertMembers(store, idp, 3)
            let group = StoreFixtures.group("Engineers", idp: idp, externalID: "00gE")
            _ = try await insertGroup(store, group, members: [ids[0]])
            try await store.deleteGroup(id: group.id, idpID: idp.id, at: StoreFixtures.time(10), audit: StoreFixtures.audit(.groupDeleted))
            var revived = StoreFixtures.group(
                "engineers", idp: idp, id: group.id, externalID: "00gE2", extra: [("x", 1)], created: StoreFixtures.time(20), version: 2)
            revived.relinkCount = 1
            let delta = try await store.reviveGroup(revived, members: [ids[1], ids[2], "nobody"]) { _ in
                [StoreFixtures.audit(.groupRelinked)]
            }
            #expect(delta == MembershipDelta(added: 2, removed: 0, unknown: ["nobody"]))
            var expected = revived
            expected.memberCount = 2
            #expect(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false) == expected)
            #expect(try await memberIDs(store, group) == [ids[1], ids[2]])
            await #expect(throws: StoreError.notFound) {
                _ = try await store.reviveGroup(revived, members: []) { _ in [] }
            }
        },
        Check("tombstone: revive refuses a name a live group took meanwhile") { store in
            let idp = try await makeIdP(store)
            let group = StoreFixtures.group("Engineers", idp: idp)
            _ = try await insertGroup(store, group)
            try await store.deleteGroup(id: group.id, idpID: idp.id, at: StoreFixtures.time(10), audit: StoreFixtures.audit(.groupDeleted))
            _ = try await insertGroup(store, StoreFixtures.group("ENGINEERS", idp: idp))
            await #expect(throws: StoreError.duplicate(constraint: "group.displayName")) {
                _ = try await store.reviveGroup(group, members: []) { _ in [] }
            }
            #expect(try await store.group(id: group.id, idpID: idp.id, includeDeleted: true)?.deleted == StoreFixtures.time(10))
        },
    ]
}

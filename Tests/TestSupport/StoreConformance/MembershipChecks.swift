import Foundation
import Provisioning
import Testing

extension StoreConformance {
    /// `count` users of `idp`, inserted; their ids in order.
    static func insertMembers(_ store: any Store, _ idp: IdentityProvider, _ count: Int, prefix: String = "m") async throws -> [String] {
        let users = (0..<count).map { StoreFixtures.user("\(prefix)\($0)@x", idp: idp) }
        try await insert(store, users)
        return users.map(\.id)
    }

    static func memberIDs(_ store: any Store, _ group: Group) async throws -> [String] {
        try await store.members(ofGroup: group.id).map(\.userID)
    }

    static func memberCount(_ store: any Store, _ group: Group) async throws -> Int? {
        try await store.group(id: group.id, idpID: group.idpID, includeDeleted: true)?.memberCount
    }

    static let membershipChecks: [Check] = [
        Check("members: inserted with the group, unknown ids reported, join order kept") { store in
            let idp = try await makeIdP(store), other = try await makeIdP(store, "Other")
            let ids = try await insertMembers(store, idp, 3)
            let foreign = try await insertMembers(store, other, 1, prefix: "f")
            let group = StoreFixtures.group("Engineers", idp: idp)
            let delta = try await insertGroup(store, group, members: [ids[2], "nobody", ids[0], foreign[0], ids[2]])
            #expect(delta == MembershipDelta(added: 2, removed: 0, unknown: ["nobody", foreign[0]]))
            #expect(try await memberIDs(store, group) == [ids[2], ids[0]])
            #expect(try await store.members(ofGroup: group.id).map(\.display) == ["m2@x", "m0@x"])
            #expect(try await memberCount(store, group) == 2)
            #expect(try await store.groupReferences(ofUser: ids[0]) == [GroupReference(id: group.id, displayName: "Engineers")])
            #expect(try await store.groupReferences(ofUser: ids[1]).isEmpty)
        },
        Check("members: a page's group references at once equal each user's, deleted groups left out") { store in
            let idp = try await makeIdP(store)
            let ids = try await insertMembers(store, idp, 4)
            let engineers = StoreFixtures.group("Engineers", idp: idp), ops = StoreFixtures.group("Ops", idp: idp)
            let gone = StoreFixtures.group("Gone", idp: idp)
            _ = try await insertGroup(store, engineers, members: [ids[0], ids[1]])
            _ = try await insertGroup(store, ops, members: [ids[1], ids[3]])
            _ = try await insertGroup(store, gone, members: [ids[0]])
            try await store.deleteGroup(id: gone.id, idpID: idp.id, at: StoreFixtures.time(9), audit: StoreFixtures.audit(.groupDeleted))
            let together = try await store.groupReferences(ofUsers: ids + ["nobody"])
            for id in ids + ["nobody"] {
                #expect(together[id] ?? [] == (try await store.groupReferences(ofUser: id)), "\(id)")
            }
            #expect(together[ids[1]]?.map(\.displayName) == ["Engineers", "Ops"])
            #expect((together[ids[2]] ?? []).isEmpty && (together[ids[0]] ?? []).map(\.displayName) == ["Engineers"])
            #expect(try await store.groupReferences(ofUsers: []).isEmpty)
        },
        Check("members: deltas apply in order within one write") { store in
            let idp = try await makeIdP(store)
            let ids = try await insertMembers(store, idp, 4)
            let group = StoreFixtures.group("Engineers", idp: idp)
            _ = try await insertGroup(store, group, members: [ids[0]])
            let delta = try await store.updateGroup(
                group, expectedVersion: nil,
                changes: [.add([ids[1], ids[2], ids[0]]), .remove([ids[0], "nobody"]), .add([ids[3], "ghost"]), .remove([ids[2]])]
            ) { delta in [StoreFixtures.audit(.membershipChanged, summary: "added \(delta.added) removed \(delta.removed)")] }
            #expect(delta == MembershipDelta(added: 3, removed: 2, unknown: ["ghost"]))
            #expect(try await memberIDs(store, group) == [ids[1], ids[3]])
            #expect(try await memberCount(store, group) == 2)
            #expect(try await store.auditEvents(AuditQuery(text: "added 3 removed 2")).count == 1)
        },
        Check("members: replaceAll keeps staying members in place; removeAll empties") { store in
            let idp = try await makeIdP(store)
            let ids = try await insertMembers(store, idp, 4)
            let group = StoreFixtures.group("Engineers", idp: idp)
            _ = try await insertGroup(store, group, members: [ids[0], ids[1], ids[2]])
            let replaced = try await store.updateGroup(group, expectedVersion: nil, changes: [.replaceAll([ids[3], ids[2], ids[0], "x"])]) {
                _ in []
            }
            #expect(replaced == MembershipDelta(added: 1, removed: 1, unknown: ["x"]))
            #expect(try await memberIDs(store, group) == [ids[0], ids[2], ids[3]])
            let cleared = try await store.updateGroup(group, expectedVersion: nil, changes: [.removeAll, .add([ids[1]])]) { _ in [] }
            #expect(cleared == MembershipDelta(added: 1, removed: 3))
            #expect(try await memberIDs(store, group) == [ids[1]])
            #expect(try await memberCount(store, group) == 1)
        },
        Check("members: concurrent deltas to one group all land (docs/idp-wire.md Q18)") { store in
            let idp = try await makeIdP(store)
            let ids = try await insertMembers(store, idp, 40)
            let group = StoreFixtures.group("Engineers", idp: idp)
            _ = try await insertGroup(store, group, members: [ids[0]])
            try await withThrowingTaskGroup(of: MembershipDelta.self) { tasks in
                for index in 1..<40 {
                    tasks.addTask {
                        var patched = group
                        patched.meta = ResourceMeta(created: group.meta.created, lastModified: StoreFixtures.time(index), version: 2)
                        let changes: [MembershipChange] =
                            index.isMultiple(of: 10) ? [.add([ids[index]]), .remove([ids[0]])] : [.add([ids[index]])]
                        return try await store.updateGroup(patched, expectedVersion: nil, changes: changes) { _ in [] }
                    }
                }
                for try await delta in tasks { #expect(delta.added == 1) }
            }
            #expect(Set(try await memberIDs(store, group)) == Set(ids.dropFirst()))
            let stored = try #require(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false))
            #expect(stored.memberCount == 39)
            #expect(stored.meta.version == 40 && stored.meta.lastModified == StoreFixtures.time(39))
        },
        Check("members: large batches in one write") { store in
            let idp = try await makeIdP(store)
            let ids = try await insertMembers(store, idp, 1_500)
            let group = StoreFixtures.group("Everyone", idp: idp)
            #expect(try await insertGroup(store, group, members: ids).added == 1_500)
            #expect(try await memberCount(store, group) == 1_500)
            let kept = Array(ids.prefix(1_000))
            let delta = try await store.updateGroup(group, expectedVersion: nil, changes: [.replaceAll(kept)]) { _ in [] }
            #expect(delta == MembershipDelta(added: 0, removed: 500))
            let removed = try await store.updateGroup(group, expectedVersion: nil, changes: [.remove(Array(kept.suffix(999)))]) { _ in [] }
            #expect(removed.removed == 999)
            #expect(try await memberIDs(store, group) == [ids[0]])
            #expect(try await memberCount(store, group) == 1)
        },
    ]
}

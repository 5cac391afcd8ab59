import Foundation
import Provisioning
import Testing

extension StoreConformance {
    static let adminChecks: [Check] = [
        Check("admin: unique username, matched by username or email ignoring case") { store in
            let root = ConsoleAdmin(username: "Root", email: "Ops@Example.com", created: StoreFixtures.epoch)
            let jane = ConsoleAdmin(username: "jane", created: StoreFixtures.time(1))
            try await store.insertAdmin(root, audit: StoreFixtures.audit(.adminAdded))
            try await store.insertAdmin(jane, audit: StoreFixtures.audit(.adminAdded))
            await #expect(throws: StoreError.duplicate(constraint: "admin.username")) {
                try await store.insertAdmin(
                    ConsoleAdmin(username: "ROOT", created: StoreFixtures.epoch), audit: StoreFixtures.audit(.adminAdded))
            }
            #expect(try await store.admins() == [jane, root])
            #expect(try await store.admin(matchingUserName: "root", email: nil) == root)
            #expect(try await store.admin(matchingUserName: "nobody", email: "OPS@example.COM") == root)
            #expect(try await store.admin(matchingUserName: "ops@example.com", email: nil) == root)
            #expect(try await store.admin(matchingUserName: nil, email: "JANE") == jane)
            #expect(try await store.admin(matchingUserName: "nobody", email: "no@x") == nil)
            #expect(try await store.admin(matchingUserName: nil, email: nil) == nil)
            #expect(try await store.deleteAdmin(username: "JANE", audit: StoreFixtures.audit(.adminRemoved, summary: "removed jane")))
            #expect(
                try await store.deleteAdmin(username: "jane", audit: StoreFixtures.audit(.adminRemoved, summary: "removed jane again"))
                    == false)
            #expect(try await store.admins() == [root])
            #expect(try await store.auditEvents(AuditQuery(text: "removed jane")).map(\.summary) == ["removed jane"])
        }
    ]

    static let auditChecks: [Check] = [
        Check("audit: written with the write it describes, never by a failed one") { store in
            let idp = try await makeIdP(store)
            let ada = StoreFixtures.user("ada@x", idp: idp)
            try await store.insertUser(ada, audit: StoreFixtures.audit(.userCreated, idp: idp, resourceID: ada.id, summary: "created ada"))
            await #expect(throws: StoreError.duplicate(constraint: "user.userName")) {
                try await store.insertUser(
                    StoreFixtures.user("ADA@x", idp: idp), audit: StoreFixtures.audit(.userCreated, summary: "ghost write"))
            }
            await #expect(throws: StoreError.versionConflict) {
                try await store.updateUser(ada, expectedVersion: 7, audit: [StoreFixtures.audit(.userUpdated, summary: "ghost write")])
            }
            await #expect(throws: StoreError.duplicate(constraint: "idp.name")) {
                try await store.insertIdentityProvider(
                    StoreFixtures.idp("okta"), audit: StoreFixtures.audit(.idpAdded, summary: "ghost write"))
            }
            let group = StoreFixtures.group("G", idp: idp)
            _ = try await insertGroup(store, group)
            await #expect(throws: StoreError.duplicate(constraint: "group.displayName")) {
                _ = try await store.insertGroup(StoreFixtures.group("g", idp: idp), members: [ada.id]) { _ in
                    [StoreFixtures.audit(.groupCreated, summary: "ghost write")]
                }
            }
            #expect(try await store.auditEvents(AuditQuery(text: "ghost")).isEmpty)
            #expect(try await store.members(ofGroup: group.id).isEmpty)
            let events = try await store.auditEvents(AuditQuery(resourceID: ada.id))
            #expect(events.map(\.summary) == ["created ada"])
            #expect(events.first?.idpID == idp.id && events.first?.action == .userCreated && events.first?.actor == "idp:Okta")
        },
        Check("audit: newest first, filtered by text, IdP, resource, paged by id") { store in
            let idp = try await makeIdP(store)  // writes the first event
            for index in 1...5 {
                try await store.appendAudit(
                    StoreFixtures.audit(
                        .userUpdated, idp: index.isMultiple(of: 2) ? idp : nil, resourceID: "r\(index)", summary: "Änderung \(index)",
                        at: StoreFixtures.time(index)))
            }
            let all = try await store.auditEvents(AuditQuery())
            #expect(all.map(\.resourceID) == ["r5", "r4", "r3", "r2", "r1", nil])
            #expect(all.map(\.id) == all.map(\.id).sorted(by: >) && Set(all.map(\.id)).count == 6)
            #expect(try await store.auditEvents(AuditQuery(limit: 2)).map(\.resourceID) == ["r5", "r4"])
            #expect(try await store.auditEvents(AuditQuery(limit: 2, beforeID: all[1].id)).map(\.resourceID) == ["r3", "r2"])
            #expect(try await store.auditEvents(AuditQuery(text: "ÄNDERUNG 3")).map(\.resourceID) == ["r3"])
            #expect(try await store.auditEvents(AuditQuery(idpID: idp.id)).map(\.resourceID) == ["r4", "r2", nil])
            #expect(try await store.auditEvents(AuditQuery(resourceID: "r1")).map(\.time) == [StoreFixtures.time(1)])
        },
        Check("audit: every event is sealed after the one before it, whichever write added it") { store in
            let idp = try await makeIdP(store)
            let ada = StoreFixtures.user("ada@x", idp: idp)
            try await store.insertUser(ada, audit: StoreFixtures.audit(.userCreated, idp: idp, resourceID: ada.id))
            _ = try await insertGroup(store, StoreFixtures.group("G", idp: idp))
            for index in 1...3 {
                try await store.appendAudit(StoreFixtures.audit(.userUpdated, resourceID: "r\(index)", at: StoreFixtures.time(index)))
            }
            let chain = try await store.auditChain(afterID: 0, limit: 100)
            #expect(chain.count == (try await store.auditEvents(AuditQuery()).count) && chain.count >= 6)
            #expect(chain.map(\.input.id) == chain.map(\.input.id).sorted())
            #expect(chain.allSatisfy { $0.seal?.count == 32 })
            // Recomputed here from the fields alone: the store seals what it stores, in order.
            var previous: [UInt8]?
            for entry in chain {
                #expect(entry.seal == store.auditSealer.seal(entry.input, after: previous), "event \(entry.input.id)")
                previous = entry.seal
            }
            let report = try await store.verifyAuditChain(pageSize: 2)
            #expect(report.isIntact && report.checked == chain.count && report.head?.id == chain.last?.input.id)
            #expect(
                try await store.auditChain(afterID: chain[2].input.id, limit: 2).map(\.input.id) == [chain[3].input.id, chain[4].input.id])
        },
    ]

    static let trafficChecks: [Check] = [
        Check("traffic: append, tail after an id, newest first, prune keeps ids growing") { store in
            let idp = try await makeIdP(store)
            let records = (1...10).map { StoreFixtures.traffic($0, idp: $0.isMultiple(of: 3) ? idp : nil, status: $0 == 4 ? 409 : 200) }
            try await store.appendTraffic(records)
            let stored = try await store.traffic(afterID: 0, limit: 100)
            #expect(stored.count == 10)
            #expect(
                stored.map {
                    var copy = $0; copy.id = 0; return copy
                } == records)
            #expect(stored.map(\.id) == stored.map(\.id).sorted() && stored[0].id > 0)
            #expect(try await store.traffic(afterID: stored[4].id, limit: 2).map(\.requestID) == ["req-6", "req-7"])
            #expect(try await store.recentTraffic(limit: 3).map(\.requestID) == ["req-10", "req-9", "req-8"])
            try await store.pruneTraffic(keeping: 4, maximumBytes: 1 << 30)
            #expect(try await store.recentTraffic(limit: 100).map(\.requestID) == ["req-10", "req-9", "req-8", "req-7"])
            try await store.appendTraffic([StoreFixtures.traffic(11)])
            let newest = try #require(try await store.recentTraffic(limit: 1).first)
            #expect(newest.id > stored[9].id)
            try await store.pruneTraffic(keeping: 100, maximumBytes: 1 << 30)
            #expect(try await store.traffic(afterID: 0, limit: 100).count == 5)
            try await store.pruneTraffic(keeping: 0, maximumBytes: 1 << 30)
            #expect(try await store.recentTraffic(limit: 100).isEmpty)
        },
        Check("traffic: a batch of a busy second keeps its order (1,203 records)") { store in
            let records = (1...1_203).map { StoreFixtures.traffic($0) }
            try await store.appendTraffic(records)
            let stored = try await store.traffic(afterID: 0, limit: 2_000)
            #expect(stored.map(\.requestID) == records.map(\.requestID))
            #expect(stored.map(\.id) == stored.map(\.id).sorted())
        },
        Check("traffic: pruned to a byte bound as well as a row count, newest kept") { store in
            let body = String(repeating: "b", count: 10_000)
            let records = (1...10).map { index in
                var record = StoreFixtures.traffic(index)
                record.requestBody = body
                return record
            }
            try await store.appendTraffic(records)
            // The newest records whose sizes, summed from the newest down, stay within `bound`.
            func newestWithin(_ bound: Int) -> [String] {
                var total = 0
                return Array(
                    records.reversed().prefix { record in
                        total += record.storedBytes
                        return total <= bound
                    }.map(\.requestID))
            }
            let bound = records[9].storedBytes * 7 / 2
            #expect(newestWithin(bound).count == 3)
            try await store.pruneTraffic(keeping: 100, maximumBytes: bound)
            #expect(try await store.recentTraffic(limit: 100).map(\.requestID) == newestWithin(bound))
            // A bound the newest record alone exceeds leaves nothing; the row count still applies first.
            try await store.pruneTraffic(keeping: 100, maximumBytes: 1)
            #expect(try await store.recentTraffic(limit: 100).isEmpty)
            try await store.appendTraffic(records)
            try await store.pruneTraffic(keeping: 2, maximumBytes: 1 << 30)
            #expect(try await store.recentTraffic(limit: 100).map(\.requestID) == ["req-10", "req-9"])
        },
    ]
}

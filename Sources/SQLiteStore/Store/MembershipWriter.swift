import Foundation
import GRDB
import Provisioning

/// Applies `MembershipChange` deltas to one group with set-based SQL, inside the caller's transaction.
///
/// Never a read-modify-write of the member list: concurrent PATCHes to one group (docs/idp-wire.md Q18)
/// each add or remove their own ids. Id lists travel as ONE JSON-array parameter expanded by
/// `json_each(?)`, so a 10,000-member replace is one statement, far from the bound-parameter limit.
struct MembershipWriter {
    let db: Database
    let groupID: String
    let idpID: String
    /// Stored as each new membership's `added` (the write's time; join order itself is the rowid).
    let time: Double

    /// Applies `changes` in order, then brings `groups.member_count` up to date.
    func apply(_ changes: [MembershipChange]) throws -> MembershipDelta {
        var delta = MembershipDelta()
        var unknown: [String] = []
        for change in changes {
            switch change {
            case .add(let ids):
                unknown += try unknownIDs(ids)
                delta.added += try add(ids)
            case .remove(let ids):
                delta.removed += try remove(ids)
            case .removeAll:
                delta.removed += try removeAll()
            case .replaceAll(let ids):
                unknown += try unknownIDs(ids)
                delta.removed += try removeAll(except: ids)
                delta.added += try add(ids)
            }
        }
        var seen = Set<String>()
        delta.unknown = unknown.filter { seen.insert($0).inserted }
        if delta.added != delta.removed {
            try db.cachedStatement(sql: "UPDATE groups SET member_count = member_count + ? WHERE id = ?")
                .execute(arguments: [delta.added - delta.removed, groupID])
        }
        return delta
    }

    /// Inserts, in list order, the ids that name a user of the group's IdP; existing members stay as they are.
    private func add(_ ids: [String]) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        try db.cachedStatement(
            sql: """
                INSERT INTO memberships (group_id, user_id, added) \
                SELECT ?, users.id, ? FROM json_each(?) j JOIN users ON users.id = j.value AND users.idp_id = ? \
                WHERE true ORDER BY j.key \
                ON CONFLICT (group_id, user_id) DO NOTHING
                """
        ).execute(arguments: [groupID, time, DocumentCoding.stringArray(ids), idpID])
        return db.changesCount
    }

    private func remove(_ ids: [String]) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        try db.cachedStatement(
            sql: """
                DELETE FROM memberships WHERE group_id = ? AND user_id IN (SELECT value FROM json_each(?))
                """
        ).execute(arguments: [groupID, DocumentCoding.stringArray(ids)])
        return db.changesCount
    }

    private func removeAll() throws -> Int {
        try db.cachedStatement(sql: "DELETE FROM memberships WHERE group_id = ?").execute(arguments: [groupID])
        return db.changesCount
    }

    /// Removes members not in `ids`; those that stay keep their join order.
    private func removeAll(except ids: [String]) throws -> Int {
        try db.cachedStatement(
            sql: """
                DELETE FROM memberships WHERE group_id = ? AND user_id NOT IN (SELECT value FROM json_each(?))
                """
        ).execute(arguments: [groupID, DocumentCoding.stringArray(ids)])
        return db.changesCount
    }

    /// Ids in `ids` that name no user of the group's IdP, in the order given.
    private func unknownIDs(_ ids: [String]) throws -> [String] {
        guard !ids.isEmpty else { return [] }
        let sql = """
            SELECT j.value FROM json_each(?) j \
            WHERE NOT EXISTS (SELECT 1 FROM users WHERE users.id = j.value AND users.idp_id = ?) ORDER BY j.key
            """
        return try Fetch.all(db.cachedStatement(sql: sql), [DocumentCoding.stringArray(ids), idpID]) { $0[0] }
    }
}

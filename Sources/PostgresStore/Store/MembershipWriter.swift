import PostgresNIO
import Provisioning

/// Applies `MembershipChange` deltas to one group with set-based SQL, inside the caller's transaction.
///
/// Never a read-modify-write of the member list: concurrent PATCHes to one group each add or remove
/// their own ids. Id lists travel as ONE `text[]` parameter expanded by `unnest … WITH ORDINALITY`,
/// so a 10,000-member replace is one statement. `groups.member_count` follows by trigger.
struct MembershipWriter {
    let connection: PostgresConnection
    let groupID: String
    let idpID: String
    let time: Double

    func apply(_ changes: [MembershipChange]) async throws -> MembershipDelta {
        var delta = MembershipDelta()
        var unknown: [String] = []
        for change in changes {
            switch change {
            case .add(let ids):
                unknown += try await unknownIDs(ids)
                delta.added += try await add(ids)
            case .remove(let ids):
                delta.removed += try await remove(ids)
            case .removeAll:
                delta.removed += try await removeAll(except: nil)
            case .replaceAll(let ids):
                unknown += try await unknownIDs(ids)
                delta.removed += try await removeAll(except: ids)
                delta.added += try await add(ids)
            }
        }
        var seen = Set<String>()
        delta.unknown = unknown.filter { seen.insert($0).inserted }
        return delta
    }

    /// Inserts, in list order, the ids that name a user of the group's IdP; existing members stay.
    private func add(_ ids: [String]) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await connection.run(
            SQLFragment(
                """
                INSERT INTO memberships (group_id, user_id, added) \
                SELECT ?, users.id, ? FROM unnest(?::text[]) WITH ORDINALITY AS j(value, ord) \
                JOIN users ON users.id = j.value AND users.idp_id = ? ORDER BY j.ord \
                ON CONFLICT (group_id, user_id) DO NOTHING RETURNING 1
                """, [.text(groupID), .double(time), .textArray(ids), .text(idpID)]))
    }

    private func remove(_ ids: [String]) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await connection.run(
            SQLFragment(
                "DELETE FROM memberships WHERE group_id = ? AND user_id = ANY(?::text[]) RETURNING 1", [.text(groupID), .textArray(ids)]))
    }

    /// Removes every member, or those not in `ids`; those that stay keep their join order.
    private func removeAll(except ids: [String]?) async throws -> Int {
        guard let ids else {
            return try await connection.run(SQLFragment("DELETE FROM memberships WHERE group_id = ? RETURNING 1", [.text(groupID)]))
        }
        return try await connection.run(
            SQLFragment(
                "DELETE FROM memberships WHERE group_id = ? AND NOT (user_id = ANY(?::text[])) RETURNING 1",
                [.text(groupID), .textArray(ids)]))
    }

    /// Ids that name no user of the group's IdP, in the order given.
    private func unknownIDs(_ ids: [String]) async throws -> [String] {
        guard !ids.isEmpty else { return [] }
        return try await connection.all(
            SQLFragment(
                """
                SELECT j.value FROM unnest(?::text[]) WITH ORDINALITY AS j(value, ord) \
                WHERE NOT EXISTS (SELECT 1 FROM users WHERE users.id = j.value AND users.idp_id = ?) ORDER BY j.ord
                """, [.textArray(ids), .text(idpID)])
        ) { try $0.string(0) }
    }
}

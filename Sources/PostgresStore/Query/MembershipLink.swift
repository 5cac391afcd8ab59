import Provisioning

/// `memberships` seen from one side: a group's `members` or a user's `groups` (RFC 7643 §4.1.2, §4.2).
/// Both are multi-valued with sub-attributes `value` (the other side's id) and `display`.
enum MembershipLink: Sendable {
    case membersOfGroup
    case groupsOfUser

    /// Correlates a `memberships m` row with the outer row.
    var correlation: String {
        switch self {
        case .membersOfGroup: "m.group_id = groups.id"
        case .groupsOfUser: "m.user_id = users.id"
        }
    }

    /// The operand for a sub-attribute of one membership element.
    func operand(sub: String?) throws -> Operand {
        switch (self, sub?.lowercased() ?? "value") {
        // Ids are lowercase UUIDs: the column is its own folded key, and stays indexed either way.
        case (.membersOfGroup, "value"): return .column("m.user_id", key: "m.user_id")
        case (.groupsOfUser, "value"): return .column("m.group_id", key: "m.group_id")
        case (.membersOfGroup, "display"):
            return .column(
                "(SELECT du.user_name FROM users du WHERE du.id = m.user_id)",
                key: "(SELECT du.user_name_key FROM users du WHERE du.id = m.user_id)"
            )
        case (.groupsOfUser, "display"):
            return .column(
                "(SELECT dg.display_name FROM groups dg WHERE dg.id = m.group_id)",
                key: "(SELECT dg.display_name_key FROM groups dg WHERE dg.id = m.group_id)"
            )
        case (_, let other):
            throw StoreError.unsupportedQuery("filtering on the '\(other)' of a membership is not supported")
        }
    }

    /// Whether the outer row has any membership, answered without touching `memberships` when possible.
    var anyPresent: String {
        switch self {
        case .membersOfGroup: "groups.member_count > 0"
        case .groupsOfUser: "EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id)"
        }
    }
}

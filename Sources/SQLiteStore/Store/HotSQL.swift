/// SQL of the lookups on the request path, kept in one place so the query-plan checks (tests and
/// `SQLiteStore.queryPlans()`) examine exactly what runs. All are prepared once per connection
/// (`cachedStatement`) and decoded by column index.
enum HotSQL {
    static let tokenByHash = """
        SELECT \(TokenRow.columns), \(IdentityProviderRow.columns) FROM tokens \
        JOIN identity_providers ON identity_providers.id = tokens.idp_id WHERE tokens.hash = ?
        """

    /// Moves on any change to tokens or IdPs (see `V9CredentialsVersion`).
    static let credentialsVersion = "SELECT version FROM credentials_version"

    static let userByID = "SELECT \(UserRow.columns) FROM users WHERE id = ?"
    static let userByIDInIdP = "SELECT \(UserRow.columns) FROM users WHERE id = ? AND idp_id = ?"
    /// `filter=userName eq "…"`, Okta's lookup before every create (docs/idp-wire.md §2.3).
    static let userByUserName = "SELECT \(UserRow.columns) FROM users WHERE idp_id = ? AND user_name_key = ?"

    static func groupByID(scoped: Bool, includeDeleted: Bool) -> String {
        var sql = "SELECT \(GroupRow.columns) FROM groups WHERE id = ?"
        if scoped { sql += " AND idp_id = ?" }
        if !includeDeleted { sql += " AND deleted IS NULL" }
        return sql
    }

    /// `filter=displayName eq "…"` on groups (docs/idp-wire.md §2.10).
    static let groupByDisplayName = """
        SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND display_name_key = ? AND deleted IS NULL
        """

    /// A group's members in join order (the rowid), with their userName as `display`.
    static let membersOfGroup = """
        SELECT m.user_id, users.user_name FROM memberships m JOIN users ON users.id = m.user_id \
        WHERE m.group_id = ? ORDER BY m.rowid
        """

    /// The live groups of a user (its read-only `groups` attribute), in join order.
    static let groupsOfUser = """
        SELECT groups.id, groups.display_name FROM memberships m JOIN groups ON groups.id = m.group_id \
        WHERE m.user_id = ? AND groups.deleted IS NULL ORDER BY m.rowid
        """

    /// `groupsOfUser` for the users of a page (a JSON array of ids), in join order per user.
    static let groupsOfUsers = """
        SELECT m.user_id, groups.id, groups.display_name FROM json_each(?) ids \
        JOIN memberships m ON m.user_id = ids.value JOIN groups ON groups.id = m.group_id \
        WHERE groups.deleted IS NULL ORDER BY m.rowid
        """

    static let tombstoneByExternalID = """
        SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND external_id = ? AND deleted IS NOT NULL \
        ORDER BY deleted DESC, seq DESC LIMIT 1
        """

    static let tombstoneByDisplayName = """
        SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND display_name_key = ? AND deleted IS NOT NULL \
        ORDER BY deleted DESC, seq DESC LIMIT 1
        """
}

/// SQL of the lookups on the request path, kept in one place so the query-plan checks (tests and
/// `SQLiteStore.queryPlans()`) examine exactly what runs. All are prepared once per connection
/// (`cachedStatement`) and decoded by column index.
enum HotSQL {
    static let tokenByHash = """
        SELECT \(TokenRow.columns), \(IdentityProviderRow.columns) FROM tokens \
        JOIN identity_providers ON identity_providers.id = tokens.idp_id WHERE tokens.hash = ?
        """

    static let userByID = "SELECT \(UserRow.columns) FROM users WHERE id = ?"
    static let userByIDInIdP = "SELECT \(UserRow.columns) FROM users WHERE id = ? AND idp_id = ?"
    /// `filter=userName eq "…"`, Okta's lookup before every create (okta-wire §1.2).
    static let userByUserName = "SELECT \(UserRow.columns) FROM users WHERE idp_id = ? AND user_name_key = ?"

    static func groupByID(scoped: Bool, includeDeleted: Bool) -> String {
        var sql = "SELECT \(GroupRow.columns) FROM groups WHERE id = ?"
        if scoped { sql += " AND idp_id = ?" }
        if !includeDeleted { sql += " AND deleted IS NULL" }
        return sql
    }

    /// `filter=displayName eq "…"` on groups (okta-wire §1.9).
    static let groupByDisplayName = """
        SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND display_name_key = ? AND deleted IS NULL
        """
}

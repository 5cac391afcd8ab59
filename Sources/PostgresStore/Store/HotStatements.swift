import PostgresNIO

/// The lookups on every request, as named prepared statements: each connection parses and plans them
/// once, then only binds and executes (unnamed statements, parsed and planned on every call, ran at
/// ~40% of the rate of prepared ones on this stack).
protocol HotStatement: PostgresPreparedStatement where Row == PostgresRow {
    var values: [SQLValue] { get }
}

extension HotStatement {
    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { value.append(to: &bindings) }
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

extension PostgresConnection {
    /// The rows of a prepared hot statement, decoded in order.
    func all<Statement: HotStatement, Value>(_ statement: Statement, decode: (RowReader) throws -> Value) async throws -> [Value] {
        var values: [Value] = []
        for try await row in try await execute(statement, logger: PostgresStore.quietLogger) {
            values.append(try decode(RowReader(row)))
        }
        return values
    }

    func one<Statement: HotStatement, Value>(_ statement: Statement, decode: (RowReader) throws -> Value) async throws -> Value? {
        try await all(statement, decode: decode).first
    }
}

enum HotSQL {
    /// Every SCIM request, before anything else.
    struct TokenByHash: HotStatement {
        static let name = "scimdesk_token_by_hash"
        static let sql = """
            SELECT \(TokenRow.columns), \(IdentityProviderRow.columns) FROM tokens \
            JOIN identity_providers ON identity_providers.id = tokens.idp_id WHERE tokens.hash = $1
            """
        let values: [SQLValue]
    }

    struct UserByID: HotStatement {
        static let name = "scimdesk_user_by_id"
        static let sql = "SELECT \(UserRow.columns) FROM users WHERE id = $1"
        let values: [SQLValue]
    }

    struct UserByIDInIdP: HotStatement {
        static let name = "scimdesk_user_by_id_in_idp"
        static let sql = "SELECT \(UserRow.columns) FROM users WHERE id = $1 AND idp_id = $2"
        let values: [SQLValue]
    }

    /// `filter=userName eq "…"`, Okta's lookup before every create.
    struct UserByUserName: HotStatement {
        static let name = "scimdesk_user_by_user_name"
        static let sql = "SELECT \(UserRow.columns) FROM users WHERE idp_id = $1 AND user_name_key = $2"
        let values: [SQLValue]
    }

    /// The read-only `groups` attribute of every user GET.
    struct GroupsOfUser: HotStatement {
        static let name = "scimdesk_groups_of_user"
        static let sql = """
            SELECT groups.id, groups.display_name FROM memberships m JOIN groups ON groups.id = m.group_id \
            WHERE m.user_id = $1 AND groups.deleted IS NULL ORDER BY m.seq
            """
        let values: [SQLValue]
    }

    struct LiveGroupByIDInIdP: HotStatement {
        static let name = "scimdesk_live_group_by_id_in_idp"
        static let sql = "SELECT \(GroupRow.columns) FROM groups WHERE id = $1 AND idp_id = $2 AND deleted IS NULL"
        let values: [SQLValue]
    }
}

import GRDB

/// A piece of SQL and the values bound to its `?` placeholders, in order.
///
/// Filter values only ever travel in `arguments`; the SQL text is built from the column whitelist
/// and fixed operators, so nothing an IdP sends is interpolated into SQL.
struct SQLFragment: Sendable {
    var sql: String
    var arguments: [DatabaseValue]

    init(_ sql: String, _ values: [(any DatabaseValueConvertible)?] = []) {
        self.sql = sql
        self.arguments = values.map { $0?.databaseValue ?? .null }
    }

    init(sql: String, arguments: [DatabaseValue]) {
        self.sql = sql
        self.arguments = arguments
    }

    var statementArguments: StatementArguments { StatementArguments(arguments) }

    /// Concatenation: SQL text and arguments both keep their order.
    static func + (lhs: SQLFragment, rhs: SQLFragment) -> SQLFragment {
        SQLFragment(sql: lhs.sql + rhs.sql, arguments: lhs.arguments + rhs.arguments)
    }

    static func + (lhs: SQLFragment, rhs: String) -> SQLFragment {
        SQLFragment(sql: lhs.sql + rhs, arguments: lhs.arguments)
    }

    static func + (lhs: String, rhs: SQLFragment) -> SQLFragment {
        SQLFragment(sql: lhs + rhs.sql, arguments: rhs.arguments)
    }

    /// `(a) AND (b) …`; an empty list is `1` (true).
    static func all(_ parts: [SQLFragment]) -> SQLFragment {
        guard !parts.isEmpty else { return SQLFragment("1") }
        return join(parts.map { "(" + $0 + ")" }, separator: " AND ")
    }

    static func join(_ parts: [SQLFragment], separator: String) -> SQLFragment {
        var result = SQLFragment("")
        for (index, part) in parts.enumerated() {
            if index > 0 { result.sql += separator }
            result = result + part
        }
        return result
    }

    /// `scimdesk_fold(<self>)`: Swift's case folding applied inside SQL (see `DatabaseSetup.fold`).
    var folded: SQLFragment {
        "\(DatabaseSetup.foldFunctionName)(" + self + ")"
    }
}

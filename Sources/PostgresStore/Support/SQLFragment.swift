import PostgresNIO

/// A piece of SQL with `?` placeholders and the values bound to them, in order.
///
/// Filter values only ever travel as bound values; the SQL text is built from the column whitelist
/// and fixed operators, so nothing an IdP sends is interpolated into SQL. `query` numbers the
/// placeholders (`$1`, `$2`, …) only once the whole statement is assembled, so fragments compose freely.
struct SQLFragment: Sendable {
    var sql: String
    var values: [SQLValue]

    init(_ sql: String, _ values: [SQLValue] = []) {
        self.sql = sql
        self.values = values
    }

    static func + (lhs: SQLFragment, rhs: SQLFragment) -> SQLFragment {
        SQLFragment(lhs.sql + rhs.sql, lhs.values + rhs.values)
    }

    static func + (lhs: SQLFragment, rhs: String) -> SQLFragment {
        SQLFragment(lhs.sql + rhs, lhs.values)
    }

    static func + (lhs: String, rhs: SQLFragment) -> SQLFragment {
        SQLFragment(lhs + rhs.sql, rhs.values)
    }

    /// `(a) AND (b) …`; an empty list is `true`.
    static func all(_ parts: [SQLFragment]) -> SQLFragment {
        guard !parts.isEmpty else { return SQLFragment("true") }
        var result = SQLFragment("")
        for (index, part) in parts.enumerated() {
            result = result + (index > 0 ? " AND (" : "(") + part + ")"
        }
        return result
    }

    /// Case folding of a value that has no `*_key` column: lowercase under ICU's root locale (full
    /// Unicode, unlike `lower()` under `"C"`, which folds ASCII only) after NFC, then back to `"C"`
    /// so comparisons and ranges stay in code point order. Swift and ICU may still differ on rare
    /// letters (`İ`); the attributes IdPs look up by (userName, displayName, emails) use key columns.
    var folded: SQLFragment {
        "(lower(normalize(" + self + ", NFC) COLLATE \"und-x-icu\") COLLATE \"C\")"
    }

    /// The statement with `?` numbered as `$1…$n`. Placeholders never occur inside the quoted
    /// literals this module writes, which are fixed words and JSON type names.
    var query: PostgresQuery {
        var text = ""
        text.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var inLiteral = false
        for character in sql {
            if character == "'" { inLiteral.toggle() }
            if character == "?" && !inLiteral {
                number += 1
                text += "$\(number)"
            } else {
                text.append(character)
            }
        }
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { value.append(to: &bindings) }
        return PostgresQuery(unsafeSQL: text, binds: bindings)
    }
}

import GRDB

/// Row fetching by column index over a prepared statement: no Codable, no column-name lookups.
enum Fetch {
    static func all<Value>(
        _ statement: Statement, _ arguments: StatementArguments = [], decode: (Row) throws -> Value
    ) throws -> [Value] {
        // The cursor reuses one Row; decode copies what it needs out of it.
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var values: [Value] = []
        while let row = try cursor.next() { values.append(try decode(row)) }
        return values
    }

    static func one<Value>(
        _ statement: Statement, _ arguments: StatementArguments = [], decode: (Row) throws -> Value
    ) throws -> Value? {
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        return try cursor.next().map(decode)
    }

    static func int(_ statement: Statement, _ arguments: StatementArguments = []) throws -> Int {
        try Int.fetchOne(statement, arguments: arguments) ?? 0
    }

    static func int64(_ statement: Statement, _ arguments: StatementArguments = []) throws -> Int64 {
        try Int64.fetchOne(statement, arguments: arguments) ?? 0
    }
}

import Foundation
import PostgresNIO
import Provisioning

/// Reads one result row by column index (no column-name lookups on the hot paths).
struct RowReader {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    func string(_ index: Int) throws -> String { try decode(String.self, index) }
    func optionalString(_ index: Int) throws -> String? { try decode(String?.self, index) }
    func double(_ index: Int) throws -> Double { try decode(Double.self, index) }
    func optionalDouble(_ index: Int) throws -> Double? { try decode(Double?.self, index) }
    func int(_ index: Int) throws -> Int { try decode(Int.self, index) }
    func optionalInt(_ index: Int) throws -> Int? { try decode(Int?.self, index) }
    func int64(_ index: Int) throws -> Int64 { try decode(Int64.self, index) }
    func bool(_ index: Int) throws -> Bool { try decode(Bool.self, index) }
    func date(_ index: Int) throws -> Date { Columns.date(try double(index)) }
    func optionalDate(_ index: Int) throws -> Date? { Columns.date(optional: try optionalDouble(index)) }

    func uuid(_ index: Int) throws -> UUID {
        let text = try string(index)
        guard let id = Columns.uuid(text) else { throw StoreError.unavailable("bad id '\(text)' in column \(index)") }
        return id
    }

    func optionalUUID(_ index: Int) throws -> UUID? { try optionalString(index).flatMap(Columns.uuid) }

    /// A `bytea` column, nil for NULL.
    func optionalBytes(_ index: Int) throws -> [UInt8]? {
        try decode(ByteBuffer?.self, index).map { Array($0.readableBytesView) }
    }

    /// A `json` document column: its wire form is the JSON text itself, parsed without a `String` copy.
    func document(_ index: Int) throws -> JSONObject {
        guard let buffer = row[index].bytes, buffer.readableBytes > 0 else { return JSONObject() }
        do {
            guard case .object(let object) = try JSONParser.parse(bytes: Array(buffer.readableBytesView)) else {
                throw StoreError.unavailable("a stored document is not a JSON object")
            }
            return object
        } catch let error as JSONParser.SyntaxError {
            throw StoreError.unavailable("a stored document is not valid JSON: \(error)")
        }
    }

    private func decode<T: PostgresDecodable>(_ type: T.Type, _ index: Int) throws -> T {
        do {
            return try row[index].decode(T.self)
        } catch {
            throw StoreError.unavailable("cannot decode column \(index) as \(T.self): \(error)")
        }
    }
}

extension PostgresConnection {
    /// Every row of `statement`, decoded in order.
    func all<Value>(_ statement: SQLFragment, decode: (RowReader) throws -> Value) async throws -> [Value] {
        var values: [Value] = []
        for try await row in try await query(statement.query, logger: PostgresStore.quietLogger) {
            values.append(try decode(RowReader(row)))
        }
        return values
    }

    func one<Value>(_ statement: SQLFragment, decode: (RowReader) throws -> Value) async throws -> Value? {
        try await all(statement, decode: decode).first
    }

    /// Runs a statement and returns how many rows it returned (`… RETURNING 1` counts affected rows).
    @discardableResult
    func run(_ statement: SQLFragment) async throws -> Int {
        var count = 0
        for try await _ in try await query(statement.query, logger: PostgresStore.quietLogger) { count += 1 }
        return count
    }

    func run(_ sql: String, _ values: [SQLValue] = []) async throws {
        try await run(SQLFragment(sql, values))
    }
}

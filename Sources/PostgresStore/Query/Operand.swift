import Foundation
import Provisioning

/// One stored scalar a filter can compare: a column, a value inside the document, or a member of an
/// element being iterated.
struct Operand {
    enum Storage {
        /// A typed column: dates are float8 unix seconds, booleans `boolean`.
        case column
        /// A `json` value; `typed(_:)` turns it into the SQL type a comparison needs (NULL when the
        /// JSON holds another type, as SQLite's `json_extract` would not compare either).
        case json
    }

    var value: SQLFragment
    /// An indexed copy of a case-insensitive text column, already folded with `Columns.key`.
    var key: SQLFragment?
    var storage: Storage

    init(_ value: SQLFragment, key: SQLFragment? = nil, storage: Storage = .column) {
        self.value = value
        self.key = key
        self.storage = storage
    }

    static func column(_ name: String, key: String? = nil) -> Operand {
        Operand(SQLFragment(name), key: key.map { SQLFragment($0) })
    }

    /// The value as the SQL type of `type`.
    func typed(_ type: AttributePath.ValueType) -> SQLFragment {
        guard storage == .json else { return value }
        switch type {
        case .boolean: return Self.ifType("boolean", value, cast: "boolean")
        case .integer, .decimal: return Self.ifType("number", value, cast: "float8")
        case .dateTime: return "scimdesk_epoch(" + value + " #>> '{}')"
        default: return "((" + value + " #>> '{}') COLLATE \"C\")"
        }
    }

    /// `json` → SQL type, NULL unless the JSON value has the expected type.
    private static func ifType(_ jsonType: String, _ value: SQLFragment, cast: String) -> SQLFragment {
        let test: SQLFragment = "(CASE WHEN json_typeof(" + value + ") = '\(jsonType)' THEN ("
        return test + value + " #>> '{}')::\(cast) END)"
    }

    /// RFC 7644 §3.4.2.2 `pr`: present and not empty.
    func presence(type: AttributePath.ValueType) -> SQLFragment {
        if storage == .json { return DocumentOperands.jsonPresence(value) }
        switch type {
        case .string, .reference, .binary: return "(" + value + " IS NOT NULL AND " + value + " <> '')"
        default: return value + " IS NOT NULL"
        }
    }

    /// `value <op> filterValue` under the attribute's traits; `ne` matches a missing attribute.
    func compare(_ op: ComparisonOperator, _ filterValue: FilterValue, as path: AttributePath) throws -> SQLFragment {
        let lhs = typed(path.type)
        if case .null = filterValue {
            switch op {
            case .eq: return lhs + " IS NULL"
            case .ne: return lhs + " IS NOT NULL"
            default: throw StoreError.unsupportedQuery("'\(op.rawValue) null' is not a valid comparison for \(path)")
            }
        }
        switch path.type {
        case .string, .reference, .binary:
            guard case .string(let text) = filterValue else { throw Self.mismatch(path, filterValue) }
            if path.caseExact { return try TextComparison.make(lhs, op, text) }
            return try TextComparison.make(key ?? lhs.folded, op, Columns.key(text))
        case .boolean:
            guard let flag = Self.boolean(filterValue) else { throw Self.mismatch(path, filterValue) }
            guard op == .eq || op == .ne else {
                throw StoreError.unsupportedQuery("'\(op.rawValue)' cannot compare the boolean \(path)")
            }
            return Self.ordered(lhs, op, .bool(flag))
        case .integer, .decimal:
            guard case .number(let number) = filterValue else { throw Self.mismatch(path, filterValue) }
            return try Self.orderedOnly(lhs, op, .double(number), path)
        case .dateTime:
            guard let date = Self.date(filterValue) else { throw Self.mismatch(path, filterValue) }
            return try Self.orderedOnly(lhs, op, Columns.date(date), path)
        case .complex:
            throw StoreError.unsupportedQuery("\(path) is complex; compare one of its sub-attributes")
        }
    }

    private static func orderedOnly(_ lhs: SQLFragment, _ op: ComparisonOperator, _ value: SQLValue, _ path: AttributePath) throws
        -> SQLFragment
    {
        guard ![.co, .sw, .ew].contains(op) else {
            throw StoreError.unsupportedQuery("'\(op.rawValue)' only applies to strings, not to \(path)")
        }
        return ordered(lhs, op, value)
    }

    /// eq/ne/gt/ge/lt/le with a bound value; `ne` is NULL-safe (`IS DISTINCT FROM`).
    static func ordered(_ lhs: SQLFragment, _ op: ComparisonOperator, _ value: SQLValue) -> SQLFragment {
        let symbol =
            switch op {
            case .eq: " = ?"
            case .ne: " IS DISTINCT FROM ?"
            case .gt: " > ?"
            case .ge: " >= ?"
            case .lt: " < ?"
            default: " <= ?"
            }
        return lhs + SQLFragment(symbol, [value])
    }

    static func boolean(_ value: FilterValue) -> Bool? {
        switch value {
        case .boolean(let flag): return flag
        case .string(let text) where text.lowercased() == "true": return true
        case .string(let text) where text.lowercased() == "false": return false
        default: return nil
        }
    }

    static func date(_ value: FilterValue) -> Date? {
        switch value {
        case .dateTime(let date): return date
        case .string(let text):
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = formatter.date(from: text) { return date }
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.date(from: text)
        default: return nil
        }
    }

    static func mismatch(_ path: AttributePath, _ value: FilterValue) -> StoreError {
        .unsupportedQuery("\(path) is of type \(path.type.rawValue) and cannot be compared with \(value)")
    }
}

import PostgresNIO

/// A value bound to a `$n` placeholder. A closed set, so fragments stay `Sendable` and every bind has a
/// PostgreSQL type postgres-nio sends with it (text, float8, int8, bool, text[], bytea).
enum SQLValue: Sendable, Hashable {
    case string(String)
    case float8(Double)
    case int(Int)
    case bool(Bool)
    case textArray([String])
    case bytes([UInt8])
    case null

    /// Text, or NULL for nil.
    static func text(_ value: String?) -> SQLValue { value.map(SQLValue.string) ?? .null }
    /// A float8, or NULL for nil.
    static func double(_ value: Double?) -> SQLValue { value.map(SQLValue.float8) ?? .null }

    func append(to bindings: inout PostgresBindings) {
        switch self {
        case .string(let value): bindings.append(value)
        case .float8(let value): bindings.append(value)
        case .int(let value): bindings.append(value)
        case .bool(let value): bindings.append(value)
        case .textArray(let value): bindings.append(value)
        case .bytes(let value): bindings.append(ByteBuffer(bytes: value))
        // An untyped NULL: the server infers the type from where it is used.
        case .null: bindings.appendNull()
        }
    }
}

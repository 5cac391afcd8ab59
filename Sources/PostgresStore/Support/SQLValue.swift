import PostgresNIO

/// A value bound to a `$n` placeholder. A closed set, so fragments stay `Sendable` and `Hashable`
/// and every bind has a PostgreSQL type postgres-nio sends with it (text, float8, int8, bool, text[]).
enum SQLValue: Sendable, Hashable {
    case text(String)
    case double(Double)
    case int(Int)
    case bool(Bool)
    case textArray([String])
    case null

    static func text(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
    static func double(_ value: Double?) -> SQLValue { value.map(SQLValue.double) ?? .null }

    func append(to bindings: inout PostgresBindings) {
        switch self {
        case .text(let value): bindings.append(value)
        case .double(let value): bindings.append(value)
        case .int(let value): bindings.append(value)
        case .bool(let value): bindings.append(value)
        case .textArray(let value): bindings.append(value)
        // An untyped NULL: the server infers the type from where it is used.
        case .null: bindings.appendNull()
        }
    }
}

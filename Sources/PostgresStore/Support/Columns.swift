import Foundation
import Provisioning

/// How domain values are written into columns; the same conventions as the SQLite store, so both
/// translate filters alike: dates are float8 unix seconds, ids lowercase UUID text (never the `uuid`
/// type: postgres-nio decodes it to uppercase text, and `uuid = text` does not compare), and every
/// case-insensitive lookup has a `*_key` column computed in Swift (`identityKey`), because
/// PostgreSQL's `lower()` and Swift fold some letters (`İ`, final `ς`) differently.
enum Columns {
    static func date(_ date: Date) -> SQLValue { .double(date.timeIntervalSince1970) }
    static func date(optional date: Date?) -> SQLValue { date.map(Columns.date) ?? .null }
    static func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }
    static func date(optional seconds: Double?) -> Date? { seconds.map(date) }

    static func uuid(_ id: UUID) -> String { id.uuidString.lowercased() }
    static func uuid(optional id: UUID?) -> SQLValue { id.map { .text(uuid($0)) } ?? .null }
    static func uuid(_ text: String) -> UUID? { UUID(text: text) }

    static func key(_ text: String) -> String { text.identityKey }
    static func key(optional text: String?) -> SQLValue { text.map { .text(key($0)) } ?? .null }
}

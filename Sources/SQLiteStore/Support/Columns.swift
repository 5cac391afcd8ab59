import Foundation
import Provisioning

/// How domain values are written into columns. One place, so every table agrees.
///
/// Dates are REAL unix seconds: range comparisons and ORDER BY work on the raw column, decoding is a
/// single multiplication-free conversion, and the hot paths never format or parse text. Precision
/// beyond a microsecond or so is not kept (PostgreSQL's `timestamptz` keeps microseconds too), so
/// callers must not expect a sub-microsecond `Date` to round-trip bit for bit.
enum Columns {
    @inline(__always)
    static func date(_ date: Date) -> Double { date.timeIntervalSince1970 }

    @inline(__always)
    static func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    static func date(optional seconds: Double?) -> Date? { seconds.map(date) }

    static func date(optional date: Date?) -> Double? { date.map { $0.timeIntervalSince1970 } }

    /// UUIDs are stored as lowercase text, matching how user and group ids are issued.
    @inline(__always)
    static func uuid(_ id: UUID) -> String { id.uuidString.lowercased() }

    static func uuid(optional id: UUID?) -> String? { id.map(uuid) }

    static func uuid(_ text: String) -> UUID? { UUID(text: text) }

    /// The comparison key of a case-insensitive value (`identityKey`: lowercase, NFC).
    @inline(__always)
    static func key(_ text: String) -> String { text.identityKey }

    static func key(optional text: String?) -> String? { text.map(key) }
}

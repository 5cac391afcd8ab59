import Foundation

/// A SCIM filter expression (RFC 7644 §3.4.2.2) after parsing and attribute resolution.
public indirect enum Filter: Sendable, Hashable {
    case comparison(AttributePath, ComparisonOperator, FilterValue)
    /// `attr pr`
    case present(AttributePath)
    case and(Filter, Filter)
    case or(Filter, Filter)
    case not(Filter)
    /// `emails[type eq "work" and value co "@example.com"]`: `inner` is evaluated per element of
    /// the multi-valued `attribute`; its paths are relative sub-attributes (`attribute` = sub name).
    case valuePath(AttributePath, Filter)
}

public enum ComparisonOperator: String, Sendable, CaseIterable {
    case eq, ne, co, sw, ew, gt, ge, lt, le
}

public enum FilterValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case number(Double)
    case boolean(Bool)
    case dateTime(Date)
    case null

    public var description: String {
        switch self {
        case .string(let s): "\"\(s)\""
        case .number(let n): "\(n)"
        case .boolean(let b): "\(b)"
        case .dateTime(let d): "\"\(d)\""
        case .null: "null"
        }
    }
}

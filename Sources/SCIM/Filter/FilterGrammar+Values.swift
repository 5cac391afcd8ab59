import Provisioning

/// compValue = false / null / true / number / string (RFC 7644 §3.4.2.2).
enum FilterLiteral {
    case string(String)
    case number(Double)
    case boolean(Bool)
    case null
}

extension FilterGrammar {
    func literal(_ token: FilterToken) -> FilterLiteral? {
        switch token.kind {
        case .string(let text): return .string(text)
        case .number(let number): return .number(number)
        case .word:
            if token.isKeyword("true") { return .boolean(true) }
            if token.isKeyword("false") { return .boolean(false) }
            if token.isKeyword("null") { return .null }
            return nil
        default: return nil
        }
    }

    /// The literal as the attribute's type wants it; operators must suit the type (RFC 7644 §3.4.2.2:
    /// ordering on booleans and binaries is an `invalidFilter`).
    func typed(_ literal: FilterLiteral, for target: FilterTarget, op: ComparisonOperator, at token: FilterToken) throws(SCIMError)
        -> FilterValue
    {
        let name = target.written
        let at = "at position \(token.position)"
        guard target.comparable else {
            throw .invalidFilter("'\(name)' is complex; compare one of its sub-attributes (e.g. '\(name).type') \(at)")
        }
        if case .null = literal {
            guard op == .eq || op == .ne else { throw .invalidFilter("'\(op.rawValue)' cannot compare with null \(at)") }
            return .null
        }
        let isEquality = op == .eq || op == .ne
        let isSubstring = op == .co || op == .sw || op == .ew
        switch target.path.type {
        case .string, .reference, .binary:
            guard case .string(let text) = literal else {
                throw .invalidFilter("'\(name)' is a string attribute; expected a quoted value \(at)")
            }
            if target.path.type == .binary, !isEquality {
                throw .invalidFilter("'\(op.rawValue)' cannot be used with the binary attribute '\(name)' \(at)")
            }
            return .string(text)
        case .boolean:
            guard isEquality else {
                throw .invalidFilter("'\(op.rawValue)' cannot be used with the boolean attribute '\(name)' \(at)")
            }
            switch literal {
            case .boolean(let flag): return .boolean(flag)
            // DialectRule.stringBooleans
            case .string(let text) where Dialect.boolean(from: .string(text)) != nil:
                return .boolean(Dialect.boolean(from: .string(text)) ?? false)
            default: throw .invalidFilter("'\(name)' is a boolean; expected true or false \(at)")
            }
        case .dateTime:
            guard !isSubstring else {
                throw .invalidFilter("'\(op.rawValue)' cannot be used with the dateTime attribute '\(name)' \(at)")
            }
            guard case .string(let text) = literal, let date = SCIMDateTime.date(from: text) else {
                throw .invalidFilter(
                    "'\(name)' is a dateTime; expected an RFC 3339 value such as \"2011-05-13T04:42:34Z\" \(at)"
                )
            }
            return .dateTime(date)
        case .integer, .decimal:
            guard !isSubstring else {
                throw .invalidFilter("'\(op.rawValue)' cannot be used with the numeric attribute '\(name)' \(at)")
            }
            guard case .number(let number) = literal else {
                throw .invalidFilter("'\(name)' is a number; expected an unquoted number \(at)")
            }
            return .number(number)
        case .complex:
            throw .invalidFilter("'\(name)' is complex; compare one of its sub-attributes \(at)")
        }
    }
}

import Provisioning

/// Parses SCIM filter expressions (RFC 7644 §3.4.2.2, the whole Figure 1 grammar) and resolves their
/// attribute paths against the resource type's schemas, so stores receive canonical names with types.
///
/// Precedence (RFC 7644 §3.4.2.2): grouping, then attribute operators, then `not`, `and`, `or`.
/// Attribute names, operators and keywords are case-insensitive. Every error is a 400 `invalidFilter`
/// whose detail gives the position and what was expected.
public enum FilterParser {
    /// Longer filters are refused before parsing (no IdP sends more than a few hundred characters).
    public static let maximumLength = 10_000
    /// Parentheses, `not (…)` and value paths nested deeper than this are refused. SQLite's parser
    /// has a fixed stack, and each nested level of the SQL a filter becomes takes a few entries of
    /// it: 20 levels leave a margin on the deepest shape (alternating `and`/`or`/`not` around a value
    /// filter overflowed at 24). IdPs nest two or three.
    public static let maximumDepth = 20
    /// Comparisons beyond this count are refused, which also bounds the depth of `and`/`or` chains.
    public static let maximumTerms = 256

    /// The filter `text` means for resources of `type`.
    public static func parse(_ text: String, for type: ResourceType) throws(SCIMError) -> Filter {
        guard text.unicodeScalars.count <= maximumLength else {
            throw .invalidFilter("the filter is longer than \(maximumLength) characters")
        }
        var parser = FilterGrammar(tokens: try FilterLexer.tokens(text), type: type)
        guard parser.current.kind != .end else { throw .invalidFilter("the filter is empty") }
        let filter = try parser.parseOr(.resource)
        try parser.expectEnd()
        return filter
    }

    /// The filter inside a PATCH value path `attr[…]` (RFC 7644 §3.5.2), with paths relative to
    /// `attribute`'s sub-attributes, as in `Filter.valuePath`.
    static func parseValueFilter(_ text: String, within attribute: SchemaAttribute, for type: ResourceType) throws(SCIMError) -> Filter {
        guard text.unicodeScalars.count <= maximumLength else {
            throw .invalidFilter("the filter is longer than \(maximumLength) characters")
        }
        var parser = FilterGrammar(tokens: try FilterLexer.tokens(text), type: type)
        let filter = try parser.parseOr(.element(of: attribute))
        try parser.expectEnd()
        return filter
    }
}

/// Where attribute names resolve: against the resource, or inside `attr[…]` against its sub-attributes.
enum FilterScope {
    case resource
    case element(of: SchemaAttribute)
}

/// The recursive-descent parser over the token list.
struct FilterGrammar {
    let tokens: [FilterToken]
    let type: ResourceType
    var index = 0
    var depth = 0
    var terms = 0

    init(tokens: [FilterToken], type: ResourceType) {
        self.tokens = tokens
        self.type = type
    }

    var current: FilterToken { tokens[index] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    // FILTER = attrExp / logExp / valuePath / *1"not" "(" FILTER ")", with `or` binding loosest.
    mutating func parseOr(_ scope: FilterScope) throws(SCIMError) -> Filter {
        var left = try parseAnd(scope)
        while current.isKeyword("or") {
            advance()
            left = .or(left, try parseAnd(scope))
        }
        return left
    }

    mutating func parseAnd(_ scope: FilterScope) throws(SCIMError) -> Filter {
        var left = try parseUnary(scope)
        while current.isKeyword("and") {
            advance()
            left = .and(left, try parseUnary(scope))
        }
        return left
    }

    mutating func parseUnary(_ scope: FilterScope) throws(SCIMError) -> Filter {
        let token = current
        if token.isKeyword("not") {
            advance()
            guard current.kind == .leftParen else {
                throw .invalidFilter("expected '(' after 'not' at position \(current.position), found \(current.described)")
            }
            return .not(try parseGroup(scope))
        }
        switch token.kind {
        case .leftParen: return try parseGroup(scope)
        case .word: return try parseAttributeExpression(scope)
        default:
            throw .invalidFilter("expected an attribute name, 'not' or '(' at position \(token.position), found \(token.described)")
        }
    }

    mutating func parseGroup(_ scope: FilterScope) throws(SCIMError) -> Filter {
        let open = current
        advance()
        try enterNesting(at: open)
        let inner = try parseOr(scope)
        guard current.kind == .rightParen else {
            throw .invalidFilter(
                "missing ')' for the '(' at position \(open.position); found \(current.described) at position \(current.position)"
            )
        }
        advance()
        depth -= 1
        return inner
    }

    mutating func enterNesting(at token: FilterToken) throws(SCIMError) {
        depth += 1
        guard depth <= FilterParser.maximumDepth else {
            throw .invalidFilter("the filter nests deeper than \(FilterParser.maximumDepth) levels at position \(token.position)")
        }
    }

    func expectEnd() throws(SCIMError) {
        switch current.kind {
        case .end: return
        case .rightParen:
            throw .invalidFilter("unbalanced ')' at position \(current.position)")
        case .rightBracket:
            throw .invalidFilter("unbalanced ']' at position \(current.position)")
        default:
            throw .invalidFilter(
                "unexpected \(current.described) at position \(current.position); expected 'and', 'or' or the end of the filter"
            )
        }
    }
}

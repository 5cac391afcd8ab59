import Provisioning

extension FilterGrammar {
    // attrExp = (attrPath SP "pr") / (attrPath SP compareOp SP compValue); valuePath = attrPath "[" valFilter "]"
    mutating func parseAttributeExpression(_ scope: FilterScope) throws(SCIMError) -> Filter {
        let nameToken = current
        guard case .word(let name) = nameToken.kind else {
            throw .invalidFilter("expected an attribute name at position \(nameToken.position), found \(nameToken.described)")
        }
        advance()
        guard current.kind == .leftBracket else {
            let target = try resolveTarget(name, at: nameToken, in: scope)
            return try parseOperation(on: target)
        }
        guard case .resource = scope else {
            throw .invalidFilter("value filters cannot be nested: '[' at position \(current.position)")
        }
        let open = current
        let resolved = try resolveComplex(name, at: nameToken)
        advance()
        try enterNesting(at: open)
        let inner = try parseOr(.element(of: resolved.attribute))
        guard current.kind == .rightBracket else {
            throw .invalidFilter(
                "missing ']' for the '[' at position \(open.position); found \(current.described) at position \(current.position)"
            )
        }
        advance()
        depth -= 1
        let path = AttributePath(
            schema: resolved.extensionURN, attribute: resolved.attribute.name, type: .complex,
            multiValued: resolved.attribute.multiValued
        )
        // DialectRule.valuePathSubAttributeInFilter: `emails[type eq "work"].value eq "x"`.
        if case .word(let word) = current.kind, word.hasPrefix(".") {
            let subToken = current
            advance()
            let target = try resolveTarget(String(word.dropFirst()), at: subToken, in: .element(of: resolved.attribute))
            return .valuePath(path, .and(inner, try parseOperation(on: target)))
        }
        return .valuePath(path, inner)
    }

    /// `pr`, or a comparison operator and its value, after an attribute path.
    mutating func parseOperation(on target: FilterTarget) throws(SCIMError) -> Filter {
        let operatorToken = current
        guard case .word(let operatorText) = operatorToken.kind else {
            throw .invalidFilter(
                "expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr) after '\(target.written)' at position \(operatorToken.position), found \(operatorToken.described)"
            )
        }
        advance()
        try countTerm(at: operatorToken)
        if operatorText.equalsIgnoringASCIICase("pr") {
            if literal(current) != nil {
                throw .invalidFilter("'pr' takes no value, but \(current.described) follows at position \(current.position)")
            }
            return .present(target.path)
        }
        guard let op = ComparisonOperator.allCases.first(where: { $0.rawValue.equalsIgnoringASCIICase(operatorText) }) else {
            throw .invalidFilter(
                "unknown operator '\(operatorText)' at position \(operatorToken.position); expected eq, ne, co, sw, ew, gt, ge, lt, le or pr"
            )
        }
        let valueToken = current
        guard let value = literal(valueToken) else {
            throw .invalidFilter(
                "expected a value (a quoted string, number, true, false or null) after '\(operatorText)' at position \(valueToken.position), found \(valueToken.described)"
            )
        }
        advance()
        return .comparison(target.path, op, try typed(value, for: target, op: op, at: valueToken))
    }

    mutating func countTerm(at token: FilterToken) throws(SCIMError) {
        terms += 1
        guard terms <= FilterParser.maximumTerms else {
            throw .invalidFilter("the filter has more than \(FilterParser.maximumTerms) comparisons (position \(token.position))")
        }
    }
}

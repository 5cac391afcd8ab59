import Provisioning

/// Translates a resolved `Provisioning.Filter` into a WHERE condition over one table.
///
/// Every attribute goes through `ResourceSchema` (the column whitelist) or becomes a bound JSON path
/// into `document`; every value is a bound parameter. The condition is two-valued where it matters:
/// `not` treats an unknown (NULL, i.e. missing attribute) inner result as false, so `not (title eq "x")`
/// matches users without a title, like `title ne "x"` does.
///
/// The SQL is kept flat, because SQLite's parser has a fixed stack (about 100 entries; each
/// parenthesised level takes three or so): a chain of one operator (`a or b or c …`, however it is
/// nested) becomes one parenthesised list, and a run of `not` becomes one `IS [NOT] TRUE`.
struct FilterTranslator {
    /// Where an attribute name is looked up.
    enum Scope {
        /// Attributes of the resource row.
        case resource
        /// Sub-attributes of one element of a document array (`json_each … e`).
        case jsonElement
        /// Sub-attributes of one membership (`memberships m`).
        case membership(MembershipLink)
    }

    let schema: ResourceSchema
    var scope: Scope = .resource

    func translate(_ filter: Filter) throws -> SQLFragment {
        switch filter {
        case .and:
            return "(" + SQLFragment.join(try filter.chained(\.andOperands).map(translate), separator: " AND ") + ")"
        case .or:
            return "(" + SQLFragment.join(try filter.chained(\.orOperands).map(translate), separator: " OR ") + ")"
        case .not:
            // `x IS NOT TRUE` is true for false and for unknown; an even run of `not` is `IS TRUE`.
            var inner = filter
            var negations = 0
            while case .not(let next) = inner {
                inner = next
                negations += 1
            }
            // An `and`/`or` list has its parentheses already; one more level would cost parser stack.
            var operand = try translate(inner)
            if inner.andOperands == nil, inner.orOperands == nil { operand = "(" + operand + ")" }
            return operand + (negations.isMultiple(of: 2) ? " IS TRUE" : " IS NOT TRUE")
        case .present(let path):
            return try presence(path)
        case .comparison(let path, let op, let value):
            return try comparison(path, op, value)
        case .valuePath(let path, let inner):
            guard case .resource = scope else {
                throw StoreError.unsupportedQuery("value filters cannot be nested ('\(path)[…]' inside another)")
            }
            return try valuePath(path, inner)
        }
    }

    private func presence(_ path: AttributePath) throws -> SQLFragment {
        switch scope {
        case .jsonElement: return DocumentOperands.element(path.attribute).presence(type: path.type)
        case .membership(let link): return try link.operand(sub: path.attribute).presence(type: path.type)
        case .resource: break
        }
        switch schema.target(for: path) {
        case .column(let operand): return operand.presence(type: path.type)
        case .memberships(let link):
            guard let sub = path.subAttribute, sub.lowercased() != "value" else { return SQLFragment(link.anyPresent) }
            return membershipExists(link, try link.operand(sub: sub).presence(type: path.type))
        case .unsupported: throw Self.notFilterable(path)
        case .document, .sortOnly:
            guard path.multiValued else { return try DocumentOperands.singlePresence(path, table: schema.table) }
            guard let sub = path.subAttribute else { return try documentExists(path, nil) }
            return try documentExists(path, DocumentOperands.element(sub).presence(type: path.type))
        }
    }

    private func comparison(_ path: AttributePath, _ op: ComparisonOperator, _ value: FilterValue) throws -> SQLFragment {
        switch scope {
        case .jsonElement: return try DocumentOperands.element(path.attribute).compare(op, value, as: path)
        case .membership(let link): return try link.operand(sub: path.attribute).compare(op, value, as: path)
        case .resource: break
        }
        let search = schema.searchIndex(for: path)
        switch schema.target(for: path) {
        case .column(let operand):
            let exact = try operand.compare(op, value, as: path)
            return search?.narrow(exact, op, value, as: path) ?? exact
        case .memberships(let link):
            let operand = try link.operand(sub: path.subAttribute)
            return try Self.anyElement(op, value, path: path.scalar) {
                membershipExists(link, try operand.compare($0, $1, as: path.scalar))
            }
        case .unsupported:
            throw Self.notFilterable(path)
        case .document, .sortOnly:
            guard path.multiValued else {
                return try DocumentOperands.single(path, table: schema.table).compare(op, value, as: path)
            }
            let operand = path.subAttribute.map(DocumentOperands.element) ?? DocumentOperands.elementValue
            return try Self.anyElement(op, value, path: path.scalar) { op, value in
                let exact = try documentExists(path, operand.compare(op, value, as: path.scalar))
                return search?.narrow(exact, op, value, as: path.scalar) ?? exact
            }
        }
    }

    /// Multi-valued semantics: positive operators match when ANY element matches; `ne` matches when NO
    /// element equals the value (so a resource without the attribute matches, as with single values);
    /// `eq null` matches when no element has a value.
    static func anyElement(
        _ op: ComparisonOperator, _ value: FilterValue, path: AttributePath,
        exists: (ComparisonOperator, FilterValue) throws -> SQLFragment
    ) throws -> SQLFragment {
        switch (op, value) {
        case (.ne, .null): return try exists(.ne, .null)
        case (.eq, .null): return "NOT " + (try exists(.ne, .null))
        case (.ne, _): return "NOT " + (try exists(.eq, value))
        default: return try exists(op, value)
        }
    }

    private func valuePath(_ path: AttributePath, _ inner: Filter) throws -> SQLFragment {
        switch schema.target(for: path) {
        case .memberships(let link):
            return membershipExists(link, try FilterTranslator(schema: schema, scope: .membership(link)).translate(inner))
        case .unsupported:
            throw Self.notFilterable(path)
        case .document where path.multiValued, .sortOnly:
            return try documentExists(path, FilterTranslator(schema: schema, scope: .jsonElement).translate(inner))
        case .column, .document:
            // A single-valued complex attribute: `name[givenName eq "x"]` is `name.givenName eq "x"`.
            return try translate(inner.prefixingPaths(with: path))
        }
    }

    private func membershipExists(_ link: MembershipLink, _ condition: SQLFragment) -> SQLFragment {
        "EXISTS (SELECT 1 FROM memberships m WHERE \(link.correlation) AND " + condition + ")"
    }

    /// `EXISTS (SELECT 1 FROM json_each(document, <bound path>) e WHERE …)`.
    private func documentExists(_ path: AttributePath, _ condition: SQLFragment?) throws -> SQLFragment {
        let array = SQLFragment(
            "EXISTS (SELECT 1 FROM json_each(\(schema.table).document, ?) e", [try DocumentPath.json(DocumentPath.attributeLabels(path))])
        guard let condition else { return array + ")" }
        return array + " WHERE " + condition + ")"
    }

    static func notFilterable(_ path: AttributePath) -> StoreError {
        .unsupportedQuery("\(path) cannot be used in a filter or sort")
    }
}

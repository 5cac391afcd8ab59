import Provisioning

/// Translates a resolved `Provisioning.Filter` into a WHERE condition over one table: the SQLite
/// store's translator, with PostgreSQL's JSON functions.
///
/// Every attribute goes through `ResourceSchema` (the column whitelist) or becomes a bound path into
/// `document`; every value is a bound parameter. `not` treats an unknown (NULL) inner result as
/// false, so `not (title eq "x")` matches users without a title, like `title ne "x"` does.
struct FilterTranslator {
    enum Scope {
        /// Attributes of the resource row.
        case resource
        /// Sub-attributes of one element of a document array (`e`).
        case jsonElement
        /// Sub-attributes of one membership (`memberships m`).
        case membership(MembershipLink)
    }

    let schema: ResourceSchema
    var scope: Scope = .resource

    func translate(_ filter: Filter) throws -> SQLFragment {
        switch filter {
        case .and(let lhs, let rhs):
            return "(" + (try translate(lhs)) + " AND " + (try translate(rhs)) + ")"
        case .or(let lhs, let rhs):
            return "(" + (try translate(lhs)) + " OR " + (try translate(rhs)) + ")"
        case .not(let inner):
            return "NOT COALESCE((" + (try translate(inner)) + "), false)"
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
        switch schema.target(for: path) {
        case .column(let operand):
            return try operand.compare(op, value, as: path)
        case .memberships(let link):
            let operand = try link.operand(sub: path.subAttribute)
            return try Self.anyElement(op, value) { membershipExists(link, try operand.compare($0, $1, as: path.scalar)) }
        case .unsupported:
            throw Self.notFilterable(path)
        case .document, .sortOnly:
            guard path.multiValued else {
                return try DocumentOperands.single(path, table: schema.table).compare(op, value, as: path)
            }
            let operand = path.subAttribute.map(DocumentOperands.element) ?? DocumentOperands.elementValue
            return try Self.anyElement(op, value) { try documentExists(path, operand.compare($0, $1, as: path.scalar)) }
        }
    }

    /// Multi-valued semantics: positive operators match when ANY element matches; `ne` when NO element
    /// equals the value; `eq null` when no element has a value.
    static func anyElement(
        _ op: ComparisonOperator, _ value: FilterValue, exists: (ComparisonOperator, FilterValue) throws -> SQLFragment
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

    private func documentExists(_ path: AttributePath, _ condition: SQLFragment?) throws -> SQLFragment {
        let rows = "EXISTS (SELECT 1 FROM " + (try DocumentOperands.elements(path, table: schema.table))
        guard let condition else { return rows + ")" }
        return rows + " WHERE COALESCE(" + condition + ", false))"
    }

    static func notFilterable(_ path: AttributePath) -> StoreError {
        .unsupportedQuery("\(path) cannot be used in a filter or sort")
    }
}

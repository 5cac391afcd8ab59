import Provisioning

/// Translates `SortSpec` (RFC 7644 §3.4.2.3) into ORDER BY through the same whitelist as filters.
/// Missing values sort last in both directions; `seq` (insertion order) breaks ties.
struct SortTranslator {
    let schema: ResourceSchema

    func orderBy(_ sort: SortSpec?) throws -> SQLFragment {
        let tiebreak = "\(schema.table).seq"
        guard let sort else { return SQLFragment(tiebreak) }
        let direction = sort.ascending ? "ASC" : "DESC"
        return try key(sort.path) + " \(direction) NULLS LAST, \(tiebreak)"
    }

    private func key(_ path: AttributePath) throws -> SQLFragment {
        switch schema.target(for: path) {
        case .column(let operand), .sortOnly(let operand):
            return Self.comparable(operand, path)
        case .memberships, .unsupported:
            throw StoreError.unsupportedQuery("cannot sort by \(path)")
        case .document:
            guard path.multiValued else {
                return Self.comparable(try DocumentOperands.single(path, table: schema.table), path)
            }
            // The primary element's value, else the first element's.
            let element = path.subAttribute.map(DocumentOperands.element) ?? DocumentOperands.elementValue
            let select: SQLFragment = "(SELECT " + Self.comparable(element, path.scalar) + " FROM "
            let rows = try DocumentOperands.elements(path, table: schema.table)
            return select + rows + " ORDER BY (json_typeof(e.value) = 'object' AND (e.value ->> 'primary') = 'true') DESC, e.ord LIMIT 1)"
        }
    }

    /// The expression whose natural order is the attribute's SCIM order.
    static func comparable(_ operand: Operand, _ path: AttributePath) -> SQLFragment {
        let value = operand.typed(path.type)
        switch path.type {
        case .string, .reference, .binary:
            if path.caseExact { return value }
            return operand.key ?? value.folded
        default:
            return value
        }
    }
}

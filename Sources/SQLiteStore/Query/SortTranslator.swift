import Provisioning

/// Translates `SortSpec` (RFC 7644 §3.4.2.3) into ORDER BY through the same whitelist as filters.
///
/// Missing values sort last in both directions, and `seq` (insertion order) always breaks ties, so
/// pages never overlap or skip rows however many share a value.
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
            let value = Self.comparable(element, path.scalar)
            return "(SELECT " + value
                + SQLFragment(
                    " FROM json_each(\(schema.table).document, ?) e ORDER BY (CASE WHEN e.type = 'object' "
                        + "THEN json_extract(e.value, '$.\"primary\"') END) IS 1 DESC, e.key LIMIT 1)",
                    [try DocumentPath.json(DocumentPath.attributeLabels(path))]
                )
        }
    }

    /// The expression whose natural order is the attribute's SCIM order.
    static func comparable(_ operand: Operand, _ path: AttributePath) -> SQLFragment {
        switch path.type {
        case .string, .reference, .binary:
            if path.caseExact { return operand.value }
            return operand.key ?? operand.value.folded
        case .dateTime where operand.storage == .json:
            return "julianday(" + operand.value + ")"
        default:
            return operand.value
        }
    }
}

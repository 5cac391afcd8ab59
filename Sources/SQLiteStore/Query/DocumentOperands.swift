import Provisioning

/// Operands that read values out of the stored JSON document, with the JSON path always bound.
enum DocumentOperands {
    /// `json_extract(<table>.document, ?)` for a single-valued attribute.
    static func single(_ path: AttributePath, table: String) throws -> Operand {
        Operand(SQLFragment("json_extract(\(table).document, ?)", [try DocumentPath.json(DocumentPath.labels(path))]), storage: .json)
    }

    /// A sub-attribute of the current `json_each` element `e`. The type guard keeps `json_extract`
    /// away from scalar elements, which it would reject as malformed JSON.
    static func element(_ sub: String) -> Operand {
        let path = (try? DocumentPath.json([sub])) ?? "$"
        return Operand(SQLFragment("(CASE WHEN e.type = 'object' THEN json_extract(e.value, ?) END)", [path]), storage: .json)
    }

    /// The element itself when scalar, else its `value` sub-attribute (RFC 7643 §2.4: `value` is the
    /// default sub-attribute of a multi-valued attribute).
    static let elementValue = Operand(
        SQLFragment("(CASE WHEN e.type = 'object' THEN json_extract(e.value, '$.\"value\"') ELSE e.atom END)"),
        storage: .json
    )

    /// `pr` on a single-valued document attribute: present, and not "", [] or {}.
    static func singlePresence(_ path: AttributePath, table: String) throws -> SQLFragment {
        let json = try DocumentPath.json(DocumentPath.labels(path))
        let doc = "\(table).document"
        return SQLFragment(
            """
            (CASE json_type(\(doc), ?) WHEN 'text' THEN json_extract(\(doc), ?) <> '' \
            WHEN 'array' THEN json_array_length(\(doc), ?) > 0 WHEN 'object' THEN json_extract(\(doc), ?) <> '{}' \
            WHEN 'true' THEN 1 WHEN 'false' THEN 1 WHEN 'integer' THEN 1 WHEN 'real' THEN 1 ELSE 0 END)
            """,
            [json, json, json, json]
        )
    }
}

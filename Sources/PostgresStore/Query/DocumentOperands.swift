import Provisioning

/// Operands that read values out of the stored `json` document, with the path always bound.
enum DocumentOperands {
    /// `<table>.document #> '{a,b}'` for a single-valued attribute.
    static func single(_ path: AttributePath, table: String) throws -> Operand {
        Operand(SQLFragment("(\(table).document #> ?::text[])", [try DocumentPath.fullLabels(path)]), storage: .json)
    }

    /// A sub-attribute of the current array element `e`, NULL for scalar elements.
    static func element(_ sub: String) -> Operand {
        Operand(SQLFragment("(CASE WHEN json_typeof(e.value) = 'object' THEN e.value -> ? END)", [.text(sub)]), storage: .json)
    }

    /// The element itself when scalar, else its `value` sub-attribute (RFC 7643 §2.4: `value` is the
    /// default sub-attribute of a multi-valued attribute).
    static let elementValue = Operand(
        SQLFragment("(CASE WHEN json_typeof(e.value) = 'object' THEN e.value -> 'value' ELSE e.value END)"), storage: .json)

    /// `pr` on a single-valued document attribute: present, and not "", [] or {}.
    static func singlePresence(_ path: AttributePath, table: String) throws -> SQLFragment {
        jsonPresence(try single(path, table: table).value)
    }

    /// RFC 7644 §3.4.2.2 `pr` on a JSON value: not null, and not an empty string, array or object.
    static func jsonPresence(_ json: SQLFragment) -> SQLFragment {
        var sql: SQLFragment = "(CASE json_typeof(" + json
        sql = sql + ") WHEN 'string' THEN (" + json
        sql = sql + " #>> '{}') <> '' WHEN 'array' THEN json_array_length(" + json
        sql = sql + ") > 0 WHEN 'object' THEN EXISTS (SELECT 1 FROM json_object_keys(" + json
        return sql + ")) WHEN 'boolean' THEN true WHEN 'number' THEN true ELSE false END)"
    }

    /// The rows of the array at `path` as `e(value, ord)`; nothing when it is missing or not an array.
    static func elements(_ path: AttributePath, table: String) throws -> SQLFragment {
        let array = SQLFragment("\(table).document #> ?::text[]", [try DocumentPath.attributeLabels(path)])
        let guarded: SQLFragment = "json_array_elements(CASE WHEN json_typeof(" + array + ") = 'array' THEN "
        return guarded + array + " END) WITH ORDINALITY AS e(value, ord)"
    }
}

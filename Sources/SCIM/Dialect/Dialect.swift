import Provisioning

/// The value-level dialect rules (see `DialectRule`), shared by mapping, PATCH and filters.
enum Dialect {
    /// `DialectRule.stringBooleans`: a JSON boolean, or `"true"`/`"false"` in any case.
    static func boolean(from value: JSONValue) -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .string(let text):
            if text.equalsIgnoringASCIICase("true") { return true }
            if text.equalsIgnoringASCIICase("false") { return false }
            return nil
        default: return nil
        }
    }

    /// `DialectRule.patchOpAnyCase`: `add`, `Add`, `ADD` …
    static func patchOp(from text: String) -> PatchOperation.Op? {
        PatchOperation.Op.allCases.first { $0.rawValue.equalsIgnoringASCIICase(text) }
    }

    /// `DialectRule.stringForComplexValue`: `"<id>"` → `{"value":"<id>"}` when the complex attribute
    /// has a `value` sub-attribute (manager, emails, members …).
    static func complexValue(fromString text: String, for attribute: SchemaAttribute) -> JSONValue? {
        guard let sub = attribute.subAttribute(named: "value") else { return nil }
        var object = JSONObject()
        object[sub.name] = .string(text)
        return .object(object)
    }

    /// `DialectRule.singleValueForMultiValued`: the elements of a multi-valued attribute's value.
    static func elements(of value: JSONValue) -> [JSONValue] {
        switch value {
        case .array(let elements): elements
        case .null: []
        default: [value]
        }
    }
}

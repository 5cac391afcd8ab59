import Provisioning

extension DocumentNormalizer {
    /// The stored form of `value` for `attribute`, or nil when the value unassigns it.
    /// `path` names the attribute in error details (`emails.primary`, `urn:…:User:manager`).
    func normalize(_ value: JSONValue, _ attribute: SchemaAttribute, path: String) throws(SCIMError) -> JSONValue? {
        // DialectRule.emptyValues: null means unassigned (RFC 7643 §2.5).
        if value.isNull { return nil }
        guard attribute.multiValued else { return try normalizeSingle(value, attribute, path: path) }
        var elements: [JSONValue] = []
        // DialectRule.singleValueForMultiValued
        for element in Dialect.elements(of: value) {
            if let normalized = try normalizeSingle(element, attribute, path: path) { elements.append(normalized) }
        }
        return .array(elements)
    }

    /// One value (one element of a multi-valued attribute) checked against the attribute's type.
    func normalizeSingle(_ value: JSONValue, _ attribute: SchemaAttribute, path: String) throws(SCIMError) -> JSONValue? {
        if value.isNull { return nil }
        switch attribute.type {
        case .complex:
            switch value {
            case .object(let object):
                return .object(try normalizeComplex(object, attribute, path: path))
            case .string(let text):
                if text.isEmpty { return nil }
                // DialectRule.stringForComplexValue (Entra's manager id)
                if let wrapped = Dialect.complexValue(fromString: text, for: attribute) { return wrapped }
            default: break
            }
            throw .invalidValue("'\(path)' must be a JSON object with sub-attributes, not \(value.kindName).")
        case .boolean:
            // DialectRule.stringBooleans
            if let flag = Dialect.boolean(from: value) { return .bool(flag) }
            if value == .string("") { return nil }
            throw .invalidValue("'\(path)' must be a boolean (true or false), not \(value.kindName).")
        case .integer:
            if case .number(let number) = value, number == number.rounded() { return value }
            if value == .string("") { return nil }
            throw .invalidValue("'\(path)' must be an integer, not \(value.kindName).")
        case .decimal:
            if case .number = value { return value }
            if value == .string("") { return nil }
            throw .invalidValue("'\(path)' must be a number, not \(value.kindName).")
        case .string, .reference, .binary, .dateTime:
            // Empty strings are kept: "push empty values" clears the value but the key round-trips.
            if case .string = value { return value }
            throw .invalidValue("'\(path)' must be a string, not \(value.kindName).")
        }
    }

    private func normalizeComplex(_ object: JSONObject, _ attribute: SchemaAttribute, path: String) throws(SCIMError) -> JSONObject {
        var normalized = JSONObject()
        for (key, value) in object.pairs {
            guard let sub = attribute.subAttribute(named: key) else {
                normalized[key] = value.isNull ? nil : value
                continue
            }
            // Read-only sub-attributes (`manager.displayName`, `members.display`) are the server's to fill.
            guard !sub.isServerOwned else { continue }
            normalized[sub.name] = try normalize(value, sub, path: "\(path).\(sub.name)")
        }
        return normalized
    }
}

extension JSONValue {
    /// How error details name a value's JSON type.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

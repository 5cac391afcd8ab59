import Provisioning

extension Discovery {
    /// A ResourceType resource (RFC 7643 §6).
    static func resourceTypeJSON(_ type: ResourceType, baseURL: String) -> JSONObject {
        let base = ResourceLocation.trimmed(baseURL)
        return JSONObject([
            ("schemas", .array([.string(SchemaURN.resourceType)])),
            ("id", .string(type.name)),
            ("name", .string(type.name)),
            ("endpoint", .string(type.endpoint)),
            ("description", .string(type.description)),
            ("schema", .string(type.schema.id)),
            (
                "schemaExtensions",
                .array(
                    type.extensions.map { schema in
                        .object(JSONObject([("schema", .string(schema.id)), ("required", false)]))
                    })
            ),
            (
                "meta",
                .object(
                    JSONObject([
                        ("resourceType", "ResourceType"),
                        ("location", .string("\(base)/ResourceTypes/\(type.name)")),
                    ]))
            ),
        ])
    }

    /// A Schema resource (RFC 7643 §7, representation as in §8.7.1).
    static func schemaJSON(_ schema: Schema, baseURL: String) -> JSONObject {
        let base = ResourceLocation.trimmed(baseURL)
        return JSONObject([
            ("schemas", .array([.string(SchemaURN.schema)])),
            ("id", .string(schema.id)),
            ("name", .string(schema.name)),
            ("description", .string(schema.description)),
            ("attributes", .array(schema.attributes.map { .object(attributeJSON($0)) })),
            (
                "meta",
                .object(
                    JSONObject([
                        ("resourceType", "Schema"),
                        ("location", .string("\(base)/Schemas/\(schema.id)")),
                    ]))
            ),
        ])
    }

    /// One attribute definition with its characteristics (RFC 7643 §7).
    static func attributeJSON(_ attribute: SchemaAttribute) -> JSONObject {
        var object = JSONObject([
            ("name", .string(attribute.name)),
            ("type", .string(attribute.type.rawValue)),
            ("multiValued", .bool(attribute.multiValued)),
            ("description", .string(attribute.description)),
            ("required", .bool(attribute.required)),
        ])
        if !attribute.subAttributes.isEmpty {
            object["subAttributes"] = .array(attribute.subAttributes.map { .object(attributeJSON($0)) })
        }
        if !attribute.canonicalValues.isEmpty {
            object["canonicalValues"] = .array(attribute.canonicalValues.map(JSONValue.string))
        }
        if [.string, .reference, .binary].contains(attribute.type) {
            object["caseExact"] = .bool(attribute.caseExact)
        }
        if !attribute.referenceTypes.isEmpty {
            object["referenceTypes"] = .array(attribute.referenceTypes.map(JSONValue.string))
        }
        object["mutability"] = .string(attribute.mutability.rawValue)
        object["returned"] = .string(attribute.returned.rawValue)
        if attribute.type != .complex, attribute.type != .boolean {
            object["uniqueness"] = .string(attribute.uniqueness.rawValue)
        }
        return object
    }
}

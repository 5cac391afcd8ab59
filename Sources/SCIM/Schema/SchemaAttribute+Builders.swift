import Provisioning

/// Short constructors so the schema definitions read like the RFC 7643 §8.7.1 tables.
extension SchemaAttribute {
    static func string(
        _ name: String, _ description: String, required: Bool = false, caseExact: Bool = false,
        mutability: Mutability = .readWrite, returned: Returned = .default, uniqueness: Uniqueness = .none,
        canonicalValues: [String] = []
    ) -> SchemaAttribute {
        SchemaAttribute(
            name: name, type: .string, required: required, caseExact: caseExact, mutability: mutability,
            returned: returned, uniqueness: uniqueness, canonicalValues: canonicalValues, description: description
        )
    }

    static func boolean(_ name: String, _ description: String, mutability: Mutability = .readWrite) -> SchemaAttribute {
        SchemaAttribute(name: name, type: .boolean, mutability: mutability, description: description)
    }

    static func reference(
        _ name: String, _ description: String, types: [String], caseExact: Bool = false,
        mutability: Mutability = .readWrite
    ) -> SchemaAttribute {
        SchemaAttribute(
            name: name, type: .reference, caseExact: caseExact, mutability: mutability, referenceTypes: types,
            description: description
        )
    }

    static func dateTime(_ name: String, _ description: String, mutability: Mutability = .readWrite) -> SchemaAttribute {
        SchemaAttribute(name: name, type: .dateTime, mutability: mutability, description: description)
    }

    static func complex(
        _ name: String, _ description: String, multiValued: Bool = false, mutability: Mutability = .readWrite,
        returned: Returned = .default, _ subAttributes: [SchemaAttribute]
    ) -> SchemaAttribute {
        SchemaAttribute(
            name: name, type: .complex, multiValued: multiValued, mutability: mutability, returned: returned,
            subAttributes: subAttributes, description: description
        )
    }

    /// The value/display/type/primary quartet of multi-valued attributes (RFC 7643 §2.4).
    static func plural(
        _ name: String, _ description: String, value: SchemaAttribute, types: [String]
    ) -> SchemaAttribute {
        complex(
            name, description, multiValued: true,
            [
                value,
                .string("display", "A human-readable name, primarily used for display purposes."),
                .string("type", "A label indicating the attribute's function.", canonicalValues: types),
                .boolean("primary", "Whether this is the preferred value; at most one value is primary."),
            ])
    }
}

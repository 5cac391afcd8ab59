import Provisioning

extension Schema {
    /// Attributes every resource carries outside any schema (RFC 7643 §3, §3.1).
    /// They are not listed in `/Schemas`, but filters, sorting and projection resolve them.
    public static let commonAttributes: [SchemaAttribute] = [
        .reference(
            "schemas", "The schema URNs the resource conforms to.", types: ["uri"], mutability: .readOnly
        ).with {
            $0.multiValued = true; $0.required = true; $0.returned = .always
        },
        .string(
            "id", "Server-issued, stable, unique identifier of the resource.", caseExact: true,
            mutability: .readOnly, returned: .always, uniqueness: .server
        ),
        .string("externalId", "The identifier of the resource as the provisioning client knows it.", caseExact: true),
        .complex(
            "meta", "Resource metadata maintained by the server.", mutability: .readOnly,
            [
                .string("resourceType", "The name of the resource type.", caseExact: true, mutability: .readOnly),
                .dateTime("created", "When the resource was added to the service provider.", mutability: .readOnly),
                .dateTime("lastModified", "When the resource was last updated.", mutability: .readOnly),
                .reference("location", "The URI of the resource.", types: ["uri"], mutability: .readOnly),
                .string("version", "The version (weak ETag) of the resource.", caseExact: true, mutability: .readOnly),
            ]),
    ]

    static func commonAttribute(named name: some StringProtocol) -> SchemaAttribute? {
        commonAttributes.first { $0.name.equalsIgnoringASCIICase(name) }
    }
}

extension SchemaAttribute {
    /// A copy changed by `change`, for the few definitions the builders do not cover.
    func with(_ change: (inout SchemaAttribute) -> Void) -> SchemaAttribute {
        var copy = self
        change(&copy)
        return copy
    }
}

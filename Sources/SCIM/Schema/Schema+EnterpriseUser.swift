import Provisioning

extension Schema {
    /// The enterprise User extension (RFC 7643 §4.3). Stored inside its URN-named container object.
    public static let enterpriseUser = Schema(
        id: SchemaURN.enterpriseUser, name: "EnterpriseUser", description: "Enterprise User",
        attributes: [
            .string("employeeNumber", "A string identifier, typically numeric or alphanumeric, assigned to a person."),
            .string("costCenter", "Identifies the name of a cost center."),
            .string("organization", "Identifies the name of an organization."),
            .string("division", "Identifies the name of a division."),
            .string("department", "Identifies the name of a department."),
            .complex(
                "manager", "The user's manager.",
                [
                    .string("value", "The id of the SCIM resource representing the user's manager."),
                    .reference("$ref", "The URI of the SCIM resource representing the user's manager.", types: ["User"]),
                    .string("displayName", "The displayName of the user's manager.", mutability: .readOnly),
                ]),
        ]
    )
}

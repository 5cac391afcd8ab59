import Provisioning

extension Schema {
    /// The core Group schema (RFC 7643 §4.2).
    ///
    /// `displayName` is marked required here although RFC 7643 §8.7.1 lists it as optional: groups are
    /// identified by name per IdP (Okta and Entra look groups up by displayName, docs/idp-wire.md §2.10,
    /// §6.1), so one is needed.
    public static let group = Schema(
        id: SchemaURN.group, name: "Group", description: "Group",
        attributes: [
            .string("displayName", "A human-readable name for the group; unique per identity provider.", required: true),
            .complex(
                "members", "A list of members of the group.", multiValued: true,
                [
                    .string("value", "Identifier of the member of this group.", caseExact: true, mutability: .immutable),
                    .reference("$ref", "The URI of the member resource.", types: ["User", "Group"], mutability: .immutable),
                    .string("display", "The member's userName, resolved by the server.", mutability: .readOnly),
                    .string("type", "The type of the member.", mutability: .immutable, canonicalValues: ["User", "Group"]),
                ]),
        ]
    )
}

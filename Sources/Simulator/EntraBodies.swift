/// The bodies Microsoft Entra ID's provisioning service sends (Microsoft's SCIM guide examples and
/// docs/idp-wire.md §6): capitalised ops, string booleans, URN paths, value-list removals.
enum EntraBodies {
    /// `POST /Users`: externalId is the Entra object id; `meta.resourceType` and `roles: []` are sent.
    static func createUser(_ user: PlannedUser) -> JSON {
        [
            "schemas": [.string(URN.user), .string(URN.enterpriseUser)],
            "externalId": .string(user.externalID),
            "userName": .string(user.userName),
            "active": true,
            "displayName": .string(user.displayName),
            "emails": [["primary": true, "type": "work", "value": .string(user.email)]],
            "meta": ["resourceType": "User"],
            "name": [
                "formatted": .string("\(user.givenName) \(user.familyName)"),
                "familyName": .string(user.familyName), "givenName": .string(user.givenName),
            ],
            "title": .string(user.title),
            "roles": [],
            URN.enterpriseUser: ["department": .string(user.department)],
        ]
    }

    /// A profile sync: attribute paths (`emails[type eq "work"].value`, the enterprise URN path).
    static func updateProfile(_ user: PlannedUser) -> JSON {
        patch([
            ["op": "Replace", "path": "title", "value": .string(user.updatedTitle)],
            ["op": "Add", "path": .string("\(URN.enterpriseUser):department"), "value": .string(user.updatedDepartment)],
            ["op": "Replace", "path": "emails[type eq \"work\"].value", "value": .string(user.email)],
            ["op": "Replace", "path": "name.givenName", "value": .string(user.givenName)],
        ])
    }

    /// Disable and enable with a string boolean (`DialectRule.stringBooleans`).
    static func setActive(_ active: Bool) -> JSON {
        patch([["op": "Replace", "path": "active", "value": .string(active ? "True" : "False")]])
    }

    /// `POST /Groups`: no members; they follow as `Add` PATCHes.
    static func createGroup(_ group: PlannedGroup) -> JSON {
        [
            "schemas": [.string(URN.group)],
            "externalId": group.externalID.map(JSON.string) ?? .null,
            "displayName": .string(group.displayName),
            "meta": ["resourceType": "Group"],
        ]
    }

    /// Member additions and removals as value lists, `$ref` null as in Microsoft's examples.
    static func members(_ op: String, _ members: [Member]) -> JSON {
        patch([
            [
                "op": .string(op), "path": "members",
                "value": .array(members.map { ["$ref": nil, "value": .string($0.id)] }),
            ]
        ])
    }

    static func patch(_ operations: [JSON]) -> JSON {
        ["schemas": [.string(URN.patchOp)], "Operations": .array(operations)]
    }
}

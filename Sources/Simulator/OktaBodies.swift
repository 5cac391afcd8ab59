/// The bodies Okta sends, field for field as docs/idp-wire.md §2 and §8 show them.
enum OktaBodies {
    /// `POST /Users` (docs/idp-wire.md §2.3, E3/E4): always `password` and `groups: []`, the enterprise
    /// extension as a container object with its URN in `schemas`.
    static func createUser(_ user: PlannedUser) -> JSON {
        [
            "schemas": [.string(URN.user), .string(URN.enterpriseUser)],
            "userName": .string(user.userName),
            "name": ["givenName": .string(user.givenName), "familyName": .string(user.familyName)],
            "emails": [["primary": true, "value": .string(user.email), "type": "work"]],
            "displayName": .string(user.displayName),
            "locale": .string(user.locale),
            "externalId": .string(user.externalID),
            "title": .string(user.title),
            URN.enterpriseUser: ["department": .string(user.department), "division": .string(user.division)],
            "groups": [],
            "password": .string(user.password),
            "active": true,
        ]
    }

    /// The PUT after a GET: whatever the GET returned (`id`, `meta`, `groups` included; docs/idp-wire.md
    /// §2.5, Q13) with Okta's changes applied. Every other user also carries the password, as one capture
    /// did (E5).
    static func echo(_ resource: JSON, of user: PlannedUser, _ change: (inout JSON) -> Void) -> JSON {
        var body = resource
        change(&body)
        if user.index % 2 == 0 { body["password"] = .string(user.password) }
        return body
    }

    /// The profile change of the update step: a new title and department.
    static func applyProfileUpdate(_ user: PlannedUser, to body: inout JSON) {
        body["title"] = .string(user.updatedTitle)
        var enterprise = body[URN.enterpriseUser] ?? [:]
        enterprise["department"] = .string(user.updatedDepartment)
        body[URN.enterpriseUser] = enterprise
        var schemas = body["schemas"]?.array ?? [.string(URN.user)]
        if !schemas.contains(.string(URN.enterpriseUser)) { schemas.append(.string(URN.enterpriseUser)) }
        body["schemas"] = .array(schemas)
    }

    /// OIN (de)activation: `replace` without a path, a value object (docs/idp-wire.md §2.6, §2.7, Q3).
    static func setActive(_ active: Bool) -> JSON {
        patch([["op": "replace", "value": ["active": .bool(active)]]])
    }

    /// `POST /Groups` as Okta's reference shows it (docs/idp-wire.md §2.10): no members yet; they follow
    /// by PATCH (OIN) or PUT (AIW).
    static func createGroup(_ group: PlannedGroup) -> JSON {
        ["schemas": [.string(URN.group)], "displayName": .string(group.displayName), "members": []]
    }

    /// OIN membership change (docs/idp-wire.md §2.10, E8): one `remove` per leaver with a value-filter path and
    /// no value (Q4), then one `add` with `{value, display}` entries (Q5).
    static func changeMembers(adding: [Member], removing: [Member]) -> JSON {
        var operations: [JSON] = removing.map { member in
            ["op": "remove", "path": .string("members[value eq \"\(member.id)\"]")]
        }
        if !adding.isEmpty {
            operations.append(["op": "add", "path": "members", "value": .array(adding.map(memberValue))])
        }
        return patch(operations)
    }

    /// "Push Now": the full member list with `replace` at `members`.
    static func replaceMembers(_ members: [Member]) -> JSON {
        patch([["op": "replace", "path": "members", "value": .array(members.map(memberValue))]])
    }

    /// The rename Okta sends after every membership PATCH, usually with the unchanged name, and with the
    /// group's own id inside `value` (docs/idp-wire.md Q6, `DialectRule.valueObjectEchoesID`).
    static func rename(id: String, to displayName: String) -> JSON {
        patch([["op": "replace", "value": ["id": .string(id), "displayName": .string(displayName)]]])
    }

    /// AIW's group PUT (docs/idp-wire.md E9): displayName and the full member list.
    static func replaceGroup(_ group: PlannedGroup, members: [Member]) -> JSON {
        ["schemas": [.string(URN.group)], "displayName": .string(group.displayName), "members": .array(members.map(memberValue))]
    }

    static func memberValue(_ member: Member) -> JSON {
        ["value": .string(member.id), "display": .string(member.display)]
    }

    static func patch(_ operations: [JSON]) -> JSON {
        ["schemas": [.string(URN.patchOp)], "Operations": .array(operations)]
    }
}

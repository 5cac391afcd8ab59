import Provisioning

/// The explicit attribute → column whitelist of one table. Attributes not listed here are addressed
/// inside the stored document; nothing else reaches SQL.
struct ResourceSchema: Sendable {
    enum Target {
        /// A first-class, single-valued column.
        case column(Operand)
        /// The user's groups or the group's members: rows of `memberships`.
        case memberships(MembershipLink)
        /// A derived single value that sorts a multi-valued attribute (e.g. the primary email).
        case sortOnly(Operand)
        /// Not stored anywhere filterable (`meta.location`, …).
        case unsupported
        /// Inside `document`.
        case document
    }

    let table: String
    let membership: MembershipLink
    let resolveColumn: @Sendable (_ schema: String?, _ name: String) -> Target

    func target(for path: AttributePath) -> Target {
        let schema = path.schema.map { $0.lowercased() }.flatMap { DocumentPath.coreSchemas.contains($0) ? nil : $0 }
        return resolveColumn(schema, path.dottedName.lowercased())
    }

    static let enterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user"

    static let users = ResourceSchema(table: "users", membership: .groupsOfUser) { schema, name in
        if schema == enterpriseUser {
            switch name {
            case "department": return .column(.column("users.department"))
            case "division": return .column(.column("users.division"))
            default: return .document
            }
        }
        guard schema == nil else { return .document }
        switch name {
        // Ids are issued as lowercase UUIDs, so the column is its own folded key.
        case "id": return .column(.column("users.id", key: "users.id"))
        case "externalid": return .column(.column("users.external_id"))
        case "username": return .column(.column("users.user_name", key: "users.user_name_key"))
        case "displayname": return .column(.column("users.display_name"))
        case "name.givenname": return .column(.column("users.given_name"))
        case "name.familyname": return .column(.column("users.family_name"))
        case "active": return .column(.column("users.active"))
        case "meta.created": return .column(.column("users.created"))
        case "meta.lastmodified": return .column(.column("users.last_modified"))
        case _ where name == "groups" || name.hasPrefix("groups."): return .memberships(.groupsOfUser)
        // RFC 7644 §3.4.2.3: a multi-valued attribute sorts by its primary value; `email` holds it.
        case "emails", "emails.value": return .sortOnly(.column("users.email", key: "users.email_key"))
        case _ where name.hasPrefix("meta."): return .unsupported
        default: return .document
        }
    }

    static let groups = ResourceSchema(table: "groups", membership: .membersOfGroup) { schema, name in
        guard schema == nil else { return .document }
        switch name {
        case "id": return .column(.column("groups.id", key: "groups.id"))
        case "externalid": return .column(.column("groups.external_id"))
        case "displayname": return .column(.column("groups.display_name", key: "groups.display_name_key"))
        case "meta.created": return .column(.column("groups.created"))
        case "meta.lastmodified": return .column(.column("groups.last_modified"))
        case _ where name == "members" || name.hasPrefix("members."): return .memberships(.membersOfGroup)
        case _ where name.hasPrefix("meta."): return .unsupported
        default: return .document
        }
    }
}

import Provisioning
import SCIM
import SQLiteStore

/// The PATCH engine's property: a PATCH body (RFC 7644 §3.5.2) applied to a provisioned user and
/// to a group with a member, when the services accept the result, leaves a resource that reads back
/// as written and renders as JSON that parses; a refusal is a client error, never a failure.
public enum PatchRoundTrip {
    /// An Okta user as its first POST sends it (with the enterprise extension and multi-valued attributes).
    static let userBody: JSONValue = [
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "userName": "ada.lovelace@example.com", "externalId": "00u1a2b3c4D5e6F7g8h9",
        "name": ["givenName": "Ada", "familyName": "Lovelace"], "displayName": "Ada Lovelace",
        "emails": [["primary": true, "value": "ada.lovelace@example.com", "type": "work"]],
        "phoneNumbers": [["value": "+1 555 0100", "type": "mobile"]], "title": "Analyst", "active": true,
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": ["department": "Engineering", "manager": ["value": "boss"]],
    ]

    static var user: JSONObject { userBody.objectValue ?? JSONObject() }

    /// Returns how many of the two PATCHes (user, group) were accepted, stored and read back.
    @discardableResult
    public static func check(_ bytes: [UInt8], in directory: FuzzDirectory) async throws -> Int {
        guard case .object(let body)? = try? JSONParser.parse(bytes: bytes), let patch = try? PatchRequest.parse(body) else { return 0 }
        let idp = try await directory.freshIdentityProvider()
        let users = UserService(store: directory.store)
        let base = try await users.create(try UserMapping.profile(fromRequest: user, existing: nil), for: idp).value
        let patched = try await directory.accepted("PATCH /Users") {
            try await users.modify(id: base.id, for: idp) { current in try UserPatcher.apply(patch, to: current) }.value
        }
        if let patched { try await directory.readBack(patched) }

        let groups = GroupService(store: directory.store)
        let group = try await groups.create(GroupProfile(displayName: "Engineering", externalID: "00g1"), members: [base.id], for: idp)
            .value
        let applied = try await directory.accepted("PATCH /Groups") {
            try await groups.apply(id: group.id, for: idp) { current in
                let plan = try GroupPatcher.plan(patch, for: current)
                return (plan.profile, plan.changes)
            }.value
        }
        if let applied { try await directory.readBack(applied) }
        return (patched == nil ? 0 : 1) + (applied == nil ? 0 : 1)
    }
}

/// JSON snapshots of resources for the audit log's before/after columns.
enum AuditSnapshot {
    static func of(_ profile: UserProfile) -> String {
        var object = JSONObject()
        object["userName"] = .string(profile.userName)
        object["active"] = .bool(profile.active)
        object["document"] = .object(profile.document)
        return JSONValue.object(object).serialized()
    }

    static func of(_ profile: GroupProfile) -> String {
        var object = JSONObject()
        object["displayName"] = .string(profile.displayName)
        object["externalId"] = profile.externalID.map(JSONValue.string) ?? .null
        object["document"] = .object(profile.document)
        return JSONValue.object(object).serialized()
    }
}

import Provisioning

/// JSON ⇄ domain for groups (RFC 7643 §4.2).
public enum GroupMapping {
    /// The profile and member ids a POST or PUT body describes.
    ///
    /// `members` become the list of member `value`s, deduplicated in order (docs/idp-wire.md Q5); `id`, `meta`
    /// and `schemas` are dropped (docs/idp-wire.md Q13); `displayName` must be a non-empty string. A PUT
    /// (`existing` set) without `externalId` keeps the stored one, so an omission never unlinks the group.
    public static func profile(
        fromRequest body: JSONObject, existing: GroupProfile? = nil
    ) throws(SCIMError) -> (profile: GroupProfile, members: [String]) {
        var rest = body
        var members: [String] = []
        if let key = body.storedKey(matching: "members") {
            members = try memberIDs(in: body[key] ?? .null, path: "members")
            rest[key] = nil
        }
        var document = try DocumentNormalizer(type: .group).document(from: rest)
        if document["externalId"] == nil, let kept = existing?.externalID { document["externalId"] = .string(kept) }
        return (try profile(fromDocument: &document), members)
    }

    /// The profile a normalized document (without members) describes.
    static func profile(fromDocument document: inout JSONObject) throws(SCIMError) -> GroupProfile {
        guard let nameValue = document["displayName"] else {
            throw .invalidValue("'displayName' is required.")
        }
        guard case .string(let displayName) = nameValue, !displayName.allSatisfy(\.isWhitespace) else {
            throw .invalidValue("'displayName' must be a non-empty string.")
        }
        let externalID = document["externalId"]?.stringValue?.nonEmpty
        return GroupProfile(displayName: displayName, externalID: externalID, document: document)
    }

    /// Member ids from a `members` value: an array (or, leniently, one object) of `{"value": id}`;
    /// a bare id string is accepted too. Order is kept, duplicates dropped.
    static func memberIDs(in value: JSONValue, path: String) throws(SCIMError) -> [String] {
        var ids: [String] = []
        var seen = Set<String>()
        // DialectRule.singleValueForMultiValued
        for element in Dialect.elements(of: value) {
            let id: String?
            switch element {
            case .string(let text): id = text
            case .object(let object): id = object[ignoringCase: "value"]?.stringValue
            case .null: continue
            default: id = nil
            }
            guard let id, !id.isEmpty else {
                throw .invalidValue("Each element of '\(path)' must be an object with a non-empty string 'value' (the member's id).")
            }
            if seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// The Group resource (RFC 7643 §4.2, §8.4): `schemas` (the Group URN, never PatchOp — docs/idp-wire.md
    /// Q25), `id`, `externalId`, `displayName`, the rest of the document, `members` when given, `meta`.
    public static func resource(_ group: Group, members: [GroupMember]?, baseURL: String) -> JSONObject {
        let base = ResourceLocation.trimmed(baseURL)
        let profile = group.profile
        var resource = JSONObject()
        resource["schemas"] = .array(UserMapping.schemaURNs(of: profile.document, core: SchemaURN.group))
        resource["id"] = .string(group.id)
        if let externalID = profile.externalID { resource["externalId"] = .string(externalID) }
        resource["displayName"] = .string(profile.displayName)
        for (key, value) in profile.document.pairs where !isRenderedSeparately(key) {
            resource[key] = value
        }
        if let members {
            resource["members"] = .array(
                members.map { member in
                    var object = JSONObject()
                    object["value"] = .string(member.userID)
                    if let display = member.display { object["display"] = .string(display) }
                    object["$ref"] = .string("\(base)/Users/\(member.userID)")
                    object["type"] = "User"
                    return .object(object)
                })
        }
        resource["meta"] = .object(ResourceLocation.meta(group.meta, type: .group, location: "\(base)/Groups/\(group.id)"))
        return resource
    }

    private static func isRenderedSeparately(_ key: String) -> Bool {
        renderedSeparately.contains { $0.equalsIgnoringASCIICase(key) }
    }

    private static let renderedSeparately = ["schemas", "id", "externalId", "displayName", "members", "meta"]
}

import Provisioning

extension UserMapping {
    /// The User resource as returned by GET, POST, PUT and PATCH (RFC 7643 §4.1, §8.2).
    ///
    /// The stored document in order, with `schemas` recomputed (core, plus every URN container present),
    /// `id`, `userName` exactly as stored (docs/idp-wire.md Q8), `externalId` and `active` (a JSON boolean,
    /// docs/idp-wire.md Q7) from the first-class fields, `groups` when given, and `meta`. Never `password`.
    public static func resource(_ user: User, groups: [GroupReference]?, baseURL: String) -> JSONObject {
        let profile = user.profile
        let base = ResourceLocation.trimmed(baseURL)
        var resource = JSONObject()
        resource["schemas"] = .array(schemaURNs(of: profile.document, core: SchemaURN.user))
        resource["id"] = .string(user.id)
        if let externalID = profile.externalID { resource["externalId"] = .string(externalID) }
        resource["userName"] = .string(profile.userName)
        for (key, value) in profile.document.pairs where !isRenderedSeparately(key) {
            resource[key] = value
        }
        resource["active"] = .bool(profile.active)
        if let groups {
            resource["groups"] = .array(
                groups.map { group in
                    .object(
                        JSONObject([
                            ("value", .string(group.id)),
                            ("display", .string(group.displayName)),
                            ("$ref", .string("\(base)/Groups/\(group.id)")),
                        ]))
                })
        }
        resource["meta"] = .object(ResourceLocation.meta(user.meta, type: .user, location: "\(base)/Users/\(user.id)"))
        return resource
    }

    /// Keys the resource writes from first-class fields or never returns, whatever the document says.
    private static func isRenderedSeparately(_ key: String) -> Bool {
        renderedSeparately.contains { $0.equalsIgnoringASCIICase(key) }
    }

    private static let renderedSeparately = ["schemas", "id", "externalId", "userName", "active", "groups", "meta", "password"]

    /// The core URN plus every `urn:` key whose value is an object (extension containers, including
    /// unknown extensions that round-trip), in document order (RFC 7643 §3).
    static func schemaURNs(of document: JSONObject, core: String) -> [JSONValue] {
        var urns: [JSONValue] = [.string(core)]
        for (key, value) in document.pairs where key.hasPrefixIgnoringASCIICase("urn:") {
            if case .object = value { urns.append(.string(key)) }
        }
        return urns
    }
}

/// `meta` and resource URLs (RFC 7643 §3.1).
enum ResourceLocation {
    static func trimmed(_ baseURL: String) -> Substring {
        var base = Substring(baseURL)
        while base.hasSuffix("/") { base = base.dropLast() }
        return base
    }

    static func meta(_ meta: ResourceMeta, type: ResourceType, location: String) -> JSONObject {
        JSONObject([
            ("resourceType", .string(type.name)),
            ("created", .string(SCIMDateTime.string(from: meta.created))),
            ("lastModified", .string(SCIMDateTime.string(from: meta.lastModified))),
            ("location", .string(location)),
            ("version", .string(meta.etag)),
        ])
    }
}

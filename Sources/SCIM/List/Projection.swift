import Provisioning

/// Which attributes a response carries: `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5, §3.9)
/// plus the schema's `returned` rules (RFC 7643 §7): `id`, `schemas` and `meta.resourceType` always,
/// `returned: never` (`password`) never, `returned: request` only when asked for.
public struct Projection: Sendable, Hashable {
    /// One attribute name as written by the client, resolved to where it lives in a resource.
    struct Selector: Sendable, Hashable {
        /// The extension URN the attribute lives in, or nil for top-level keys.
        var container: String?
        /// The attribute (for a container selector, the URN itself).
        var attribute: String
        var subAttribute: String?

        func names(_ key: String, in container: String? = nil) -> Bool {
            self.container?.lowercased() == container?.lowercased() && attribute.equalsIgnoringASCIICase(key)
        }
    }

    enum Mode: Sendable, Hashable {
        case all
        case include([Selector])
        case exclude([Selector])
    }

    let mode: Mode

    /// Everything the schema returns by default.
    public static let all = Projection(mode: .all)

    private init(mode: Mode) { self.mode = mode }

    /// Both lists non-empty is a 400 (RFC 7644 §3.4.2.5 lets a client use one or the other).
    /// Unknown names are kept: they may address attributes the IdP sent that no schema defines.
    public init(attributes: [String] = [], excludedAttributes: [String] = [], for type: ResourceType) throws(SCIMError) {
        guard attributes.isEmpty || excludedAttributes.isEmpty else {
            throw .invalidValue("Use either 'attributes' or 'excludedAttributes', not both.")
        }
        if !attributes.isEmpty {
            mode = .include(attributes.map { Self.selector($0, for: type) })
        } else if !excludedAttributes.isEmpty {
            mode = .exclude(excludedAttributes.map { Self.selector($0, for: type) })
        } else {
            mode = .all
        }
    }

    /// From decoded query parameters (`attributes`, `excludedAttributes`, names ignoring case), for
    /// GET, POST, PUT and PATCH responses of single resources.
    public init(parameters: [(name: String, value: String)], for type: ResourceType) throws(SCIMError) {
        func names(_ parameter: String) -> [String] {
            ListRequest.names(parameters.last { $0.name.equalsIgnoringASCIICase(parameter) }?.value)
        }
        try self.init(attributes: names("attributes"), excludedAttributes: names("excludedAttributes"), for: type)
    }

    /// Whether the query names `attributes` or `excludedAttributes` at all: the client asked for a
    /// representation, so a write answers with one even where it could answer 204.
    public static func isRequested(in parameters: [(name: String, value: String)]) -> Bool {
        parameters.contains { $0.name.equalsIgnoringASCIICase("attributes") || $0.name.equalsIgnoringASCIICase("excludedAttributes") }
    }

    /// Whether a group's `members` survive the projection, so the server can skip loading them
    /// (Entra sends `excludedAttributes=members`).
    public var includesMembers: Bool { includes("members") }

    /// Whether a user's `groups` survive the projection, so the server can skip loading them.
    public var includesGroups: Bool { includes("groups") }

    private func includes(_ attribute: String) -> Bool {
        switch mode {
        case .all: true
        case .include(let selectors): selectors.contains { $0.names(attribute) || $0.isCoreSchema }
        case .exclude(let selectors): !selectors.contains { $0.names(attribute) && $0.subAttribute == nil }
        }
    }

    private static func selector(_ name: String, for type: ResourceType) -> Selector {
        switch type.resolve(name) {
        case .attribute(let resolved)?:
            return Selector(container: resolved.extensionURN, attribute: resolved.attribute.name, subAttribute: resolved.subAttribute?.name)
        case .schema(let schema)?:
            return Selector(container: nil, attribute: schema.id)
        case nil:
            let location = type.unknownLocation(name)
            return plain(location.name, container: location.container)
        }
    }

    private static func plain(_ name: String, container: String?) -> Selector {
        let parts = name.split(separator: ".", maxSplits: 1)
        return Selector(container: container, attribute: String(parts.first ?? ""), subAttribute: parts.count > 1 ? String(parts[1]) : nil)
    }
}

extension Projection.Selector {
    /// `attributes=urn:ietf:params:scim:schemas:core:2.0:User` selects every core attribute.
    var isCoreSchema: Bool {
        container == nil && (attribute.equalsIgnoringASCIICase(SchemaURN.user) || attribute.equalsIgnoringASCIICase(SchemaURN.group))
    }
}

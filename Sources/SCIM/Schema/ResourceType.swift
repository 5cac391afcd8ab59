/// The resource types this server offers (RFC 7643 §6): where they live, which schema describes
/// them and which extensions they may carry.
public enum ResourceType: String, Sendable, CaseIterable {
    case user = "User"
    case group = "Group"

    /// The resource type name, as in `meta.resourceType` and `/ResourceTypes/<name>`.
    public var name: String { rawValue }

    /// The endpoint relative to the SCIM base URL.
    public var endpoint: String {
        switch self {
        case .user: "/Users"
        case .group: "/Groups"
        }
    }

    public var description: String {
        switch self {
        case .user: "User Account"
        case .group: "Group"
        }
    }

    /// The core schema of the resource type.
    public var schema: Schema {
        switch self {
        case .user: .user
        case .group: .group
        }
    }

    /// Schema extensions the resource type may carry (none of them required).
    public var extensions: [Schema] {
        switch self {
        case .user: [.enterpriseUser]
        case .group: []
        }
    }

    /// The resource type with this name, ignoring case.
    public init?(name: some StringProtocol) {
        guard let found = Self.allCases.first(where: { $0.rawValue.equalsIgnoringASCIICase(name) }) else { return nil }
        self = found
    }

    /// The extension schema with this URN, ignoring case.
    func extensionSchema(_ urn: some StringProtocol) -> Schema? {
        extensions.first { $0.id.equalsIgnoringASCIICase(urn) }
    }

    /// Attributes a client never stores in the document: read-only server attributes (`id`, `meta`,
    /// `schemas`, `groups`) and write-only secrets (`password`). Members are kept apart by the mapping.
    func isDroppedOnInput(_ attribute: SchemaAttribute) -> Bool {
        attribute.isServerOwned || attribute.isNeverReturned
    }
}

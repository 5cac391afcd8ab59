/// A resource schema or schema extension (RFC 7643 §7): its URN and attribute definitions.
public struct Schema: Sendable, Hashable {
    /// The schema URN, e.g. `urn:ietf:params:scim:schemas:core:2.0:User`.
    public var id: String
    public var name: String
    public var description: String
    public var attributes: [SchemaAttribute]

    public init(id: String, name: String, description: String, attributes: [SchemaAttribute]) {
        self.id = id
        self.name = name
        self.description = description
        self.attributes = attributes
    }

    /// The top-level attribute whose name matches ignoring case (RFC 7643 §2.1).
    public func attribute(named name: some StringProtocol) -> SchemaAttribute? {
        attributes.first { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// Every schema this server knows, in the order `/Schemas` lists them.
    public static let all: [Schema] = [.user, .enterpriseUser, .group]

    /// The known schema with this URN, ignoring case.
    public static func named(_ id: some StringProtocol) -> Schema? {
        all.first { $0.id.equalsIgnoringASCIICase(id) }
    }
}

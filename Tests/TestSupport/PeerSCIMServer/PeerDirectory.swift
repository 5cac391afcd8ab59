import Foundation
import Provisioning

/// The peer's data: users and groups in memory, in creation order. Ids come from a counter and are
/// never reused, so a resource created again after its DELETE always gets a new id.
public actor PeerDirectory {
    static let userSchema = "urn:ietf:params:scim:schemas:core:2.0:User"
    static let groupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group"
    static let listSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse"

    /// A user as stored: what the client sent, without `id`, `meta` or `password`.
    public struct User: Sendable {
        public let id: String
        public internal(set) var document: JSONObject
        let created: Date
        var lastModified: Date

        public var userName: String { document[ignoringCase: "userName"]?.stringValue ?? "" }
        public var active: Bool? { document[ignoringCase: "active"]?.boolValue }
    }

    public struct Group: Sendable {
        public let id: String
        public internal(set) var displayName: String
        public internal(set) var externalId: String?
        /// User ids, in the order they were added.
        public internal(set) var members: [String]
        let created: Date
        var lastModified: Date
    }

    var users: [String: User] = [:]
    var userOrder: [String] = []
    var groups: [String: Group] = [:]
    var groupOrder: [String] = []
    private var lastNumber = 0

    public init() {}

    /// Every user, in creation order.
    public func allUsers() -> [User] { userOrder.compactMap { users[$0] } }

    /// Every group, in creation order.
    public func allGroups() -> [Group] { groupOrder.compactMap { groups[$0] } }

    func nextID(_ prefix: String) -> String {
        lastNumber += 1
        return "\(prefix)-\(lastNumber)"
    }

    /// A ListResponse page (RFC 7644 §3.4.2): `totalResults`, `startIndex`, `itemsPerPage`, `Resources`.
    func list(_ resources: [JSONObject], page: (startIndex: Int, count: Int)) -> PeerReply {
        let slice = resources.dropFirst(page.startIndex - 1).prefix(page.count)
        var object = JSONObject()
        object["schemas"] = .array([.string(Self.listSchema)])
        object["totalResults"] = .number(Double(resources.count))
        object["startIndex"] = .number(Double(page.startIndex))
        object["itemsPerPage"] = .number(Double(slice.count))
        object["Resources"] = .array(slice.map(JSONValue.object))
        return .resource(object)
    }

    /// `meta` without `version`: this server does not do ETags (RFC 7644 §3.14 makes them optional).
    static func meta(_ type: String, id: String, created: Date, lastModified: Date) -> JSONValue {
        [
            "resourceType": .string(type), "created": .string(created.ISO8601Format()),
            "lastModified": .string(lastModified.ISO8601Format()), "location": .string("/\(type)s/\(id)"),
        ]
    }
}

import Foundation
import Provisioning

/// `/Groups`: create, read, list, replace, patch, delete. Members are user ids; an id that names no
/// user is refused (400 invalidValue) rather than dropped.
extension PeerDirectory {
    func listGroups(filter: PeerFilter?, page: (startIndex: Int, count: Int), excluding: Set<String>) -> PeerReply {
        let matches = allGroups().filter { group in
            guard let filter else { return true }
            return filter.matches(filter.attribute == "displayName" ? group.displayName : group.externalId)
        }
        return list(matches.map { Self.resource($0, excluding: excluding) }, page: page)
    }

    func group(_ id: String, excluding: Set<String>) throws(PeerError) -> PeerReply {
        .resource(Self.resource(try existingGroup(id), excluding: excluding))
    }

    func createGroup(_ body: JSONObject) throws(PeerError) -> PeerReply {
        let now = Date()
        var group = Group(id: nextID("group"), displayName: "", externalId: nil, members: [], created: now, lastModified: now)
        try assign(body, to: &group)
        groups[group.id] = group
        groupOrder.append(group.id)
        return .resource(Self.resource(group, excluding: []), status: 201)
    }

    func replaceGroup(_ id: String, with body: JSONObject) throws(PeerError) -> PeerReply {
        var group = try existingGroup(id)
        group.externalId = nil
        group.members = []
        try assign(body, to: &group)
        group.lastModified = Date()
        groups[id] = group
        return .resource(Self.resource(group, excluding: []))
    }

    /// Applies every operation or none, then answers 204.
    func patchGroup(_ id: String, _ operations: [PeerPatchOperation]) throws(PeerError) -> PeerReply {
        var group = try existingGroup(id)
        for operation in operations { try PeerGroupPatch.apply(operation, to: &group) }
        try checkMembers(group.members)
        group.lastModified = Date()
        groups[id] = group
        return .noContent
    }

    func deleteGroup(_ id: String) throws(PeerError) -> PeerReply {
        _ = try existingGroup(id)
        groups[id] = nil
        groupOrder.removeAll { $0 == id }
        return .noContent
    }

    func existingGroup(_ id: String) throws(PeerError) -> Group {
        guard let group = groups[id] else { throw .notFound("Group", id) }
        return group
    }

    /// displayName (required), externalId and members of a POST or PUT body.
    private func assign(_ body: JSONObject, to group: inout Group) throws(PeerError) {
        guard let name = body[ignoringCase: "displayName"]?.stringValue, !name.isEmpty else {
            throw PeerError(400, "invalidValue", detail: "displayName is required.")
        }
        group.displayName = name
        group.externalId = body[ignoringCase: "externalId"]?.stringValue
        group.members = try PeerGroupPatch.memberIDs(in: body[ignoringCase: "members"] ?? .array([]))
        try checkMembers(group.members)
    }

    private func checkMembers(_ ids: [String]) throws(PeerError) {
        if let unknown = ids.first(where: { users[$0] == nil }) {
            throw PeerError(400, "invalidValue", detail: "Member \(unknown) is not a user here.")
        }
    }

    /// Members as bare `value`s: no `display`, no `$ref` (both optional in RFC 7643 §4.2).
    static func resource(_ group: Group, excluding: Set<String>) -> JSONObject {
        var object = JSONObject()
        object["schemas"] = .array([.string(groupSchema)])
        object["id"] = .string(group.id)
        object["displayName"] = .string(group.displayName)
        if let externalId = group.externalId { object["externalId"] = .string(externalId) }
        if !excluding.contains("members") {
            object["members"] = .array(group.members.map { id in .object(JSONObject([("value", JSONValue.string(id))])) })
        }
        object["meta"] = meta("Group", id: group.id, created: group.created, lastModified: group.lastModified)
        return object
    }
}

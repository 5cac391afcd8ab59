import Provisioning

/// PATCH on a group (RFC 7644 §3.5.2): `members` added, removed (by value list, by
/// `members[value eq "…"]`, or all) or replaced; `displayName` and `externalId` set, with or
/// without a path. A no-path value may repeat the group's own `id` (Okta does), never change it.
enum PeerGroupPatch {
    static func apply(_ operation: PeerPatchOperation, to group: inout PeerDirectory.Group) throws(PeerError) {
        guard let path = operation.path else {
            guard operation.op != "remove", let value = operation.value?.objectValue else {
                throw PeerError(400, "invalidSyntax", detail: "An operation without a path needs an object value.")
            }
            for (key, item) in value.pairs {
                if key.lowercased() == "id" {
                    guard item.stringValue == group.id else { throw PeerError(400, "mutability", detail: "id cannot change.") }
                    continue
                }
                try set(key, item, op: operation.op, on: &group)
            }
            return
        }
        if operation.op == "remove" {
            try remove(path, value: operation.value, from: &group)
        } else {
            guard let value = operation.value else { throw PeerError(400, "invalidValue", detail: "\(operation.op) needs a value.") }
            try set(path, value, op: operation.op, on: &group)
        }
    }

    /// The `value`s of a members array.
    static func memberIDs(in value: JSONValue) throws(PeerError) -> [String] {
        guard let items = value.arrayValue else { throw PeerError(400, "invalidValue", detail: "members must be an array.") }
        var ids: [String] = []
        for item in items {
            guard let id = item.objectValue?[ignoringCase: "value"]?.stringValue else {
                throw PeerError(400, "invalidValue", detail: "Each member needs a value.")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    private static func set(_ path: String, _ value: JSONValue, op: String, on group: inout PeerDirectory.Group) throws(PeerError) {
        switch path.lowercased() {
        case "members":
            let ids = try memberIDs(in: value)
            group.members = op == "add" ? group.members + ids.filter { !group.members.contains($0) } : ids
        case "displayname":
            guard let name = value.stringValue, !name.isEmpty else {
                throw PeerError(400, "invalidValue", detail: "displayName must be a non-empty string.")
            }
            group.displayName = name
        case "externalid":
            group.externalId = value.stringValue
        default:
            throw PeerError(400, "invalidPath", detail: "\(path) is not an attribute of a group here.")
        }
    }

    private static func remove(_ path: String, value: JSONValue?, from group: inout PeerDirectory.Group) throws(PeerError) {
        let lowered = path.lowercased()
        if lowered == "members" {
            // With a value list (Entra) only those go; without one, all of them (RFC 7644 §3.5.2.2).
            let leaving = try value.map { (value: JSONValue) throws(PeerError) in try memberIDs(in: value) }
            group.members = leaving.map { ids in group.members.filter { !ids.contains($0) } } ?? []
        } else if lowered.hasPrefix("members["), lowered.hasSuffix("]") {
            let filter = try PeerFilter(String(path.dropFirst("members[".count).dropLast()), allowing: ["value"])
            group.members.removeAll { $0 == filter.value }
        } else if lowered == "externalid" {
            group.externalId = nil
        } else {
            throw PeerError(400, "invalidPath", detail: "\(path) cannot be removed from a group here.")
        }
    }
}

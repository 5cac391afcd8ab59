import Foundation
import Provisioning

/// `/Users`: create, read, list, replace, patch, delete (RFC 7644 §3.3–§3.6).
extension PeerDirectory {
    func listUsers(filter: PeerFilter?, page: (startIndex: Int, count: Int)) -> PeerReply {
        list(allUsers().filter { filter?.matches($0.document) ?? true }.map(Self.resource), page: page)
    }

    func user(_ id: String) throws(PeerError) -> PeerReply {
        .resource(Self.resource(try existingUser(id)))
    }

    func createUser(_ body: JSONObject) throws(PeerError) -> PeerReply {
        let document = try validated(Self.clientAttributes(of: body), id: nil)
        let now = Date()
        let user = User(id: nextID("user"), document: document, created: now, lastModified: now)
        users[user.id] = user
        userOrder.append(user.id)
        return .resource(Self.resource(user), status: 201)
    }

    func replaceUser(_ id: String, with body: JSONObject) throws(PeerError) -> PeerReply {
        var user = try existingUser(id)
        user.document = try validated(Self.clientAttributes(of: body), id: id)
        user.lastModified = Date()
        users[id] = user
        return .resource(Self.resource(user))
    }

    /// Applies every operation or none, then answers 204 (RFC 7644 §3.5.2: 200 with the resource, or 204).
    func patchUser(_ id: String, _ operations: [PeerPatchOperation]) throws(PeerError) -> PeerReply {
        var user = try existingUser(id)
        var document = user.document
        for operation in operations { try PeerUserPatch.apply(operation, to: &document) }
        user.document = try validated(document, id: id)
        user.lastModified = Date()
        users[id] = user
        return .noContent
    }

    func deleteUser(_ id: String) throws(PeerError) -> PeerReply {
        _ = try existingUser(id)
        users[id] = nil
        userOrder.removeAll { $0 == id }
        for groupID in groupOrder { groups[groupID]?.members.removeAll { $0 == id } }
        return .noContent
    }

    func existingUser(_ id: String) throws(PeerError) -> User {
        guard let user = users[id] else { throw .notFound("User", id) }
        return user
    }

    /// userName present and unique ignoring case (RFC 7643 §4.1.1), `active` a boolean. Entra sends
    /// "True"/"False" strings, which are taken as booleans; anything else is refused.
    private func validated(_ document: JSONObject, id: String?) throws(PeerError) -> JSONObject {
        var document = document
        guard let userName = document[ignoringCase: "userName"]?.stringValue, !userName.isEmpty else {
            throw PeerError(400, "invalidValue", detail: "userName is required.")
        }
        if users.values.contains(where: { $0.id != id && $0.userName.lowercased() == userName.lowercased() }) {
            throw PeerError(409, "uniqueness", detail: "userName \(userName) is taken.")
        }
        switch document[ignoringCase: "active"] {
        case nil, .bool: break
        case .string(let text) where ["true", "false"].contains(text.lowercased()):
            document[ignoringCase: "active"] = .bool(text.lowercased() == "true")
        default: throw PeerError(400, "invalidValue", detail: "active must be true or false.")
        }
        return document
    }

    /// The body without what the server owns (`id`, `meta`) or never keeps (`password`).
    private static func clientAttributes(of body: JSONObject) -> JSONObject {
        JSONObject(body.pairs.filter { !["id", "meta", "password"].contains($0.key.lowercased()) }.map { ($0.key, $0.value) })
    }

    static func resource(_ user: User) -> JSONObject {
        var object = JSONObject([("id", .string(user.id))])
        if user.document[ignoringCase: "schemas"] == nil { object["schemas"] = [.string(userSchema)] }
        for (key, value) in user.document.pairs { object[key] = value }
        object["meta"] = meta("User", id: user.id, created: user.created, lastModified: user.lastModified)
        return object
    }
}

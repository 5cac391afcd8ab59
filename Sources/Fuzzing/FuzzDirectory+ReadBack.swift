import Provisioning
import SCIM
import SQLiteStore

extension FuzzDirectory {
    static let baseURL = "https://scim.example.com/scim/v2"

    /// What a stored user must still be: found by id, on a list page and by `userName eq`, with the
    /// document as written (not served from its columns as damaged), and rendered as JSON that parses.
    func readBack(_ written: User) async throws {
        guard let stored = try await store.user(id: written.id, idpID: written.idpID) else {
            throw FuzzFailure("user \(written.id) was acknowledged but is not found")
        }
        if let damage = stored.damage { throw FuzzFailure("an accepted user is unreadable: \(damage)") }
        guard stored.profile == written.profile else {
            throw FuzzFailure("user read back differs: wrote \(written.profile), read \(stored.profile)")
        }
        let page = try await store.users(idpID: written.idpID, query: ListQuery(count: 10))
        guard page.items.contains(where: { $0.id == written.id && $0.damage == nil }) else {
            throw FuzzFailure("an accepted user is missing from (or damaged on) its list page")
        }
        let lookup = try await store.users(
            idpID: written.idpID, query: ListQuery(filter: try equality("userName", written.profile.userName, .user)))
        guard lookup.items.map(\.id) == [written.id] else {
            throw FuzzFailure("userName eq finds \(lookup.items.map(\.id)), not the accepted user")
        }
        try rendered(UserMapping.resource(stored, groups: [], baseURL: Self.baseURL), "user")
    }

    /// The same for a group, with its members.
    func readBack(_ written: Group) async throws {
        guard let stored = try await store.group(id: written.id, idpID: written.idpID, includeDeleted: false) else {
            throw FuzzFailure("group \(written.id) was acknowledged but is not found")
        }
        if let damage = stored.damage { throw FuzzFailure("an accepted group is unreadable: \(damage)") }
        guard stored.profile == written.profile, stored.memberCount == written.memberCount else {
            throw FuzzFailure("group read back differs: wrote \(written.profile), read \(stored.profile)")
        }
        let members = try await store.members(ofGroup: written.id)
        guard members.count == stored.memberCount else {
            throw FuzzFailure("group has \(members.count) members but a member count of \(stored.memberCount)")
        }
        let page = try await store.groups(idpID: written.idpID, query: ListQuery(count: 10))
        guard page.items.contains(where: { $0.id == written.id && $0.damage == nil }) else {
            throw FuzzFailure("an accepted group is missing from (or damaged on) its list page")
        }
        let lookup = try await store.groups(
            idpID: written.idpID, query: ListQuery(filter: try equality("displayName", written.profile.displayName, .group)))
        guard lookup.items.map(\.id) == [written.id] else {
            throw FuzzFailure("displayName eq finds \(lookup.items.map(\.id)), not the accepted group")
        }
        try rendered(GroupMapping.resource(stored, members: members, baseURL: Self.baseURL), "group")
    }

    /// `attribute eq "value"` as an IdP writes it, parsed by the listener's own filter parser.
    private func equality(_ attribute: String, _ value: String, _ type: ResourceType) throws -> Filter {
        var text = attribute + " eq "
        JSONValue.writeString(value, into: &text)
        do {
            return try FilterParser.parse(text, for: type)
        } catch {
            throw FuzzFailure("the lookup of an accepted \(attribute) does not parse (\(error)): \(text.prefix(300))")
        }
    }

    private func rendered(_ representation: JSONObject, _ what: String) throws(FuzzFailure) {
        let text = JSONValue.object(representation).serialized()
        do {
            _ = try JSONParser.parse(text)
        } catch {
            throw FuzzFailure("the \(what)'s representation does not parse (\(error)): \(text.prefix(300))")
        }
    }
}

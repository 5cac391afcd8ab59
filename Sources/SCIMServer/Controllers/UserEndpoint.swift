import Provisioning
import SCIM

/// `/Users` (RFC 7643 §4.1): `UserMapping` and `UserPatcher` over `UserService`.
struct UserEndpoint: ResourceEndpoint {
    static let type = ResourceType.user
    let users: UserService

    func get(id: String, for idp: IdentityProvider) async throws -> User {
        try await users.get(id: id, for: idp)
    }

    func list(_ query: ListQuery, for idp: IdentityProvider) async throws -> Page<User> {
        try await users.list(query, for: idp)
    }

    func create(_ body: JSONObject, for idp: IdentityProvider) async throws -> WriteOutcome<User> {
        try await users.create(try UserMapping.profile(fromRequest: body, existing: nil), for: idp)
    }

    func replace(id: String, with body: JSONObject, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws -> WriteOutcome<User> {
        try await users.modify(id: id, ifMatch: ifMatch, for: idp) { current in
            try UserMapping.profile(fromRequest: body, existing: current.profile)
        }
    }

    func patch(id: String, _ patch: PatchRequest, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws -> WriteOutcome<User> {
        try await users.modify(id: id, ifMatch: ifMatch, for: idp) { current in try UserPatcher.apply(patch, to: current) }
    }

    func delete(id: String, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws -> WriteOutcome<Void> {
        try await users.delete(id: id, ifMatch: ifMatch, for: idp)
    }

    func representation(of user: User, projection: Projection, baseURL: String) async throws -> JSONObject {
        let groups = projection.includesGroups ? try await users.groups(of: user) : nil
        return projection.apply(to: UserMapping.resource(user, groups: groups, baseURL: baseURL), type: .user)
    }

    /// A page's groups come from one store read, not one per user.
    func representations(of page: [User], projection: Projection, baseURL: String) async throws -> [JSONObject] {
        let groups = projection.includesGroups ? try await users.groups(of: page) : nil
        return page.map { user in
            projection.apply(to: UserMapping.resource(user, groups: groups.map { $0[user.id] ?? [] }, baseURL: baseURL), type: .user)
        }
    }

    /// Okta's and Entra's user PATCHes are small and both read the answer.
    func patchAnswersWithResource(_ user: User) -> Bool { true }
}

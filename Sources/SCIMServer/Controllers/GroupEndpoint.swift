import Provisioning
import SCIM

/// `/Groups` (RFC 7643 §4.2): `GroupMapping` and `GroupPatcher` over `GroupService`.
struct GroupEndpoint: ResourceEndpoint {
    static let type = ResourceType.group

    let groups: GroupService
    /// `SCIMServerConfiguration.groupPatchRepresentationLimit`.
    let patchRepresentationLimit: Int

    func get(id: String, for idp: IdentityProvider) async throws -> Group {
        try await groups.get(id: id, for: idp)
    }

    func list(_ query: ListQuery, for idp: IdentityProvider) async throws -> Page<Group> {
        try await groups.list(query, for: idp)
    }

    func create(_ body: JSONObject, for idp: IdentityProvider) async throws -> WriteOutcome<Group> {
        let (profile, members) = try GroupMapping.profile(fromRequest: body)
        return try await groups.create(profile, members: members, for: idp)
    }

    func replace(id: String, with body: JSONObject, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws -> WriteOutcome<Group> {
        try await groups.apply(id: id, ifMatch: ifMatch, for: idp) { current in
            let (profile, members) = try GroupMapping.profile(fromRequest: body, existing: current.profile)
            return (profile, [.replaceAll(members)])
        }
    }

    func patch(id: String, _ patch: PatchRequest, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws -> WriteOutcome<Group> {
        try await groups.apply(id: id, ifMatch: ifMatch, for: idp) { current in
            let plan = try GroupPatcher.plan(patch, for: current)
            return (plan.profile, plan.changes)
        }
    }

    func delete(id: String, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws -> WriteOutcome<Void> {
        try await groups.delete(id: id, ifMatch: ifMatch, for: idp)
    }

    func representation(of group: Group, projection: Projection, baseURL: String) async throws -> JSONObject {
        let members = projection.includesMembers ? try await groups.members(of: group) : nil
        return projection.apply(to: GroupMapping.resource(group, members: members, baseURL: baseURL), type: .group)
    }

    func patchAnswersWithResource(_ group: Group) -> Bool {
        group.memberCount <= patchRepresentationLimit
    }
}

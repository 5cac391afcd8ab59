import Provisioning
import SCIM
import SQLiteStore

/// The resource mapper's property: a body that POST accepts (mapped by `UserMapping`/`GroupMapping`,
/// checked by the services after normalisation, stored) reads back as written, renders as JSON that
/// parses, and that representation, sent back as a PUT the way an IdP re-pushes a resource, is
/// accepted and reads back too. The input is one JSON body, tried as a user and as a group.
public enum ResourceRoundTrip {
    /// Returns how many resources were accepted, stored and read back (0 to 2).
    @discardableResult
    public static func check(_ bytes: [UInt8], in directory: FuzzDirectory) async throws -> Int {
        guard case .object(let body)? = try? JSONParser.parse(bytes: bytes) else { return 0 }
        var accepted = 0
        let idp = try await directory.freshIdentityProvider()
        let users = UserService(store: directory.store)
        if let profile = try? UserMapping.profile(fromRequest: body, existing: nil),
            let user = try await directory.accepted("POST /Users", { try await users.create(profile, for: idp).value })
        {
            try await directory.readBack(user)
            let representation = UserMapping.resource(user, groups: [], baseURL: FuzzDirectory.baseURL)
            let replaced = try await directory.accepted("PUT /Users of its own representation") {
                try await users.modify(id: user.id, for: idp) { current in
                    try UserMapping.profile(fromRequest: representation, existing: current.profile)
                }.value
            }
            guard let replaced else { throw FuzzFailure("PUT of a user's own representation is refused") }
            try await directory.readBack(replaced)
            accepted += 1
        }
        let groups = GroupService(store: directory.store)
        if let (profile, members) = try? GroupMapping.profile(fromRequest: body),
            let group = try await directory.accepted("POST /Groups", { try await groups.create(profile, members: members, for: idp).value })
        {
            try await directory.readBack(group)
            let current = try await directory.store.members(ofGroup: group.id)
            let representation = GroupMapping.resource(group, members: current, baseURL: FuzzDirectory.baseURL)
            let replaced = try await directory.accepted("PUT /Groups of its own representation") {
                try await groups.apply(id: group.id, for: idp) { current in
                    let (profile, members) = try GroupMapping.profile(fromRequest: representation, existing: current.profile)
                    return (profile, [.replaceAll(members)])
                }.value
            }
            guard let replaced else { throw FuzzFailure("PUT of a group's own representation is refused") }
            try await directory.readBack(replaced)
            accepted += 1
        }
        return accepted
    }
}

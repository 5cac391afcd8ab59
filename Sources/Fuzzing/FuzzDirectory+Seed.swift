import Provisioning
import SCIM
import SQLiteStore
import Synchronization

extension FuzzDirectory {
    /// Users and groups as Okta and Entra provision them, for filters to run over: one IdP, made on
    /// first use and kept (filters only read).
    func seededIdentityProvider() async throws -> IdentityProvider {
        if let idp = seeded.withLock({ $0 }) { return idp }
        let idp = try await freshIdentityProvider()
        let users = UserService(store: store)
        var ids: [String] = []
        for body in Self.seedUsers {
            ids.append(try await users.create(try UserMapping.profile(fromRequest: body, existing: nil), for: idp).value.id)
        }
        let groups = GroupService(store: store)
        _ = try await groups.create(GroupProfile(displayName: "Engineering", externalID: "00g1"), members: ids, for: idp)
        _ = try await groups.create(GroupProfile(displayName: "Sales"), members: [ids[0]], for: idp)
        seeded.withLock { $0 = idp }
        return idp
    }

    static let seedUsers: [JSONObject] = seedBodies.compactMap(\.objectValue)

    private static let seedBodies: [JSONValue] = [
        PatchRoundTrip.userBody,
        [
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "externalId": "8c2b0c2e-3f1a-4c2e-9e0b-5b7f6a1d2e3f",
            "userName": "Grace.Hopper@contoso.onmicrosoft.com", "active": true, "displayName": "Grace Hopper",
            "emails": [["primary": true, "type": "work", "value": "grace@contoso.com"]],
            "name": ["formatted": "Grace Hopper", "familyName": "Hopper", "givenName": "Grace"],
            "addresses": [["type": "work", "country": "US", "locality": "Arlington"]],
        ],
        [
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "jürgen.straße@example.de", "active": false,
            "name": ["givenName": "Jürgen", "familyName": "Straße"], "emails": [["value": "j@example.de"], ["value": "J2@example.de"]],
        ],
    ]
}

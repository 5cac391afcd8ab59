import Provisioning
import SCIM
import Testing

@Suite("Projection (attributes / excludedAttributes)")
struct ProjectionTests {
    func resource() throws -> JSONObject {
        let user = try Fixture.user(Fixture.oktaEnterpriseCreate)
        return UserMapping.resource(user, groups: [GroupReference(id: "g1", displayName: "G")], baseURL: Fixture.baseURL)
    }

    @Test func attributesKeepsOnlyWhatWasAskedPlusAlwaysReturned() throws {
        let projection = try Projection(attributes: ["userName", "name.givenName", "EMAILS.value"], for: .user)
        let projected = projection.apply(to: try resource(), type: .user)
        #expect(projected.keys == ["schemas", "id", "userName", "name", "emails", "meta"])
        #expect(projected["name"] == ["givenName": "A"])
        #expect(projected["emails"] == [["value": "a.b@example.com"]])
        #expect(projected["meta"] == ["resourceType": "User"])
        #expect(!projection.includesGroups)
    }

    @Test func urnQualifiedNames() throws {
        let urn = Fixture.enterprise
        let department = try Projection(attributes: ["\(urn):department"], for: .user).apply(to: try resource(), type: .user)
        #expect(department[urn] == ["department": "Sales"])
        let whole = try Projection(attributes: [urn], for: .user).apply(to: try resource(), type: .user)
        #expect(whole[urn] == ["department": "Sales", "division": "EMEA"])
        let core = try Projection(attributes: ["urn:ietf:params:scim:schemas:core:2.0:User:userName"], for: .user).apply(
            to: try resource(), type: .user)
        #expect(core["userName"] == "a.b@example.com")
        #expect(core["title"] == nil)
    }

    @Test func excludedAttributes() throws {
        let projection = try Projection(
            excludedAttributes: ["groups", "name.familyName", "id", "meta", "\(Fixture.enterprise):division"], for: .user)
        let projected = projection.apply(to: try resource(), type: .user)
        #expect(projected["groups"] == nil)
        #expect(projected["id"] != nil)  // returned: always
        #expect(projected["meta"] == ["resourceType": "User"])
        #expect(projected["name"] == ["givenName": "A"])
        #expect(projected[Fixture.enterprise] == ["department": "Sales"])
        #expect(projected["title"] == "Account Executive")
        #expect(!projection.includesGroups)
    }

    @Test func passwordIsNeverReturned() throws {
        var leaky = try resource()
        leaky["password"] = "secret"
        #expect(Projection.all.apply(to: leaky, type: .user)["password"] == nil)
        #expect(try Projection(attributes: ["password"], for: .user).apply(to: leaky, type: .user)["password"] == nil)
    }

    @Test func groupsMembers() throws {
        let group = GroupMapping.resource(try Fixture.group(), members: [GroupMember(userID: "u1", display: "a")], baseURL: Fixture.baseURL)
        let excluded = try Projection(excludedAttributes: ["members"], for: .group)
        #expect(!excluded.includesMembers)
        #expect(excluded.apply(to: group, type: .group)["members"] == nil)
        #expect(excluded.apply(to: group, type: .group)["displayName"] == "Test SCIMv2")
        #expect(Projection.all.includesMembers)
        #expect(Projection.all.apply(to: group, type: .group) == group)
        let ids = try Projection(attributes: ["members.value"], for: .group)
        #expect(ids.apply(to: group, type: .group)["members"] == [["value": "u1"]])
        #expect(ids.includesMembers)
    }

    @Test func fromParameters() throws {
        let projection = try Projection(parameters: [("ATTRIBUTES", "userName, title")], for: .user)
        #expect(projection.apply(to: try resource(), type: .user).keys == ["schemas", "id", "userName", "title", "meta"])
    }
}

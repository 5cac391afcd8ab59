import Foundation
import Provisioning
import SCIM
import Testing

@Suite("Group mapping")
struct GroupMappingTests {
    @Test func oktaCreateWithMembers() throws {
        let body = try Fixture.object(
            #"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Test SCIMv2",
             "members":[{"value":"u1","display":"a@x"},{"value":"u2"},{"value":"u1"}],"externalId":"00g1"}
            """#)
        let (profile, members) = try GroupMapping.profile(fromRequest: body)
        #expect(profile.displayName == "Test SCIMv2")
        #expect(profile.externalID == "00g1")
        #expect(members == ["u1", "u2"])
        #expect(profile.document["members"] == nil)
        #expect(profile.document["schemas"] == nil)
    }

    @Test func displayNameIsRequired() throws {
        for body in [#"{"members":[]}"#, #"{"displayName":""}"#, #"{"displayName":5}"#] {
            let error = try #require(scimError { _ = try GroupMapping.profile(fromRequest: Fixture.object(body)) })
            #expect(error.scimType == "invalidValue")
            #expect(error.detail.contains("displayName"))
        }
    }

    @Test func membersMustCarryValues() throws {
        let error = try #require(
            scimError { _ = try GroupMapping.profile(fromRequest: Fixture.object(#"{"displayName":"g","members":[{"display":"x"}]}"#)) })
        #expect(error.scimType == "invalidValue")
        #expect(error.detail.contains("'members'"))
    }

    @Test func resourceShape() throws {
        let group = try Fixture.group(#"{"displayName":"Test SCIMv2","externalId":"00g1","description":"kept"}"#)
        let resource = GroupMapping.resource(
            group, members: [GroupMember(userID: "u1", display: "a@x"), GroupMember(userID: "u2")], baseURL: Fixture.baseURL
        )
        #expect(resource["schemas"] == [.string(SchemaURN.group)])
        #expect(resource["id"] == .string(Fixture.groupID))
        #expect(resource["displayName"] == "Test SCIMv2")
        #expect(resource["description"] == "kept")
        #expect(
            resource["members"]
                == [
                    ["value": "u1", "display": "a@x", "$ref": "https://scim.example.com/scim/v2/Users/u1", "type": "User"],
                    ["value": "u2", "$ref": "https://scim.example.com/scim/v2/Users/u2", "type": "User"],
                ]
        )
        #expect(resource["meta"]?.objectValue?["resourceType"] == "Group")
        #expect(GroupMapping.resource(group, members: nil, baseURL: Fixture.baseURL)["members"] == nil)
    }

    /// Okta AIW's E9: PUT with the full member list; an omitted externalId is kept.
    @Test func putKeepsExternalID() throws {
        let stored = try Fixture.group(#"{"displayName":"Test SCIMv2","externalId":"00g1"}"#)
        let body = try Fixture.object(#"{"id":"x","displayName":"Test SCIMv2","members":[{"value":"u1","display":"a@x"}],"meta":{}}"#)
        let (profile, members) = try GroupMapping.profile(fromRequest: body, existing: stored.profile)
        #expect(profile.externalID == "00g1")
        #expect(members == ["u1"])
        #expect(profile.document["meta"] == nil)
        #expect(profile.document["id"] == nil)
    }
}

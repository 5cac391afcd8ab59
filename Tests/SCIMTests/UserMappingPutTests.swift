import Foundation
import Provisioning
import SCIM
import Testing

@Suite("User mapping: PUT echo and resource output")
struct UserMappingPutTests {
    /// Okta's E5: the PUT echoes our GET, with id/meta/groups and a password variant.
    @Test func oktaPutEchoIgnoresServerAttributes() throws {
        let stored = try Fixture.user(Fixture.oktaCreate)
        var echo = UserMapping.resource(stored, groups: [GroupReference(id: Fixture.groupID, displayName: "G")], baseURL: Fixture.baseURL)
        echo["name"] = ["givenName": "Another", "middleName": "Excited", "familyName": "User", "formatted": "Another Excited User"]
        echo["password"] = "TkdFNVdIVkxhM2c9"
        echo["locale"] = "en_US"
        let profile = try UserMapping.profile(fromRequest: echo, existing: stored.profile)
        #expect(profile.givenName == "Another")
        #expect(profile.document["name"]?.objectValue?["formatted"] == "Another Excited User")
        for key in ["id", "meta", "groups", "password", "schemas"] {
            #expect(profile.document[key] == nil, "\(key) must not be stored")
        }
        #expect(profile.document["locale"] == "en_US")
        #expect(profile.externalID == "00ujl29u0le5T6Aj10h7")
    }

    @Test func putWithoutActiveOrExternalIDKeepsThem() throws {
        var stored = try Fixture.user(Fixture.oktaCreate)
        stored.profile.active = false
        let body = try Fixture.object(#"{"id":"whatever","userName":"test.user@okta.local","name":{"middleName":""}}"#)
        let profile = try UserMapping.profile(fromRequest: body, existing: stored.profile)
        #expect(!profile.active)
        #expect(profile.externalID == "00ujl29u0le5T6Aj10h7")
        #expect(profile.userName == "test.user@okta.local")
        #expect(profile.displayName == nil)
        // POST without `active` defaults to active.
        #expect(try UserMapping.profile(fromRequest: Fixture.object(#"{"userName":"u"}"#), existing: nil).active)
    }

    @Test func resourceShape() throws {
        let user = try Fixture.user(Fixture.oktaEnterpriseCreate)
        let resource = UserMapping.resource(
            user, groups: [GroupReference(id: Fixture.groupID, displayName: "Sales")], baseURL: Fixture.baseURL
        )
        #expect(resource["schemas"] == [.string(SchemaURN.user), .string(SchemaURN.enterpriseUser)])
        #expect(resource["id"] == .string(Fixture.userID))
        #expect(resource["userName"] == "a.b@example.com")
        #expect(resource["active"] == true)
        #expect(resource["password"] == nil)
        #expect(
            resource["groups"]
                == [
                    [
                        "value": .string(Fixture.groupID), "display": "Sales",
                        "$ref": .string("https://scim.example.com/scim/v2/Groups/\(Fixture.groupID)"),
                    ]
                ]
        )
        let meta = try #require(resource["meta"]?.objectValue)
        #expect(meta["resourceType"] == "User")
        #expect(meta["created"] == "2023-11-14T22:13:20.123Z")
        #expect(meta["lastModified"] == "2023-11-14T22:15:00.500Z")
        #expect(meta["location"] == .string("https://scim.example.com/scim/v2/Users/\(Fixture.userID)"))
        #expect(meta["version"] == #"W/"3""#)
        #expect(resource.keys.first == "schemas")
        #expect(resource.keys.last == "meta")
    }

    @Test func resourceNeverContainsPasswordAndKeepsUnknownAttributes() throws {
        var user = try Fixture.user(#"{"userName":"Mixed.Case","x-custom":{"deep":[true]},"active":false}"#)
        user.profile.document["password"] = "leaked"  // even if a document somehow holds one
        let resource = UserMapping.resource(user, groups: nil, baseURL: Fixture.baseURL)
        #expect(resource["password"] == nil)
        #expect(resource["groups"] == nil)
        #expect(resource["x-custom"] == ["deep": [true]])
        #expect(resource["userName"] == "Mixed.Case")
        #expect(resource["active"] == false)
        #expect(resource["schemas"] == [.string(SchemaURN.user)])
    }

    @Test func resourceRoundTripsThroughPut() throws {
        let user = try Fixture.user(Fixture.oktaEnterpriseCreate)
        let resource = UserMapping.resource(user, groups: [], baseURL: Fixture.baseURL)
        let again = try UserMapping.profile(fromRequest: resource, existing: user.profile)
        #expect(again == user.profile)
    }
}

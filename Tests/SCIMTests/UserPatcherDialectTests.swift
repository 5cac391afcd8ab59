import Provisioning
import SCIM
import Testing

/// Okta's user PATCH shapes (docs/idp-wire.md §2.6–§2.8, E6) and Entra's dialect (§6.2).
@Suite("User PATCH: Okta and Entra")
struct UserPatcherDialectTests {
    func apply(_ body: String, to user: User? = nil) throws -> UserProfile {
        try UserPatcher.apply(Fixture.patch(body), to: user ?? Fixture.user(Fixture.oktaEnterpriseCreate))
    }

    @Test func oktaDeactivateAndReactivate() throws {
        let deactivate =
            #"{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]}"#
        var user = try Fixture.user(Fixture.oktaCreate)
        user.profile = try apply(deactivate, to: user)
        #expect(!user.profile.active)
        #expect(user.profile.userName == "Test.User@okta.local")
        #expect(user.profile.externalID == "00ujl29u0le5T6Aj10h7")
        let reactivate =
            #"{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":true}}]}"#
        #expect(try apply(reactivate, to: user).active)
        // Also accepted with a path (docs/idp-wire.md Q3).
        #expect(try !apply(#"{"Operations":[{"op":"replace","path":"active","value":false}]}"#, to: user).active)
    }

    /// DialectRule.passwordIgnored (docs/idp-wire.md §2.8)
    @Test func oktaPasswordSyncIsAcceptedAndIgnored() throws {
        let user = try Fixture.user(Fixture.oktaCreate)
        #expect(try apply(#"{"Operations":[{"op":"replace","value":{"password":"n3w"}}]}"#, to: user) == user.profile)
        #expect(try apply(#"{"Operations":[{"op":"replace","path":"password","value":"n3w"}]}"#, to: user) == user.profile)
    }

    @Test func entraCapitalisedOpsAndStringBooleans() throws {
        let profile = try apply(
            #"""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
              {"op":"Replace","path":"active","value":"False"},
              {"op":"Add","path":"displayName","value":"Ann B"},
              {"op":"Replace","path":"emails[type eq \"work\"].value","value":"ann@contoso.com"}]}
            """#)
        #expect(!profile.active)
        #expect(profile.displayName == "Ann B")
        #expect(profile.email == "ann@contoso.com")
    }

    @Test func entraURNPathsAndManager() throws {
        let urn = Fixture.enterprise
        let profile = try apply(
            #"""
            {"Operations":[
              {"op":"Replace","path":"\#(urn):department","value":"Finance"},
              {"op":"Add","path":"\#(urn):manager","value":"26118915-6090"},
              {"op":"Add","path":"\#(urn):employeeNumber","value":"701"}]}
            """#)
        #expect(profile.department == "Finance")
        let container = try #require(profile.document[urn]?.objectValue)
        #expect(container["manager"] == ["value": "26118915-6090"])  // DialectRule.stringForComplexValue
        #expect(container["employeeNumber"] == "701")
        #expect(container["division"] == "EMEA")
        let removed = try apply(
            #"{"Operations":[{"op":"Remove","path":"\#(urn):manager","value":[{"value":"26118915-6090"}]}]}"#,
            to: User(
                id: Fixture.userID, idpID: Fixture.idpID, profile: profile, meta: Fixture.meta))
        #expect(removed.document[urn]?.objectValue?["manager"] == nil)
    }

    /// DialectRule.noPathValueObject with Entra's URN-qualified and dotted keys.
    @Test func entraValueObjectWithQualifiedKeys() throws {
        let profile = try apply(
            #"""
            {"Operations":[{"op":"Replace","value":{
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Ops",
              "name.givenName":"Alicia","displayName":"Alicia B","active":"True"}}]}
            """#)
        #expect(profile.department == "Ops")
        #expect(profile.givenName == "Alicia")
        #expect(profile.familyName == "B")
        #expect(profile.displayName == "Alicia B")
        #expect(profile.active)
    }

    /// DialectRule.addCreatesFilteredElement
    @Test func entraAddWithFilterCreatesTheElement() throws {
        let user = try Fixture.user(#"{"userName":"u"}"#)
        let profile = try apply(
            #"""
            {"Operations":[{"op":"Add","path":"phoneNumbers[type eq \"mobile\"].value","value":"+1 555 0100"},
                           {"op":"Add","path":"emails[type eq \"work\"].value","value":"u@contoso.com"}]}
            """#, to: user)
        #expect(profile.document["phoneNumbers"] == [["type": "mobile", "value": "+1 555 0100"]])
        #expect(profile.email == "u@contoso.com")
    }

    @Test func entraRemoveFromMultiValuedWithValueList() throws {
        // DialectRule.removeWithValueList
        let user = try Fixture.user(#"{"userName":"u","roles":[{"value":"admin"},{"value":"user"}]}"#)
        let profile = try apply(#"{"Operations":[{"op":"Remove","path":"roles","value":[{"value":"admin"}]}]}"#, to: user)
        #expect(profile.document["roles"] == [["value": "user"]])
    }

    @Test func readOnlyAttributesCannotBeChanged() throws {
        for body in [
            #"{"Operations":[{"op":"replace","path":"id","value":"other"}]}"#,
            #"{"Operations":[{"op":"replace","path":"meta.created","value":"2020-01-01T00:00:00Z"}]}"#,
            #"{"Operations":[{"op":"add","path":"groups","value":[{"value":"g"}]}]}"#,
            #"{"Operations":[{"op":"replace","value":{"id":"someone-else"}}]}"#,
        ] {
            let error = try #require(scimError { _ = try apply(body) })
            #expect(error.scimType == "mutability", "\(body)")
        }
        // Echoes of our own id/meta/schemas in a value object are ignored (DialectRule.valueObjectEchoesID).
        let echo = #"{"Operations":[{"op":"replace","value":{"id":"\#(Fixture.userID)","schemas":[],"meta":{},"title":"T"}}]}"#
        #expect(try apply(echo).document["title"] == "T")
    }

    @Test func invalidPathsAndValues() throws {
        let cases: [(String, String)] = [
            (#"{"Operations":[{"op":"add","path":"name.nickname","value":"x"}]}"#, "invalidPath"),
            (#"{"Operations":[{"op":"add","path":"emails[type eq \"work\"","value":"x"}]}"#, "invalidPath"),
            (#"{"Operations":[{"op":"add","path":"emails[kind eq \"work\"].value","value":"x"}]}"#, "invalidPath"),
            (#"{"Operations":[{"op":"add","path":"title[type eq \"x\"]","value":"x"}]}"#, "invalidPath"),
            (#"{"Operations":[{"op":"replace","path":"emails.value","value":"x"}]}"#, "invalidPath"),
            (#"{"Operations":[{"op":"replace","path":"active","value":"maybe"}]}"#, "invalidValue"),
            (#"{"Operations":[{"op":"replace","path":"userName","value":""}]}"#, "invalidValue"),
        ]
        for (body, scimType) in cases {
            let error = try #require(scimError { _ = try apply(body) })
            #expect(error.scimType == scimType, "\(body): \(error.detail)")
        }
    }

    @Test func unknownAttributesCanBePatched() throws {
        let profile = try apply(
            #"{"Operations":[{"op":"add","path":"urn:okta:custom:badge","value":"7"},{"op":"add","value":{"x-tier":"gold"}}]}"#)
        // A URN-qualified name lives inside its schema's object, declared or not.
        #expect(profile.document["urn:okta:custom"]?.objectValue?["badge"] == "7")
        #expect(profile.document["urn:okta:custom:badge"] == nil)
        #expect(profile.document["x-tier"] == "gold")
    }
}

import Foundation
import Provisioning
import SCIM
import Testing

@Suite("User mapping: request → profile")
struct UserMappingTests {
    @Test func oktaCreateBody() throws {
        let profile = try UserMapping.profile(fromRequest: Fixture.object(Fixture.oktaCreate), existing: nil)
        #expect(profile.userName == "Test.User@okta.local")  // case preserved (docs/idp-wire.md Q8)
        #expect(profile.externalID == "00ujl29u0le5T6Aj10h7")
        #expect(profile.displayName == "Test User")
        #expect(profile.givenName == "Test")
        #expect(profile.familyName == "User")
        #expect(profile.email == "test.user@okta.local")
        #expect(profile.active)
        #expect(profile.department == nil)
        // Server attributes and the password never reach the document (DialectRule.passwordIgnored).
        #expect(profile.document["password"] == nil)
        #expect(profile.document["groups"] == nil)
        #expect(profile.document["schemas"] == nil)
        #expect(profile.document["locale"] == "en-US")
    }

    @Test func oktaEnterpriseCreateBody() throws {
        let profile = try UserMapping.profile(fromRequest: Fixture.object(Fixture.oktaEnterpriseCreate), existing: nil)
        #expect(profile.department == "Sales")
        #expect(profile.division == "EMEA")
        #expect(profile.displayName == "A B")  // derived from the name when absent
        #expect(profile.document[Fixture.enterprise]?.objectValue?["department"] == "Sales")
        #expect(profile.document["title"] == "Account Executive")
    }

    @Test func urnQualifiedEnterpriseKeysAreStoredInTheContainer() throws {
        let body = try Fixture.object(
            #"""
            {"userName":"u","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"R&D",
             "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER":{"Division":"North","costcenter":"42"},
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager":"boss-id"}
            """#)
        let profile = try UserMapping.profile(fromRequest: body, existing: nil)
        let container = try #require(profile.document[Fixture.enterprise]?.objectValue)
        #expect(container.keys == ["department", "division", "costCenter", "manager"])
        #expect(container["manager"] == ["value": "boss-id"])  // DialectRule.stringForComplexValue
        #expect(profile.department == "R&D")
        #expect(profile.division == "North")
        #expect(!profile.document.keys.contains { $0.hasPrefix("urn:") && $0 != Fixture.enterprise })
        // An attribute the extension does not define still lands in its container.
        let extra = try UserMapping.profile(
            fromRequest: Fixture.object(#"{"userName":"u","\#(Fixture.enterprise):badge":"7"}"#), existing: nil)
        #expect(extra.document[Fixture.enterprise] == ["badge": "7"])
    }

    @Test func knownNamesAreCanonicalisedUnknownOnesKept() throws {
        let body = try Fixture.object(
            #"""
            {"USERNAME":"Mixed.Case@Example.com","Name":{"GivenName":"Ann","nickname":"x"},"nickname":"Annie",
             "EMAILS":[{"Value":"ann@example.com","TYPE":"home","Primary":"True"}],"customThing":{"a":[1,2]},
             "urn:okta:custom:User":{"badge":"7"}}
            """#)
        let profile = try UserMapping.profile(fromRequest: body, existing: nil)
        #expect(profile.userName == "Mixed.Case@Example.com")
        #expect(profile.document.keys == ["userName", "name", "nickName", "emails", "customThing", "urn:okta:custom:User", "active"])
        #expect(profile.document["name"] == ["givenName": "Ann", "nickname": "x"])
        #expect(profile.document["emails"] == [["value": "ann@example.com", "type": "home", "primary": true]])
        #expect(profile.document["customThing"] == ["a": [1, 2]])
        #expect(profile.email == "ann@example.com")
    }

    @Test func primaryEmailThenWorkThenFirst() throws {
        func email(_ emails: String) throws -> String? {
            try UserMapping.profile(fromRequest: Fixture.object(#"{"userName":"u","emails":\#(emails)}"#), existing: nil).email
        }
        #expect(try email(#"[{"value":"a@x","type":"home"},{"value":"b@x","type":"work"},{"value":"c@x","primary":true}]"#) == "c@x")
        #expect(try email(#"[{"value":"a@x","type":"home"},{"value":"b@x","type":"Work"}]"#) == "b@x")
        #expect(try email(#"[{"value":"a@x","type":"home"},{"value":"b@x"}]"#) == "a@x")
        // DialectRule.singleValueForMultiValued
        #expect(try email(#"{"value":"solo@x"}"#) == "solo@x")
        #expect(try email("[]") == nil)
    }

    @Test func userNameIsRequired() throws {
        for body in [#"{"displayName":"x"}"#, #"{"userName":""}"#, #"{"userName":"   "}"#, #"{"userName":7}"#, #"{"userName":null}"#] {
            let error = try #require(scimError { _ = try UserMapping.profile(fromRequest: Fixture.object(body), existing: nil) })
            #expect(error.scimType == "invalidValue")
            #expect(error.detail.contains("userName"))
        }
    }

    @Test func typesOfKnownAttributesAreChecked() throws {
        let cases = [
            (#"{"userName":"u","active":"yes"}"#, "'active' must be a boolean"),
            (#"{"userName":"u","name":"Ann"}"#, "'name' must be a JSON object"),
            (#"{"userName":"u","emails":[{"value":5}]}"#, "'emails.value' must be a string"),
            (#"{"userName":"u","emails":[{"value":"a","primary":"sometimes"}]}"#, "'emails.primary' must be a boolean"),
            (#"{"userName":"u","title":["a"]}"#, "'title' must be a string"),
            (#"{"userName":"u","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":"x"}"#, "must be a JSON object"),
        ]
        for (body, expected) in cases {
            let error = try #require(scimError { _ = try UserMapping.profile(fromRequest: Fixture.object(body), existing: nil) })
            #expect(error.scimType == "invalidValue")
            #expect(error.detail.contains(expected), "\(error.detail)")
        }
    }

    @Test func emptyValuesAreAccepted() throws {
        // DialectRule.emptyValues (OIN QA C9337)
        let body = try Fixture.object(#"{"userName":"u","name":{"middleName":"","givenName":null},"title":null,"active":"","nickName":""}"#)
        let profile = try UserMapping.profile(fromRequest: body, existing: nil)
        #expect(profile.document["name"] == ["middleName": ""])
        #expect(profile.document["title"] == nil)
        #expect(profile.document["nickName"] == "")
        #expect(profile.active)
    }

    @Test func stringBooleansAreTolerated() throws {
        // DialectRule.stringBooleans (Entra; Okta echoing a string it was given)
        let profile = try UserMapping.profile(fromRequest: Fixture.object(#"{"userName":"u","active":"False"}"#), existing: nil)
        #expect(!profile.active)
        #expect(profile.document["active"] == false)
    }

    @Test func localeIsStoredAsSent() throws {
        // DialectRule.localeEitherSpelling
        for locale in ["en_US", "en-US"] {
            let profile = try UserMapping.profile(fromRequest: Fixture.object(#"{"userName":"u","locale":"\#(locale)"}"#), existing: nil)
            #expect(profile.document["locale"] == .string(locale))
        }
    }
}

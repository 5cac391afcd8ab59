import Provisioning
import SCIM
import Testing

/// The user-side examples of RFC 7644 §3.5.2.
@Suite("User PATCH: RFC 7644 §3.5.2 examples")
struct UserPatcherRFCTests {
    let base = #"""
        {"userName":"bjensen","nickName":"B","emails":[{"value":"bjensen@example.com","type":"work","primary":true},
         {"value":"babs@jensen.org","type":"home"}],
         "addresses":[{"type":"work","streetAddress":"100 Universal City Plaza","locality":"Hollywood"},
                      {"type":"home","streetAddress":"456 Hollywood Blvd"}]}
        """#

    func apply(_ operations: String, to body: String? = nil) throws -> UserProfile {
        try UserPatcher.apply(Fixture.patch(#"{"Operations":\#(operations)}"#), to: Fixture.user(body ?? base))
    }

    @Test func addWithoutPath() throws {
        // §3.5.2.1: the value's attributes are added; emails are appended, "nickname" is nickName.
        let profile = try apply(
            #"[{"op":"add","value":{"emails":[{"value":"babs@jensen.org","type":"home"},{"value":"b@new.org","type":"other"}],"nickname":"Babs"}}]"#
        )
        #expect(profile.document["nickName"] == "Babs")
        #expect(profile.document["emails"]?.arrayValue?.count == 3)  // the identical home email is not repeated
        #expect(profile.document["emails"]?.arrayValue?.last == ["value": "b@new.org", "type": "other"])
    }

    @Test func removeMultiValuedWithFilter() throws {
        let profile = try apply(#"[{"op":"remove","path":"emails[type eq \"work\" and value ew \"example.com\"]"}]"#)
        #expect(profile.document["emails"] == [["value": "babs@jensen.org", "type": "home"]])
        #expect(profile.email == "babs@jensen.org")
    }

    @Test func removeSingleAndMissingAttributes() throws {
        let profile = try apply(
            #"[{"op":"remove","path":"nickName"},{"op":"remove","path":"title"},{"op":"remove","path":"name.givenName"}]"#)
        #expect(profile.document["nickName"] == nil)
        #expect(profile.document["title"] == nil)  // removing what is not there is a no-op
    }

    @Test func replaceWithFilterReplacesTheWholeElement() throws {
        let profile = try apply(
            #"""
            [{"op":"replace","path":"addresses[type eq \"work\"]","value":{"type":"work","streetAddress":"911 Universal City Plaza",
              "locality":"Hollywood","region":"CA","postalCode":"91608","country":"US","primary":true}}]
            """#)
        let addresses = try #require(profile.document["addresses"]?.arrayValue)
        #expect(addresses.count == 2)
        #expect(addresses[0].objectValue?["streetAddress"] == "911 Universal City Plaza")
        #expect(addresses[0].objectValue?["postalCode"] == "91608")
        #expect(addresses[1].objectValue?["streetAddress"] == "456 Hollywood Blvd")
    }

    @Test func replaceSubAttributeWithFilter() throws {
        let profile = try apply(#"[{"op":"replace","path":"addresses[type eq \"work\"].streetAddress","value":"1010 Broadway Ave"}]"#)
        let addresses = try #require(profile.document["addresses"]?.arrayValue)
        #expect(addresses[0] == ["type": "work", "streetAddress": "1010 Broadway Ave", "locality": "Hollywood"])
        #expect(addresses[1].objectValue?["streetAddress"] == "456 Hollywood Blvd")
    }

    @Test func replaceWithoutPath() throws {
        let profile = try apply(
            #"""
            [{"op":"replace","value":{"emails":[{"value":"bjensen@example.com","type":"work","primary":true},
              {"value":"babs@jensen.org","type":"home"}],"nickname":"Babs"}}]
            """#)
        #expect(profile.document["nickName"] == "Babs")
        #expect(profile.document["emails"]?.arrayValue?.count == 2)
    }

    @Test func replaceWithFilterThatMatchesNothingIsNoTarget() throws {
        let error = try #require(scimError { _ = try apply(#"[{"op":"replace","path":"emails[type eq \"fax\"].value","value":"x"}]"#) })
        #expect(error.scimType == "noTarget")
        #expect(error.detail.contains("emails"))
    }

    @Test func replaceComplexMergesSubAttributes() throws {
        let profile = try apply(
            #"[{"op":"replace","path":"name","value":{"familyName":"Jensen"}}]"#, to: #"{"userName":"u","name":{"givenName":"Barbara"}}"#)
        #expect(profile.document["name"] == ["givenName": "Barbara", "familyName": "Jensen"])
    }

    @Test func addPrimaryDemotesTheOthers() throws {
        let profile = try apply(#"[{"op":"add","path":"emails","value":[{"value":"new@x.org","type":"other","primary":true}]}]"#)
        let emails = try #require(profile.document["emails"]?.arrayValue)
        #expect(emails.filter { $0.objectValue?["primary"] == true }.count == 1)
        #expect(profile.email == "new@x.org")
    }

    @Test func operationsAreAllOrNothing() throws {
        let user = try Fixture.user(base)
        let patch = try Fixture.patch(
            #"{"Operations":[{"op":"replace","path":"title","value":"T"},{"op":"replace","path":"id","value":"x"}]}"#)
        let error = try #require(scimError { _ = try UserPatcher.apply(patch, to: user) })
        #expect(error.scimType == "mutability")
    }
}

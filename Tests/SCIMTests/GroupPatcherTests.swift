import Provisioning
import SCIM
import Testing

/// Group PATCH: RFC 7644 §3.5.2 member examples, Okta's group push (docs/idp-wire.md §2.10, E8) and Entra.
@Suite("Group PATCH")
struct GroupPatcherTests {
    let u1 = "2819c223-7f76-453a-919d-413861904646"
    let u2 = "902c246b-6245-4190-8e05-00816be7344a"

    func plan(_ operations: String, group: Group? = nil) throws -> GroupPatchPlan {
        try GroupPatcher.plan(
            Fixture.patch(#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":\#(operations)}"#),
            for: group ?? Fixture.group())
    }

    @Test func rfcAddMembers() throws {
        let result = try plan(
            #"[{"op":"add","path":"members","value":[{"display":"Babs Jensen","$ref":"https://example.com/v2/Users/\#(u1)","value":"\#(u1)"}]}]"#
        )
        #expect(result.changes == [.add([u1])])
        #expect(!result.profileChanged)
    }

    @Test func rfcRemoveOneMemberAllMembersAndReplace() throws {
        #expect(try plan(#"[{"op":"remove","path":"members[value eq \"\#(u1)\"]"}]"#).changes == [.remove([u1])])
        #expect(try plan(#"[{"op":"remove","path":"members"}]"#).changes == [.removeAll])
        #expect(
            try plan(#"[{"op":"remove","path":"members"},{"op":"add","path":"members","value":[{"value":"\#(u1)"},{"value":"\#(u2)"}]}]"#)
                .changes
                == [.removeAll, .add([u1, u2])]
        )
        #expect(
            try plan(#"[{"op":"replace","path":"members","value":[{"value":"\#(u1)"},{"value":"\#(u2)"}]}]"#).changes == [
                .replaceAll([u1, u2])
            ]
        )
        // The RFC writes `eq"…"` without a space in one example.
        #expect(try plan(#"[{"op":"remove","path":"members[value eq\"\#(u1)\"]"}]"#).changes == [.remove([u1])])
    }

    @Test func neighbouringDeltasAreCoalescedInOrder() throws {
        let removes = (1...1000).map { #"{"op":"remove","path":"members[value eq \"u\#($0)\"]"}"# }.joined(separator: ",")
        let result = try plan(
            "[\(removes),{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"x\"}]},{\"op\":\"remove\",\"path\":\"members\"}]")
        #expect(result.changes.count == 3)
        #expect(result.changes[0] == .remove((1...1000).map { "u\($0)" }))
        #expect(result.changes[1] == .add(["x"]))
        #expect(result.changes[2] == .removeAll)
    }

    @Test func removeWithOrFilter() throws {
        #expect(try plan(#"[{"op":"remove","path":"members[value eq \"a\" or value eq \"b\"]"}]"#).changes == [.remove(["a", "b"])])
    }

    /// docs/idp-wire.md E8: removes one op per member, then one add; Q5: add appends and dedupes.
    @Test func oktaMembershipChange() throws {
        let result = try plan(
            #"""
            [{"op":"remove","path":"members[value eq \"89bb1940\"]"},{"op":"remove","path":"members[value eq \"77aa\"]"},
             {"op":"add","path":"members","value":[{"value":"23a35c27","display":"test.user@okta.local"},{"value":"23a35c27"}]}]
            """#)
        #expect(result.changes == [.remove(["89bb1940", "77aa"]), .add(["23a35c27"])])
        #expect(!result.profileChanged)
    }

    /// docs/idp-wire.md E8 / Q6: the rename after every membership change; DialectRule.renameAfterMembershipChange.
    @Test func oktaRenameIsIdempotent() throws {
        let group = try Fixture.group()
        let same = try plan(#"[{"op":"replace","value":{"id":"\#(Fixture.groupID)","displayName":"Test SCIMv2"}}]"#, group: group)
        #expect(same.changes.isEmpty)
        #expect(!same.profileChanged)
        #expect(same.profile == group.profile)
        let renamed = try plan(#"[{"op":"replace","value":{"id":"\#(Fixture.groupID)","displayName":"Renamed"}}]"#, group: group)
        #expect(renamed.profileChanged)
        #expect(renamed.profile.displayName == "Renamed")
        let other = try #require(
            scimError { _ = try plan(#"[{"op":"replace","value":{"id":"another-group","displayName":"x"}}]"#, group: group) })
        #expect(other.scimType == "mutability")
    }

    /// docs/idp-wire.md E8 "Push Now".
    @Test func oktaPushNowReplacesAllMembers() throws {
        let result = try plan(
            #"[{"op":"replace","path":"members","value":[{"value":"u1","display":"u1@x"},{"value":"u2","display":"u2@x"}]}]"#)
        #expect(result.changes == [.replaceAll(["u1", "u2"])])
    }

    @Test func noPathReplaceWithMembers() throws {
        let result = try plan(#"[{"op":"replace","value":{"displayName":"New","members":[{"value":"u1"}]}}]"#)
        #expect(result.changes == [.replaceAll(["u1"])])
        #expect(result.profile.displayName == "New")
        #expect(try plan(#"[{"op":"add","value":{"members":[{"value":"u1"}]}}]"#).changes == [.add(["u1"])])
        let qualified = #"[{"op":"add","value":{"urn:ietf:params:scim:schemas:core:2.0:Group:members":[{"value":"u1"}]}}]"#
        #expect(try plan(qualified).changes == [.add(["u1"])])
        let viaCoreURN =
            #"[{"op":"replace","path":"urn:ietf:params:scim:schemas:core:2.0:Group","value":{"displayName":"N","members":[]}}]"#
        #expect(try plan(viaCoreURN).changes == [.replaceAll([])])
    }

    /// Entra: capitalised ops, remove with a value list (DialectRule.removeWithValueList).
    @Test func entraMembers() throws {
        let result = try plan(
            #"""
            [{"op":"Add","path":"members","value":[{"value":"u1"}]},{"op":"Remove","path":"members","value":[{"value":"u2"}]},
             {"op":"Replace","path":"displayName","value":"Entra Group"},{"op":"Replace","path":"externalId","value":"e-1"}]
            """#)
        #expect(result.changes == [.add(["u1"]), .remove(["u2"])])
        #expect(result.profile.displayName == "Entra Group")
        #expect(result.profile.externalID == "e-1")
        #expect(result.profileChanged)
    }

    @Test func unsupportedMemberPaths() throws {
        for operations in [
            #"[{"op":"add","path":"members[value eq \"u1\"]","value":{"value":"u1"}}]"#,
            #"[{"op":"remove","path":"members[display eq \"x\"]"}]"#,
            #"[{"op":"replace","path":"members.display","value":"x"}]"#,
        ] {
            let error = try #require(scimError { _ = try plan(operations) })
            #expect(error.scimType == "invalidPath", "\(operations)")
        }
        let empty = try #require(scimError { _ = try plan(#"[{"op":"replace","path":"displayName","value":""}]"#) })
        #expect(empty.scimType == "invalidValue")
    }
}

import Provisioning
import SCIM
import Testing

@Suite("PATCH request parsing")
struct PatchRequestTests {
    @Test func parsesOperationsInOrder() throws {
        let patch = try Fixture.patch(
            #"""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
              {"op":"remove","path":"members[value eq \"89bb1940\"]"},
              {"op":"add","path":"members","value":[{"value":"23a35c27","display":"test.user@okta.local"}]}]}
            """#)
        #expect(patch.operations.map(\.op) == [.remove, .add])
        #expect(patch.operations[0].path == #"members[value eq "89bb1940"]"#)
        #expect(patch.operations[0].value == nil)
        #expect(patch.operations[1].value == [["value": "23a35c27", "display": "test.user@okta.local"]])
    }

    /// DialectRule.patchOpAnyCase
    @Test(arguments: ["add", "Add", "ADD", "aDd"])
    func opIsCaseInsensitive(op: String) throws {
        let patch = try Fixture.patch(#"{"Operations":[{"op":"\#(op)","path":"title","value":"x"}]}"#)
        #expect(patch.operations[0].op == .add)
    }

    /// DialectRule.missingPatchSchemas
    @Test func missingSchemasIsLenientWrongSchemasIsNot() throws {
        #expect(try Fixture.patch(#"{"operations":[{"op":"replace","value":{"active":false}}]}"#).operations.count == 1)
        let error = try #require(
            scimError {
                _ = try Fixture.patch(
                    #"{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"Operations":[{"op":"add","path":"title","value":"x"}]}"#)
            })
        #expect(error.scimType == "invalidSyntax")
    }

    @Test func structuralErrors() throws {
        let cases: [(String, String, String)] = [
            (#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]}"#, "invalidSyntax", "Operations"),
            (#"{"Operations":{}}"#, "invalidSyntax", "array"),
            (#"{"Operations":[]}"#, "invalidValue", "at least one"),
            (#"{"Operations":["add"]}"#, "invalidSyntax", "operation 1"),
            (#"{"Operations":[{"path":"title"}]}"#, "invalidSyntax", "'op'"),
            (#"{"Operations":[{"op":"merge","path":"title","value":1}]}"#, "invalidValue", "'merge'"),
            (#"{"Operations":[{"op":"remove"}]}"#, "noTarget", "needs a 'path'"),
            (#"{"Operations":[{"op":"add","path":"title"}]}"#, "invalidValue", "needs a 'value'"),
            (#"{"Operations":[{"op":"replace","value":"x"}]}"#, "invalidValue", "must be an object"),
            (#"{"Operations":[{"op":"add","path":5,"value":"x"}]}"#, "invalidPath", "not a string"),
        ]
        for (body, scimType, fragment) in cases {
            let error = try #require(scimError { _ = try Fixture.patch(body) })
            #expect(error.status == 400)
            #expect(error.scimType == scimType, "\(body)")
            #expect(error.detail.contains(fragment), "\(error.detail)")
        }
    }
}

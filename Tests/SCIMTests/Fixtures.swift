import Foundation
import Provisioning
import SCIM
import Testing

/// Shared builders for the SCIM tests: JSON literals, stored users and groups, typed paths.
enum Fixture {
    static let idpID = UUID(uuidString: "6F1C2A5E-0000-4000-8000-000000000001")!
    static let userID = "23a35c27-23d3-4c03-b4c5-6443c09e7173"
    static let groupID = "abf4dd94-a4c0-4f67-89c9-76b03340cb9b"
    static let baseURL = "https://scim.example.com/scim/v2/"
    static let meta = ResourceMeta(
        created: Date(timeIntervalSince1970: 1_700_000_000.123), lastModified: Date(timeIntervalSince1970: 1_700_000_100.5),
        version: 3
    )

    /// Parses a JSON object literal; the tests' bodies are written as wire text.
    static func object(_ text: String) throws -> JSONObject {
        let value = try JSONParser.parse(text)
        return try #require(value.objectValue)
    }

    /// A stored user created from a POST body.
    static func user(_ body: String, id: String = userID) throws -> User {
        let profile = try UserMapping.profile(fromRequest: object(body), existing: nil)
        return User(id: id, idpID: idpID, profile: profile, meta: meta)
    }

    /// A stored group created from a POST body (members are the store's business).
    static func group(_ body: String = #"{"displayName":"Test SCIMv2"}"#, id: String = groupID) throws -> Group {
        let profile = try GroupMapping.profile(fromRequest: object(body)).profile
        return Group(id: id, idpID: idpID, profile: profile, meta: meta)
    }

    static func patch(_ text: String) throws -> PatchRequest {
        try PatchRequest.parse(object(text))
    }

    /// Okta's create body (docs/idp-wire.md E3).
    static let oktaCreate = #"""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"Test.User@okta.local",
         "name":{"givenName":"Test","familyName":"User"},
         "emails":[{"primary":true,"value":"test.user@okta.local","type":"work"}],
         "displayName":"Test User","locale":"en-US","externalId":"00ujl29u0le5T6Aj10h7","groups":[],"password":"1mz050nq","active":true}
        """#

    /// Okta's E4 create body with the enterprise extension.
    static let oktaEnterpriseCreate = #"""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "userName":"a.b@example.com","name":{"givenName":"A","familyName":"B"},
         "emails":[{"primary":true,"value":"a.b@example.com","type":"work"}],"title":"Account Executive","active":true,
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales","division":"EMEA"},
         "groups":[],"password":"x8Hk2pQz"}
        """#

    static let enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
}

/// A typed attribute path as the filter parser resolves it.
func path(
    _ attribute: String, _ sub: String? = nil, schema: String? = nil, type: AttributePath.ValueType = .string,
    caseExact: Bool = false, multiValued: Bool = false
) -> AttributePath {
    AttributePath(schema: schema, attribute: attribute, subAttribute: sub, type: type, caseExact: caseExact, multiValued: multiValued)
}

/// The SCIMError a throwing expression produced, or nil.
func scimError(_ body: () throws -> Void) -> SCIMError? {
    do {
        try body()
        return nil
    } catch let error as SCIMError {
        return error
    } catch {
        return nil
    }
}

extension JSONObject {
    /// `a.b.c` lookups for assertions.
    func value(at dotted: String) -> JSONValue? {
        var current: JSONValue? = .object(self)
        for part in dotted.split(separator: ".") {
            current = current?.objectValue?[String(part)]
        }
        return current
    }
}

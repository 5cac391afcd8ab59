import Foundation

/// Request bodies as Okta sends them (docs/idp-wire.md §8).
enum OktaBodies {
    static let userSchema = "urn:ietf:params:scim:schemas:core:2.0:User"
    static let enterpriseSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
    static let groupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group"
    static let patchSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
    static let errorSchema = "urn:ietf:params:scim:api:messages:2.0:Error"

    /// E3: the create body, with the random placeholder password Okta always sends.
    static func createUser(_ userName: String, given: String = "Test", family: String = "User", externalId: String = "00ujl29u0le5T6Aj10h7")
        -> [String: Any]
    {
        [
            "schemas": [userSchema],
            "userName": userName,
            "name": ["givenName": given, "familyName": family],
            "emails": [["primary": true, "value": userName.lowercased(), "type": "work"]],
            "displayName": "\(given) \(family)",
            "locale": "en-US",
            "externalId": externalId,
            "groups": [],
            "password": "1mz050nq",
            "active": true,
        ]
    }

    /// E4: with the enterprise extension container.
    static func createEnterpriseUser(_ userName: String, department: String, division: String) -> [String: Any] {
        [
            "schemas": [userSchema, enterpriseSchema],
            "userName": userName,
            "name": ["givenName": "A", "familyName": "B"],
            "emails": [["primary": true, "value": userName, "type": "work"]],
            "title": "Account Executive",
            "active": true,
            enterpriseSchema: ["department": department, "division": division],
            "groups": [],
            "password": "x8Hk2pQz",
        ]
    }

    static func patch(_ operations: [[String: Any]]) -> [String: Any] {
        ["schemas": [patchSchema], "Operations": operations]
    }

    static func setActive(_ active: Bool) -> [String: Any] {
        patch([["op": "replace", "value": ["active": active]]])
    }

    static func createGroup(_ name: String, members: [String] = []) -> [String: Any] {
        ["schemas": [groupSchema], "displayName": name, "members": members.map { ["value": $0, "display": $0] }]
    }
}

extension Dictionary where Key == String, Value == Any {
    subscript(path path: String) -> Any? {
        var current: Any? = self
        for part in path.split(separator: ".") {
            current = (current as? [String: Any])?[String(part)]
        }
        return current
    }

    func string(_ path: String) -> String? { self[path: path] as? String }
    func int(_ path: String) -> Int? { self[path: path] as? Int }
    func bool(_ path: String) -> Bool? { self[path: path] as? Bool }
    func array(_ path: String) -> [[String: Any]] { self[path: path] as? [[String: Any]] ?? [] }
}

/// Percent-encodes a filter the way Okta does (`%20`), or with `+` for spaces (the 2019 captures).
func encodedFilter(_ filter: String, plusForSpace: Bool = false) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let encoded = filter.addingPercentEncoding(withAllowedCharacters: allowed)!
    return plusForSpace ? encoded.replacingOccurrences(of: "%20", with: "+") : encoded
}

import Foundation
import Provisioning

/// The Users view's `/` filter, as the store answers it.
///
/// Words match the userName, display name or email (ignoring case); `dept:Sales` the department
/// (several are alternatives), `idp:Okta` the IdP whose name starts so, `active:false` (or `true`)
/// the state. A value with spaces goes in quotes: `dept:"Human Resources"`.
struct UsersFilter: Sendable, Hashable {
    var words: [String] = []
    var departments: [String] = []
    var idp: String?
    var active: Bool?

    init(_ text: String) {
        for token in Self.tokens(text) {
            let lowered = token.lowercased()
            if let value = Self.value(of: token, field: "dept:") ?? Self.value(of: token, field: "department:") {
                departments.append(value)
            } else if let value = Self.value(of: token, field: "idp:") {
                idp = value.lowercased()
            } else if let value = Self.value(of: lowered, field: "active:"), let state = Self.boolean(value) {
                active = state
            } else {
                words.append(token)
            }
        }
    }

    /// The store filter for everything but the IdP (which scopes the query instead); nil for none.
    var filter: Filter? {
        var parts: [Filter] = []
        if let text = ConsoleQueries.userFilter(words.joined(separator: " ")) { parts.append(text) }
        let department = AttributePath(schema: Self.enterpriseUser, attribute: "department", type: .string, caseExact: false)
        if let any = ConsoleQueries.anyOf(departments.map { Filter.comparison(department, .co, .string($0)) }) { parts.append(any) }
        if let active {
            parts.append(.comparison(AttributePath(attribute: "active", type: .boolean), .eq, .boolean(active)))
        }
        return parts.dropFirst().reduce(parts.first) { partial, next in partial.map { .and($0, next) } }
    }

    static let enterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"

    /// Splits on spaces, keeping what is inside double quotes together (`dept:"Human Resources"`).
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if character == " ", !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func value(of token: String, field: String) -> String? {
        guard token.lowercased().hasPrefix(field), token.count > field.count else { return nil }
        return String(token.dropFirst(field.count))
    }

    private static func boolean(_ value: String) -> Bool? {
        switch value {
        case "true", "yes", "1": true
        case "false", "no", "0": false
        default: nil
        }
    }
}

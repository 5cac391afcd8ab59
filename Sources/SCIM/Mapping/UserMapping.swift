import Provisioning

/// JSON ⇄ domain for users (RFC 7643 §4.1, §4.3).
public enum UserMapping {
    /// The profile a POST (`existing` nil) or PUT (`existing` = the stored profile) body describes.
    ///
    /// Rules (docs/idp-wire.md §2.3, §2.5, Q13): read-only and server attributes (`id`, `meta`, `groups`,
    /// `schemas`) and `password` are dropped, never a 400; unknown attributes are kept as sent; known
    /// names are stored in the schema's spelling, enterprise attributes inside their container;
    /// `userName` must be a non-empty string. A PUT without `active` or `externalId` keeps the stored
    /// value, because losing either would deactivate or unlink the user by omission.
    public static func profile(fromRequest body: JSONObject, existing: UserProfile?) throws(SCIMError) -> UserProfile {
        var document = try DocumentNormalizer(type: .user).document(from: body)
        return try profile(fromDocument: &document, existing: existing)
    }

    /// The first-class fields derived from a normalized document; writes `active` back into it.
    static func profile(fromDocument document: inout JSONObject, existing: UserProfile?) throws(SCIMError) -> UserProfile {
        guard let userNameValue = document["userName"] else {
            throw .invalidValue("'userName' is required.")
        }
        guard case .string(let userName) = userNameValue, !userName.allSatisfy(\.isWhitespace) else {
            throw .invalidValue("'userName' must be a non-empty string.")
        }
        let active: Bool
        if case .bool(let flag) = document["active"] {
            active = flag
        } else {
            active = existing?.active ?? true
            document["active"] = .bool(active)
        }
        let externalID: String?
        if let value = document["externalId"] {
            externalID = value.stringValue.flatMap(\.nonEmpty)
        } else {
            externalID = existing?.externalID
        }
        let name = document["name"]?.objectValue
        let givenName = name?["givenName"]?.stringValue?.nonEmpty
        let familyName = name?["familyName"]?.stringValue?.nonEmpty
        let enterprise = document[SchemaURN.enterpriseUser]?.objectValue
        return UserProfile(
            userName: userName,
            externalID: externalID,
            displayName: document["displayName"]?.stringValue?.nonEmpty ?? joinedName(givenName, familyName),
            givenName: givenName,
            familyName: familyName,
            email: primaryEmail(in: document["emails"]),
            department: enterprise?["department"]?.stringValue?.nonEmpty,
            division: enterprise?["division"]?.stringValue?.nonEmpty,
            active: active,
            document: document
        )
    }

    /// The `primary: true` email, else the `type: work` one, else the first (docs/idp-wire.md Q20).
    static func primaryEmail(in emails: JSONValue?) -> String? {
        let entries = (emails?.arrayValue ?? []).compactMap(\.objectValue).filter {
            $0["value"]?.stringValue?.nonEmpty != nil
        }
        let chosen =
            entries.first { $0["primary"]?.boolValue == true }
            ?? entries.first { $0["type"]?.stringValue?.equalsIgnoringASCIICase("work") == true }
            ?? entries.first
        return chosen?["value"]?.stringValue
    }

    private static func joinedName(_ given: String?, _ family: String?) -> String? {
        let parts = [given, family].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}

extension String {
    /// nil for the empty string, so `""` never becomes a first-class value.
    var nonEmpty: String? { isEmpty ? nil : self }
}

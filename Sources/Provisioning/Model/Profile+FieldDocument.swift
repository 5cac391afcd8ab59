extension UserProfile {
    /// A document rebuilt from the first-class fields, for a user whose stored document cannot be
    /// read: the user stays listable, readable and writable, and the next PUT or PATCH stores a whole
    /// document again.
    public func documentFromFields() -> JSONObject {
        var document = JSONObject()
        document["userName"] = .string(userName)
        if let externalID { document["externalId"] = .string(externalID) }
        if let displayName { document["displayName"] = .string(displayName) }
        var name = JSONObject()
        if let givenName { name["givenName"] = .string(givenName) }
        if let familyName { name["familyName"] = .string(familyName) }
        if !name.isEmpty { document["name"] = .object(name) }
        if let email { document["emails"] = [.object(JSONObject([("value", .string(email)), ("primary", true)]))] }
        var enterprise = JSONObject()
        if let department { enterprise["department"] = .string(department) }
        if let division { enterprise["division"] = .string(division) }
        // RFC 7643 §4.3: where the enterprise extension's attributes live.
        if !enterprise.isEmpty { document["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] = .object(enterprise) }
        document["active"] = .bool(active)
        return document
    }
}

extension GroupProfile {
    /// A document rebuilt from the first-class fields, for a group whose stored document cannot be read.
    public func documentFromFields() -> JSONObject {
        var document = JSONObject()
        document["displayName"] = .string(displayName)
        if let externalID { document["externalId"] = .string(externalID) }
        return document
    }
}

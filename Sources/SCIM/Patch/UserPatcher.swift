import Provisioning

/// PATCH for users (RFC 7644 §3.5.2): the operations run on the user's document and the result is
/// mapped back through `UserMapping`, so PATCH and PUT share one set of rules.
public enum UserPatcher {
    /// The profile after applying `patch` to `user`; all operations or none (RFC 7644 §3.5.2).
    ///
    /// Covers Okta's deactivate/reactivate (`{"op":"replace","value":{"active":false}}`), password
    /// sync (accepted, nothing stored) and Entra's dialect (see `DialectRule`).
    public static func apply(_ patch: PatchRequest, to user: User) throws(SCIMError) -> UserProfile {
        let profile = user.profile
        var document = (try? DocumentNormalizer(type: .user).document(from: profile.document)) ?? profile.document
        // The first-class fields are authoritative; put them where paths can address them.
        document.setCanonical("userName", .string(profile.userName))
        document.setCanonical("active", .bool(profile.active))
        if let externalID = profile.externalID { document.setCanonical("externalId", .string(externalID)) }
        var engine = PatchEngine(type: .user, resourceID: user.id, document: document)
        for operation in patch.operations {
            try engine.apply(operation)
        }
        let result = engine.document
        // `active` has no "unassigned" state to fall back to: guessing one would silently reactivate or
        // deactivate someone, so removing it (or replacing it with null) is refused, as the schema says.
        guard result["active"] != nil else {
            throw .invalidValue("'active' cannot be removed or set to null; to deactivate the user, replace it with false.")
        }
        // No `existing`: a removed externalId is really removed (unlike an omission in PUT).
        return try UserMapping.profile(fromRequest: result, existing: nil)
    }
}

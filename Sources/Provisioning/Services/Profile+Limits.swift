extension UserProfile {
    /// Throws `DomainError.invalidInput` when this profile cannot be stored (`DocumentLimits`);
    /// `previous` is the profile it replaces, whose unchanged attributes are not held against it.
    public func checkStorable(replacing previous: UserProfile? = nil) throws(DomainError) {
        let violation =
            DocumentLimits.violation(name: "userName", value: userName)
            ?? DocumentLimits.violation(name: "externalId", value: externalID)
            ?? DocumentLimits.violation(name: "displayName", value: displayName)
            ?? DocumentLimits.violation(in: document, previous: previous?.document)
        if let violation { throw .invalidInput(violation) }
    }
}

extension GroupProfile {
    /// Throws `DomainError.invalidInput` when this profile cannot be stored (`DocumentLimits`).
    public func checkStorable(replacing previous: GroupProfile? = nil) throws(DomainError) {
        let violation =
            DocumentLimits.violation(name: "displayName", value: displayName)
            ?? DocumentLimits.violation(name: "externalId", value: externalID)
            ?? DocumentLimits.violation(in: document, previous: previous?.document)
        if let violation { throw .invalidInput(violation) }
    }
}

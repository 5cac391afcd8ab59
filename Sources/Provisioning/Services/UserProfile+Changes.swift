extension UserProfile {
    /// Names of the first-class fields (and other document attributes) that differ, for summaries and drift.
    public func changedFields(to other: UserProfile) -> [String] {
        var fields: [String] = []
        if userName != other.userName { fields.append("userName") }
        if externalID != other.externalID { fields.append("externalId") }
        if displayName != other.displayName { fields.append("displayName") }
        if givenName != other.givenName || familyName != other.familyName { fields.append("name") }
        if email != other.email { fields.append("email") }
        if department != other.department { fields.append("department") }
        if division != other.division { fields.append("division") }
        if active != other.active { fields.append("active") }
        let covered: Set<String> = ["username", "externalid", "displayname", "name", "emails", "active"]
        let keys = Set(document.keys).union(other.document.keys).filter { !covered.contains($0.lowercased()) }
        for key in keys.sorted() where document[key] != other.document[key] {
            fields.append(key.hasPrefix("urn:") ? "enterprise attributes" : key)
        }
        return fields.uniqued()
    }

    /// "department Sales → Engineering, active true → false": what an IdP wanted, for drift records.
    public func describeDifferences(to other: UserProfile) -> String {
        func show(_ value: String?) -> String { value.map { "\"\($0)\"" } ?? "none" }
        var parts: [String] = []
        if userName != other.userName { parts.append("userName \(show(userName)) → \(show(other.userName))") }
        if email != other.email { parts.append("email \(show(email)) → \(show(other.email))") }
        if displayName != other.displayName { parts.append("displayName \(show(displayName)) → \(show(other.displayName))") }
        if department != other.department { parts.append("department \(show(department)) → \(show(other.department))") }
        if division != other.division { parts.append("division \(show(division)) → \(show(other.division))") }
        if active != other.active { parts.append("active \(active) → \(other.active)") }
        let others = changedFields(to: other).filter {
            !["userName", "email", "displayName", "department", "division", "active"].contains($0)
        }
        if !others.isEmpty { parts.append("changes to " + others.joined(separator: ", ")) }
        return parts.isEmpty ? "no change" : parts.joined(separator: ", ")
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

import Provisioning

/// The folded text the substring index (`users_search`) holds for a user, computed in Swift so that it
/// is folded exactly like the filter's own comparison, which is what keeps the index exact.
enum SearchKeys {
    /// `displayName` as its comparison key (`Columns.key`), like `user_name_key`.
    static func displayName(_ profile: UserProfile) -> String? {
        Columns.key(optional: profile.displayName)
    }

    /// Every string `value` of `emails` (and bare string elements), lowercased as the filter's
    /// `scimdesk_fold` does, one per line. A match spanning two lines is discarded by the exact
    /// comparison every index hit is checked with.
    static func emails(_ document: JSONObject) -> String? {
        guard let elements = document["emails"]?.arrayValue else { return nil }
        let values = elements.compactMap { element -> String? in
            switch element {
            case .string(let text): text.lowercased()
            case .object(let object): object["value"]?.stringValue?.lowercased()
            default: nil
            }
        }
        return values.isEmpty ? nil : values.joined(separator: "\n")
    }
}

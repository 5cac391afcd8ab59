import Foundation

/// A person who administers ScimDesk itself. An IdP may not overwrite a user whose userName or email
/// matches a console admin, so a compromised or misconfigured IdP cannot take over an admin account.
public struct ConsoleAdmin: Sendable, Hashable {
    public var username: String
    public var email: String?
    public var created: Date

    public init(username: String, email: String? = nil, created: Date) {
        self.username = username
        self.email = email
        self.created = created
    }

    /// True when `userName` or `email` names this admin (case-insensitively).
    public func matches(userName: String?, email otherEmail: String?) -> Bool {
        let names = [username.identityKey, email?.identityKey].compactMap { $0 }
        return [userName?.identityKey, otherEmail?.identityKey].compactMap { $0 }.contains { names.contains($0) }
    }
}

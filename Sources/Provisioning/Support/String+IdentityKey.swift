import Foundation

extension StringProtocol {
    /// The form in which two identities (userNames, emails, group and IdP names) are compared: lowercase
    /// (Swift's full Unicode mapping, not ASCII only) and NFC, so `José` typed precomposed on one system
    /// and decomposed (`e` + U+0301) on another is one name. Stores index this form, never the value sent.
    public var identityKey: String {
        String(self).lowercased().precomposedStringWithCanonicalMapping
    }
}

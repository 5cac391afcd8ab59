/// An error as SCIM reports it (RFC 7644 §3.12): an HTTP status, an optional `scimType` keyword and a
/// human-readable `detail`.
///
/// `detail` is what IdP administrators read in their task lists (Okta shows
/// "<Okta message>: <remote detail>"), so every detail names the attribute, path or position at fault.
public struct SCIMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status code; rendered as a JSON string in the error body.
    public var status: Int
    /// One of the RFC 7644 §3.12 keywords (`invalidFilter`, `uniqueness`, …), or nil.
    public var scimType: String?
    public var detail: String

    public init(status: Int, scimType: String? = nil, detail: String) {
        self.status = status
        self.scimType = scimType
        self.detail = detail
    }

    public var description: String {
        if let scimType { return "\(status) \(scimType): \(detail)" }
        return "\(status): \(detail)"
    }
}

import Foundation

/// An identity provider (Okta, Entra, …) that pushes users and groups into ScimDesk.
///
/// Every user and group belongs to exactly one IdP; its provisioning token selects it on each request.
public struct IdentityProvider: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case okta, entra, generic

        public var displayName: String {
            switch self {
            case .okta: "Okta"
            case .entra: "Microsoft Entra ID"
            case .generic: "Generic SCIM client"
            }
        }
    }

    public var id: UUID
    /// Unique, compared case-insensitively; what operators type on the command line.
    public var name: String
    public var kind: Kind
    public var created: Date
    /// Requests a second the listener takes from this IdP before answering 429.
    public var rateLimit: RateLimit

    public init(id: UUID = UUID(), name: String, kind: Kind, created: Date, rateLimit: RateLimit = .standard) {
        self.id = id
        self.name = name
        self.kind = kind
        self.created = created
        self.rateLimit = rateLimit
    }
}

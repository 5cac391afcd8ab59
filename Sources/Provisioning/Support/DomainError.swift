/// A rule of the domain was not met. Messages are full sentences that say what to do.
public enum DomainError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The named thing does not exist (in the caller's scope).
    case notFound(String)
    /// The write would break a uniqueness rule.
    case conflict(String)
    /// The input is malformed or out of range.
    case invalidInput(String)
    /// The caller's expected version does not match (`If-Match`).
    case preconditionFailed(String)
    /// The mass-deprovisioning breaker holds the request; the IdP should retry after `retryAfter` seconds.
    case held(String, retryAfter: Int)

    public var description: String {
        switch self {
        case .notFound(let m), .conflict(let m), .invalidInput(let m), .preconditionFailed(let m), .held(let m, _): m
        }
    }
}

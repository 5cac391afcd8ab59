import HTTPTypes
import Provisioning
import SCIM

/// The listener's two rate limits, checked by `BearerAuthMiddleware` once it knows who is asking.
struct RateLimits: Sendable {
    let requests: RequestRateLimiter
    let failedAuthentications: FailedAuthenticationLimiter

    init(clock: WallClock) {
        requests = RequestRateLimiter(clock: clock)
        failedAuthentications = FailedAuthenticationLimiter(clock: clock)
    }

    /// 429 (RFC 6585 §4) with an integer `Retry-After`, the form Okta and Entra read before retrying.
    static func tooMany(_ detail: String, retryAfter seconds: Int) -> SCIMFailure {
        SCIMFailure(.tooManyRequests(detail), headers: [.retryAfter: String(seconds)])
    }

    /// The 429 for an IdP over its own limit.
    static func overLimit(_ idp: IdentityProvider, retryAfter seconds: Int) -> SCIMFailure {
        tooMany(
            "\(idp.name) sent more than its rate limit of \(idp.rateLimit) (bursts up to \(idp.rateLimit.burst)); retry after "
                + "\(seconds) s. An operator can change it with `scimdesk idp set \(idp.name) --rate-limit N/s`.",
            retryAfter: seconds)
    }

    /// The 429 that replaces a 401 when an address keeps failing to authenticate.
    static func failingAuthentication(retryAfter seconds: Int) -> SCIMFailure {
        tooMany(
            "Too many requests with a missing or invalid token from this address; retry after \(seconds) s with the "
                + "current ScimDesk provisioning token.", retryAfter: seconds)
    }
}

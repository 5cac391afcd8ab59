import Foundation
import Hummingbird
import Provisioning
import SCIM

/// Resolves `Authorization: Bearer <token>` to the IdP it belongs to, or answers 401 with a detail
/// that tells the IdP admin exactly what is wrong (docs/idp-wire.md §5).
struct BearerAuthMiddleware: RouterMiddleware {
    let tokens: TokenService
    /// nil when rate limiting is off (`serve --rate-limit off`).
    let limits: RateLimits?

    func handle(
        _ request: Request, context: SCIMRequestContext,
        next: (Request, SCIMRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await authenticate(request, context: context, next: next)
        } catch let error as SCIMError where error.status == 401 {
            // Failures are counted per address; past the limit the 401 becomes a 429.
            guard let limits, let address = context.remoteAddress,
                let wait = limits.failedAuthentications.failed(from: address)
            else { throw error }
            context.notes.summary = "throttled: repeated authentication failures"
            throw RateLimits.failingAuthentication(retryAfter: wait)
        }
    }

    private func authenticate(
        _ request: Request, context: SCIMRequestContext,
        next: (Request, SCIMRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let secret = Self.secret(from: request.headers[.authorization]) else {
            context.notes.authFailure = .missing
            throw SCIMError.unauthorized("Missing bearer token. Send the ScimDesk provisioning token as \"Authorization: Bearer <token>\".")
        }
        var context = context
        switch try await tokens.verify(secret: secret) {
        case .valid(let idp):
            context.idp = idp
            context.notes.idp = idp
            if let wait = limits?.requests.admit(idp) {
                context.notes.summary = "throttled: over \(idp.rateLimit)"
                throw RateLimits.overLimit(idp, retryAfter: wait)
            }
            return try await next(request, context)
        case .expired(let idp, let date):
            context.notes.idp = idp
            context.notes.summary = "rejected: token expired \(date.dayString)"
            context.notes.authFailure = .expired
            throw SCIMError.unauthorized(
                "The provisioning token for \(idp.name) expired on \(date.minuteString). Generate a new one in ScimDesk "
                    + "(Settings → Identity Providers → Edit → Advanced → Generate Auto-Provisioning Token, or "
                    + "`scimdesk token generate --idp \(idp.name)`) and paste it into the IdP's API token field."
            )
        case .revoked(let idp, let date):
            context.notes.idp = idp
            context.notes.summary = "rejected: token revoked"
            context.notes.authFailure = .revoked
            throw SCIMError.unauthorized(
                "The provisioning token for \(idp.name) was revoked on \(date.minuteString). Generate a new one in ScimDesk "
                    + "(Settings → Identity Providers → Edit → Advanced → Generate Auto-Provisioning Token) and update the IdP."
            )
        case .replaced(let idp, let date, let newer):
            context.notes.idp = idp
            context.notes.summary = "rejected: token replaced by a newer one"
            context.notes.authFailure = .replaced
            throw SCIMError.unauthorized(
                "The provisioning token for \(idp.name) was replaced by a newer token on \(newer.minuteString) and stopped working on "
                    + "\(date.minuteString). Paste the newer token into the IdP's API token field, or generate another in ScimDesk "
                    + "(Settings → Identity Providers → Edit → Advanced → Generate Auto-Provisioning Token)."
            )
        case .unknown:
            context.notes.summary = "rejected: unknown token"
            context.notes.authFailure = .unknown
            throw SCIMError.unauthorized("The bearer token is not a ScimDesk provisioning token. Check the token configured in the IdP.")
        }
    }

    /// Accepts `Bearer <t>` in any letter case, and a bare token (Okta's "Header" auth mode sends it verbatim).
    static func secret(from header: String?) -> String? {
        guard let header = header.map({ $0.trimmingBlanks }), !header.isEmpty else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        if parts.count == 2, parts[0].lowercased() == "bearer" {
            let token = parts[1].trimmingBlanks
            return token.isEmpty ? nil : String(token)
        }
        return parts.count == 1 && parts[0].lowercased() != "bearer" ? String(parts[0]) : nil
    }
}

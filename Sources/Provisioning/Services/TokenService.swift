import Foundation

/// The life of provisioning tokens: generate (shown once), revoke, status and verification.
public struct TokenService: Sendable {
    /// Tokens never live longer than a year, so a leaked one cannot be used forever.
    public static let maximumValidity = ValidityDuration.oneYear
    /// Rotation overlap is bounded so an old token cannot linger.
    public static let maximumOverlap = ValidityDuration(seconds: 7 * 86_400)
    /// Last-used times are written at most this often per token, so verification stays a read.
    public static let lastUsedResolution: TimeInterval = 60

    /// A freshly generated token: the only moment the secret exists outside the IdP.
    public struct IssuedToken: Sendable {
        public let secret: TokenSecret
        public let token: ProvisioningToken
        /// When the previous token stops working (now, or after the overlap).
        public let previousRetiresAt: Date
    }

    /// Where an IdP's provisioning stands: the newest token and its state, and every token that
    /// still authenticates (during a rotation overlap the previous one does too).
    public struct Status: Sendable, Hashable {
        public let state: TokenState
        public let token: ProvisioningToken?
        /// Newest first; the newest token itself when it works.
        public let working: [ProvisioningToken]
    }

    let store: any Store
    let clock: WallClock

    public init(store: any Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    public func generate(
        for idp: IdentityProvider, validFor: ValidityDuration = .oneYear, overlap: ValidityDuration = .zero,
        by actor: ChangeActor
    ) async throws -> IssuedToken {
        guard validFor.seconds > 0 else { throw DomainError.invalidInput("A token must be valid for some time, e.g. 365d.") }
        guard validFor.seconds <= Self.maximumValidity.seconds else {
            throw DomainError.invalidInput("A token is valid for at most 365 days; \(validFor) is longer.")
        }
        guard overlap.seconds <= Self.maximumOverlap.seconds else {
            throw DomainError.invalidInput("The rotation overlap is at most \(Self.maximumOverlap); \(overlap) is longer.")
        }
        let now = clock.now()
        let secret = TokenSecret.generate()
        let token = ProvisioningToken(
            idpID: idp.id, hash: secret.hash, hint: secret.hint, created: now,
            expires: now.addingTimeInterval(validFor.timeInterval)
        )
        let retiresAt = now.addingTimeInterval(overlap.timeInterval)
        let overlapNote = overlap.seconds > 0 ? "; the previous token keeps working for \(overlap)" : ""
        let audit = AuditEvent(
            time: now, actor: actor.description, idpID: idp.id, action: .tokenGenerated, resourceType: "Token",
            resourceID: token.id.uuidString,
            summary: "generated a provisioning token \(token.hint)… for \(idp.name), valid until \(token.expires.dayString)\(overlapNote)"
        )
        try await store.issueToken(token, retiringOthersAt: retiresAt, audit: audit)
        return IssuedToken(secret: secret, token: token, previousRetiresAt: retiresAt)
    }

    /// Revokes every working token of the IdP at once; returns how many were revoked.
    @discardableResult
    public func revoke(for idp: IdentityProvider, by actor: ChangeActor) async throws -> Int {
        let now = clock.now()
        let audit = AuditEvent(
            time: now, actor: actor.description, idpID: idp.id, action: .tokenRevoked, resourceType: "Token",
            summary: "revoked the provisioning token of \(idp.name)"
        )
        return try await store.revokeTokens(idpID: idp.id, at: now, audit: audit)
    }

    public func status(for idp: IdentityProvider) async throws -> Status {
        let tokens = try await store.tokens(idpID: idp.id)
        let now = clock.now()
        guard let newest = tokens.first else { return Status(state: .none, token: nil, working: []) }
        return Status(state: newest.state(at: now), token: newest, working: tokens.filter { $0.isWorking(at: now) })
    }

    /// Checks a presented secret. Unknown secrets learn nothing; known ones learn why they fail.
    public func verify(secret: String) async throws -> TokenVerification {
        let hash = TokenSecret.hash(of: secret)
        guard let (token, idp) = try await store.token(hash: hash),
            TokenSecret.constantTimeEquals(token.hash, hash)
        else { return .unknown }
        let now = clock.now()
        switch token.state(at: now) {
        case .revoked(let date):
            // Rejections are rare, so looking for the token that replaced it costs nothing that matters.
            // Tokens come newest first: the one just before it is its successor, if it was issued by then.
            let tokens = try await store.tokens(idpID: idp.id)
            guard let index = tokens.firstIndex(where: { $0.id == token.id }), index > 0, tokens[index - 1].created <= date else {
                return .revoked(idp, on: date)
            }
            return .replaced(idp, on: date, newerIssuedOn: tokens[index - 1].created)
        case .expired(let date): return .expired(idp, on: date)
        case .none: return .unknown
        case .active:
            if token.lastUsed.map({ now.timeIntervalSince($0) >= Self.lastUsedResolution }) ?? true {
                try await store.recordTokenUse(id: token.id, at: now)
            }
            return .valid(idp)
        }
    }
}

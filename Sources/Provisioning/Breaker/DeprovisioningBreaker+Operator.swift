import Foundation

extension DeprovisioningBreaker {
    /// Every IdP's breaker with what it holds, for the console and `scimdesk breaker status`.
    public func overview() async throws -> [(idp: IdentityProvider, status: BreakerStatus, held: [HeldOperation])] {
        var result: [(IdentityProvider, BreakerStatus, [HeldOperation])] = []
        for idp in try await store.identityProviders() {
            result.append((idp, try await store.breakerStatus(idpID: idp.id), try await store.heldOperations(idpID: idp.id)))
        }
        return result
    }

    /// Stops holding: the IdP's next retries are applied, and counting starts afresh. Returns how many
    /// held requests the IdP will now get through on retry.
    @discardableResult
    public func release(_ idp: IdentityProvider, by actor: ChangeActor) async throws -> Int {
        let status = try await store.breakerStatus(idpID: idp.id)
        guard status.isHolding else {
            throw DomainError.invalidInput("The breaker of \(idp.name) is not holding anything; there is nothing to release.")
        }
        let held = try await store.heldOperations(idpID: idp.id).count
        let now = clock.now()
        let audit = AuditEvent(
            time: now, actor: actor.description, idpID: idp.id, action: .breakerReleased, resourceType: "IdP",
            resourceID: idp.id.uuidString.lowercased(),
            summary:
                "released the breaker of \(idp.name) (\(held) held request\(held == 1 ? "" : "s") will go through when \(idp.name) retries)"
        )
        return try await store.releaseBreaker(idpID: idp.id, at: now, audit: audit)
    }

    /// Records that an operator reviewed the held requests and keeps holding them.
    public func keepHolding(_ idp: IdentityProvider, by actor: ChangeActor) async throws {
        let status = try await store.breakerStatus(idpID: idp.id)
        guard status.isHolding else { throw DomainError.invalidInput("The breaker of \(idp.name) is not holding anything.") }
        let held = try await store.heldOperations(idpID: idp.id).count
        try await store.appendAudit(
            AuditEvent(
                time: clock.now(), actor: actor.description, idpID: idp.id, action: .breakerKept, resourceType: "IdP",
                resourceID: idp.id.uuidString.lowercased(), summary: "kept holding \(held) deprovisioning requests from \(idp.name)"
            ))
    }

    /// Sets the IdP's policy (`off` allowed: the console and `idp list` then show a warning).
    public func setPolicy(_ policy: BreakerPolicy, for idp: IdentityProvider, by actor: ChangeActor) async throws {
        let audit = AuditEvent(
            time: clock.now(), actor: actor.description, idpID: idp.id, action: .breakerPolicyChanged, resourceType: "IdP",
            resourceID: idp.id.uuidString.lowercased(), summary: "set the breaker of \(idp.name) to \(policy)"
        )
        try await store.saveBreakerPolicy(policy, idpID: idp.id, audit: audit)
    }
}

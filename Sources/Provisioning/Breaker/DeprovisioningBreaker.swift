import Foundation

/// The mass-deprovisioning circuit breaker (see `BreakerPolicy`): counts an IdP's deactivations and
/// deletions in a sliding window, trips past the policy's limits, and from then on holds every further
/// deactivation or deletion from that IdP, answered 503 so the IdP shows the failure and retries,
/// until an operator releases them. Creates, updates, reactivations and group pushes keep flowing.
public struct DeprovisioningBreaker: Sendable {
    /// What the IdP is told to wait before retrying a held request.
    public static let retryAfterSeconds = 300

    let store: any Store
    let clock: WallClock

    public init(store: any Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    /// Lets one deprovisioning request through, or holds it (throws `DomainError.held`). Counting
    /// reads the audit log, so every listener of the directory counts the same events; two listeners
    /// admitting at the same moment may each let one more through, never a stream of them.
    func admit(_ kind: HeldOperation.Kind, resourceID: String, name: String, for idp: IdentityProvider) async throws {
        let status = try await store.breakerStatus(idpID: idp.id)
        guard status.policy.enabled else { return }
        let now = clock.now()
        // A retry of a request the operator released goes through, uncounted: the operator decided on it.
        if status.releasedAwaitingRetry > 0, try await store.admitReleased(idpID: idp.id, kind: kind, resourceID: resourceID, at: now) {
            return
        }
        if status.isHolding {
            try await hold(kind, resourceID: resourceID, name: name, for: idp, status: status, at: now)
        }
        let windowStart = now.addingTimeInterval(-status.policy.window.timeInterval)
        let since = max(windowStart, status.countingSince ?? windowStart)
        let applied = try await store.deprovisioningCount(idpID: idp.id, since: since)
        guard let reason = try await tripReason(kind, applied: applied, policy: status.policy, now: now, idp: idp) else {
            return
        }
        let audit = AuditEvent(
            time: now, actor: ChangeActor.idp(idp).description, idpID: idp.id, action: .breakerTripped, resourceType: "IdP",
            resourceID: idp.id.uuidString.lowercased(), summary: "breaker tripped for \(idp.name): \(reason); holding its deprovisioning"
        )
        _ = try await store.tripBreaker(idpID: idp.id, at: now, reason: reason, audit: audit)
        try await hold(kind, resourceID: resourceID, name: name, for: idp, status: try await store.breakerStatus(idpID: idp.id), at: now)
    }

    /// Why this request would exceed the policy, or nil when it stays within it.
    private func tripReason(
        _ kind: HeldOperation.Kind, applied: DeprovisioningCount, policy: BreakerPolicy, now: Date,
        idp: IdentityProvider
    ) async throws -> String? {
        let minutes = max(1, Int((now.timeIntervalSince(applied.oldest ?? now) / 60).rounded(.up)))
        let span = "\(minutes) minute\(minutes == 1 ? "" : "s")"
        switch kind {
        case .deleteGroup:
            guard applied.groups + 1 > policy.maximumGroups else { return nil }
            return "\(applied.groups + 1) group deletions in \(span) exceeded the limit of \(policy.maximumGroups)"
        case .deactivateUser, .deleteUser:
            // The directory as it was when the window opened: the users still active plus those removed since.
            // Only a directory small enough for the share to undercut the count needs counting exactly.
            let sharePoint = Int((Double(policy.maximumUsers + 1) / policy.maximumUserShare).rounded(.up))
            let population = try await store.activeUserCount(idpID: idp.id, upTo: sharePoint) + applied.users
            let limit = policy.userLimit(population: population)
            guard applied.users + 1 > limit else { return nil }
            let share = limit < policy.maximumUsers ? " (\(Int((policy.maximumUserShare * 100).rounded()))% of \(population) users)" : ""
            return "\(applied.users + 1) user deactivations and deletions in \(span) exceeded the limit of \(limit)\(share)"
        }
    }

    private func hold(
        _ kind: HeldOperation.Kind, resourceID: String, name: String, for idp: IdentityProvider, status: BreakerStatus, at now: Date
    ) async throws -> Never {
        try await store.hold(HeldOperation(idpID: idp.id, kind: kind, resourceID: resourceID, name: name, firstHeld: now, lastHeld: now))
        let reason = status.tripReason.map { ": \($0)" } ?? ""
        throw DomainError.held(
            "ScimDesk is holding deactivations and deletions from \(idp.name)\(reason). Nothing was changed; an operator must "
                + "release them in ScimDesk (console: IdPs > \(idp.name) > Held, or `scimdesk breaker release --idp \(idp.name)`), after which "
                + "this request succeeds when retried.",
            retryAfter: Self.retryAfterSeconds
        )
    }
}

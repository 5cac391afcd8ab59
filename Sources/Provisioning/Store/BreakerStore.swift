import Foundation

/// The mass-deprovisioning breaker's state, shared by every process on the directory.
public protocol BreakerStore: Sendable {
    /// The IdP's breaker; the standard policy, not holding, when none was ever set.
    func breakerStatus(idpID: UUID) async throws -> BreakerStatus
    func saveBreakerPolicy(_ policy: BreakerPolicy, idpID: UUID, audit: AuditEvent) async throws
    /// Trips the breaker unless it already holds; returns false (and writes nothing) when it did.
    func tripBreaker(idpID: UUID, at date: Date, reason: String, audit: AuditEvent) async throws -> Bool
    /// Stops holding, restarts counting at `date`, and marks every held request released (so its retry
    /// passes, see `admitReleased`); returns how many were held.
    func releaseBreaker(idpID: UUID, at date: Date, audit: AuditEvent) async throws -> Int
    /// Consumes the release of one held request (same IdP, kind and resource) and restarts counting at
    /// `date`; false when no such released request exists.
    func admitReleased(idpID: UUID, kind: HeldOperation.Kind, resourceID: String, at date: Date) async throws -> Bool
    /// Records a held request, or one more attempt of one already held (same IdP, kind and resource).
    func hold(_ operation: HeldOperation) async throws
    /// Requests still held (not released) of one IdP (or all), oldest first.
    func heldOperations(idpID: UUID?) async throws -> [HeldOperation]
    /// User deactivations/deletions and group deletions the IdP had applied since `date` (from the audit log).
    func deprovisioningCount(idpID: UUID, since date: Date) async throws -> DeprovisioningCount
    /// Users of the IdP that are active now, counted up to `limit` (only small directories need the
    /// exact figure, so a large one is never scanned on the request path).
    func activeUserCount(idpID: UUID, upTo limit: Int) async throws -> Int
}

import Provisioning
import Synchronization

/// Keeps checking the audit chain as the Audit view reloads: a load checks only the events added
/// since the last one, so the view can show the chain's state at the cost of the new events; every
/// `recheckInterval` the whole chain is checked again, so an edit of an old event is noticed too.
final class AuditChainWatch: Sendable {
    private struct State {
        var verifier: AuditChainVerifier?
        var lastFullCheck: ContinuousClock.Instant?
        var busy = false
    }

    private let state = Mutex(State())
    let recheckInterval: Duration

    init(recheckInterval: Duration = .seconds(300)) {
        self.recheckInterval = recheckInterval
    }

    /// The chain's state after checking what was added since the last call; nil while another
    /// check is running (its answer arrives with that load).
    func advance(_ store: any AuditStore, pageSize: Int = 5_000) async throws -> AuditChainReport? {
        let taken = state.withLock { state -> AuditChainVerifier? in
            guard !state.busy else { return nil }
            state.busy = true
            let now = ContinuousClock.now
            if let verifier = state.verifier, let last = state.lastFullCheck, now - last < recheckInterval { return verifier }
            state.lastFullCheck = now
            return AuditChainVerifier(sealer: store.auditSealer)
        }
        guard var verifier = taken else { return nil }
        defer { state.withLock { $0.busy = false } }
        while verifier.report.isIntact {
            let page = try await store.auditChain(afterID: verifier.resumeAfterID, limit: pageSize)
            _ = verifier.consume(page)
            if page.count < pageSize { break }
        }
        let checked = verifier
        state.withLock { $0.verifier = checked }
        return verifier.report
    }
}

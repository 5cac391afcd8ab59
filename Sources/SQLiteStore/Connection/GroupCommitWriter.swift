import GRDB
import Metrics
import Provisioning
import Synchronization

/// Packs concurrent writes into shared transactions ("group commit").
///
/// With `synchronous = FULL` every COMMIT waits for an fsync, which caps one-transaction-per-request
/// at a few hundred writes per second. Here requests queue up while the writer is busy; the writer then
/// drains everything pending into ONE transaction, running each request inside its own SAVEPOINT, so
/// a failing request (say, a duplicate userName) rolls back only itself. After the single COMMIT every
/// waiter is resumed with its own result. A request is acknowledged only after the commit that
/// contains it, so an acknowledged write is as durable as the connection's `synchronous` setting.
///
/// There is no timer: batches form naturally from whatever arrives during the previous commit, so a
/// lone write pays no extra latency.
final class GroupCommitWriter: Sendable {
    /// Upper bound on requests per transaction, so one batch cannot hold the write lock for long.
    static let maximumBatch = 256

    private struct State {
        var pending: [any PendingWrite] = []
        var draining = false
        var closed = false
        var statistics = Statistics()
    }

    /// How well writes were packed so far.
    struct Statistics: Sendable, Hashable {
        var transactions = 0
        var requests = 0
    }

    private let pool: DatabasePool
    private let state = Mutex(State())

    init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Runs `body` in a savepoint of the next group transaction and returns its result once committed.
    ///
    /// `body` must not suspend or block on anything but the database; it runs on the writer queue.
    /// Cancelling the calling task does not withdraw a request that is already queued.
    func write<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let job = WriteJob(body: body, continuation: continuation)
            let start = state.withLock { state -> Bool? in
                guard !state.closed else { return nil }
                state.pending.append(job)
                if state.draining { return false }
                state.draining = true
                return true
            }
            switch start {
            case nil:
                continuation.resume(throwing: StoreError.unavailable("the store is closed"))
            case true?:
                pool.asyncWriteWithoutTransaction { db in self.drain(db) }
            case false?:
                break  // the running drain will pick it up
            }
        }
    }

    var statistics: Statistics { state.withLock { $0.statistics } }

    /// Refuses new writes; those already queued still run.
    func stopAcceptingWrites() {
        state.withLock { $0.closed = true }
    }

    /// Commits batches until nothing is pending. Runs on the writer queue.
    private func drain(_ db: Database) {
        while let batch = nextBatch() {
            StoreMetrics.batchSize.record(batch.count)
            GroupTransaction(db: db, jobs: batch).run()
        }
    }

    private func nextBatch() -> [any PendingWrite]? {
        state.withLock { state in
            guard !state.pending.isEmpty else {
                state.draining = false
                return nil
            }
            let count = min(state.pending.count, Self.maximumBatch)
            let batch = Array(state.pending.prefix(count))
            state.pending.removeFirst(count)
            state.statistics.transactions += 1
            state.statistics.requests += count
            return batch
        }
    }
}

import Foundation
import Logging
import Metrics
import Provisioning
import ServiceLifecycle
import Synchronization

/// Collects traffic records off the request path and writes them to the store in batches.
///
/// Recording is a lock-protected append, so answering a request never waits for the database; a
/// background loop flushes every `interval`, which also coalesces bursts for the console.
public final class TrafficRecorder: Service, Sendable {
    /// Records kept in the store; older ones are pruned.
    public static let retainedRecords = 100_000
    /// Bytes of records kept in the store (bodies of up to 1 MiB each would make the row count alone
    /// a bound of a hundred gigabytes).
    public static let retainedBytes = 256 << 20

    private let store: any TrafficStore
    private let interval: Duration
    private let logger: Logger
    private let pending = Mutex<[TrafficRecord]>([])
    /// Batches taken from `pending` and not yet in the store.
    private let batchesInFlight = Mutex(0)
    /// Records kept while the store cannot take them; beyond this the oldest are dropped.
    private let maximumPending = 50_000

    public init(store: any TrafficStore, interval: Duration = .milliseconds(100), logger: Logger = Logger(label: "scimdesk.traffic")) {
        self.store = store
        self.interval = interval
        self.logger = logger
    }

    public func record(_ record: TrafficRecord) {
        let dropped = pending.withLock { buffer -> Int in
            let excess = max(0, buffer.count - maximumPending + 1)
            if excess > 0 { buffer.removeFirst(excess) }
            buffer.append(record)
            return excess
        }
        if dropped > 0 { Counter(label: MetricNames.trafficDropped).increment(by: dropped) }
    }

    public func run() async throws {
        var flushes = 0
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: interval)
            await flush()
            flushes += 1
            // From the first flush on, then every few seconds: a burst of large bodies is bounded early.
            if flushes % 50 == 1 { try? await store.pruneTraffic(keeping: Self.retainedRecords, maximumBytes: Self.retainedBytes) }
        }
        await flush()
    }

    /// Writes everything recorded so far, and waits for the batches other flushes are writing, so that
    /// afterwards the store holds every record made before the call.
    public func flush() async {
        let batch = pending.withLock { buffer -> [TrafficRecord] in
            defer { buffer.removeAll(keepingCapacity: true) }
            return buffer
        }
        if !batch.isEmpty {
            batchesInFlight.withLock { $0 += 1 }
            await write(batch)
            batchesInFlight.withLock { $0 -= 1 }
        }
        while batchesInFlight.withLock({ $0 }) > 0 {
            try? await Task.sleep(for: .milliseconds(1))
        }
    }

    private func write(_ batch: [TrafficRecord]) async {
        do {
            try await store.appendTraffic(batch)
        } catch {
            logger.warning("could not write \(batch.count) traffic records: \(error)")
            pending.withLock { $0.insert(contentsOf: batch, at: 0) }
        }
    }
}

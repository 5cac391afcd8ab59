import Metrics

/// What the store reports through swift-metrics (exported by the listener's `/metrics`). Handles are made
/// per use, so they go to whichever factory the process bootstrapped, even after the store opened.
/// The names are repeated in `SCIMServer.MetricNames`, which this module cannot import.
enum StoreMetrics {
    /// Write requests per group-commit transaction.
    static var batchSize: Recorder { Recorder(label: "scimdesk_store_write_batch_size") }
    /// Time spent in COMMIT, which with `synchronous = FULL` is the fsync of the write-ahead log.
    static var commitDuration: Timer { Timer(label: "scimdesk_store_commit_duration_seconds") }
}

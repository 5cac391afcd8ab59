import Synchronization

/// Connections the listener holds open now, shared by every event loop.
final class ConnectionCount: Sendable {
    private let open = Atomic<Int>(0)

    /// Counts one more; returns how many are open with it.
    func opened() -> Int { open.add(1, ordering: .relaxed).newValue }

    func closed() { open.subtract(1, ordering: .relaxed) }
}

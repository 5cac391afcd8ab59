import Dispatch
import Synchronization

/// Serial queues for reads whose cost grows with the data. Serial queues get threads of their own
/// from GCD, so a read blocked on SQLite never occupies Swift's cooperative pool.
enum ReadQueues {
    /// One fewer than GRDB's default of five reader connections, so hot lookups always find a reader.
    static let queues = (0..<4).map { DispatchQueue(label: "scimdesk.sqlite.read.\($0)") }
    private static let pending = Mutex<[Int]>(Array(repeating: 0, count: 4))
    private static let counter = Atomic<Int>(0)

    /// The queue with the fewest reads pending (ties in turn), so a read never waits behind a slow
    /// one while another queue is idle; call `done(_:)` with its index when the read finished.
    static func next() -> (queue: DispatchQueue, index: Int) {
        let start = counter.add(1, ordering: .relaxed).newValue
        let index = pending.withLock { pending in
            let order = (0..<pending.count).map { (start + $0) % pending.count }
            let index = order.min { pending[$0] < pending[$1] }!
            pending[index] += 1
            return index
        }
        return (queues[index], index)
    }

    static func done(_ index: Int) {
        pending.withLock { $0[index] -= 1 }
    }
}

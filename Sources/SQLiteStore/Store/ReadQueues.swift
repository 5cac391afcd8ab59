import Dispatch
import Synchronization

/// Serial queues for reads whose cost grows with the data. Serial queues get threads of their own
/// from GCD, so a read blocked on SQLite never occupies Swift's cooperative pool.
enum ReadQueues {
    /// One fewer than GRDB's default of five reader connections, so hot lookups always find a reader.
    static let queues = (0..<4).map { DispatchQueue(label: "scimdesk.sqlite.read.\($0)") }
    private static let counter = Atomic<Int>(0)

    static func next() -> DispatchQueue {
        let index = counter.add(1, ordering: .relaxed).newValue
        return queues[index % queues.count]
    }
}

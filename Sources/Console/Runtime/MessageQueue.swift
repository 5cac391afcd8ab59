import Synchronization

/// Where background work leaves its results for the main loop.
///
/// Effects finish on other threads; they `post`, and the loop `drain`s once per iteration, so
/// `update` only ever runs on the loop's thread. A `Mutex` (not an actor) because the loop is
/// synchronous: it cannot `await` between reading keys.
public final class MessageQueue: Sendable {
    private let pending = Mutex<[Msg]>([])

    /// An empty queue.
    public init() {}

    /// Adds a message; safe from any thread.
    public func post(_ msg: Msg) {
        pending.withLock { $0.append(msg) }
    }

    /// Everything posted since the last drain, in order.
    public func drain() -> [Msg] {
        pending.withLock { messages in
            defer { messages.removeAll(keepingCapacity: true) }
            return messages
        }
    }
}

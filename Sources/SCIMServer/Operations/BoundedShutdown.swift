import ServiceLifecycle
import Synchronization

/// Stopping a listener's service group without waiting on its clients forever.
///
/// Graceful shutdown lets requests in flight finish, but a client stuck mid-request (a body that never
/// ends) or one that keeps its connection busy would hold it open indefinitely. Cancelling at once is
/// no better: NIO traps when connections accepted but not yet handled are torn down by cancellation.
/// So: graceful first, cancellation only after `drain`, and at most one more second after that.
public enum BoundedShutdown {
    public static func stop(_ group: ServiceGroup, running task: Task<Void, some Error>, drain: Duration = .seconds(5)) async {
        await group.triggerGracefulShutdown()
        if await finished(task, within: drain) { return }
        task.cancel()
        _ = await finished(task, within: .seconds(1))
    }

    /// Whether `task` finished within `bound`. Awaiting a task's value cannot be cancelled, so the
    /// wait is a race of two tasks for one continuation rather than a task group.
    static func finished(_ task: Task<Void, some Error>, within bound: Duration) async -> Bool {
        await withCheckedContinuation { continuation in
            let once = Once(continuation)
            Task {
                _ = await task.result
                once.resume(true)
            }
            Task {
                try? await Task.sleep(for: bound)
                once.resume(false)
            }
        }
    }

    private final class Once: Sendable {
        let continuation: Mutex<CheckedContinuation<Bool, Never>?>
        init(_ continuation: CheckedContinuation<Bool, Never>) { self.continuation = Mutex(continuation) }
        func resume(_ value: Bool) { continuation.withLock { $0.take() }?.resume(returning: value) }
    }
}

import Dispatch

/// Runs blocking work (socket waits, sleeps) on a Dispatch thread, so that a test does not hold one
/// of the few cooperative threads the listener under test also runs on.
public func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}

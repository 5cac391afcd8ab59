import Dispatch
import Synchronization

/// What a libFuzzer entry point (a synchronous C callback) needs to run an async check: a directory
/// replaced every `executionsPerDirectory` inputs, so hours of fuzzing do not grow one database
/// without bound, and a wait for the check's task.
public final class FuzzSession: Sendable {
    private let executionsPerDirectory: Int
    private let state = Mutex<(directory: FuzzDirectory?, executions: Int)>((nil, 0))

    public init(executionsPerDirectory: Int = 500) {
        self.executionsPerDirectory = executionsPerDirectory
    }

    /// Runs `check` on the current directory and waits for it. Never call it on a cooperative thread.
    public func run(_ check: @escaping @Sendable (FuzzDirectory) async throws -> Void) throws {
        let directory = try state.withLock { state in
            if state.executions >= executionsPerDirectory {
                state.directory?.remove()
                state = (nil, 0)
            }
            state.executions += 1
            if let directory = state.directory { return directory }
            let directory = try FuzzDirectory()
            state.directory = directory
            return directory
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await check(directory) } catch { outcome.error.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = outcome.error.withLock({ $0 }) { throw error }
    }

    /// Removes the current directory (at exit).
    public func close() {
        state.withLock { state in
            state.directory?.remove()
            state = (nil, 0)
        }
    }
}

/// The error a check's task ended with, handed back to the waiting thread.
private final class Outcome: Sendable {
    let error = Mutex<(any Error)?>(nil)
}

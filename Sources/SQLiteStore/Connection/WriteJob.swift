import GRDB
import Provisioning

/// One write request waiting for the group-commit writer.
///
/// Lives on the writer's serial queue from `run` to `resume`; the lock in `GroupCommitWriter` hands
/// it over, which is why the mutable `outcome` needs no lock of its own.
protocol PendingWrite: AnyObject, Sendable {
    /// Runs the request's body; returns whether it succeeded. The caller provides the savepoint.
    func run(_ db: Database) -> Bool
    /// Replaces a success that can no longer be committed (its transaction was rolled back).
    func fail(_ error: any Error)
    /// Hands the outcome to the waiting task. Called once, after the commit (or its failure).
    func resume()
}

final class WriteJob<Value: Sendable>: PendingWrite, @unchecked Sendable {
    private let body: @Sendable (Database) throws -> Value
    private let continuation: CheckedContinuation<Value, any Error>
    private var outcome: Result<Value, any Error>?

    init(body: @escaping @Sendable (Database) throws -> Value, continuation: CheckedContinuation<Value, any Error>) {
        self.body = body
        self.continuation = continuation
    }

    func run(_ db: Database) -> Bool {
        do {
            outcome = .success(try body(db))
            return true
        } catch {
            outcome = .failure(StoreErrorMapping.map(error))
            return false
        }
    }

    func fail(_ error: any Error) {
        outcome = .failure(StoreErrorMapping.map(error))
    }

    func resume() {
        continuation.resume(with: outcome ?? .failure(StoreError.unavailable("write was never run")))
    }
}

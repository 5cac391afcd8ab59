import PostgresNIO
import Provisioning
import Synchronization

/// The two ways this store touches the database: a read on a leased connection, and a write
/// transaction that is retried when PostgreSQL asks for it.
extension PostgresStore {
    /// How often a transaction that hit a serialization failure or deadlock runs at most.
    static let maximumAttempts = 4

    /// A read (or a single self-contained statement) on a leased connection.
    func read<Value: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        do {
            return try await withLease(body)
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }

    /// One transaction; run again (on a fresh lease, up to `maximumAttempts`) after a serialization
    /// failure or deadlock, which PostgreSQL reports before anything is committed.
    ///
    /// An error on COMMIT itself leaves the outcome unknown (the connection may have died after the
    /// server committed), so it is never retried: it surfaces as `StoreError.unavailable` (503) and the
    /// IdP, which retries on 5xx, finds out what happened by reading.
    @discardableResult
    func write<Value: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        var attempt = 1
        while true {
            do {
                return try await withLease { connection in try await Self.transaction(connection, body) }
            } catch let error as UnknownCommitOutcome {
                throw StoreError.unavailable("the database did not confirm the commit: \(StoreErrorMapping.map(error.underlying))")
            } catch  where StoreErrorMapping.isRetryable(error) && attempt < Self.maximumAttempts {
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...(5 * attempt))))
            } catch {
                throw StoreErrorMapping.map(error)
            }
        }
    }

    struct UnknownCommitOutcome: Error {
        let underlying: any Error
    }

    /// BEGIN, body, COMMIT; ROLLBACK when the body throws. Not postgres-nio's `withTransaction`, which
    /// wraps every error and so hides whether the SQLSTATE came from the body or from COMMIT.
    private static func transaction<Value>(
        _ connection: PostgresConnection, _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        try await connection.run("BEGIN")
        let value: Value
        do {
            value = try await body(connection)
        } catch {
            // A failed ROLLBACK means the connection is gone, and the server rolls back on its own.
            try? await connection.run("ROLLBACK")
            throw error
        }
        do {
            try await connection.run("COMMIT")
        } catch {
            throw UnknownCommitOutcome(underlying: error)
        }
        return value
    }

    /// Runs `body` on a pooled connection, or throws `StoreError.unavailable` when none can be had
    /// within `settings.leaseTimeout` (the server is down or every connection is busy).
    ///
    /// The pool waits for a connection forever, so the wait races a timer; whichever settles the
    /// shared state first wins, so a body that got its connection is never cancelled by the timer.
    func withLease<Value: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        try await Self.withLease(client, settings.leaseTimeout, body)
    }

    static func withLease<Value: Sendable>(
        _ client: PostgresClient, _ timeout: Duration, _ body: @escaping @Sendable (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        let race = LeaseRace()
        return try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask {
                try await client.withConnection { connection in
                    guard race.settle(as: LeaseRace.leased) else { throw CancellationError() }
                    return try await body(connection)
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                if race.settle(as: LeaseRace.timedOut) {
                    throw StoreError.unavailable("no database connection within \(timeout)")
                }
                return nil
            }
            while let result = try await group.next() {
                if let value = result {
                    group.cancelAll()
                    return value
                }
            }
            throw StoreError.unavailable("the database request ended without a result")
        }
    }
}

/// Who settled a lease first: the pool (a connection) or the timer.
private final class LeaseRace: Sendable {
    static let waiting = 0
    static let leased = 1
    static let timedOut = 2
    private let state = Atomic<Int>(LeaseRace.waiting)

    /// True for the first caller only.
    func settle(as outcome: Int) -> Bool {
        state.compareExchange(expected: Self.waiting, desired: outcome, ordering: .acquiringAndReleasing).exchanged
    }
}

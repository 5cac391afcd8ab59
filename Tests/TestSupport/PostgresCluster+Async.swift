import Foundation

/// The cluster's commands for async tests. `psql` runs as a child process that is waited for, and
/// waiting on one of Swift's cooperative threads (two on a 2-core machine) would stall every store
/// task of the test run meanwhile, including one holding a database lock others queue on.
extension PostgresCluster {
    public func createDatabase() async throws -> String {
        try await Self.offload { try self.createDatabase() }
    }

    public func dropDatabase(_ name: String) async throws {
        try await Self.offload { try self.dropDatabase(name) }
    }

    @discardableResult
    public func sql(_ statement: String, database: String = "postgres") async throws -> String {
        try await Self.offload { try self.sql(statement, database: database) }
    }

    /// Runs blocking work on a Dispatch thread, outside the cooperative pool.
    static func offload<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}

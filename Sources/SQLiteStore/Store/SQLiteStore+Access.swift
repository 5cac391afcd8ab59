import Dispatch
import Foundation
import GRDB
import Provisioning
import Synchronization

/// The three ways this store touches the database.
extension SQLiteStore {
    /// A single-statement read that runs on the calling thread.
    ///
    /// Used for the hot point lookups only: one index probe takes a few microseconds, less than a thread
    /// hop, and the cooperative thread is blocked for no longer than a mutex would block it. WAL readers
    /// never wait for the writer. It runs outside an explicit transaction: one statement is atomic on
    /// its own, and BEGIN/COMMIT around it cost as much as the lookup. It runs on a `PointReaders`
    /// connection, or on the pool when all of those are busy. (Not `async` on purpose: in an async
    /// function Swift would pick GRDB's async overload.)
    func readNow<Value>(_ body: (Database) throws -> Value) throws -> Value {
        try checkOpen()
        do {
            if let value = try pointReaders.read(body) { return value }
            return try pool.unsafeRead(body)
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }

    /// A read of several statements that must see one snapshot (a page and its COUNT).
    func readSnapshot<Value>(_ body: (Database) throws -> Value) throws -> Value {
        try checkOpen()
        do {
            return try pool.read(body)
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }

    /// A read that runs on one of the store's read queues while the calling task is suspended.
    ///
    /// Used for everything whose cost grows with the data (lists, COUNTs, members, logs), so a large
    /// page or scan never holds one of the few cooperative threads hostage. Not GRDB's async `read`:
    /// that one hands the reader back only after the awaiting task resumes on a cooperative thread, so
    /// with every cooperative thread waiting in `readNow` for a reader (2 cores → 2 threads) nothing
    /// could ever be released. Here the reader is released on the read queue before the task resumes.
    func readLater<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value) async throws -> Value {
        try checkOpen()
        return try await withCheckedThrowingContinuation { continuation in
            let (queue, index) = ReadQueues.next()
            queue.async {
                let result = Result { try self.readSnapshot(body) }
                ReadQueues.done(index)
                continuation.resume(with: result)
            }
        }
    }

    /// `readLater` for the lists an IdP filters: within `queryBudget`, and at most `ReadShares.perIdP`
    /// at once per IdP, so one IdP's costly filters neither run unbounded nor take every read queue.
    func readBudgeted<Value: Sendable>(
        idpID: UUID?, _ body: @escaping @Sendable (Database) throws -> Value
    ) async throws -> Value {
        let budget = queryBudget
        await readShares.acquire(idpID)
        defer { readShares.release(idpID) }
        return try await readLater { db in try QueryBudget.run(db, budget: budget, body) }
    }

    /// A write, acknowledged after the group commit that contains it (see `GroupCommitWriter`).
    func write<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value) async throws -> Value {
        try checkOpen()
        return try await writer.write(body)
    }

    private func checkOpen() throws {
        if isClosed.load(ordering: .acquiring) { throw StoreError.unavailable("the store is closed") }
    }
}

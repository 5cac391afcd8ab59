import GRDB
import Provisioning

/// The three ways this store touches the database.
extension SQLiteStore {
    /// A read that runs on the calling thread.
    ///
    /// Used for the hot point lookups only: one index probe takes a few microseconds, less than the two
    /// thread hops of GRDB's async `read`, and the cooperative thread is blocked for no longer than a
    /// mutex would block it. WAL readers never wait for the writer. (Not `async` on purpose: in an
    /// async function Swift would pick GRDB's async overload.)
    func readNow<Value>(_ body: (Database) throws -> Value) throws -> Value {
        do {
            return try pool.read(body)
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }

    /// A read that runs on a reader's own queue while the calling task is suspended.
    ///
    /// Used for everything whose cost grows with the data (lists, COUNTs, members, logs), so a large
    /// page or scan never holds one of the few cooperative threads hostage.
    func readLater<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value) async throws -> Value {
        do {
            return try await pool.read(body)
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }

    /// A write, acknowledged after the group commit that contains it (see `GroupCommitWriter`).
    func write<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value) async throws -> Value {
        try await writer.write(body)
    }
}

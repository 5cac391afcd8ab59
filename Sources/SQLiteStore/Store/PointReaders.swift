import GRDB
import Synchronization

/// Read connections of their own for the single-statement lookups of the request path (token by hash,
/// user by id, a user's groups), outside GRDB's reader pool.
///
/// A pool read costs more than the lookup it wraps: a semaphore, a barrier on the pool's queue, a
/// `PRAGMA schema_version` to validate GRDB's schema cache, then the statement. Profiled under GET by
/// id, those three reads per request were a third of the listener's CPU; reading outside the pool
/// took a tenth off the whole request.
/// Here a lookup takes an idle connection from a stack under a mutex, runs on the calling thread (the
/// connection's own serial queue is never contended, so `sync` runs inline) and puts it back.
///
/// Each connection is read-only and runs every statement in autocommit, so a lookup sees the latest
/// commit of any process, as a pool read does; hot statements need no schema cache (SQLite prepares
/// them again by itself after a schema change).
final class PointReaders: Sendable {
    /// Enough for every thread that can call in at once (Swift's cooperative threads and a few
    /// dispatch threads); a caller that finds none idle and the maximum open is told to use the pool.
    static let maximum = 8

    private let path: String
    private let configuration: Configuration
    private let state = Mutex(State())

    private struct State {
        var idle: [DatabaseQueue] = []
        var open = 0
        var closed = false
    }

    init(path: String, configuration: Configuration) {
        var configuration = configuration
        configuration.readonly = true
        configuration.label = "scimdesk.point"
        self.path = path
        self.configuration = configuration
    }

    /// Runs `body` on an idle point connection, opening one if fewer than `maximum` are open; nil when
    /// none is available, and the caller reads through the pool instead.
    func read<Value>(_ body: (Database) throws -> Value) throws -> Value? {
        guard let connection = try checkOut() else { return nil }
        defer { checkIn(connection) }
        return try connection.unsafeRead(body)
    }

    /// Closes every idle connection; connections in use are closed when they come back.
    func close() throws {
        let idle = state.withLock { state in
            state.closed = true
            defer { state.idle.removeAll() }
            return state.idle
        }
        for connection in idle { try connection.close() }
    }

    private func checkOut() throws -> DatabaseQueue? {
        enum Slot { case reuse(DatabaseQueue), open, none }
        let slot = state.withLock { state -> Slot in
            if state.closed { return .none }
            if let connection = state.idle.popLast() { return .reuse(connection) }
            guard state.open < Self.maximum else { return .none }
            state.open += 1
            return .open
        }
        switch slot {
        case .reuse(let connection): return connection
        case .none: return nil
        case .open:
            do {
                return try DatabaseQueue(path: path, configuration: configuration)
            } catch {
                state.withLock { $0.open -= 1 }
                throw error
            }
        }
    }

    private func checkIn(_ connection: DatabaseQueue) {
        let closed = state.withLock { state in
            if !state.closed { state.idle.append(connection) }
            return state.closed
        }
        if closed { try? connection.close() }
    }
}

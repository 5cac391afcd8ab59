import Dispatch
import GRDB
import GRDBSQLite
import Provisioning

/// A time budget for one read: SQLite's progress handler stops any statement still running after it
/// (SQLITE_INTERRUPT), so one costly filter cannot hold a reader, and the IdP behind it, for minutes.
enum QueryBudget {
    /// SQLite calls the handler every this many virtual-machine instructions (a few microseconds).
    static let instructionsPerCheck: Int32 = 1_000

    /// Runs `body` on `db`, stopping it once `budget` has passed; an overrun is
    /// `StoreError.unsupportedQuery` (400 `invalidFilter`: only a filter makes a list read this slow).
    static func run<Value>(_ db: Database, budget: Duration, _ body: (Database) throws -> Value) throws -> Value {
        let deadline = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        defer { deadline.deallocate() }
        let (seconds, attoseconds) = budget.components
        deadline.pointee =
            DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds)) * 1_000_000_000
            + UInt64(max(0, attoseconds) / 1_000_000_000)
        // A query also stops at the first check past the deadline; that is the whole cost of it.
        sqlite3_progress_handler(
            db.sqliteConnection, instructionsPerCheck,
            { context in
                guard let context else { return 0 }
                return DispatchTime.now().uptimeNanoseconds > context.load(as: UInt64.self) ? 1 : 0
            }, deadline)
        defer { sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil) }
        do {
            return try body(db)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw StoreError.unsupportedQuery(
                "The query was stopped after its time budget of \(text(budget)); "
                    + "narrow the filter (eq, or sw/co on userName, displayName or emails, which are indexed).")
        }
    }

    /// `3 s`, or `250 ms`.
    static func text(_ budget: Duration) -> String {
        let (seconds, attoseconds) = budget.components
        let milliseconds = seconds * 1_000 + attoseconds / 1_000_000_000_000_000
        return milliseconds % 1_000 == 0 ? "\(milliseconds / 1_000) s" : "\(milliseconds) ms"
    }
}

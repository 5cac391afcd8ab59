import Foundation
import PostgresNIO
import Provisioning
import Synchronization

extension PostgresStore {
    /// How long one list read (its count and its page) may run before PostgreSQL cancels it
    /// (`statement_timeout`) and it fails with `StoreError.unsupportedQuery`: three seconds, as on
    /// SQLite, far beyond any indexed lookup and well within the minute Okta and Entra wait.
    public var queryBudget: Duration {
        get { .milliseconds(queryBudgetMilliseconds.load(ordering: .relaxed)) }
        set {
            let (seconds, attoseconds) = newValue.components
            queryBudgetMilliseconds.store(Int(seconds) * 1_000 + Int(attoseconds / 1_000_000_000_000_000), ordering: .relaxed)
        }
    }

    /// `read` for the lists an IdP filters: within `queryBudget`, and at most `ReadShares.perIdP` at
    /// once per IdP, so one IdP's costly filters neither run unbounded nor take every pooled connection.
    /// `body` runs its statements inside a transaction and calls `ListBudget.limit` before each.
    func readBudgeted<Value: Sendable>(
        idpID: UUID?, _ body: @escaping @Sendable (PostgresConnection, ListBudget) async throws -> Value
    ) async throws -> Value {
        let budget = ListBudget(queryBudget)
        await readShares.acquire(idpID)
        defer { readShares.release(idpID) }
        return try await read { connection in
            do {
                return try await body(connection, budget.started())
            } catch  where StoreErrorMapping.sqlState(error) == ListBudget.queryCanceled {
                throw budget.overrun
            }
        }
    }
}

/// A list read's time budget as PostgreSQL enforces it: `SET LOCAL statement_timeout` to what is left
/// before each statement, so the statements of one read share the budget (PostgreSQL 15 has no
/// per-transaction timeout).
struct ListBudget: Sendable {
    /// SQLSTATE `query_canceled`, which a statement past `statement_timeout` fails with.
    static let queryCanceled = "57014"
    let budget: Duration
    var deadline = ContinuousClock.now

    init(_ budget: Duration) {
        self.budget = budget
    }

    func started() -> ListBudget {
        var started = self
        started.deadline = .now + budget
        return started
    }

    /// Sets the timeout of the transaction's next statements to the time left (at least 1 ms:
    /// 0 would turn the timeout off); throws the overrun when nothing is left.
    func limit(_ connection: PostgresConnection) async throws {
        let left = deadline - .now
        guard left > .zero else { throw overrun }
        let (seconds, attoseconds) = left.components
        let milliseconds = max(1, Int(seconds) * 1_000 + Int(attoseconds / 1_000_000_000_000_000))
        try await connection.run("SET LOCAL statement_timeout = \(milliseconds)")
    }

    /// The same 400 `invalidFilter` as SQLite's budget gives, naming the budget.
    var overrun: StoreError {
        .unsupportedQuery(
            "The query was stopped after its time budget of \(text); "
                + "narrow the filter (eq on userName, externalId or a group's displayName, which are indexed).")
    }

    /// `3 s`, or `250 ms`.
    var text: String {
        let (seconds, attoseconds) = budget.components
        let milliseconds = seconds * 1_000 + attoseconds / 1_000_000_000_000_000
        return milliseconds % 1_000 == 0 ? "\(milliseconds / 1_000) s" : "\(milliseconds) ms"
    }
}

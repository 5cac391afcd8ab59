import GRDB
import Metrics
import Provisioning

/// One group-commit transaction: BEGIN, a SAVEPOINT per request, one COMMIT, then every waiter resumed.
struct GroupTransaction {
    let db: Database
    let jobs: [any PendingWrite]

    func run() {
        // Requests that succeeded inside the open transaction and wait for its COMMIT.
        var uncommitted: [any PendingWrite] = []
        var transactionOpen = begin(failing: jobs)
        for (index, job) in jobs.enumerated() {
            if !transactionOpen {
                transactionOpen = begin(failing: Array(jobs[index...]))
                if !transactionOpen { break }
            }
            if runInSavepoint(job) {
                uncommitted.append(job)
            } else if !db.isInsideTransaction {
                // Some errors (SQLITE_FULL, IOERR, NOMEM, …) make SQLite roll back the whole
                // transaction: the earlier successes of this batch are gone and must not be acknowledged.
                for lost in uncommitted {
                    lost.fail(StoreError.unavailable("the transaction was rolled back by another request's failure; retry"))
                }
                uncommitted.removeAll()
                transactionOpen = false
            }
        }
        if transactionOpen { commit(uncommitted) }
        for job in jobs { job.resume() }
    }

    /// Starts the transaction, or fails every job in `jobs` when it cannot.
    private func begin(failing jobs: [any PendingWrite]) -> Bool {
        do {
            // IMMEDIATE: take the write lock now, so no statement inside meets SQLITE_BUSY halfway.
            try db.execute(sql: "BEGIN IMMEDIATE TRANSACTION")
            return true
        } catch {
            for job in jobs { job.fail(error) }
            return false
        }
    }

    private func runInSavepoint(_ job: any PendingWrite) -> Bool {
        do {
            try db.execute(sql: "SAVEPOINT request")
        } catch {
            job.fail(error)
            return false
        }
        if job.run(db) {
            do {
                try db.execute(sql: "RELEASE SAVEPOINT request")
                return true
            } catch {
                job.fail(error)
            }
        }
        if db.isInsideTransaction {
            // Undo this request only; the transaction and earlier requests stay.
            try? db.execute(sql: "ROLLBACK TO SAVEPOINT request")
            try? db.execute(sql: "RELEASE SAVEPOINT request")
        }
        return false
    }

    private func commit(_ uncommitted: [any PendingWrite]) {
        do {
            let start = ContinuousClock.now
            try db.execute(sql: "COMMIT TRANSACTION")
            // With synchronous = FULL the COMMIT is where the fsync happens.
            StoreMetrics.commitDuration.record(duration: ContinuousClock.now - start)
        } catch {
            if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK TRANSACTION") }
            for job in uncommitted { job.fail(error) }
        }
    }
}

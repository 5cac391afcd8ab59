import GRDB
import Provisioning
import Testing

@testable import SQLiteStore

/// Errors that a request's own filter causes are the request's fault (400), never "the database is
/// unavailable" (503 with Retry-After, which an IdP would retry forever).
@Suite struct StoreErrorMappingTests {
    @Test(arguments: ["bad JSON path: '$.\"a\u{1}\"'", "JSON path error near 'a'", "parser stack overflow"])
    func aFilterSQLiteRefusesIsTheRequestsFault(_ message: String) {
        let mapped = StoreErrorMapping.map(databaseError: DatabaseError(resultCode: .SQLITE_ERROR, message: message))
        guard case .unsupportedQuery = mapped else {
            Issue.record("\(message) became \(mapped)")
            return
        }
    }

    @Test func otherErrorsStayUnavailable() {
        let mapped = StoreErrorMapping.map(databaseError: DatabaseError(resultCode: .SQLITE_IOERR, message: "disk I/O error"))
        guard case .unavailable = mapped else {
            Issue.record("an I/O error became \(mapped)")
            return
        }
    }
}

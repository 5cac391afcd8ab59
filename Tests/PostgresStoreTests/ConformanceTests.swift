import TestSupport
import Testing

/// The shared store contract, against a real PostgreSQL 15 database.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"))
struct ConformanceTests {
    @Test(arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        try await StoreConformance.run(check) { try await PostgresSubject.conformanceSubject() }
    }
}

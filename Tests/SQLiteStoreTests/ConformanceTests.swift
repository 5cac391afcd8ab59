import TestSupport
import Testing

/// The shared store contract, against a real SQLite file.
@Suite struct ConformanceTests {
    @Test(arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        try await StoreConformance.run(check) { try SQLiteSubject.conformanceSubject() }
    }
}

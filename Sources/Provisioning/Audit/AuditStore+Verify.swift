extension AuditStore {
    /// Checks the whole audit chain from its first event, a page at a time so memory stays flat.
    /// `progress` is told the number of events checked after each page.
    public func verifyAuditChain(pageSize: Int = 5_000, progress: (Int) -> Void = { _ in }) async throws -> AuditChainReport {
        var verifier = AuditChainVerifier(sealer: auditSealer)
        var afterID: Int64 = 0
        while true {
            let page = try await auditChain(afterID: afterID, limit: pageSize)
            guard let last = page.last else { break }
            let intact = verifier.consume(page)
            progress(verifier.report.checked)
            if !intact || page.count < pageSize { break }
            afterID = last.input.id
        }
        return verifier.report
    }
}

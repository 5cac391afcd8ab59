import Foundation

extension SimulationReport {
    /// The report for a terminal: a heading, a table of steps, then one line per failure as the IdP
    /// admin would read it (with the request and status underneath), then the verdict.
    public func text() -> String {
        var lines: [String] = []
        let dialect = flavour.map { "\(idp.displayName) (\($0.rawValue.uppercased()))" } ?? idp.displayName
        lines.append("\(dialect) simulation against \(baseURL)")
        lines.append(
            "\(users) users, \(groups) groups, concurrency \(concurrency), seed \(seed): "
                + "\(requests) requests in \(String(format: "%.2f", durationSeconds)) s"
        )
        lines.append("")
        lines.append(contentsOf: table())
        var notes: [String] = []
        if createdUsers + linkedUsers > 0 { notes.append("users: \(createdUsers) created, \(linkedUsers) linked to existing") }
        for group in recreatedGroups {
            notes.append("group \(group.displayName): re-created (new id \(group.id), was \(group.previousID))")
        }
        for group in relinkedGroups { notes.append("group \(group.displayName): re-linked (same id \(group.id)), a bonus") }
        if !notes.isEmpty {
            lines.append("")
            lines.append(contentsOf: notes)
        }
        if let massDeactivation { lines.append(contentsOf: massDeactivationLines(massDeactivation)) }
        if !failures.isEmpty {
            lines.append("")
            lines.append("Failures:")
            for failure in failures {
                let tag = failure.expected ? "expected" : (failure.kind == .check ? "check" : "FAILED")
                lines.append("  [\(tag)] \(failure.message)")
                var context: [String] = []
                if let request = failure.request { context.append(request) }
                if let status = failure.status { context.append("→ \(status)") }
                if let detail = failure.detail, !failure.message.contains(detail) { context.append("detail: \(detail)") }
                if !context.isEmpty { lines.append("           " + context.joined(separator: " ")) }
            }
        }
        lines.append("")
        if let abortReason { lines.append("Stopped early: \(abortReason)") }
        lines.append(succeeded ? "Result: OK" : "Result: FAILED (\(unexpectedFailures.count) unexpected failures)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func table() -> [String] {
        let header = ["step", "ok", "failed", "expected"]
        let rows = tallies.map { [$0.step.title, "\($0.succeeded)", "\($0.failed)", "\($0.expectedFailures)"] }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func render(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                column == 0
                    ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return [render(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + rows.map(render)
    }

    /// The report as pretty-printed JSON with sorted keys (stable for diffs and golden files).
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = JSONDocument(report: self)
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The encoded shape: the report plus its verdict, so scripts need not recompute it.
    private struct JSONDocument: Encodable {
        let report: SimulationReport
        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(report.succeeded, forKey: .succeeded)
        }
        enum Key: String, CodingKey { case succeeded }
    }
}

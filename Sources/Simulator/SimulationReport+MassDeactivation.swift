extension SimulationReport {
    /// What the IdP saw of its mass deactivation: what was applied, what the server held (with the
    /// wait it asked for), and what went through when retried.
    func massDeactivationLines(_ outcome: MassDeactivation) -> [String] {
        let name = idp.displayName
        var lines = ["", "Mass deactivation: \(outcome.planned) of \(users) users at once"]
        lines.append("  applied at once:         \(outcome.appliedAtOnce)")
        guard outcome.held > 0 else {
            lines.append("  held by the server:      0 — nothing stopped it; every connected app would obey the same way")
            return lines
        }
        let wait = outcome.retryAfterSeconds.map { "Retry-After: \($0) s" } ?? "no Retry-After"
        lines.append("  held by the server:      \(outcome.held) (503, \(wait)); \(name) lists them as failed tasks and retries")
        lines.append("  applied when retried:    \(outcome.appliedOnRetry)")
        if outcome.stillHeld > 0 {
            lines.append(
                "  still held at the end:   \(outcome.stillHeld) — \(name) keeps retrying until an operator releases or they expire")
        }
        return lines
    }
}

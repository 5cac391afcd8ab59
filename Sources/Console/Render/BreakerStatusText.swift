import Foundation
import Provisioning

/// How an IdP's mass-deprovisioning breaker reads in the IdP list, the editor and the top bar.
struct BreakerStatusText {
    var text: String
    var severity: TokenStatusText.Severity

    /// "HOLDING 140" (loud: an operator must decide), "off" (a warning: nothing protects the
    /// directory), "watching", or "—" before the store was read.
    init(_ summary: IdPSummary) {
        guard let breaker = summary.breaker else {
            self.init(text: "—", severity: .muted)
            return
        }
        if breaker.isHolding {
            self.init(text: "HOLDING \(Format.count(summary.held.count))", severity: .danger)
        } else if !breaker.policy.enabled {
            self.init(text: "off", severity: .warning)
        } else {
            self.init(text: "watching", severity: .normal)
        }
    }

    init(text: String, severity: TokenStatusText.Severity) {
        self.text = text
        self.severity = severity
    }

    /// The top-bar alarm for a tripped breaker, long and short, or nil while it does not hold.
    static func alarm(for summary: IdPSummary) -> (long: String, short: String)? {
        guard summary.isHolding else { return nil }
        let name = summary.provider.name
        let count = Format.plural(summary.held.count, "request")
        return ("⚠ \(name) breaker HOLDING \(count) — 2 › \(name) › Held", "⚠ \(name) HOLDING \(summary.held.count)")
    }

    /// The policy as the editor shows it; off reads as the warning it is.
    static func policy(_ policy: BreakerPolicy) -> (text: String, severity: TokenStatusText.Severity) {
        guard policy.enabled else { return ("off — a mass deactivation from this IdP is applied at once", .warning) }
        // More than 100% of the users can never go: saying so only costs a line at 80 columns.
        guard policy.maximumUserShare < 1 else {
            return ("more than \(policy.maximumUsers) users or \(policy.maximumGroups) groups within \(policy.window)", .normal)
        }
        return (policy.description, .normal)
    }
}

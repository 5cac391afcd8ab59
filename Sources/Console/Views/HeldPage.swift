import Foundation
import Provisioning
import TermUI

/// Settings › Identity Providers › Okta › Held: the mass-deprovisioning breaker, what it holds
/// (which request, for whom, since when, how often the IdP retried) and the operator's two choices.
enum HeldPage {
    static func write(_ summary: IdPSummary, _ state: AppState, into doc: inout Document) {
        let name = summary.provider.name
        doc.line(Span(" Mass-deprovisioning breaker", .heading))
        guard let breaker = summary.breaker else {
            doc.paragraph("Loading…", .muted)
            return
        }
        if let tripped = breaker.tripped {
            doc.field("State", "HOLDING since \(Format.minute(tripped)) · \(Format.ago(tripped, now: state.now))", .danger)
            doc.field("Why", breaker.tripReason ?? "the limit was exceeded")
        } else {
            doc.field("State", breaker.policy.enabled ? "watching — nothing held" : "off", breaker.policy.enabled ? .text : .warning)
        }
        policyField(summary, label: "Policy (b)", into: &doc)
        if breaker.releasedAwaitingRetry > 0 {
            doc.field("Released", "\(Format.plural(breaker.releasedAwaitingRetry, "request")) go through when \(name) retries", .accent)
        }
        doc.blank()
        guard breaker.isHolding else {
            doc.paragraph(
                "When \(name) deactivates or deletes more than the policy allows, ScimDesk holds its further deactivations and deletions here: \(name) gets 503 with Retry-After and shows the failures in its task list, and you release them or keep holding.",
                .muted)
            return
        }
        doc.line(
            Span("  R ", .danger), Span("Release", .strong), Span(" (applied when \(name) retries)", .muted),
            Span("   K ", .danger), Span("Keep holding", .strong))
        doc.paragraph(
            "\(name) is answered 503 with Retry-After: \(DeprovisioningBreaker.retryAfterSeconds) and this reason in its task list.", .muted
        )
        doc.blank()
        heldTable(summary.held, now: state.now, width: doc.width, into: &doc)
    }

    /// "Breaker (b)  more than 25 users (or 10% of them) or 10 groups within 10m"; off as a warning.
    static func policyField(_ summary: IdPSummary, label: String = "Breaker (b)", into doc: inout Document) {
        guard let breaker = summary.breaker else { return }
        let policy = BreakerStatusText.policy(breaker.policy)
        var text = policy.text
        // Holding, Advanced says so and where to decide; the policy is on Held, and one line here
        // keeps the page whole at 80×24 during the incident.
        if breaker.isHolding, label == "Breaker (b)" {
            text = "HOLDING \(Format.plural(summary.held.count, "request")) — decide under Held (→)"
        }
        doc.field(label, text, breaker.isHolding ? .danger : IdPEditorView.role(policy.severity))
    }

    /// One row per held request, oldest first: which request, whose, first and last held, attempts.
    static func heldTable(_ held: [HeldOperation], now: Date, width: Int, into doc: inout Document) {
        // Held at carries the date: a breaker may hold for days, and a bare time reads as today.
        let name = min(40, max(12, width - 2 - 17 - 15 - 11 - 6 - 4))
        doc.line(Span(" Held requests (\(Format.count(held.count)))", .heading))
        doc.line(
            Span(
                "  " + "Request".fitted(toWidth: 17) + "Name".fitted(toWidth: name) + " " + "Held at".fitted(toWidth: 15)
                    + "Last try".fitted(toWidth: 11) + "Tries", .muted))
        for operation in held {
            let role: Role = operation.kind == .deactivateUser ? .warning : .danger
            doc.line(
                Span("  " + operation.kind.verb.fitted(toWidth: 17), role),
                Span(operation.name.truncated(toWidth: name - 1).fitted(toWidth: name) + " ", .strong),
                Span(
                    Format.dayClock(operation.firstHeld).fitted(toWidth: 15) + Format.ago(operation.lastHeld, now: now).fitted(toWidth: 11)),
                Span("\(operation.attempts)"))
        }
    }
}

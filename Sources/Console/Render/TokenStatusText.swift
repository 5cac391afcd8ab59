import Foundation
import Provisioning

/// How an IdP's token state reads in tables, the editor and the top bar.
struct TokenStatusText {
    enum Severity { case normal, muted, warning, danger }

    /// Tokens closer than this to expiry are flagged.
    static let warningDays = 30

    var text: String
    var severity: Severity

    /// "active, expires 2027-11-28 — 365 days", "expires in 12 days", "expired 2026-…",
    /// "revoked 2026-…", "none".
    init(_ state: TokenState, now: Date) {
        switch state {
        case .none:
            self.init(text: "none", severity: .muted)
        case .active(let expires):
            let days = Format.days(from: now, to: expires)
            if days >= Self.warningDays {
                self.init(text: "active, expires \(Format.day(expires)) — \(Format.days(days))", severity: .normal)
            } else {
                self.init(text: "expires " + Self.soon(expires, now: now), severity: .warning)
            }
        case .expired(let date):
            self.init(text: "expired \(Format.day(date))", severity: .danger)
        case .revoked(let date):
            self.init(text: "revoked \(Format.day(date))", severity: .danger)
        }
    }

    init(text: String, severity: Severity) {
        self.text = text
        self.severity = severity
    }

    /// "in 12 days", "in 5 hours", "in 20 minutes".
    static func soon(_ date: Date, now: Date) -> String {
        let seconds = Int(date.timeIntervalSince(now))
        if seconds >= 86_400 { return "in " + Format.days(seconds / 86_400) }
        if seconds >= 3_600 { return seconds / 3_600 == 1 ? "in 1 hour" : "in \(seconds / 3_600) hours" }
        return "in \(max(1, seconds / 60)) min"
    }

    /// The top-bar warning for an IdP ("⚠ Okta token expires in 12 days", and a short form
    /// for narrow screens), or `nil` when its token needs no attention. A revoked token is an
    /// operator's decision, so it is flagged in the table only.
    static func warning(for summary: IdPSummary, now: Date) -> (long: String, short: String)? {
        let name = summary.provider.name
        switch summary.tokenState(at: now) {
        case .active(let expires) where Format.days(from: now, to: expires) < warningDays:
            let left = soon(expires, now: now).replacingOccurrences(of: "in ", with: "")
            return ("⚠ \(name) token expires " + soon(expires, now: now), "⚠ \(name) token: \(left)")
        case .expired:
            return ("⚠ \(name) token expired", "⚠ \(name) token expired")
        default:
            return nil
        }
    }
}

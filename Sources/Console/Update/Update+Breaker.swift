import Foundation
import Provisioning
import TermUI

extension AppState {
    /// `b` in the editor: the policy as `scimdesk idp set --breaker` writes it, ready to edit.
    mutating func startBreakerPolicy() -> [Effect] {
        guard let summary = editedIdP else { return [] }
        let current = summary.breaker?.policy ?? .standard
        modal = .nameIdentityProvider(
            NameForm(
                purpose: .breakerPolicy(current: current), idpID: summary.id, currentName: summary.provider.name,
                field: TextField(current.settings)))
        return []
    }

    /// `R` on Held: the held requests are applied when the IdP retries them, so it asks first.
    mutating func requestRelease() -> [Effect] {
        guard let summary = heldSummary() else { return [] }
        let name = summary.provider.name
        let count = Format.plural(summary.held.count, "held request")
        modal = .confirm(
            Confirmation(
                title: "Release the breaker of \(name)?",
                body: [
                    "\(count) will be applied when \(name) retries them (it does so by itself within minutes): the users are deactivated or deleted, the groups deleted. Counting starts afresh now.",
                    "",
                    "Recorded in the audit log under your name.",
                ],
                confirmLabel: "Release", action: .releaseBreaker(idpID: summary.id)))
        return []
    }

    /// `K` on Held: nothing changes but the record that someone looked and decided.
    mutating func requestKeepHolding() -> [Effect] {
        guard let summary = heldSummary() else { return [] }
        let name = summary.provider.name
        modal = .confirm(
            Confirmation(
                title: "Keep holding \(name)'s deprovisioning?",
                body: [
                    "Nothing held is applied; \(name) keeps getting 503 and retrying. Fix the cause in \(name) (a group unassigned, a sync rule), then release what is still right.",
                    "",
                    "Recorded in the audit log under your name.",
                ],
                confirmLabel: "Keep holding", action: .keepHolding(idpID: summary.id)))
        return []
    }

    /// The edited IdP when its breaker holds; otherwise says why there is nothing to decide.
    private mutating func heldSummary() -> IdPSummary? {
        guard let summary = editedIdP else { return nil }
        guard summary.isHolding else {
            post("The breaker of \(summary.provider.name) is not holding anything", .warning)
            return nil
        }
        return summary
    }

    mutating func breakerPolicySet(_ name: String, _ policy: BreakerPolicy) -> [Effect] {
        if case .nameIdentityProvider = modal { modal = nil }
        if policy.enabled {
            post("Breaker of \(name): \(policy)", .success)
        } else {
            post("Breaker of \(name) is off: a mass deactivation from \(name) is applied at once", .warning)
        }
        return reloadIdentityProviders()
    }

    mutating func breakerReleased(_ name: String, count: Int) -> [Effect] {
        post(
            "Released \(Format.plural(count, "held request")) from \(name): applied when \(name) retries; counting starts afresh", .success)
        return reloadIdentityProviders()
    }

    mutating func breakerKept(_ name: String) -> [Effect] {
        post("Still holding \(name)'s deprovisioning; your decision is in the audit log", .success)
        return reloadIdentityProviders()
    }

    mutating func reloadIdentityProviders() -> [Effect] {
        idpsLoading = true
        lastIdPRefresh = now
        return [.loadIdentityProviders]
    }
}

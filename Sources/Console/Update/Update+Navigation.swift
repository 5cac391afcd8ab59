import Foundation
import Provisioning
import TermUI

extension AppState {
    /// Switches to `target` and refreshes its data, so a view never shows stale rows for long.
    mutating func show(_ target: ViewID) -> [Effect] {
        view = target
        return refresh(target)
    }

    /// The load that brings `target` up to date (nothing while one is already running).
    mutating func refresh(_ target: ViewID) -> [Effect] { target.screen.refresh(&self) }

    /// Reads the IdPs again, unless a read is running (Settings and IdPs both show them).
    mutating func refreshIdentityProviders() -> [Effect] {
        guard !idpsLoading else { return [] }
        idpsLoading = true
        lastIdPRefresh = now
        return [.loadIdentityProviders]
    }

    mutating func reload() -> [Effect] {
        let effects = refresh(view)
        if !effects.isEmpty { post("Reloading \(view.breadcrumb.last!.lowercased())…") }
        return effects
    }
}

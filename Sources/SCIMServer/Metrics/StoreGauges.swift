import Foundation
import Metrics
import Provisioning

/// Figures read from the store when `/metrics` is scraped (not kept in step on every write, so the
/// request path pays nothing for them): users and groups per IdP, days until each IdP's token expires.
public struct StoreGauges: Sendable {
    let store: any Store
    let clock: WallClock

    public init(store: any Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    /// Sets every gauge from the store; an IdP without a working token reads -1 days.
    public func refresh() async throws {
        let now = clock.now()
        for idp in try await store.identityProviders() {
            let dimensions = [("idp", idp.name)]
            let users = try await store.users(idpID: idp.id, query: ListQuery(count: 0)).totalResults
            let groups = try await store.groups(idpID: idp.id, query: ListQuery(count: 0)).totalResults
            Gauge(label: MetricNames.users, dimensions: dimensions).record(users)
            Gauge(label: MetricNames.groups, dimensions: dimensions).record(groups)
            let status = try await TokenService(store: store, clock: clock).status(for: idp)
            var days = -1.0
            if case .active(let expires) = status.state { days = (expires.timeIntervalSince(now) / 86_400 * 10).rounded(.down) / 10 }
            Gauge(label: MetricNames.tokenDaysToExpiry, dimensions: dimensions).record(days)
        }
    }
}

import Hummingbird
import Metrics
import Provisioning
import Synchronization

/// Per-request figures for `/metrics`, recorded through swift-metrics once a request is answered.
///
/// Labels are kept to small, fixed sets (resource names, status classes, IdP names) so the number of
/// series stays bounded however many users and paths there are. That also lets each combination's
/// counter and timer be made once and kept: making them is a registry lookup under a lock, and on
/// every request that was a visible share of a GET. (The metrics system is bootstrapped once, at
/// start, before any request.)
enum RequestMetrics {
    static func observe(_ request: Request, record: TrafficRecord, elapsed: Duration, notes: RequestNotes) {
        let status = record.status
        let series = Series(
            idp: notes.idp?.name ?? "none", method: request.method.rawValue, resource: resource(of: request.uri.path),
            statusClass: status / 100, outcome: TrafficOutcome(record))
        let instruments = cache.withLock { cache in
            if let known = cache[series] { return known }
            let made = Instruments(series)
            cache[series] = made
            return made
        }
        instruments.requests.increment()
        instruments.duration.record(duration: elapsed)
        instruments.outcome.increment()
        if status == 401 {
            Counter(label: MetricNames.unauthorized, dimensions: [("reason", (notes.authFailure ?? .unknown).rawValue)]).increment()
        }
        if status == 429 { Counter(label: MetricNames.rateLimited, dimensions: [("idp", series.idp)]).increment() }
    }

    /// The SCIM resource a path addresses (`/scim/v2/Users/42` → `Users`), or `other`.
    static func resource(of path: String) -> String {
        for component in path.utf8.split(separator: UInt8(ascii: "/")) {
            if let name = resources.first(where: { $0.utf8.elementsEqual(component) }) { return name }
        }
        return "other"
    }

    private static let resources = ["Users", "Groups", "ServiceProviderConfig", "ResourceTypes", "Schemas", "Bulk", "Me"]
    private static let cache = Mutex<[Series: Instruments]>([:])

    private struct Series: Hashable {
        var idp: String
        var method: String
        var resource: String
        var statusClass: Int
        var outcome: TrafficOutcome
    }

    private struct Instruments: Sendable {
        let requests: Counter
        let duration: Metrics.Timer
        let outcome: Counter

        init(_ series: Series) {
            requests = Counter(
                label: MetricNames.requests,
                dimensions: [
                    ("idp", series.idp), ("method", series.method), ("resource", series.resource), ("status", "\(series.statusClass)xx"),
                ])
            duration = Metrics.Timer(
                label: MetricNames.requestDuration, dimensions: [("method", series.method), ("resource", series.resource)])
            outcome = Counter(label: MetricNames.requestOutcomes, dimensions: [("outcome", series.outcome.rawValue)])
        }
    }
}

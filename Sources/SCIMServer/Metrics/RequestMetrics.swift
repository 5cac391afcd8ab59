import Hummingbird
import Metrics
import Provisioning

/// Per-request figures for `/metrics`, recorded through swift-metrics once a request is answered.
///
/// Labels are kept to small, fixed sets (resource names, status classes, IdP names) so the number of
/// series stays bounded however many users and paths there are.
enum RequestMetrics {
    static func observe(_ request: Request, record: TrafficRecord, elapsed: Duration, notes: RequestNotes) {
        let status = record.status
        let idp = notes.idp?.name ?? "none"
        let method = request.method.rawValue
        let resource = resource(of: request.uri.path)
        Counter(
            label: MetricNames.requests,
            dimensions: [("idp", idp), ("method", method), ("resource", resource), ("status", "\(status / 100)xx")]
        ).increment()
        Metrics.Timer(label: MetricNames.requestDuration, dimensions: [("method", method), ("resource", resource)]).record(
            duration: elapsed)
        Counter(label: MetricNames.requestOutcomes, dimensions: [("outcome", TrafficOutcome(record).rawValue)]).increment()
        if status == 401 {
            Counter(label: MetricNames.unauthorized, dimensions: [("reason", (notes.authFailure ?? .unknown).rawValue)]).increment()
        }
        if status == 429 { Counter(label: MetricNames.rateLimited, dimensions: [("idp", idp)]).increment() }
    }

    /// The SCIM resource a path addresses (`/scim/v2/Users/42` → `Users`), or `other`.
    static func resource(of path: String) -> String {
        for name in ["Users", "Groups", "ServiceProviderConfig", "ResourceTypes", "Schemas", "Bulk", "Me"]
        where path.contains("/\(name)") {
            return name
        }
        return "other"
    }
}

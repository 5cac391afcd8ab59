import Metrics
import Prometheus
import Provisioning
import SCIMServer

/// Points swift-metrics at a Prometheus registry, once per process, and sets the build-info series.
enum MetricsBootstrap {
    /// What the console's top bar reads: fed by the same counters as ``registry``.
    static let figures = TrafficFigures()

    /// The process-wide registry `/metrics` reads; the first use bootstraps `MetricsSystem`.
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Group-commit batches hold 1…256 requests.
        factory.valueHistogramBuckets[MetricNames.storeBatchSize] = [1, 2, 4, 8, 16, 32, 64, 128, 256]
        factory.durationHistogramBuckets[MetricNames.storeCommitDuration] = [
            .microseconds(100), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1),
        ]
        MetricsSystem.bootstrap(MultiplexMetricsHandler(factories: [factory, TrafficFiguresFactory(figures: figures)]))
        // Named scimdesk_build_info (MetricNames.buildInfo): namespace, name, unit.
        let buildInfo = MetricNameDescriptor(
            namespace: "scimdesk", metricName: "build", unitName: "info", helpText: "Always 1; the version is the label")
        registry.makeGauge(descriptor: buildInfo, labels: [("version", BuildVersion.current)]).set(to: 1)
        // Series that count rare events exist from the start at 0, so alerts on them need no `absent()`.
        for reason in AuthFailure.allCases {
            Counter(label: MetricNames.unauthorized, dimensions: [("reason", reason.rawValue)]).increment(by: 0)
        }
        Counter(label: MetricNames.trafficDropped).increment(by: 0)
        for outcome in TrafficOutcome.allCases {
            Counter(label: MetricNames.requestOutcomes, dimensions: [("outcome", outcome.rawValue)]).increment(by: 0)
        }
        return registry
    }()
}

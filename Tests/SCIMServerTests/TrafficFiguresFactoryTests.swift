import Foundation
import Metrics
import Provisioning
import SCIMServer
import Testing

/// The console's figures are a swift-metrics backend: the `scimdesk_request_outcomes_total`
/// increments that `/metrics` exports are what the top bar counts, and nothing else is.
@Suite struct TrafficFiguresFactoryTests {
    @Test func outcomeIncrementsAreCountedOthersIgnored() {
        let figures = TrafficFigures()
        let factory = TrafficFiguresFactory(figures: figures)
        Counter(label: MetricNames.requestOutcomes, dimensions: [("outcome", "error")], factory: factory).increment(by: 2)
        Counter(label: MetricNames.requestOutcomes, dimensions: [("outcome", "drift")], factory: factory).increment()
        Counter(label: MetricNames.requestOutcomes, dimensions: [("outcome", "ok")], factory: factory).increment()
        Counter(label: MetricNames.requests, dimensions: [("status", "5xx")], factory: factory).increment()
        Counter(label: MetricNames.requestOutcomes, dimensions: [("outcome", "bogus")], factory: factory).increment()
        let snapshot = figures.snapshot(at: Date())
        #expect(snapshot.errors == 2 && snapshot.drift == 1)
        #expect(snapshot.rate == 0.4)  // four requests, over the 10 s rate window
    }
}

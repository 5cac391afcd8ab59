import Foundation
import Metrics
import Provisioning

/// A swift-metrics backend that keeps only what the console's top bar shows: it turns the
/// `scimdesk_request_outcomes_total` increments (the same ones `/metrics` exports) into a
/// ``TrafficFigures`` window. Bootstrapped next to the Prometheus factory, so both read one count.
public struct TrafficFiguresFactory: MetricsFactory {
    public let figures: TrafficFigures

    public init(figures: TrafficFigures) {
        self.figures = figures
    }

    public func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        guard label == MetricNames.requestOutcomes,
            let outcome = dimensions.first(where: { $0.0 == "outcome" }).flatMap({ TrafficOutcome(rawValue: $0.1) })
        else { return NOOPMetricsHandler.instance }
        return OutcomeCounter(figures: figures, outcome: outcome)
    }

    public func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        NOOPMetricsHandler.instance
    }

    public func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler { NOOPMetricsHandler.instance }

    public func destroyCounter(_ handler: any CounterHandler) {}
    public func destroyRecorder(_ handler: any RecorderHandler) {}
    public func destroyTimer(_ handler: any TimerHandler) {}

    /// One outcome's counter: each increment is a request answered now.
    final class OutcomeCounter: CounterHandler, Sendable {
        let figures: TrafficFigures
        let outcome: TrafficOutcome

        init(figures: TrafficFigures, outcome: TrafficOutcome) {
            self.figures = figures
            self.outcome = outcome
        }

        func increment(by amount: Int64) {
            let now = Date()
            for _ in 0..<max(0, amount) { figures.record(outcome, at: now) }
        }

        func reset() {}
    }
}

import Foundation
import Provisioning

extension Fixtures {
    /// The listener's counters after answering ``trafficRecords``.
    static var figures: TrafficFigures {
        let figures = TrafficFigures()
        for record in trafficRecords { figures.record(TrafficOutcome(record), at: record.time) }
        return figures
    }
}

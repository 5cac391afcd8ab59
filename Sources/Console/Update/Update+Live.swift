import Foundation
import Provisioning

extension AppState {
    /// Whether a request changed what Users, Groups or Audit show: a write the listener accepted.
    static func changesData(_ record: TrafficRecord) -> Bool {
        record.method != "GET" && record.status < 400
    }

    /// Reloads the list on screen when it may be behind the data (see ``LiveList``). Lists with
    /// many pages loaded are left to `r`, so scrolling far never makes every refresh expensive.
    mutating func keepListCurrent() -> [Effect] {
        view.screen.keepCurrent(&self)
    }

    /// Rows a live refresh reads at most.
    static let liveRowLimit = 2_000
}

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
        switch view {
        case .users where users.rows.count <= Self.liveRowLimit && users.list.isStale(generation: dataGeneration, now: now):
            return refresh(.users)
        case .groups where groups.list.isStale(generation: dataGeneration, now: now):
            return refresh(.groups)
        case .audit where audit.list.isStale(generation: dataGeneration, now: now):
            return refresh(.audit)
        default:
            return []
        }
    }

    /// Rows a live refresh reads at most.
    static let liveRowLimit = 2_000
}

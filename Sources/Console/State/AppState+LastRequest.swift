import Foundation
import Provisioning

extension AppState {
    /// The newest request the console holds from the IdP, refused ones included: an IdP still
    /// sending with a revoked token never updates its token's last use, yet must show.
    func lastTraffic(of idpID: UUID) -> TrafficRecord? {
        for index in 0..<traffic.records.count {
            let record = traffic.records[newestFirst: index]
            if record.idpID == idpID { return record }
        }
        return nil
    }

    /// When the IdP last sent anything: the later of its tokens' last use and its newest request.
    func lastRequest(of summary: IdPSummary) -> Date? {
        [summary.lastRequest, lastTraffic(of: summary.id)?.time].compactMap { $0 }.max()
    }
}

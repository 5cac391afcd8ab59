import Foundation
import Provisioning

extension AppState {
    /// `y`: the id support asks for — a user's or group's id, a request's request id, an audit
    /// event's resource id — from the open detail or the selected row.
    mutating func copySelectedID() -> [Effect] {
        guard let (what, id) = selectedID() else {
            post("Nothing selected to copy")
            return []
        }
        copying = "\(what) \(id)"
        return [.copyToClipboard(id)]
    }

    func selectedID() -> (String, String)? {
        switch view {
        case .users: return (users.detail?.id ?? users.selected?.id).map { ("user id", $0) }
        case .groups: return (groups.detail?.id ?? groups.selected?.id).map { ("group id", $0) }
        case .traffic:
            if let detail = traffic.detail { return ("request id", detail.requestID) }
            let rows = traffic.visible
            return traffic.selectedIndex(in: rows).map { ("request id", rows[$0].requestID) }
        case .audit:
            guard let event = audit.detail?.content ?? audit.selected else { return nil }
            return event.resourceID.map { ("resource id", $0) } ?? ("audit event", String(event.id))
        case .settings, .identityProviders, .admins:
            return nil
        }
    }
}

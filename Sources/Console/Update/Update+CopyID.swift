import Foundation
import Provisioning

extension AppState {
    /// `y`: the id support asks for — a user's or group's id, a request's request id, an audit
    /// event's resource id — from the open detail or the selected row (each screen says which).
    mutating func copy(_ item: (what: String, id: String)?) -> [Effect] {
        guard let (what, id) = item else {
            post("Nothing selected to copy")
            return []
        }
        copying = "\(what) \(id)"
        return [.copyToClipboard(id)]
    }
}

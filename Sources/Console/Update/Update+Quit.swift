import Foundation
import Provisioning

extension AppState {
    /// `q` and `:q`: quitting stops the embedded listener the IdPs send to, so once it has served
    /// requests it asks first (Ctrl-C still quits at once: it is the way out of anything).
    mutating func requestQuit() -> [Effect] {
        guard case .running(let address) = listener, traffic.lastID > 0, !layout.isTooSmall else { return quit() }
        let endpoint = scimBaseURL ?? address
        modal = .confirm(
            Confirmation(
                title: "Quit and stop the SCIM listener?",
                body: [
                    "\(idpsSeenInTraffic) provision into this console's listener at \(endpoint). Quitting stops it: their requests fail until ScimDesk listens there again.",
                    "To keep the endpoint up without the console, run scimdesk serve, and open the console with --no-listener to watch it.",
                ],
                confirmLabel: "Quit",
                action: .quit
            ))
        return []
    }

    /// "Okta and Entra", from the traffic held; "Your identity providers" when none is known.
    var idpsSeenInTraffic: String {
        var names: [String] = []
        for index in 0..<traffic.records.count {
            guard let name = traffic.records[newestFirst: index].idpName, !names.contains(name) else { continue }
            names.append(name)
            if names.count == 3 { break }
        }
        switch names.count {
        case 0: return "Your identity providers"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}

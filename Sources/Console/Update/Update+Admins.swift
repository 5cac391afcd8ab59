import Foundation
import Provisioning
import TermUI

extension AppState {
    /// `d`: removing an admin lets IdPs overwrite that account again, so it asks first.
    mutating func requestRemoveAdmin() -> [Effect] {
        guard let admin = admins.selected else { return [] }
        modal = .confirm(
            Confirmation(
                title: "Remove console admin \(admin.username)?",
                body: [
                    "Identity providers will be able to change or deactivate the account \(admin.username)\(admin.email.map { " <\($0)>" } ?? "") again."
                ],
                confirmLabel: "Remove",
                action: .removeAdmin(username: admin.username)
            ))
        return []
    }

    mutating func adminsLoaded(_ items: [ConsoleAdmin]) {
        admins.items = items.sorted { $0.username.lowercased() < $1.username.lowercased() }
        admins.loaded = true
        admins.selection.clamp(count: admins.items.count, visibleRows: tableRows)
    }

    mutating func adminAdded(_ admin: ConsoleAdmin) -> [Effect] {
        if case .addAdmin = modal { modal = nil }
        post("\(admin.username) is now a protected console admin", .success)
        return [.loadAdmins]
    }

    mutating func adminRemoved(_ username: String) -> [Effect] {
        post("Removed console admin \(username)", .success)
        return [.loadAdmins]
    }
}

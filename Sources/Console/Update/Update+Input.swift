import Foundation
import Provisioning
import TermUI

extension AppState {
    /// `/`: opens the filter line with the current filter to edit.
    mutating func startFilter() -> [Effect] {
        guard view.isFilterable else { return [] }
        input = InputLine(purpose: .filter(view), field: TextField(filterText(of: view)))
        return []
    }

    func filterText(of view: ViewID) -> String {
        switch view {
        case .users: users.filterText
        case .groups: groups.filterText
        case .traffic: traffic.filter.text
        case .audit: audit.filterText
        default: ""
        }
    }

    /// Keys while the `/` or `:` line is open: Enter applies, Esc cancels, the rest edits.
    mutating func handleInput(_ key: Key, _ action: Action?) -> [Effect] {
        guard var line = input else { return [] }
        switch action {
        case .submit:
            input = nil
            switch line.purpose {
            case .filter(let target): return applyFilter(line.field.text, to: target)
            case .command: return runCommand(line.field.text)
            }
        case .cancel:
            input = nil
        case .complete:
            completeCommand()
        default:
            // Backspace on an empty line closes it, as in vim and k9s.
            if key == .backspace, line.field.isEmpty {
                input = nil
                return []
            }
            _ = line.field.handle(key)
            input = line
        }
        return []
    }

    /// Sets a view's filter and reloads it (Traffic filters the records it holds).
    mutating func applyFilter(_ text: String, to target: ViewID) -> [Effect] {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text != filterText(of: target) else { return [] }
        switch target {
        case .users:
            users.filterText = text
            users.selection = ListSelection()
            users.loading = true
            return [.loadUsers(filterText: text, offset: 0)]
        case .groups:
            groups.filterText = text
            groups.selection = ListSelection()
            groups.loading = true
            return [.loadGroups(filterText: text)]
        case .audit:
            audit.filterText = text
            audit.selection = ListSelection()
            audit.loading = true
            return [.loadAudit(text: text)]
        case .traffic:
            traffic.filter = TrafficFilter(text)
            traffic.scrollOffset = 0
            if !traffic.following { traffic.selectedID = traffic.visible.first?.id }
            return []
        default:
            return []
        }
    }
}

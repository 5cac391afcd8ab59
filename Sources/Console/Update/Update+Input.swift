import Foundation
import Provisioning
import TermUI

extension AppState {
    /// `/`: opens the filter line with the current filter to edit.
    mutating func startFilter() -> [Effect] {
        guard let current = view.screen.filterText(self) else { return [] }
        input = InputLine(purpose: .filter(view), field: TextField(current), original: current)
        return []
    }

    func filterText(of view: ViewID) -> String { view.screen.filterText(self) ?? "" }

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
            if case .filter(let target) = line.purpose { return applyFilter(line.original, to: target) }
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
            // The list narrows as you type; Enter keeps the filter, Esc takes it back.
            if case .filter(let target) = line.purpose { return applyFilter(line.field.text, to: target) }
        }
        return []
    }

    /// Sets a view's filter and reloads it (Traffic filters the records it holds).
    mutating func applyFilter(_ text: String, to target: ViewID) -> [Effect] {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text != filterText(of: target) else { return [] }
        return target.screen.applyFilter(text, on: &self)
    }
}

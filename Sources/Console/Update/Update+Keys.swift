import Foundation
import Provisioning
import TermUI

extension AppState {
    /// The keymap that applies now.
    public var keyContext: KeyContext {
        if let modal { return modal.context }
        if let input { return input.purpose == .command ? .commandInput : .filterInput }
        return pageContext
    }

    /// The screen on top takes the key: a dialog, else the input line, else the page.
    mutating func handle(key: Key) -> [Effect] {
        if key == .resize { return [] }
        // Raw mode delivers Ctrl-C as a key; it quits from anywhere, dialogs and fields included.
        if key == .ctrl("c") { return quit() }
        // A message answers the last action; the next one makes it stale.
        status = nil
        let context = keyContext
        return context.screen.handle(key, Keymap.binding(for: key, in: context)?.action, on: &self)
    }

    mutating func quit() -> [Effect] {
        isQuitting = true
        modal = nil
        return [.quit]
    }

    /// The actions every screen shares; the rest are the screen's own.
    mutating func perform(_ action: Action, key: Key) -> [Effect] {
        switch action {
        case .nextView: return show(ViewID(rawValue: (view.rawValue + 1) % ViewID.allCases.count)!)
        case .previousView:
            return show(ViewID(rawValue: (view.rawValue + ViewID.allCases.count - 1) % ViewID.allCases.count)!)
        case .selectViewByNumber:
            guard let digit = key.character?.wholeNumberValue, let target = ViewID(number: digit) else { return [] }
            return show(target)
        case .filter: return startFilter()
        case .command:
            input = InputLine(purpose: .command, field: TextField())
            return []
        case .help:
            modal = .help(HelpState(context: keyContext))
            return []
        case .quit: return requestQuit()
        case .reload: return reload()
        default: return page.perform(action, key: key, on: &self)
        }
    }
}

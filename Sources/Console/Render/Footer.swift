import TermUI

/// The footer row: the keys of this screen, most important first, and `?` and `q` always.
///
/// The bar cuts from the end when it is narrow; Help and Quit are the two keys an admin must be
/// able to find on any screen at 80 columns, so they are kept and the view's keys give way.
enum Footer {
    static func hints(for context: KeyContext, width: Int) -> [KeyHint] {
        let bindings = Keymap.footer(for: context)
        let pinned = bindings.filter { $0.action == .help || $0.action == .quit }.map(\.hint)
        var rest = bindings.filter { $0.action != .help && $0.action != .quit }.map(\.hint)
        let spacing = 2
        func needed(_ hints: [KeyHint]) -> Int {
            1 + hints.reduce(0) { $0 + $1.key.displayWidth + 1 + $1.action.displayWidth } + spacing * max(0, hints.count - 1)
        }
        while !rest.isEmpty, needed(rest + pinned) > width { rest.removeLast() }
        return rest + pinned
    }
}

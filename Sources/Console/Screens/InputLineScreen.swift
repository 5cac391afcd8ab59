import TermUI

/// The `/` filter or the `:` command line, typed in the status row; the screen under it stays.
struct InputLineScreen: Screen {
    var isCommand: Bool

    var keySections: [KeySection] { [isCommand ? Keymap.commandInput : Keymap.filterInput, Keymap.lineEditing] }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] { handle(key, action, on: &state) }

    /// Enter applies, Esc cancels, the rest edits (printable keys are text here).
    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect] { state.handleInput(key, action) }

    /// Draws the line into the status row; `:` lists what it understands on the right, so nobody
    /// has to guess a command.
    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard let input = state.input else { return }
        let commands = input.purpose == .command ? Command.listed.map { ":" + $0 }.joined(separator: " ") : ""
        let room = commands.isEmpty || rect.width - commands.displayWidth < 14 ? 0 : commands.displayWidth + 2
        let field = Rect(x: rect.x, y: rect.y, width: rect.width - room, height: rect.height)
        let list = Rect(x: rect.maxX - room, y: rect.y, width: room, height: rect.height)
        input.field.render(into: &buffer, in: field, prompt: input.prompt, style: palette.theme.text, theme: palette.theme)
        if room > 0 { buffer.put(commands, in: list.inset(left: 1, right: 1), style: palette.theme.muted) }
    }
}

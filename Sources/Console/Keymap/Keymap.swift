import TermUI

/// The key tables, as data.
public enum Keymap {
    /// Every section that applies in `context`, most specific first.
    public static func sections(for context: KeyContext) -> [KeySection] {
        context.screen.keySections
    }

    /// What the footer shows in `context`, most important first (the bar cuts from the end).
    public static func footer(for context: KeyContext) -> [KeyBinding] {
        sections(for: context).flatMap(\.bindings).filter(\.inFooter)
    }

    /// The binding `key` triggers in `context`, if any. Where keys are text, printable keys
    /// never match: they go to the field.
    public static func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
        if context.takesText, case .character = key { return nil }
        for section in sections(for: context) {
            if let binding = section.bindings.first(where: { $0.keys.contains(key) }) { return binding }
        }
        return nil
    }

    static let back = KeyBinding([.escape], "Back", .back)
}

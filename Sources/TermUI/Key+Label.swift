extension Key {
    /// A short human label for footers and help screens: "Enter", "Esc", "↑", "PgDn", "^C", "F5".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .ctrl(let c): "^" + c.uppercased()
        case .function(let n): "F\(n)"
        case .resize: "Resize"
        }
    }

    /// The label for terminals without a UTF-8 locale, where arrows cannot be shown:
    /// "Up", "Down", "Left", "Right"; other keys as ``label``.
    public func label(ascii: Bool) -> String {
        guard ascii else { return label }
        switch self {
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        default: return label
        }
    }

    /// Labels joined for keys that share an action, e.g. `["↑", "k"]` → "↑/k".
    public static func label(_ keys: [Key]) -> String {
        keys.map(\.label).joined(separator: "/")
    }
}

extension Key: CustomStringConvertible {
    public var description: String { label }
}

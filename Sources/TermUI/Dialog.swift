/// A modal box centred on the screen: a title, wrapped body text and a row of buttons.
///
/// ```
/// ╭─ Revoke token ───────────────────╮
/// │                                  │
/// │  Okta will stop provisioning.    │
/// │                                  │
/// │      [ Cancel ]  [ Revoke ]      │
/// ╰──────────────────────────────────╯
/// ```
public struct Dialog: Sendable {
    public var title: String
    /// Paragraphs; each is word-wrapped to the dialog width ("" for a blank line).
    public var body: [String]
    public var buttons: [String]
    /// The focused button, drawn in reverse video.
    public var selectedButton: Int
    /// Draws the border and title in the theme's danger style (confirmations of deletes).
    public var isDestructive: Bool
    public var border: BorderStyle
    /// The widest the text area may grow before body text wraps.
    public var maxTextWidth: Int
    public var theme: Theme

    public init(
        title: String, body: [String], buttons: [String] = ["OK"], selectedButton: Int = 0,
        isDestructive: Bool = false, border: BorderStyle = .rounded, maxTextWidth: Int = 56, theme: Theme = .color
    ) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.isDestructive = isDestructive
        self.border = border
        self.maxTextWidth = maxTextWidth
        self.theme = theme
    }

    /// Label of button `index` as drawn: "[ OK ]".
    func buttonLabel(_ index: Int) -> String { "[ \(buttons[index]) ]" }

    var buttonRowWidth: Int {
        buttons.indices.map { buttonLabel($0).displayWidth }.reduce(0, +) + 2 * max(0, buttons.count - 1)
    }
}

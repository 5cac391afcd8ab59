/// The styles widgets draw with, by role.
///
/// Every role stays distinguishable in ``monochrome``: selection is reverse video,
/// headers are bold and underlined, errors bold, so a `NO_COLOR` screen still reads.
/// The app decides which theme to use; the kit only makes both possible.
public struct Theme: Hashable, Sendable {
    /// Ordinary text.
    public var text: Style
    /// Secondary text: labels, hints, empty states.
    public var muted: Style
    /// Table header row.
    public var header: Style
    /// The selected row or item. Keep `reverse` in it: colour alone vanishes in monochrome.
    public var selection: Style
    /// Box and dialog borders.
    public var border: Style
    /// Box and dialog titles.
    public var title: Style
    public var tabActive: Style
    public var tabInactive: Style
    /// The key part of a key hint ("q").
    public var hintKey: Style
    /// The action part of a key hint ("Quit").
    public var hintLabel: Style
    /// The status line background and its message kinds.
    public var statusBar: Style
    public var statusInfo: Style
    public var statusSuccess: Style
    public var statusWarning: Style
    public var statusError: Style
    /// Something to draw the eye to: a live indicator, a highlighted value.
    public var accent: Style
    /// Destructive actions and their confirmation dialogs.
    public var danger: Style
    /// Sparkline bars.
    public var chart: Style
    /// The cell under a text field's cursor.
    public var cursor: Style

    public init(
        text: Style, muted: Style, header: Style, selection: Style, border: Style, title: Style,
        tabActive: Style, tabInactive: Style, hintKey: Style, hintLabel: Style,
        statusBar: Style, statusInfo: Style, statusSuccess: Style, statusWarning: Style, statusError: Style,
        accent: Style, danger: Style, chart: Style, cursor: Style
    ) {
        self.text = text
        self.muted = muted
        self.header = header
        self.selection = selection
        self.border = border
        self.title = title
        self.tabActive = tabActive
        self.tabInactive = tabInactive
        self.hintKey = hintKey
        self.hintLabel = hintLabel
        self.statusBar = statusBar
        self.statusInfo = statusInfo
        self.statusSuccess = statusSuccess
        self.statusWarning = statusWarning
        self.statusError = statusError
        self.accent = accent
        self.danger = danger
        self.chart = chart
        self.cursor = cursor
    }
}

extension Theme {
    /// The default colour theme. It needs only the 8 base colours (tmux's default
    /// `screen` TERM has no more), and sets no foreground without its background that
    /// would vanish on either a dark or a light terminal (no black, white or grey text).
    public static let color = Theme(
        text: .plain,
        muted: .dim,
        header: Style(foreground: .cyan, bold: true, underline: true),
        selection: Style(reverse: true),
        border: Style(foreground: .blue),
        title: .bold,
        tabActive: Style(foreground: .cyan, bold: true, reverse: true),
        tabInactive: .plain,
        hintKey: Style(foreground: .cyan, bold: true),
        hintLabel: .plain,
        statusBar: Style(foreground: .white, background: .blue),
        statusInfo: Style(foreground: .white, background: .blue, bold: true),
        statusSuccess: Style(foreground: .black, background: .green),
        statusWarning: Style(foreground: .black, background: .yellow, bold: true),
        statusError: Style(foreground: .white, background: .red, bold: true),
        accent: Style(foreground: .green, bold: true),
        danger: Style(foreground: .red, bold: true),
        chart: Style(foreground: .green),
        cursor: Style(reverse: true)
    )

    /// No colours at all; roles are told apart by bold, dim, underline and reverse.
    public static let monochrome = Theme(
        text: .plain,
        muted: .dim,
        header: Style(bold: true, underline: true),
        selection: Style(reverse: true),
        border: .plain,
        title: .bold,
        tabActive: Style(bold: true, reverse: true),
        tabInactive: .plain,
        hintKey: .bold,
        hintLabel: .plain,
        statusBar: .reverse,
        statusInfo: .reverse,
        statusSuccess: .reverse,
        statusWarning: Style(bold: true, reverse: true),
        statusError: Style(bold: true, reverse: true),
        accent: .bold,
        danger: Style(bold: true, underline: true),
        chart: .plain,
        cursor: .reverse
    )

    /// This theme with every colour removed (attributes kept).
    public var withoutColors: Theme {
        Theme(
            text: text.monochrome, muted: muted.monochrome, header: header.monochrome,
            selection: selection.monochrome, border: border.monochrome, title: title.monochrome,
            tabActive: tabActive.monochrome, tabInactive: tabInactive.monochrome,
            hintKey: hintKey.monochrome, hintLabel: hintLabel.monochrome,
            statusBar: statusBar.monochrome, statusInfo: statusInfo.monochrome,
            statusSuccess: statusSuccess.monochrome, statusWarning: statusWarning.monochrome,
            statusError: statusError.monochrome, accent: accent.monochrome, danger: danger.monochrome,
            chart: chart.monochrome, cursor: cursor.monochrome
        )
    }
}

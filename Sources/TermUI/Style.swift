/// How a cell is drawn: colours and attributes.
///
/// `nil` colours mean "not set", so styles can be layered with ``merged(over:)``;
/// a terminal treats `nil` like ``Color/default``.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: Color? = nil,
        background: Color? = nil,
        bold: Bool = false,
        dim: Bool = false,
        underline: Bool = false,
        reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// No colours, no attributes.
    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let underline = Style(underline: true)
    public static let reverse = Style(reverse: true)

    /// Shorthand for a foreground-only style.
    public static func fg(_ color: Color) -> Style { Style(foreground: color) }

    /// This style with its colours removed; attributes stay, which is why widgets
    /// mark selection with `reverse` rather than a background colour.
    public var monochrome: Style {
        var copy = self
        copy.foreground = nil
        copy.background = nil
        return copy
    }

    /// This style on top of `base`: colours set here win, attributes are combined.
    public func merged(over base: Style) -> Style {
        Style(
            foreground: foreground ?? base.foreground,
            background: background ?? base.background,
            bold: bold || base.bold,
            dim: dim || base.dim,
            underline: underline || base.underline,
            reverse: reverse || base.reverse
        )
    }

    /// A copy with some attributes switched on.
    public func with(bold: Bool? = nil, dim: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil) -> Style {
        var copy = self
        if let bold { copy.bold = bold }
        if let dim { copy.dim = dim }
        if let underline { copy.underline = underline }
        if let reverse { copy.reverse = reverse }
        return copy
    }
}

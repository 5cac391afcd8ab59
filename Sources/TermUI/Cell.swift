/// One terminal column: a grapheme cluster and its style.
///
/// A wide grapheme (CJK, most emoji) occupies its cell and the next one; the next one
/// is then a *continuation* cell that carries no text of its own, so exporters and the
/// painter know to skip it.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in this column (a space for blank cells).
    public var grapheme: Character
    public var style: Style
    /// `true` for the right half of a wide grapheme that starts in the cell to the left.
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A blank cell, optionally with a (background) style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

    /// The columns this cell's grapheme takes (0 for continuation cells).
    public var width: Int { isContinuation ? 0 : grapheme.displayWidth }
}

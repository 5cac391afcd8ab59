/// Scroll arithmetic shared by the list-like widgets.
public enum Scrolling {
    /// The first visible row so that `selected` is on screen, moving as little as
    /// possible from `current` (so the view does not jump while the selection walks
    /// inside it) and never scrolling past the end (no blank tail while rows remain).
    ///
    /// Widgets are stateless, so the app stores the returned value and passes it back
    /// as `current` next time; a stale value is harmless because it is corrected here.
    public static func offset(selected: Int?, current: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > visibleRows else { return 0 }
        var offset = min(max(0, current), rowCount - visibleRows)
        if let selected {
            let selected = min(max(0, selected), rowCount - 1)
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        return offset
    }

    /// Moves a selection by `delta` rows (e.g. ±1 for arrows, ±page for PgUp/PgDn),
    /// clamped to the rows; `nil` when there are no rows.
    public static func move(_ selected: Int?, by delta: Int, rowCount: Int) -> Int? {
        guard rowCount > 0 else { return nil }
        return min(max(0, (selected ?? 0) + delta), rowCount - 1)
    }
}

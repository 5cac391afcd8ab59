import TermUI

/// A cursor movement in a list or a scrolling detail pane.
public enum Movement: Sendable, Hashable {
    case up, down, top, bottom, pageUp, pageDown

    /// The row this movement lands on from `current`, clamped to `count` rows.
    func target(from current: Int, count: Int, page: Int) -> Int {
        let page = max(1, page)
        let raw =
            switch self {
            case .up: current - 1
            case .down: current + 1
            case .top: 0
            case .bottom: count - 1
            case .pageUp: current - page
            case .pageDown: current + page
            }
        return min(max(0, raw), max(0, count - 1))
    }
}

/// The selected row of a list and the first row shown.
///
/// Kept in the state (widgets are stateless) and corrected after every change with the same
/// arithmetic the table uses to draw, so what `update` believes is visible is what is drawn.
struct ListSelection: Sendable, Hashable {
    /// `nil` when the list is empty.
    var index: Int?
    var scrollOffset: Int

    init(index: Int? = nil, scrollOffset: Int = 0) {
        self.index = index
        self.scrollOffset = scrollOffset
    }

    /// Keeps the selection inside `count` rows (the first row once rows appear).
    mutating func clamp(count: Int, visibleRows: Int) {
        guard count > 0 else {
            index = nil
            scrollOffset = 0
            return
        }
        index = min(max(0, index ?? 0), count - 1)
        scrollOffset = Scrolling.offset(selected: index, current: scrollOffset, visibleRows: visibleRows, rowCount: count)
    }

    mutating func move(_ movement: Movement, count: Int, visibleRows: Int) {
        guard count > 0 else { return clamp(count: 0, visibleRows: visibleRows) }
        index = movement.target(from: index ?? 0, count: count, page: visibleRows)
        clamp(count: count, visibleRows: visibleRows)
    }

    mutating func select(_ row: Int, count: Int, visibleRows: Int) {
        index = row
        clamp(count: count, visibleRows: visibleRows)
    }
}

/// The first line shown of a scrolling text pane (details, help).
struct ScrollPosition: Sendable, Hashable {
    var offset = 0

    mutating func move(_ movement: Movement, lineCount: Int, visibleRows: Int) {
        let last = max(0, lineCount - visibleRows)
        offset =
            switch movement {
            case .up: offset - 1
            case .down: offset + 1
            case .top: 0
            case .bottom: last
            case .pageUp: offset - max(1, visibleRows - 1)
            case .pageDown: offset + max(1, visibleRows - 1)
            }
        offset = min(max(0, offset), last)
    }
}

import TermUI

/// Where each part of the screen goes. Shared by `render` and `update` so that paging and
/// scrolling in `update` agree with what is drawn.
///
/// ```
/// row 0        top bar: ScimDesk · listener · req/s · errors · token warnings
/// row 1        tabs 1–7
/// row 2        breadcrumb and view info
/// rows 3…h-3   content
/// row h-2      status line, or the / and : input
/// row h-1      keys that work here
/// ```
struct ScreenLayout {
    static let minimumWidth = 80
    static let minimumHeight = 24

    let bounds: Rect
    let topBar: Rect
    let tabs: Rect
    let title: Rect
    let content: Rect
    let status: Rect
    let footer: Rect

    init(width: Int, height: Int) {
        bounds = Rect(x: 0, y: 0, width: width, height: height)
        let rows = bounds.splitRows([.fixed(1), .fixed(1), .fixed(1), .fill, .fixed(1), .fixed(1)])
        topBar = rows[0]
        tabs = rows[1]
        title = rows[2]
        content = rows[3]
        status = rows[4]
        footer = rows[5]
    }

    var isTooSmall: Bool { bounds.width < Self.minimumWidth || bounds.height < Self.minimumHeight }
}

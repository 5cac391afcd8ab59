import TermUI
import Testing

/// A whole console-like screen built from the kit, as the Console module will build them.
@Suite struct ScreenCompositionTests {
    func usersScreen(width: Int, height: Int, theme: Theme) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        let rows = buffer.bounds.splitRows([.fixed(1), .fixed(1), .fill, .fixed(1), .fixed(1)])
        Tabs(titles: ["IdPs", "Users", "Groups", "Traffic", "Audit", "Admins"], activeIndex: 1, theme: theme)
            .render(into: &buffer, in: rows[0])
        let split = rows[2].splitColumns([.fill, .fixed(20)], spacing: 1)
        var table = Fixtures.usersTable(selected: 1, theme: theme)
        table.emptyMessage = "No users"
        table.render(into: &buffer, in: split[0])
        let box = Box(title: "Requests/min", theme: theme)
        box.render(into: &buffer, in: split[1].divided(atTop: 3).top)
        Sparkline(values: [1, 3, 2, 8, 5, 13, 21, 8, 3, 1, 0, 2, 4, 6, 9, 12, 7, 5], theme: theme)
            .render(into: &buffer, in: box.contentRect(for: split[1].divided(atTop: 3).top))
        StatusLine(message: "5 users · filter: none", trailing: "listening :8443", theme: theme).render(into: &buffer, in: rows[3])
        KeyHintBar(
            hints: [
                KeyHint(.enter, "Open"), KeyHint("/", "Filter"), KeyHint("d", "Deactivate"), KeyHint("?", "Help"), KeyHint("q", "Quit"),
            ], theme: theme
        )
        .render(into: &buffer, in: rows[4])
        return buffer
    }

    @Test func usersScreenGolden() {
        assertScreen(usersScreen(width: 100, height: 12, theme: .color).text(), named: "screen-users-100")
    }

    @Test func monochromeScreenReadsTheSame() {
        let color = usersScreen(width: 100, height: 12, theme: .color)
        let mono = usersScreen(width: 100, height: 12, theme: .monochrome)
        #expect(color.text() == mono.text())
        #expect(color.strippingColors().cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        // The selected row is still marked without colour.
        #expect(mono[0, 4].style.reverse)
    }
}

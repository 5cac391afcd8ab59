import TermUI
import Testing

@Suite struct WidgetTests {
    @Test func tabsNumberedWithActiveHighlighted() {
        let tabs = Tabs(
            titles: ["Identity Providers", "Users", "Groups", "Traffic", "Audit", "Admins"], activeIndex: 1, theme: .monochrome)
        var buffer = ScreenBuffer(width: 80, height: 1)
        tabs.render(into: &buffer, in: buffer.bounds)
        #expect(buffer.text() == " 1 Identity Providers  2 Users  3 Groups  4 Traffic  5 Audit  6 Admins")
        #expect(buffer[24, 0].style.reverse)  // "U" of Users
        #expect(!buffer[2, 0].style.reverse)
        var narrow = ScreenBuffer(width: 30, height: 1)
        tabs.render(into: &narrow, in: narrow.bounds)
        #expect(narrow.text() == " 1  2 Users  3  4  5  6")
    }

    @Test func listViewSelectsAndScrolls() {
        let list = ListView(items: (1...10).map { ListItem("item \($0)") }, selectedIndex: 7, theme: .monochrome)
        var buffer = ScreenBuffer(width: 12, height: 4)
        list.render(into: &buffer, in: buffer.bounds)
        #expect(buffer.text() == " item 5\n item 6\n item 7\n item 8")
        #expect(buffer[0, 3].style.reverse && buffer[11, 3].style.reverse)
        #expect(list.scrollOffset(in: buffer.bounds) == 4)
    }

    @Test func keyValueListAlignsValues() {
        let list = KeyValueList(
            rows: [
                KeyValueRow("Name", "Okta production"),
                KeyValueRow("SCIM base URL", "https://scim.example.com/scim/v2"),
                KeyValueRow("Token", "revoked", valueStyle: .bold),
            ],
            focusedIndex: 2,
            theme: .monochrome
        )
        var buffer = ScreenBuffer(width: 60, height: 3)
        list.render(into: &buffer, in: buffer.bounds)
        assertScreen(buffer.text(), named: "key-value-list")
        #expect(buffer[20, 2].style.reverse)
        #expect(list.valueRect(line: 0, in: buffer.bounds).x == 16)
    }

    @Test func statusLineDropsTrailingTextBeforeTheMessage() {
        var buffer = ScreenBuffer(width: 40, height: 1)
        StatusLine(message: "Token copied", kind: .success, trailing: "listening :8443", theme: .monochrome)
            .render(into: &buffer, in: buffer.bounds)
        #expect(buffer.text() == " Token copied           listening :8443")
        var narrow = ScreenBuffer(width: 20, height: 1)
        StatusLine(message: "Token copied", kind: .error, trailing: "listening :8443", theme: .monochrome)
            .render(into: &narrow, in: narrow.bounds)
        #expect(narrow.text() == " Token copied")
        #expect(narrow[1, 0].style.bold)
    }

    @Test func sparklineScalesToMaximum() {
        #expect(Sparkline.bars([0, 1, 2, 3, 4, 5, 6, 7, 8], width: 9) == "▁▂▃▄▅▆▇██")
        #expect(Sparkline.bars([0, 0, 0], width: 3) == "▁▁▁")
        #expect(Sparkline.bars([1, 2, 3, 4], width: 2) == "▇█")
        #expect(Sparkline.bars([5, .nan, -1, 100], width: 4, maximum: 10) == "▅▁▁█")
        var buffer = ScreenBuffer(width: 6, height: 1)
        Sparkline(values: [1, 2], theme: .monochrome).render(into: &buffer, in: buffer.bounds)
        #expect(buffer.text() == "    ▅█")
    }

    @Test func boxWithTitle() {
        var buffer = ScreenBuffer(width: 20, height: 4)
        Box(title: "Users", theme: .monochrome).render(into: &buffer, in: buffer.bounds)
        #expect(buffer.text() == "╭─ Users ──────────╮\n│                  │\n│                  │\n╰──────────────────╯")
        var ascii = ScreenBuffer(width: 12, height: 3)
        Box(title: "A very long title", border: .ascii, theme: .monochrome).render(into: &ascii, in: ascii.bounds)
        #expect(ascii.text() == "+- A ver… -+\n|          |\n+----------+")
    }

    @Test func monochromeThemeHasNoColors() {
        let styles = Mirror(reflecting: Theme.monochrome).children.compactMap { $0.value as? Style }
        #expect(styles.count == 19)
        #expect(styles.allSatisfy { $0.foreground == nil && $0.background == nil })
        #expect(Theme.color.withoutColors.selection.reverse)
        #expect(Theme.color.selection.reverse)
    }
}

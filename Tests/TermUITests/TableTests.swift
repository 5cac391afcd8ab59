import TermUI
import Testing

@Suite struct TableScrollTests {
    @Test func selectionInsideTheViewDoesNotScroll() {
        #expect(Table.scrollOffset(selected: 5, current: 3, visibleRows: 10, rowCount: 100) == 3)
    }

    @Test func selectionBelowScrollsJustEnough() {
        #expect(Table.scrollOffset(selected: 15, current: 0, visibleRows: 10, rowCount: 100) == 6)
    }

    @Test func selectionAboveScrollsToIt() {
        #expect(Table.scrollOffset(selected: 2, current: 10, visibleRows: 10, rowCount: 100) == 2)
    }

    @Test func neverScrollsPastTheEnd() {
        #expect(Table.scrollOffset(selected: 99, current: 0, visibleRows: 10, rowCount: 100) == 90)
        #expect(Table.scrollOffset(selected: 5, current: 95, visibleRows: 10, rowCount: 100) == 5)
        #expect(Table.scrollOffset(selected: nil, current: 95, visibleRows: 10, rowCount: 100) == 90)
    }

    @Test func degenerateCases() {
        #expect(Table.scrollOffset(selected: 3, current: 7, visibleRows: 10, rowCount: 5) == 0)
        #expect(Table.scrollOffset(selected: 3, current: 7, visibleRows: 0, rowCount: 5) == 0)
        #expect(Table.scrollOffset(selected: 50, current: 0, visibleRows: 10, rowCount: 20) == 10)
        #expect(Table.scrollOffset(selected: -4, current: 3, visibleRows: 10, rowCount: 20) == 0)
    }

    @Test func moveClampsToRows() {
        #expect(Scrolling.move(nil, by: 1, rowCount: 0) == nil)
        #expect(Scrolling.move(nil, by: 1, rowCount: 5) == 1)
        #expect(Scrolling.move(4, by: 10, rowCount: 5) == 4)
        #expect(Scrolling.move(1, by: -10, rowCount: 5) == 0)
    }

    @Test func tableOffsetUsesRowsBelowTheHeader() {
        var table = Fixtures.usersTable(selected: 4)
        table.rows += table.rows
        #expect(table.scrollOffset(in: Rect(x: 0, y: 0, width: 80, height: 4)) == 2)
    }
}

@Suite struct TableLayoutTests {
    @Test func flexibleColumnsShareTheRest() {
        let columns = [
            TableColumn("a", width: .fixed(10)), TableColumn("b", width: .flexible(weight: 1, min: 4)),
            TableColumn("c", width: .flexible(weight: 3, min: 4)),
        ]
        #expect(Table.columnWidths(columns, totalWidth: 50, spacing: 2) == [10, 11, 25])
    }

    @Test func lowestPriorityColumnsHideFirstWhenNarrow() {
        let widths120 = Table.columnWidths(Fixtures.userColumns, totalWidth: 120, spacing: 2)
        #expect(widths120.allSatisfy { $0 > 0 })
        #expect(widths120.reduce(0, +) + 2 * 5 == 120)
        let widths80 = Table.columnWidths(Fixtures.userColumns, totalWidth: 80, spacing: 2)
        #expect(widths80.reduce(0, +) + 2 * (widths80.filter { $0 > 0 }.count - 1) == 80)
        let widths50 = Table.columnWidths(Fixtures.userColumns, totalWidth: 50, spacing: 2)
        #expect(widths50[5] == 0)  // "Last sync" goes first
        #expect(widths50[4] == 0)  // then "Groups"
        #expect(widths50[0] > 0)  // the identifying column stays
    }

    @Test func aSingleTooWideColumnIsClipped() {
        #expect(Table.columnWidths([TableColumn("a", width: .fixed(30))], totalWidth: 10) == [10])
    }
}

@Suite struct TableRenderTests {
    func render(_ table: Table, width: Int, height: Int = 9) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        table.render(into: &buffer, in: buffer.bounds)
        return buffer
    }

    @Test func goldenAt120Columns() {
        assertScreen(render(Fixtures.usersTable(), width: 120).text(), named: "table-users-120")
    }

    @Test func goldenAt80Columns() {
        assertScreen(render(Fixtures.usersTable(), width: 80).text(), named: "table-users-80")
    }

    @Test func selectedRowIsReverseVideoAcrossTheWidth() {
        let buffer = render(Fixtures.usersTable(selected: 1), width: 80)
        #expect((0..<80).allSatisfy { buffer[$0, 2].style.reverse })
        #expect(!buffer[0, 1].style.reverse)
        #expect(!buffer[0, 3].style.reverse)
    }

    @Test func headerIsBoldAndUnderlined() {
        let buffer = render(Fixtures.usersTable(), width: 80)
        #expect(buffer[0, 0].style.bold && buffer[0, 0].style.underline)
    }

    @Test func emptyStateIsCentred() {
        let table = Table(columns: Fixtures.userColumns, rows: [], emptyMessage: "No users provisioned yet", theme: .monochrome)
        let buffer = render(table, width: 60, height: 7)
        #expect(buffer.line(4) == String(repeating: " ", count: 18) + "No users provisioned yet")
    }

    @Test func scrolledTableShowsTheSelection() {
        var table = Fixtures.usersTable(selected: 4)
        table.rows = (0..<30).map { ["user\($0)", "User \($0)", "okta", "active", "\($0)", "-"] }
        table.selectedRow = 20
        let buffer = render(table, width: 80, height: 6)
        #expect(buffer.line(5).hasPrefix("user20"))
        #expect(buffer.line(1).hasPrefix("user16"))
    }
}

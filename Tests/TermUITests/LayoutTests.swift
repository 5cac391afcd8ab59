import TermUI
import Testing

@Suite struct LayoutTests {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    @Test func splitRowsFixedAndFlexible() {
        let rows = screen.splitRows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        #expect(rows.map(\.height) == [1, 21, 1, 1])
        #expect(rows.map(\.y) == [0, 1, 22, 23])
    }

    @Test func splitColumnsByWeightWithSpacing() {
        let columns = screen.splitColumns([.flexible(1), .flexible(2), .fixed(10)], spacing: 1)
        #expect(columns.map(\.width) == [23, 45, 10])
        #expect(columns.map(\.x) == [0, 24, 70])
        #expect(columns.last!.maxX == 80)
    }

    @Test func leftoverCellsGoToEarliestFlexibleSlots() {
        #expect(Length.distribute(10, sizes: [.fill, .fill, .fill]) == [4, 3, 3])
        #expect(Length.distribute(5, sizes: [.fixed(4), .fixed(4), .fill]) == [4, 1, 0])
    }

    @Test func insetAndCentered() {
        #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(screen.inset(top: 1, bottom: 2) == Rect(x: 0, y: 1, width: 80, height: 21))
        #expect(screen.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(screen.centered(width: 100, height: 30) == screen)
        #expect(Rect(x: 0, y: 0, width: 2, height: 2).inset(by: 3).isEmpty)
    }

    @Test func dividedAndRows() {
        let (top, rest) = screen.divided(atTop: 2)
        #expect(top.height == 2 && rest.y == 2 && rest.height == 22)
        let (body, bottom) = screen.divided(atBottom: 1)
        #expect(body.height == 23 && bottom.y == 23)
        #expect(screen.row(3) == Rect(x: 0, y: 3, width: 80, height: 1))
        #expect(screen.row(30).isEmpty)
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
    }
}

import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

/// Colour is a bonus: the monochrome screen says the same and still marks what matters.
@Suite struct StyleTests {
    func buffer(_ state: AppState, _ theme: Theme) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        render(state, into: &buffer, theme: theme)
        return buffer
    }

    /// The cell where `text` starts on row `y`.
    func column(of text: String, in buffer: ScreenBuffer, row y: Int) -> Int? {
        var line = ""
        var columns: [Int] = []
        for x in 0..<buffer.width where !buffer[x, y].isContinuation {
            line.append(buffer[x, y].grapheme)
            columns.append(x)
        }
        guard let range = line.range(of: text) else { return nil }
        return columns[line.distance(from: line.startIndex, to: range.lowerBound)]
    }

    @Test func monochromeReadsTheSameWithoutColour() {
        var state = AppState.loaded()
        state.press(.c("5"))
        let color = buffer(state, .color)
        let mono = buffer(state, .monochrome)
        #expect(color.text() == mono.text())
        #expect(mono.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }

    @Test func statusClassesAreColouredAndErrorsBoldWithoutColour() throws {
        var state = AppState.loaded()
        state.press(.c("5"))
        let color = buffer(state, .color)
        let mono = buffer(state, .monochrome)
        // Rows: 4 = 200 (selected), 6 = 500, 8 = 401; the Status column is right-aligned.
        let x500 = try #require(column(of: "500", in: color, row: 6))
        let x401 = try #require(column(of: "401", in: color, row: 8))
        let x204 = try #require(column(of: "204", in: color, row: 7))
        #expect(color[x500, 6].style.foreground == .red)
        #expect(color[x401, 8].style.foreground == .yellow)
        #expect(color[x204, 7].style.foreground == .green)
        #expect(mono[x500, 6].style.bold)
        #expect(mono[x401, 8].style.bold)
        #expect(!mono[x204, 7].style.bold)
        // The selected row is reverse video in both.
        #expect(mono[2, 4].style.reverse && color[2, 4].style.reverse)
    }

    @Test func wideCharactersKeepColumnsAligned() throws {
        var state = AppState.loaded(width: 120, height: 40)
        state.press(.c("3"))
        let screen = buffer(state, .color)
        // Row 4 is ASCII, row 7 has CJK (display name, department, division), row 8 an emoji:
        // the columns after them start at the same cell.
        let departments = try [(4, "Engineering"), (7, "営業部"), (8, "Automation")].map { row, text in
            try #require(column(of: text, in: screen, row: row))
        }
        let checks = try [4, 7, 8].map { try #require(column(of: "✓", in: screen, row: $0)) }
        #expect(Set(departments).count == 1)
        #expect(Set(checks).count == 1)
    }

    @Test func warningsAreHighlighted() throws {
        var state = AppState.loaded()
        state.press(.c("2"))
        let color = buffer(state, .color)
        let x = try #require(column(of: "expires in 12 days", in: color, row: 4))
        #expect(color[x, 4].style.foreground == .yellow || color[x, 4].style.reverse)
        let top = try #require(column(of: "⚠ Entra", in: color, row: 0))
        #expect(color[top, 0].style == Theme.color.statusWarning)
    }
}

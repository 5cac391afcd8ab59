import TermUI
import Testing

@Suite struct ScreenBufferTests {
    @Test func putReturnsColumnsUsedAndClipsAtEdge() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.put("abc", x: 0, y: 0) == 3)
        #expect(buffer.put("wxyz", x: 3, y: 0) == 2)
        #expect(buffer.text() == "abcwx")
    }

    @Test func putClipsAtMaxWidth() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        #expect(buffer.put("abcdef", x: 1, y: 0, maxWidth: 3) == 3)
        #expect(buffer.text() == " abc")
    }

    @Test func wideCharacterTakesTwoCells() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.put("日本", x: 0, y: 0) == 4)
        #expect(buffer[0, 0].grapheme == "日")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].grapheme == "本")
        #expect(buffer.text() == "日本")
    }

    @Test func wideCharacterAtTheEdgeLeavesABlank() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.put("xxxxx", x: 0, y: 0)
        // "ab" + 日 (2) fits in 4 of 5 columns; 本 would need columns 4-5.
        #expect(buffer.put("ab日本", x: 0, y: 0) == 5)
        #expect(buffer[4, 0].grapheme == " ")
        #expect(!buffer[4, 0].isContinuation)
        #expect(buffer.text() == "ab日")
    }

    @Test func wideCharacterAtMaxWidthLeavesABlank() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        #expect(buffer.put("a日", x: 0, y: 0, maxWidth: 2) == 2)
        #expect(buffer.text() == "a")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("日本語", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)  // right half of 日
        #expect(buffer.text() == " x本語")
        buffer.put("y", x: 2, y: 0)  // left half of 本
        #expect(buffer.text() == " xy 語")
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func textSkipsContinuationsAndTrimsTrailingSpaces() {
        var buffer = ScreenBuffer(width: 8, height: 3)
        buffer.put("👩‍💻 dev", x: 0, y: 0)
        buffer.put("  x  ", x: 0, y: 2)
        #expect(buffer.text() == "👩‍💻 dev\n\n  x")
        #expect(buffer.line(0) == "👩‍💻 dev")
    }

    @Test func controlCharactersAreMadeVisibleAndZeroWidthSkipped() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        buffer.put("a\u{7}b\u{200B}c", x: 0, y: 0)
        #expect(buffer.text() == "a\u{FFFD}bc")
    }

    @Test func outOfBoundsIsIgnored() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        #expect(buffer.put("abc", x: 0, y: 5) == 0)
        #expect(buffer.put("abc", x: 9, y: 0) == 0)
        #expect(buffer.put("abcd", x: -1, y: 0) == 3)
        #expect(buffer.text() == "bcd")
        #expect(buffer[7, 7] == Cell.blank())
    }

    @Test func subscriptKeepsWideCharactersWhole() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer[2, 0] = Cell("日")
        #expect(buffer[2, 0].grapheme == " ")  // does not fit in the last column
        buffer[0, 0] = Cell("日")
        #expect(buffer[1, 0].isContinuation)
        buffer[1, 0] = Cell("x")
        #expect(buffer.text() == " x")
    }

    @Test func fillAndRestyle() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.put("abcd", x: 0, y: 0)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: .reverse)
        #expect(buffer.text() == "a  d\n")
        #expect(buffer[1, 0].style.reverse)
        buffer.put("wxyz", x: 0, y: 1)
        buffer.restyle(buffer.bounds.row(1)) { $0.with(bold: true) }
        #expect(buffer[2, 1].style.bold && buffer[2, 1].grapheme == "y")
    }

    @Test func putInRectAlignsAndTruncates() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("abc", in: Rect(x: 0, y: 0, width: 10, height: 1), alignment: .right)
        #expect(buffer.text() == "       abc")
        buffer.clear()
        buffer.put("abcdefghijkl", in: Rect(x: 2, y: 0, width: 5, height: 1))
        #expect(buffer.text() == "  abcd…")
    }

    @Test func strippingColorsKeepsAttributes() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.put("abc", x: 0, y: 0, style: Style(foreground: .red, background: .blue, bold: true, reverse: true))
        let mono = buffer.strippingColors()
        #expect(mono[0, 0].style == Style(bold: true, reverse: true))
        #expect(mono.text() == buffer.text())
    }
}

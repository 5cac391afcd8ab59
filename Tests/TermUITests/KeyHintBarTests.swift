import TermUI
import Testing

@Suite struct KeyHintBarTests {
    let bar = KeyHintBar(
        hints: [
            KeyHint(.enter, "Open"), KeyHint("/", "Filter"), KeyHint("g", "Generate token"),
            KeyHint("r", "Revoke"), KeyHint("?", "Help"), KeyHint("q", "Quit"),
        ],
        theme: .monochrome
    )

    @Test func allHintsWhenWide() {
        var buffer = ScreenBuffer(width: 80, height: 1)
        bar.render(into: &buffer, in: buffer.bounds)
        #expect(buffer.text() == " Enter Open  / Filter  g Generate token  r Revoke  ? Help  q Quit")
    }

    @Test func hintsDropFromTheEndWhenNarrow() {
        #expect(bar.visibleHints(forWidth: 80).count == 6)
        #expect(bar.visibleHints(forWidth: 40).map(\.key) == ["Enter", "/", "g"])
        #expect(bar.visibleHints(forWidth: 21).map(\.key) == ["Enter", "/"])
        #expect(bar.visibleHints(forWidth: 5).isEmpty)
        var buffer = ScreenBuffer(width: 40, height: 1)
        bar.render(into: &buffer, in: buffer.bounds)
        #expect(buffer.text() == " Enter Open  / Filter  g Generate token")
    }

    @Test func keysAreStyledApartFromActions() {
        var buffer = ScreenBuffer(width: 80, height: 1)
        bar.render(into: &buffer, in: buffer.bounds)
        #expect(buffer[1, 0].style.bold)  // "E" of Enter
        #expect(!buffer[7, 0].style.bold)  // "O" of Open
    }
}

import TermUI
import Testing

@Suite struct KeyTests {
    @Test func labels() {
        #expect(Key.enter.label == "Enter")
        #expect(Key.escape.label == "Esc")
        #expect(Key.up.label == "↑")
        #expect(Key.pageDown.label == "PgDn")
        #expect(Key.ctrl("c").label == "^C")
        #expect(Key.function(5).label == "F5")
        #expect(Key.character("/").label == "/")
        #expect(Key.character(" ").label == "Space")
        #expect(Key.backTab.label == "S-Tab")
        #expect(Key.label([.up, .character("k")]) == "↑/k")
        #expect(Key.up.label(ascii: true) == "Up")
        #expect(Key.enter.label(ascii: true) == "Enter")
    }

    @Test func controlCodes() {
        #expect(Key(controlCode: 3) == .ctrl("c"))
        #expect(Key(controlCode: 21) == .ctrl("u"))
        #expect(Key(controlCode: 9) == .tab)
        #expect(Key(controlCode: 13) == .enter)
        #expect(Key(controlCode: 10) == .enter)
        #expect(Key(controlCode: 27) == .escape)
        #expect(Key(controlCode: 127) == .backspace)
        #expect(Key(controlCode: 8) == .backspace)
        #expect(Key(controlCode: 65) == nil)
        #expect(Key.control("C") == .ctrl("c"))
    }

    @Test func clipboardSequence() {
        #expect(OSC52.base64(Array("".utf8)) == "")
        #expect(OSC52.base64(Array("f".utf8)) == "Zg==")
        #expect(OSC52.base64(Array("fo".utf8)) == "Zm8=")
        #expect(OSC52.base64(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(OSC52.base64(Array("日本".utf8)) == "5pel5pys")
        #expect(OSC52.sequence(copying: "hi") == "\u{1B}]52;c;aGk=\u{07}")
    }
}

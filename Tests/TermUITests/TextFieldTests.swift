import TermUI
import Testing

@Suite struct TextFieldTests {
    @Test func typingAndCursorMovement() {
        var field = TextField()
        for c in "helo" {
            let handled = field.handle(.character(c))
            #expect(handled)
        }
        field.moveLeft()
        field.insert("l")
        #expect(field.text == "hello")
        #expect(field.cursor == 4)
        field.moveHome()
        field.deleteForward()
        #expect(field.text == "ello")
        field.moveEnd()
        field.backspace()
        #expect(field.text == "ell")
        #expect(field.cursor == 3)
    }

    @Test func boundariesAreSafe() {
        var field = TextField("ab", cursor: 0)
        field.backspace()
        field.moveLeft()
        #expect(field.text == "ab" && field.cursor == 0)
        field.moveEnd()
        field.deleteForward()
        field.moveRight()
        #expect(field.text == "ab" && field.cursor == 2)
    }

    @Test func controlEditing() {
        var field = TextField("userName eq alice", cursor: 11)
        let clearedStart = field.handle(.ctrl("u"))
        #expect(clearedStart && field.text == " alice" && field.cursor == 0)
        field = TextField("userName eq alice")
        let deletedWord = field.handle(.ctrl("w"))
        #expect(deletedWord && field.text == "userName eq ")
        field.moveHome()
        let clearedEnd = field.handle(.ctrl("k"))
        #expect(clearedEnd && field.isEmpty)
    }

    @Test func graphemesAreEditedWhole() {
        var field = TextField("日本👩‍💻")
        field.backspace()
        #expect(field.text == "日本")
        field.moveLeft()
        field.insert("x")
        #expect(field.text == "日x本")
    }

    @Test func unhandledKeysAreLeftToTheApp() {
        var field = TextField("a")
        let handled = [Key.enter, .escape, .up, .tab].map { field.handle($0) }
        #expect(handled == [false, false, false, false])
        #expect(field.text == "a")
    }

    @Test func controlCharactersAreNotInserted() {
        var field = TextField()
        field.insert("a\u{7}b\nc")
        #expect(field.text == "abc")
    }

    @Test func renderScrollsToKeepCursorVisible() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let field = TextField("abcdefghijklmnop")
        field.render(into: &buffer, in: buffer.bounds, prompt: "/", theme: .monochrome)
        #expect(buffer.text() == "/ijklmnop")
        #expect(buffer[9, 0].style.reverse)  // the cursor after the last character
        let start = TextField("abcdefghijklmnop", cursor: 0)
        start.render(into: &buffer, in: buffer.bounds, prompt: "/", theme: .monochrome)
        #expect(buffer.text() == "/abcdefghi")
        #expect(buffer[1, 0].style.reverse)
        #expect(!buffer[2, 0].style.reverse)
    }
}

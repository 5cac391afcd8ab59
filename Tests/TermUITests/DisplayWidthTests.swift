import TermUI
import Testing

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect("hello".displayWidth == 5)
        #expect("".displayWidth == 0)
        #expect(Character(" ").displayWidth == 1)
    }

    @Test func cjkIsTwoColumns() {
        #expect("日本語".displayWidth == 6)
        #expect(Character("日").displayWidth == 2)
        #expect("한국어".displayWidth == 6)
        #expect("ｶﾀｶﾅ".displayWidth == 4)  // halfwidth katakana
        #expect("Ａ".displayWidth == 2)  // fullwidth Latin
    }

    @Test func emojiAreTwoColumns() {
        #expect("😀".displayWidth == 2)
        #expect("👩‍💻".displayWidth == 2)  // ZWJ sequence: one grapheme
        #expect("👨‍👩‍👧‍👦".displayWidth == 2)
        #expect("🇯🇵".displayWidth == 2)  // flag: two regional indicators
        #expect("❤️".displayWidth == 2)  // text character + VS16
        #expect("❤".displayWidth == 1)  // without VS16 it stays text
        #expect("1️⃣".displayWidth == 2)  // keycap
        #expect("👍🏽".displayWidth == 2)  // skin tone
        #expect("🫠".displayWidth == 2)
    }

    @Test func combiningMarksAddNothing() {
        let decomposed = "e\u{0301}"
        #expect(decomposed.count == 1)
        #expect(decomposed.displayWidth == 1)
        #expect("Zoe\u{0308}".displayWidth == 3)
        #expect(Unicode.Scalar(0x0301)!.displayWidth == 0)
    }

    @Test func controlAndZeroWidthCharactersAreZero() {
        #expect("\u{200B}".displayWidth == 0)
        #expect("\u{7}".displayWidth == 0)
        #expect("\t".displayWidth == 0)
        #expect("\r\n".displayWidth == 0)
    }

    @Test func mixedText() {
        #expect("田中 太郎 (tanaka)".displayWidth == 18)
        #expect("ok ✅".displayWidth == 5)
    }
}

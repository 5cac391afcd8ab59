import TermUI
import Testing

@Suite struct TruncationTests {
    @Test func shortTextIsUntouched() {
        #expect("abc".truncated(toWidth: 3) == "abc")
        #expect("abc".truncated(toWidth: 10) == "abc")
    }

    @Test func longTextEndsInEllipsis() {
        #expect("abcdef".truncated(toWidth: 4) == "abc…")
        #expect("abcdef".truncated(toWidth: 1) == "…")
        #expect("abcdef".truncated(toWidth: 0) == "")
    }

    @Test func wideCharactersAreNeverSplit() {
        // 4 columns: "日" (2) + "…" (1) = 3; another 日 would need 5.
        #expect("日本語".truncated(toWidth: 4) == "日…")
        #expect("日本語".truncated(toWidth: 4).displayWidth == 3)
        #expect("日本語".truncated(toWidth: 5) == "日本…")
        #expect("a👩‍💻b".truncated(toWidth: 3) == "a…")
    }

    @Test func fittedPadsToExactWidth() {
        #expect("ab".fitted(toWidth: 5) == "ab   ")
        #expect("ab".fitted(toWidth: 5, alignment: .right) == "   ab")
        #expect("ab".fitted(toWidth: 5, alignment: .center) == " ab  ")
        #expect("日本語".fitted(toWidth: 4) == "日… ")
        #expect("日本語".fitted(toWidth: 4).displayWidth == 4)
    }

    @Test func wrapping() {
        #expect("the quick brown fox".wrapped(toWidth: 10) == ["the quick", "brown fox"])
        #expect("abcdefghij".wrapped(toWidth: 4) == ["abcd", "efgh", "ij"])
        #expect("日本語テキスト".wrapped(toWidth: 5) == ["日本", "語テ", "キス", "ト"])
        #expect("one\n\ntwo".wrapped(toWidth: 10) == ["one", "", "two"])
        #expect("".wrapped(toWidth: 10) == [""])
    }
}

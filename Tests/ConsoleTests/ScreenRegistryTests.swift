import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

/// Each screen is one value reached through one registration; these hold the registration to
/// what the screens say about themselves.
@Suite struct ScreenRegistryTests {
    @Test func eachTabIsRegisteredAsItself() {
        for view in ViewID.allCases {
            #expect(view.screen.view == view, "\(view) is registered with another tab's screen")
            #expect(view.screen.onTop(AppState.empty()) == .view(view))
        }
        #expect(Set(ViewID.allCases.map(\.command)).count == ViewID.allCases.count, "two tabs share a : command")
    }

    /// Every context has keys, and the digits cover exactly the tabs there are.
    @Test func everyContextHasItsOwnKeys() {
        for context in KeymapTests.contexts {
            #expect(!context.screen.keySections.isEmpty, "\(context) has no keys")
        }
        let digits = Keymap.sections(for: .view(.users)).flatMap(\.bindings).first { $0.action == .selectViewByNumber }
        #expect(digits?.keys.count == ViewID.allCases.count)
    }

    /// The `:` line is typed over a page, not instead of it: the page stays drawn under it.
    @Test func aPageStaysOnScreenUnderTheCommandLine() {
        var state = AppState.loaded()
        state.press(.c("6"), .enter)
        let page = state.screen()
        #expect(page.contains("Actor"))
        state.press(.c(":"))
        let typing = state.screen().split(separator: "\n")
        let before = page.split(separator: "\n")
        #expect(Array(typing[0..<(typing.count - 2)]) == Array(before[0..<(before.count - 2)]), "\(typing.joined(separator: "\n"))")
    }
}

import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

@Suite struct KeymapTests {
    static let contexts: [KeyContext] =
        ViewID.allCases.map(KeyContext.view) + [
            .idpEditor, .heldEditor, .detail(.users), .detail(.groups), .detail(.traffic), .detail(.audit),
            .filterInput, .commandInput, .confirm, .tokenReveal, .idpForm, .adminForm, .help,
        ]

    /// No binding is dead: each has a key that reaches it in its context.
    @Test func everyBindingIsReachable() {
        for context in Self.contexts {
            for section in Keymap.sections(for: context) {
                for binding in section.bindings {
                    let reachable = binding.keys.contains { key in
                        Keymap.binding(for: key, in: context) == binding
                    }
                    #expect(reachable, "\(binding.keyLabel) \(binding.label) is shadowed in \(context)")
                }
            }
        }
    }

    @Test func theFooterIsGeneratedFromTheSameTables() {
        var state = AppState.loaded()
        state.press(.c("7"))
        let footer = Keymap.footer(for: state.keyContext).map(\.hint)
        #expect(footer.map(\.key) == ["a", "d", "r", "1–7", "?", "q", ":"])
        // Help and Quit are pinned at the end, so they are the last to go on a narrow screen.
        #expect(state.screen().split(separator: "\n").last == " a Add admin  d Remove  r Reload  1–7 View  : Command  ? Help  q Quit")
    }

    @Test func helpListsEveryBindingAndMarksDestructiveOnes() {
        var state = AppState.loaded()
        state.press(.c("7"), .c("?"))
        let screen = state.screen()
        for binding in Keymap.sections(for: .view(.admins)).flatMap(\.bindings) {
            #expect(screen.contains(binding.label), "help misses \(binding.label)")
        }
        #expect(screen.contains("Remove (asks to confirm)"))
        #expect(state.keyContext == .help)
        state.press(.c("q"))  // closes help, does not quit
        #expect(state.modal == nil)
        #expect(!state.isQuitting)
    }

    @Test func destructiveActionsAreMarked() {
        let destructive = Self.contexts.flatMap { Keymap.sections(for: $0) }.flatMap(\.bindings).filter(\.isDestructive).map(\.action)
        #expect(Set(destructive) == [.revokeToken, .removeAdmin, .removeIdentityProvider, .releaseBreaker, .keepHolding])
    }
}

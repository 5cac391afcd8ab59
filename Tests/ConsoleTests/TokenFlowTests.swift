import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

@Suite struct TokenFlowTests {
    /// Okta (active token) in the editor's Advanced section.
    static func okta() -> AppState { DialogGoldenTests.oktaAdvanced() }

    @Test func revokeAsksAndOnlyTheConfirmButtonRevokes() {
        var state = Self.okta()
        #expect(state.press(.c("x")) == [])
        guard case .confirm(let confirmation) = state.modal else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.selectedButton == 0)  // Cancel is the default
        // Enter on Cancel: nothing happens.
        #expect(state.press(.enter) == [])
        #expect(state.modal == nil)
        // Esc cancels too.
        state.press(.c("x"))
        #expect(state.press(.escape) == [])
        #expect(state.modal == nil)
        // Choosing the Revoke button and pressing Enter revokes.
        state.press(.c("x"), .right)
        #expect(state.press(.enter) == [.revokeToken(idpID: Fixtures.okta.id)])
        #expect(state.modal == nil)
    }

    @Test func revokeWithoutAWorkingTokenSaysSo() {
        var state = AppState.loaded()
        state.press(.c("2"), .c("j"), .enter, .right)  // Legacy SCIM: revoked
        #expect(state.press(.c("x")) == [])
        #expect(state.modal == nil)
        #expect(state.status?.text == "Legacy SCIM has no working token to revoke")
    }

    @Test func regeneratingAnActiveTokenAsksFirst() {
        var state = Self.okta()
        #expect(state.press(.c("g")) == [])
        guard case .confirm(let confirmation) = state.modal else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.body.joined().contains("How long should it keep working next to the new one?"))
        #expect(confirmation.buttons == ["Cancel", "Now", "1 hour", "1 day", "7 days"])
        #expect(confirmation.selectedButton == 0)
        state.press(.tab)
        #expect(state.press(.enter) == [.generateToken(idpID: Fixtures.okta.id)])
        // The overlap keeps the old token working while it is replaced in the IdP; ← goes back.
        state.press(.c("g"), .right, .right, .right, .left)
        #expect(state.press(.enter) == [.generateToken(idpID: Fixtures.okta.id, overlapSeconds: 3_600)])
    }

    @Test func generatingWithoutAWorkingTokenDoesNotAsk() {
        var state = AppState.loaded()
        state.press(.c("2"), .c("j"), .enter)
        #expect(state.press(.c("g")) == [.generateToken(idpID: Fixtures.legacy.id)])
    }

    @Test func theTokenIsShownOnceAndForgottenWhenTheDialogCloses() {
        var state = Self.okta()
        let effects = state.send(
            .tokenGenerated(
                GeneratedToken(
                    idpID: Fixtures.okta.id, idpName: "Okta", secret: Fixtures.secret,
                    created: Fixtures.now, expires: Fixtures.now + 365 * Fixtures.day
                )))
        #expect(effects == [.loadIdentityProviders])
        let screen = state.screen()
        #expect(screen.contains(Fixtures.secret))
        #expect(screen.contains("valid until 2027-11-28, 365 days".capitalizedFirst))
        #expect(screen.contains("Copy it now — you will not see it again."))

        #expect(state.press(.c("c")) == [.copyToClipboard(Fixtures.secret)])
        // Only where it went is said: no terminal confirms an OSC 52 copy.
        state.send(.copied(ClipboardDelivery(sentToTerminal: true, inTmuxBuffer: false)))
        #expect(state.status?.text == "Sent the token to your terminal (OSC 52) — paste it to check")
        #expect(state.screen().contains("Sent to your terminal (OSC 52)."))
        #expect(!state.screen().contains("Copied"))
        #expect(state.screen().contains(Fixtures.secret), "the token stays until the dialog is closed")

        state.press(.enter)
        #expect(state.modal == nil)
        #expect(!String(reflecting: state).contains(Fixtures.secret))
        #expect(!Self.deepDescription(state).contains(Fixtures.secret))
        #expect(!state.screen().contains(Fixtures.secret))
        // Reloads and further keys do not bring it back.
        state.send(.identityProvidersLoaded(Fixtures.idps))
        state.press(.c("g"))
        #expect(!String(reflecting: state).contains(Fixtures.secret))
    }

    @Test func escAlsoClosesTheTokenDialog() {
        var state = Self.okta()
        state.send(
            .tokenGenerated(
                GeneratedToken(
                    idpID: Fixtures.okta.id, idpName: "Okta", secret: Fixtures.secret, created: Fixtures.now, expires: Fixtures.now + 86_400
                )))
        // While the dialog is open, q is not Quit: the token must not vanish by accident.
        #expect(state.press(.c("q")) == [])
        #expect(String(reflecting: state).contains(Fixtures.secret))
        state.press(.escape)
        #expect(!String(reflecting: state).contains(Fixtures.secret))
        #expect(state.status?.text.contains("generate a new one") == true)
    }

    /// Every stored value, walked with `Mirror`, as one string.
    static func deepDescription(_ value: Any) -> String {
        var out = ""
        func walk(_ value: Any, depth: Int) {
            guard depth < 12 else { return }
            out += String(describing: value) + "\n"
            for child in Mirror(reflecting: value).children { walk(child.value, depth: depth + 1) }
        }
        walk(value, depth: 0)
        return out
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

@Suite struct FormTests {
    func idpForm(_ state: AppState) -> IdPForm? {
        if case .addIdentityProvider(let form) = state.modal { return form }
        return nil
    }

    @Test func addingAnIdP() {
        var state = AppState.loaded()
        state.press(.c("2"), .c("a"))
        state.type("Okta 2 q")  // q is text in a form
        state.press(.backspace, .backspace)
        #expect(idpForm(state)?.name.text == "Okta 2")
        state.press(.tab)
        #expect(idpForm(state)?.kind == .entra)
        state.press(.down, .right)
        #expect(idpForm(state)?.kind == .generic)
        state.press(.left, .left)
        #expect(idpForm(state)?.kind == .okta)
        state.press(.tab)
        #expect(state.press(.enter) == [.addIdentityProvider(name: "Okta 2", kind: .entra)])
        #expect(idpForm(state)?.isSaving == true)
        // While saving, keys do nothing (no double submit).
        #expect(state.press(.enter) == [])

        let added = IdentityProvider(id: Fixtures.uuid(9), name: "Okta 2", kind: .entra, created: Fixtures.now)
        #expect(state.send(.identityProviderAdded(added)) == [.loadIdentityProviders])
        #expect(state.modal == nil)
        #expect(state.idps.editor == IdPEditorState(idpID: added.id, section: .advanced))
        #expect(state.screen().contains("Settings › Identity Providers › Okta 2"))
    }

    @Test func theFormValidatesAndShowsStoreErrorsInside() {
        var state = AppState.loaded()
        state.press(.c("2"), .c("a"))
        #expect(state.press(.enter) == [])
        #expect(idpForm(state)?.error == "Give it a name, e.g. Okta.")
        state.type("OKTA")
        #expect(idpForm(state)?.error == nil)
        #expect(state.press(.enter) == [])
        #expect(idpForm(state)?.error == "An identity provider named OKTA exists already.")

        state.press(.ctrl("u"))
        state.type("Okta EU")
        state.press(.enter)
        state.send(
            .identityProviderAddFailed(
                "An identity provider named \"Okta EU\" already exists (names ignore letter case); pick another name."))
        #expect(idpForm(state)?.isSaving == false)
        #expect(state.screen().contains("✗ An identity provider named \"Okta EU\" already exists"))
        state.press(.escape)
        #expect(state.modal == nil)
    }

    @Test func addingAndRemovingAConsoleAdmin() {
        var state = AppState.loaded()
        state.press(.c("7"), .c("a"))
        state.type("grace")
        state.press(.tab)
        state.type("grace-at-example")
        #expect(state.press(.enter) == [])
        guard case .addAdmin(let form) = state.modal else {
            Issue.record("form closed")
            return
        }
        #expect(form.error == "grace-at-example is not an email address.")
        state.press(.ctrl("u"))
        state.type("grace@example.com")
        #expect(state.press(.enter) == [.addAdmin(username: "grace", email: "grace@example.com")])
        #expect(
            state.send(.adminAdded(ConsoleAdmin(username: "grace", email: "grace@example.com", created: Fixtures.now))) == [.loadAdmins])
        #expect(state.modal == nil)

        // Removing asks first; only the Remove button removes.
        state.press(.c("d"))
        #expect(state.press(.enter) == [])
        state.press(.c("d"), .c("l"))
        #expect(state.press(.enter) == [.removeAdmin(username: "ada")])
    }
}

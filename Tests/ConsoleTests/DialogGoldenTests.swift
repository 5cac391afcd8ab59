import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

/// Dialogs, overlays, empty and error states, wide characters.
@Suite struct DialogGoldenTests {
    /// Okta's editor, Advanced section.
    static func oktaAdvanced(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState.loaded(width: width, height: height)
        state.press(.c("2"), .c("G"), .enter, .right)
        return state
    }

    static func generated(_ state: inout AppState) {
        state.send(
            .tokenGenerated(
                GeneratedToken(
                    idpID: Fixtures.okta.id, idpName: "Okta", secret: Fixtures.secret,
                    created: Fixtures.now, expires: Fixtures.now + 365 * Fixtures.day
                )))
    }

    @Test func generateTokenDialog() {
        var state = Self.oktaAdvanced()
        Self.generated(&state)
        assertScreen(state, named: "dialog-token-80x24")
        state.press(.c("c"))
        state.send(.copied(ClipboardDelivery(sentToTerminal: true, inTmuxBuffer: false)))
        assertScreen(state, named: "dialog-token-copied-80x24")
    }

    @Test func revokeConfirm() {
        var state = Self.oktaAdvanced()
        state.press(.c("x"))
        assertScreen(state, named: "dialog-revoke-80x24")
    }

    @Test func regenerateConfirm() {
        var state = Self.oktaAdvanced(width: 120, height: 40)
        state.press(.c("g"))
        assertScreen(state, named: "dialog-regenerate-120x40")
    }

    @Test func addIdPForm() {
        var state = AppState.loaded()
        state.press(.c("2"), .c("a"))
        state.type("Okta Prod")
        state.press(.down, .tab)
        assertScreen(state, named: "dialog-add-idp-80x24")
        state.press(.up)
        state.press(.ctrl("u"))
        state.press(.enter)
        assertScreen(state, named: "dialog-add-idp-error-80x24")
    }

    @Test func addAdminForm() {
        var state = AppState.loaded()
        state.press(.c("7"), .c("a"))
        state.type("grace")
        state.press(.tab)
        state.type("grace@example.com")
        assertScreen(state, named: "dialog-add-admin-80x24")
    }

    @Test func helpOverlay() {
        var state = AppState.loaded()
        state.press(.c("5"), .c("?"))
        assertScreen(state, named: "help-traffic-80x24")
        var wide = AppState.loaded(width: 120, height: 40)
        wide.press(.c("2"), .enter, .c("?"))
        assertScreen(wide, named: "help-editor-120x40")
    }

    @Test func emptyStates() {
        var state = AppState.empty()
        state.send(.start)
        state.send(.identityProvidersLoaded([]))
        state.send(.adminsLoaded([]))
        state.send(.trafficLoaded([]))
        assertScreen(state, named: "empty-settings-80x24")
        state.press(.c("2"))
        assertScreen(state, named: "empty-idps-80x24")
        state.press(.c("5"))
        assertScreen(state, named: "empty-traffic-80x24")
        state.press(.c("3"))
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: [], total: 0)))
        assertScreen(state, named: "empty-users-80x24")
    }

    @Test func errorState() {
        var state = AppState.loaded()
        state.press(.c("3"))
        state.send(.failed("could not load users: database is locked"))
        assertScreen(state, named: "error-users-80x24")
    }

    @Test func listenerFailedAndDatabaseOnly() {
        var state = AppState.loaded()
        state.send(.listenerChanged(.failed(address: "0.0.0.0:8443", message: "address already in use")))
        assertScreen(state, named: "listener-failed-80x24")
        var watcher = AppState.empty(listener: .databaseOnly)
        watcher.send(.scimBaseURLChanged(nil))
        watcher.send(.identityProvidersLoaded(Fixtures.idps))
        watcher.send(.trafficLoaded([]))
        watcher.press(.c("5"))
        assertScreen(watcher, named: "database-only-traffic-80x24")
    }

    @Test func filterAndCommandLines() {
        var state = AppState.loaded()
        state.press(.c("5"), .c("/"))
        state.type("status:4xx")
        assertScreen(state, named: "traffic-filter-typing-80x24")
        state.press(.enter)
        assertScreen(state, named: "traffic-filtered-80x24")
        state.press(.c(":"))
        state.type("frobnicate")
        state.press(.enter)
        assertScreen(state, named: "command-unknown-80x24")
    }

    @Test func trafficPaused() {
        var state = AppState.loaded()
        state.press(.c("5"), .c("F"), .c("j"), .c("j"))
        let later = Fixtures.traffic(13, age: 0, "GET", "/scim/v2/Users?count=1", 200, "listed 1 of 6 users")
        state.answered([later, Fixtures.traffic(14, age: 0, "POST", "/scim/v2/Users", 400, "invalid userName")])
        assertScreen(state, named: "traffic-paused-80x24")
    }

    @Test func tooSmall() {
        let state = AppState.loaded(width: 60, height: 20)
        assertScreen(state, named: "too-small-60x20")
    }
}

import Provisioning
import TermUI
import Testing

@testable import Console

/// Settings and Advanced warn when the base URL an IdP would be given is plain HTTP on loopback.
@Suite struct BaseURLWarningGoldenTests {
    static func loopback() -> AppState {
        var state = AppState.loaded()
        state.send(.scimBaseURLChanged("http://127.0.0.1:8080/scim/v2"))
        return state
    }

    @Test func settingsWarns() {
        assertScreen(Self.loopback(), named: "settings-loopback-80x24")
    }

    @Test func advancedWarnsNextToTheOktaSteps() {
        var state = Self.loopback()
        state.press(.c("2"), .c("G"), .enter, .right)
        assertScreen(state, named: "idp-edit-advanced-loopback-80x24")
    }
}

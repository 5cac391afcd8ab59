import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

/// Advanced at 80×24, the advertised minimum: the base URL, the token, both actions and every step
/// in the IdP are on screen at once, without scrolling, for each kind and the usual extras.
@Suite struct AdvancedFitTests {
    /// Okta, Entra and Generic, as ordered in the IdP list (Entra, Legacy SCIM, Okta).
    static let kinds: [(keys: [Key], lastStep: String)] = [
        ([.c("G")], "7. Push Groups"), ([], "6. Set Provisioning Status"), ([.c("j")], "3. Users go to /Users"),
    ]

    func assertFits(_ state: AppState, lastStep: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = state.screen()
        let title = screen.split(separator: "\n")[2]
        #expect(!title.contains("lines "), "the page scrolls:\n\(screen)", sourceLocation: sourceLocation)
        #expect(screen.contains(lastStep), "the last step is cut:\n\(screen)", sourceLocation: sourceLocation)
        #expect(screen.contains("g Generate Auto-Provisioning Token"), sourceLocation: sourceLocation)
    }

    @Test func everyKindFitsWhole() {
        for kind in Self.kinds {
            var state = AppState.loaded()
            state.press(.c("2"))
            for key in kind.keys { state.press(key) }
            state.press(.enter, .right)
            assertFits(state, lastStep: kind.lastStep)
        }
    }

    /// What `scimdesk demo` shows: a loopback URL with its warning, a refused last request, a roomy policy.
    @Test func theDemosPageFitsWithItsWarning() {
        var state = AppState.loaded()
        state.send(.scimBaseURLChanged("http://127.0.0.1:8080/scim/v2"))
        var items = Fixtures.idps
        var roomy = BreakerPolicy.standard
        roomy.maximumUsers = 1_000
        roomy.maximumUserShare = 1
        roomy.maximumGroups = 1_000
        items[0].breaker = BreakerStatus(idpID: Fixtures.okta.id, policy: roomy)
        state.send(.identityProvidersLoaded(items))
        state.send(
            .trafficArrived([
                Fixtures.traffic(
                    50, age: -1, "DELETE", "/scim/v2/Users/ba055282-9c01-4a76-a237-11b99b3272d2", 404,
                    "failed: User ba055282-9c01-4a76-a237-11b99b3272d2 not found")
            ]))
        state.press(.c("2"), .c("G"), .enter, .right)
        assertFits(state, lastStep: "7. Push Groups")
    }

    /// During the incident the page must stay whole: the breaker line says HOLDING and where to decide.
    @Test func aHoldingBreakerKeepsThePageWhole() {
        var state = AppState.loaded()
        state.send(.scimBaseURLChanged("http://127.0.0.1:8080/scim/v2"))
        state.send(.identityProvidersLoaded(Fixtures.idpsWithBreakers))
        state.press(.c("2"), .c("G"), .enter, .right)
        assertFits(state, lastStep: "7. Push Groups")
        #expect(state.screen().contains("HOLDING 4 requests — decide under Held (→)"))
    }

    /// What Advanced asks of the admin is two pastes into the IdP: both copies are in the footer,
    /// and ? and q stay.
    @Test func theFooterHasBothCopiesAndHelp() {
        var state = AppState.loaded()
        state.press(.c("2"), .c("G"), .enter, .right)
        let footer = String(state.screen().split(separator: "\n").last!)
        for hint in ["g Generate token", "x Revoke token", "c Copy base URL", "Esc Back", "? Help", "q Quit"] {
            #expect(footer.contains(hint), "\(footer)")
        }
    }

    @Test func everyOktaStepIsOneLineAt80Columns() {
        var doc = Document(width: 80)
        ProvisioningSteps.write(for: Fixtures.okta, baseURL: "https://scim.example.com/scim/v2", into: &doc)
        #expect(doc.lines.count == 8, "a heading and seven one-line steps")
    }
}

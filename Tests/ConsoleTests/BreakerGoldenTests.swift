import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

/// The mass-deprovisioning breaker in the console: loud when tripped (top bar, IdP list, the
/// editor's section bar), the Held page with what it holds, and both decisions behind a confirm.
@Suite struct BreakerGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState.loaded(width: width, height: height)
        state.send(.identityProvidersLoaded(Fixtures.idpsWithBreakers))
        return state
    }

    func each(_ name: String, _ build: (inout AppState) -> Void, sourceLocation: SourceLocation = #_sourceLocation) {
        for (width, height) in Self.sizes {
            var state = Self.state(width: width, height: height)
            build(&state)
            assertScreen(state, named: "\(name)-\(width)x\(height)", sourceLocation: sourceLocation)
        }
    }

    /// IdPs are listed by name: Entra, Legacy SCIM, Okta (G goes to Okta).
    @Test func trippedIdPList() { each("breaker-idps") { $0.press(.c("2")) } }

    @Test func heldPage() { each("breaker-held") { $0.press(.c("2"), .c("G"), .enter, .left) } }

    @Test func advancedShowsThePolicyAndOffAsAWarning() {
        each("breaker-advanced-off") { $0.press(.c("2"), .c("j"), .enter, .right) }
    }

    @Test func releaseAsksFirstAndCancelIsTheDefault() {
        var state = Self.state()
        state.press(.c("2"), .c("G"), .enter, .left)
        #expect(state.keyContext == .heldEditor)
        #expect(state.press(.c("R")).isEmpty)
        assertScreen(state, named: "breaker-release-confirm-80x24")
        #expect(state.press(.enter).isEmpty, "Enter on the default button cancels")
        state.press(.c("R"), .right)
        #expect(state.press(.enter) == [.releaseBreaker(idpID: Fixtures.okta.id)])
    }

    @Test func keepHoldingAsksFirst() {
        var state = Self.state()
        state.press(.c("2"), .c("G"), .enter, .left, .c("K"), .right)
        #expect(state.press(.enter) == [.keepHolding(idpID: Fixtures.okta.id)])
        let effects = state.send(.breakerKept(idpName: "Okta"))
        #expect(effects == [.loadIdentityProviders])
        #expect(state.status?.text.contains("audit log") == true)
    }

    @Test func nothingToDecideWhenNotHolding() {
        var state = Self.state()
        state.press(.c("2"), .enter, .left)  // Entra: watching
        #expect(state.press(.c("R")).isEmpty)
        #expect(state.status?.kind == .warning)
        #expect(state.screen().contains("watching — nothing held"))
    }

    @Test func policyIsEditedInTheIdPSetForm() {
        var state = Self.state()
        state.press(.c("2"), .c("G"), .enter, .right, .c("b"))
        #expect(state.screen().contains("users=25,share=10%,groups=10,window=10m"))
        state.press(.ctrl("u"))
        state.type("users=lots")
        #expect(state.press(.enter).isEmpty)
        #expect(state.screen().contains("is not a breaker setting"))
        state.press(.ctrl("u"))
        state.type("users=50,window=15m")
        guard case .setBreakerPolicy(let id, let policy) = state.press(.enter).first else {
            Issue.record("no effect")
            return
        }
        #expect(id == Fixtures.okta.id)
        #expect(policy.maximumUsers == 50 && policy.window.seconds == 900 && policy.maximumGroups == 10)
    }

    /// A held request is answered 503: the IdP list is re-read at once, not at the next 10 s refresh.
    @Test func a503ReadsTheBreakersAgain() {
        var state = Self.state()
        state.send(.tick(Fixtures.now + 1))
        var record = Fixtures.trafficRecords[0]
        record.id = 10_000
        record.status = 503
        #expect(state.send(.trafficArrived([record])).contains(.loadIdentityProviders))
    }

    /// A request held since yesterday must not read as held today: the Held at column has the date.
    @Test func heldTimesCarryTheirDate() {
        var state = Self.state()
        var items = Fixtures.idpsWithBreakers
        items[0].held[0].firstHeld = Fixtures.now - 86_400
        state.send(.identityProvidersLoaded(items))
        state.press(.c("2"), .c("G"), .enter, .left)
        let screen = state.screen()
        #expect(screen.contains("11-27 14:03:00"), "\(screen)")
        #expect(screen.contains("11-28 13:58:02"), "\(screen)")
    }
}

import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

@Suite struct LoopTests {
    static let clock = WallClock { Fixtures.now }

    func loop(_ terminal: FakeTerminal, _ effects: RecordingEffects, messages: MessageQueue = MessageQueue()) -> ConsoleLoop {
        let state = AppState(now: Fixtures.now, listener: .running(address: "0.0.0.0:8443"), scimBaseURL: Fixtures.baseURL)
        return ConsoleLoop(terminal: terminal, effects: effects, messages: messages, state: state, theme: .monochrome, clock: Self.clock)
    }

    @Test func keysUpdateRenderAndQuit() {
        let terminal = FakeTerminal(keys: [.c("5"), .c("q")])
        let effects = RecordingEffects()
        let loop = loop(terminal, effects)
        loop.run()
        #expect(loop.state.isQuitting)
        #expect(loop.state.view == .traffic)
        #expect(effects.effects.contains(.loadIdentityProviders))
        #expect(effects.effects.contains(.loadRecentTraffic(limit: TrafficState.defaultCapacity)))
        #expect(!effects.effects.contains(.quit))
        // The first frame, then one for the batch of keys read together.
        #expect(terminal.frames.count == 1)
        #expect(terminal.frames[0].line(1).contains("1 Settings"))
    }

    @Test func messagesFromTheQueueAreAppliedAndDrawnOnce() {
        let terminal = FakeTerminal(keys: [])
        let effects = RecordingEffects()
        let messages = MessageQueue()
        messages.post(.identityProvidersLoaded(Fixtures.idps))
        messages.post(.adminsLoaded(Fixtures.admins))
        var iterations = 0
        let loop = loop(terminal, effects, messages: messages)
        loop.run {
            iterations += 1; return iterations > 3
        }
        #expect(loop.state.idps.items.count == 3)
        // The first frame, then one for both messages.
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[1].text().contains("3 configured"))
    }

    @Test func clipboardIsTheTerminalsJob() {
        let terminal = FakeTerminal(keys: [.c("c"), .enter, .c("q")])
        let effects = RecordingEffects()
        let messages = MessageQueue()
        let loop = loop(terminal, effects, messages: messages)
        messages.post(
            .tokenGenerated(
                GeneratedToken(
                    idpID: Fixtures.okta.id, idpName: "Okta", secret: Fixtures.secret, created: Fixtures.now, expires: Fixtures.now + 86_400
                )))
        // The message is drained after the first (empty) key wait; then c, Enter and q.
        terminal.idleReads = 1
        loop.run()
        #expect(terminal.copied == [Fixtures.secret])
        #expect(!effects.effects.contains(.copyToClipboard(Fixtures.secret)))
        #expect(!String(reflecting: loop.state).contains(Fixtures.secret))
    }

    @Test func resizeIsNoticedAndRedrawn() {
        let terminal = FakeTerminal(keys: [])
        let loop = loop(terminal, RecordingEffects())
        var iterations = 0
        loop.run {
            iterations += 1
            if iterations == 2 { terminal.size = (120, 40) }
            return iterations > 3
        }
        #expect(loop.state.width == 120)
        #expect(terminal.frames.last?.width == 120)
    }

    @Test func pollingIsScheduledByTheLoop() {
        let terminal = FakeTerminal(keys: [])
        let effects = RecordingEffects()
        let messages = MessageQueue()
        messages.post(.trafficLoaded(Fixtures.trafficRecords.reversed()))
        let loop = loop(terminal, effects, messages: messages)
        loop.pollInterval = 0
        var checks = 0
        loop.run {
            checks += 1; return checks > 8
        }
        #expect(effects.effects.contains(.pollTraffic(afterID: 12)))
        #expect(effects.effects.filter { $0 == .loadIdentityProviders }.count == 1)
    }
}

extension LoopTests {
    /// The top bar shows the figures the loop samples (the listener's counters), not a count of
    /// the traffic rows it happens to hold: here it holds none.
    @Test func theTopBarShowsTheSampledFigures() {
        let figures = TrafficFigures()
        for _ in 0..<3 { figures.record(.error, at: Fixtures.now - 30) }
        figures.record(.drift, at: Fixtures.now - 20)
        let terminal = FakeTerminal(keys: [])
        var iterations = 0
        let loop = loop(terminal, RecordingEffects())
        loop.figures = figures
        loop.run {
            iterations += 1
            return iterations > 2
        }
        #expect(loop.state.traffic.records.count == 0)
        #expect(loop.state.figures.errors == 3)
        #expect(terminal.frames.last?.line(0).contains("3 err") == true, "\(terminal.frames.last?.line(0) ?? "")")
        #expect(terminal.frames.last?.line(0).contains("⚠ 1 drift") == true)
    }
}

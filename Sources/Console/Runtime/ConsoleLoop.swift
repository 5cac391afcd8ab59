import Foundation
import Provisioning
import TermUI

/// The console's main loop; it owns the thread it runs on (the main thread in `scimdesk`).
///
/// Each iteration: wait up to ``keyTimeoutMilliseconds`` for a key (and take any keys already
/// queued behind it) → `update` → run the effects → drain the ``MessageQueue`` → tick and poll
/// timers → render once → paint. Rendering happens once per iteration however many messages
/// arrived, so a burst of traffic costs one frame.
///
/// ```swift
/// let runner = EffectRunner(store: store)
/// let loop = ConsoleLoop(terminal: terminal, runner: runner, state: AppState(
///     now: Date(), listener: .running(address: "0.0.0.0:8443"), scimBaseURL: "https://scim.example.com/scim/v2"),
///     theme: terminal.colorsEnabled ? .color : .monochrome)
/// loop.run { terminal.pendingSignal != nil }
/// ```
public final class ConsoleLoop {
    /// The state after the last message (read it after ``run(shouldStop:)`` returns).
    public private(set) var state: AppState
    let terminal: any TerminalDevice
    let effects: any EffectHandling
    let messages: MessageQueue
    let theme: Theme
    let clock: WallClock
    /// How long one key wait lasts: the loop's heartbeat when nothing is pressed.
    public var keyTimeoutMilliseconds = 75
    /// How often new traffic is asked for (the listener writes it in ~100 ms batches).
    public var pollInterval: TimeInterval = 0.25
    /// How often ``Msg/tick(_:)`` brings the time in.
    public var tickInterval: TimeInterval = 1
    /// Where the top bar's figures come from, sampled with every tick: the embedded listener's
    /// request counters, or the ones the runner feeds from the traffic it reads.
    public var figures: TrafficFigures?

    /// A loop over any terminal and effect handler (tests pass fakes).
    public init(
        terminal: any TerminalDevice, effects: any EffectHandling, messages: MessageQueue, state: AppState,
        theme: Theme, clock: WallClock = .system
    ) {
        self.terminal = terminal
        self.effects = effects
        self.messages = messages
        self.state = state
        self.theme = theme
        self.clock = clock
    }

    /// The usual wiring: effects run by `runner`, results through its queue.
    public convenience init(terminal: any TerminalDevice, runner: EffectRunner, state: AppState, theme: Theme, clock: WallClock = .system) {
        self.init(terminal: terminal, effects: runner, messages: runner.messages, state: state, theme: theme, clock: clock)
        figures = runner.trafficFigures
    }

    /// Runs until the operator quits or `shouldStop` says so (checked after every key wait;
    /// pass `{ terminal.pendingSignal != nil }` to stop on SIGINT/SIGTERM/SIGHUP).
    public func run(shouldStop: () -> Bool = { false }) {
        var lastTick = clock.now()
        var lastPoll = Date.distantPast
        let size = terminal.size
        dispatch(.resize(width: size.width, height: size.height))
        dispatch(.start)
        sampleFigures(at: lastTick)
        draw()
        while !state.isQuitting, !shouldStop() {
            var changed = readKeys()
            if shouldStop() { break }
            let size = terminal.size
            if size.width != state.width || size.height != state.height {
                dispatch(.resize(width: size.width, height: size.height))
                changed = true
            }
            let now = clock.now()
            if now.timeIntervalSince(lastTick) >= tickInterval {
                lastTick = now
                sampleFigures(at: now)
                dispatch(.tick(now))
                changed = true
            }
            if now.timeIntervalSince(lastPoll) >= pollInterval {
                lastPoll = now
                dispatch(.pollDue)
            }
            for msg in messages.drain() {
                dispatch(msg)
                changed = true
            }
            if changed, !state.isQuitting { draw() }
        }
    }

    private func sampleFigures(at now: Date) {
        if let figures { dispatch(.figuresSampled(figures.snapshot(at: now))) }
    }

    /// One key with the timeout, then whatever is already waiting (a paste, key repeat).
    private func readKeys() -> Bool {
        guard let first = terminal.readKey(timeoutMilliseconds: keyTimeoutMilliseconds) else { return false }
        handle(first)
        var count = 1
        while count < 64, !state.isQuitting, let next = terminal.readKey(timeoutMilliseconds: 0) {
            handle(next)
            count += 1
        }
        return true
    }

    private func handle(_ key: Key) {
        if key == .resize {
            let size = terminal.size
            dispatch(.resize(width: size.width, height: size.height))
        } else {
            dispatch(.key(key))
        }
    }

    /// `update`, then the effects: the terminal's own here, the rest to the runner.
    func dispatch(_ msg: Msg) {
        for effect in update(&state, msg) {
            switch effect {
            case .copyToClipboard(let text):
                dispatch(.copied(terminal.copyToClipboard(text)))
            case .quit: break  // `state.isQuitting` ends the loop
            default: effects.run(effect)
            }
        }
    }

    private func draw() {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        render(state, into: &buffer, theme: theme)
        terminal.paint(buffer)
    }
}

import Console
import Foundation
import Synchronization
import TermUI

/// A terminal for `scimdesk bench console-load`: no screen, frames are counted and dropped.
///
/// It first presses `5` (the Traffic tab), then paces the loop at `framesPerSecond` by answering each
/// key wait at the next frame deadline with F12, a key no view binds: `update` does nothing with it,
/// but the loop redraws after any key. A steady frame rate whatever the traffic, like an operator
/// watching the Traffic view of a busy listener (the loop still polls traffic on its own timer).
final class HeadlessTerminal: TerminalDevice {
    let size: (width: Int, height: Int)
    let frameInterval: Duration
    private var pressedTab = false
    private var nextFrame = ContinuousClock.now
    private(set) var frames = 0
    private(set) var lastFrame: ScreenBuffer?
    /// Time spent waiting for the next frame deadline.
    private(set) var idleTime = Duration.zero

    init(width: Int, height: Int, framesPerSecond: Double) {
        size = (width, height)
        frameInterval = .nanoseconds(Int64(1e9 / max(1, framesPerSecond)))
    }

    func readKey(timeoutMilliseconds: Int) -> Key? {
        guard pressedTab else {
            pressedTab = true
            return .character("5")
        }
        // The loop asks again with 0 ms for keys already queued: there are none.
        guard timeoutMilliseconds > 0 else { return nil }
        nextFrame += frameInterval
        let now = ContinuousClock.now
        if nextFrame > now {
            Thread.sleep(forTimeInterval: (nextFrame - now).seconds)
            idleTime += ContinuousClock.now - now
        } else {
            nextFrame = now  // fell behind: do not try to catch up with a burst
        }
        return .function(12)
    }

    func paint(_ buffer: ScreenBuffer) {
        frames += 1
        lastFrame = buffer
    }

    func copyToClipboard(_ text: String) -> ClipboardDelivery { ClipboardDelivery(sentToTerminal: false, inTmuxBuffer: false) }
}

/// Set when the listener's service group has finished, so the console loop stops too.
final class StopFlag: Sendable {
    private let value = Atomic<Bool>(false)

    func set() { value.store(true, ordering: .releasing) }

    var isSet: Bool { value.load(ordering: .acquiring) }
}

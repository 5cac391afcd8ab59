import Synchronization
import TermUI

@testable import Console

/// A terminal that plays back keys and remembers what it was asked to show and copy.
final class FakeTerminal: TerminalDevice {
    var size: (width: Int, height: Int)
    var keys: [Key]
    private(set) var frames: [ScreenBuffer] = []
    private(set) var copied: [String] = []
    private(set) var reads = 0

    init(keys: [Key], width: Int = 80, height: Int = 24) {
        self.keys = keys
        size = (width, height)
    }

    /// Reads that return nothing before the keys start, so queued messages land first.
    var idleReads = 0

    func readKey(timeoutMilliseconds: Int) -> Key? {
        reads += 1
        guard reads > idleReads, !keys.isEmpty else { return nil }
        return keys.removeFirst()
    }

    func paint(_ buffer: ScreenBuffer) { frames.append(buffer) }

    func copyToClipboard(_ text: String) -> ClipboardDelivery {
        copied.append(text)
        return ClipboardDelivery(sentToTerminal: true, inTmuxBuffer: false)
    }
}

/// Effects the loop handed over, instead of running them.
final class RecordingEffects: EffectHandling {
    private let recorded = Mutex<[Effect]>([])

    func run(_ effect: Effect) { recorded.withLock { $0.append(effect) } }

    var effects: [Effect] { recorded.withLock { $0 } }
}

import Console
import Foundation
import TermUI

/// A terminal with a script instead of a person: it types keys at set moments and keeps the frames
/// it is asked to paint, so `screenshots` captures the console's own screen buffer.
final class ScriptedTerminal: TerminalDevice {
    enum Step {
        /// Let the console work (load, poll, render) for this long.
        case wait(TimeInterval)
        case key(Key)
        /// Save the current frame under this name.
        case capture(String)
    }

    let size: (width: Int, height: Int)
    private var steps: [Step]
    private var resumeAt = Date()
    private(set) var frame: ScreenBuffer
    private let onCapture: (String, ScreenBuffer) throws -> Void
    private(set) var failure: (any Error)?

    init(width: Int, height: Int, steps: [Step], onCapture: @escaping (String, ScreenBuffer) throws -> Void) {
        size = (width, height)
        self.steps = steps
        frame = ScreenBuffer(width: width, height: height)
        self.onCapture = onCapture
    }

    var isFinished: Bool { steps.isEmpty || failure != nil }

    func readKey(timeoutMilliseconds: Int) -> Key? {
        while let step = steps.first {
            let now = Date()
            if now < resumeAt {
                Thread.sleep(forTimeInterval: min(resumeAt.timeIntervalSince(now), Double(timeoutMilliseconds) / 1_000))
                return nil
            }
            steps.removeFirst()
            switch step {
            case .wait(let seconds):
                resumeAt = now.addingTimeInterval(seconds)
            case .key(let key):
                resumeAt = now.addingTimeInterval(0.3)
                return key
            case .capture(let name):
                do { try onCapture(name, frame) } catch { failure = error }
            }
        }
        return nil
    }

    func paint(_ buffer: ScreenBuffer) { frame = buffer }

    func copyToClipboard(_ text: String) -> ClipboardDelivery { ClipboardDelivery(sentToTerminal: false, inTmuxBuffer: false) }
}

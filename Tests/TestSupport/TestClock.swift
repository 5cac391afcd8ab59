import Foundation
import Provisioning
import Synchronization

/// A clock tests move by hand, so expiry and timestamps are exact.
public final class TestClock: Sendable {
    private let current: Mutex<Date>

    public init(start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = Mutex(start)
    }

    public var now: Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// The clock as the services take it.
    public var wall: WallClock { WallClock { [self] in now } }
}

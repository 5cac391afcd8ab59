import Foundation
import Provisioning
import Synchronization

/// Failed authentications per client address: past `burst` in a row (refilled at `rate` a second)
/// further failures from that address are answered 429 instead of 401.
///
/// A provisioning token is 256 random bits, so guessing is hopeless anyway; this keeps a client with a
/// wrong or stale token from turning into a storm of 401s, and tells it to back off in the terms every
/// SCIM client understands. Only failures count: a valid token from the same address (a NAT shared
/// with Okta's egress) is never refused for someone else's mistakes.
final class FailedAuthenticationLimiter: Sendable {
    static let rate = 1.0
    static let burst = 20.0
    /// Addresses remembered at most; idle (refilled) ones are forgotten first.
    static let capacity = 10_000

    private let clock: WallClock
    private let buckets = Mutex<[String: TokenBucket]>([:])

    init(clock: WallClock) {
        self.clock = clock
    }

    /// Counts a failed authentication from `address`; returns the seconds to wait if it is over the
    /// limit (answer 429), nil if it still gets its 401.
    func failed(from address: String) -> Int? {
        let now = clock.now()
        return buckets.withLock { buckets in
            if buckets[address] == nil {
                if buckets.count >= Self.capacity { buckets = buckets.filter { !$0.value.isFull(at: now) } }
                if buckets.count >= Self.capacity { buckets.removeAll() }
                buckets[address] = TokenBucket(rate: Self.rate, capacity: Self.burst, now: now)
            }
            return buckets[address]!.take(at: now)
        }
    }
}

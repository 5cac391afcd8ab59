import Foundation
import Provisioning
import Synchronization

/// Each IdP's request budget (`IdentityProvider.rateLimit`): one token bucket per IdP, rebuilt when
/// the IdP's limit changes (read with its token on every request, so `idp set` applies at once).
final class RequestRateLimiter: Sendable {
    private struct Entry {
        var limit: RateLimit
        var bucket: TokenBucket
    }

    private let clock: WallClock
    private let buckets = Mutex<[UUID: Entry]>([:])

    init(clock: WallClock) {
        self.clock = clock
    }

    /// nil if `idp` may send this request now; otherwise the seconds to wait (`Retry-After`).
    func admit(_ idp: IdentityProvider) -> Int? {
        let limit = idp.rateLimit
        guard !limit.isOff else { return nil }
        let now = clock.now()
        return buckets.withLock { buckets in
            if buckets[idp.id]?.limit != limit {
                let bucket = TokenBucket(rate: Double(limit.requestsPerSecond), capacity: Double(limit.burst), now: now)
                buckets[idp.id] = Entry(limit: limit, bucket: bucket)
            }
            return buckets[idp.id]!.bucket.take(at: now)
        }
    }
}

import Foundation
import Synchronization

/// How many data-sized reads each IdP may run at once, for both stores. With SQLite's four read
/// queues (or PostgreSQL's pooled connections) and at most two per IdP, one IdP's costly filters
/// leave readers free for everyone else's lists; its further reads wait (suspended, holding no
/// thread) for one of its own to finish.
public final class ReadShares: Sendable {
    private struct Share {
        var running = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    public let perIdP: Int
    private let shares = Mutex<[UUID: Share]>([:])

    public init(perIdP: Int) {
        self.perIdP = perIdP
    }

    /// Waits until `idpID` has a free share; nil (reads across IdPs, the console's) never waits.
    public func acquire(_ idpID: UUID?) async {
        guard let idpID else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let admitted = shares.withLock { shares -> Bool in
                var share = shares[idpID, default: Share()]
                defer { shares[idpID] = share }
                guard share.running < perIdP else {
                    share.waiting.append(continuation)
                    return false
                }
                share.running += 1
                return true
            }
            if admitted { continuation.resume() }
        }
    }

    /// Hands the share to the next waiting read of `idpID`, or frees it.
    public func release(_ idpID: UUID?) {
        guard let idpID else { return }
        let next = shares.withLock { shares -> CheckedContinuation<Void, Never>? in
            guard var share = shares[idpID] else { return nil }
            if share.waiting.isEmpty {
                share.running -= 1
                shares[idpID] = share.running > 0 ? share : nil
                return nil
            }
            let next = share.waiting.removeFirst()
            shares[idpID] = share
            return next
        }
        next?.resume()
    }
}

import Foundation
import Provisioning

@testable import Console

/// The IdPs of ``Fixtures/idps`` with breakers: Okta's tripped five minutes ago and holding four
/// requests, Legacy SCIM's turned off, Entra's watching.
extension Fixtures {
    static let trippedAt = now - 300

    static let oktaTripped = BreakerStatus(
        idpID: okta.id, policy: .standard, tripped: trippedAt,
        tripReason: "26 user deactivations and deletions in 4 minutes exceeded the limit of 25", countingSince: nil)

    static let held: [HeldOperation] = [
        ("ada@example.com", HeldOperation.Kind.deactivateUser, 0, 3),
        ("grace.hopper@example.com", .deactivateUser, 2, 2),
        ("alan.turing@example.com", .deleteUser, 61, 1),
        ("Sales", .deleteGroup, 130, 1),
    ].enumerated().map { index, entry in
        HeldOperation(
            idpID: okta.id, kind: entry.1, resourceID: "held-\(index)", name: entry.0, firstHeld: trippedAt + entry.2,
            lastHeld: trippedAt + entry.2 + Double(entry.3 - 1) * 120, attempts: entry.3)
    }

    static var idpsWithBreakers: [IdPSummary] {
        var items = idps
        items[0].breaker = oktaTripped
        items[0].held = held
        var off = BreakerPolicy.standard
        off.enabled = false
        items[2].breaker = BreakerStatus(idpID: legacy.id, policy: off)
        return items
    }
}

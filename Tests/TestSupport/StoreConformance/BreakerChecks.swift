import Foundation
import Provisioning
import Testing

/// The mass-deprovisioning breaker's state (`BreakerStore`): shared through the database, so every
/// listener of a directory must read back exactly what another wrote.
extension StoreConformance {
    static let breakerChecks: [Check] = [
        Check("breaker: the standard policy until one is saved; a trip happens once") { store in
            let idp = try await makeIdP(store)
            #expect(try await store.breakerStatus(idpID: idp.id) == BreakerStatus(idpID: idp.id))
            let policy = BreakerPolicy(
                enabled: false, maximumUsers: 7, maximumUserShare: 0.25, maximumGroups: 3, window: ValidityDuration(seconds: 900))
            try await store.saveBreakerPolicy(policy, idpID: idp.id, audit: StoreFixtures.audit(.breakerPolicyChanged, idp: idp))
            #expect(try await store.breakerStatus(idpID: idp.id).policy == policy)
            let trip = StoreFixtures.audit(.breakerTripped, idp: idp, summary: "tripped")
            #expect(try await store.tripBreaker(idpID: idp.id, at: StoreFixtures.time(10), reason: "too many", audit: trip))
            #expect(try await store.tripBreaker(idpID: idp.id, at: StoreFixtures.time(20), reason: "again", audit: trip) == false)
            let status = try await store.breakerStatus(idpID: idp.id)
            #expect(status.tripped == StoreFixtures.time(10) && status.tripReason == "too many" && status.policy == policy)
            #expect(try await store.auditEvents(AuditQuery(text: "tripped")).count == 1, "the refused trip writes nothing")
            let other = try await makeIdP(store, "Other")
            #expect(try await store.breakerStatus(idpID: other.id) == BreakerStatus(idpID: other.id))
        },
        Check("breaker: held requests count their retries; release lets each through once") { store in
            let idp = try await makeIdP(store)
            let other = try await makeIdP(store, "Other")
            _ = try await store.tripBreaker(
                idpID: idp.id, at: StoreFixtures.time(0), reason: "r", audit: StoreFixtures.audit(.breakerTripped))
            func held(_ idp: IdentityProvider, _ kind: HeldOperation.Kind, _ id: String, at second: Int) -> HeldOperation {
                HeldOperation(
                    idpID: idp.id, kind: kind, resourceID: id, name: "name-\(id)", firstHeld: StoreFixtures.time(second),
                    lastHeld: StoreFixtures.time(second))
            }
            try await store.hold(held(idp, .deactivateUser, "u1", at: 1))
            try await store.hold(held(idp, .deleteGroup, "g1", at: 2))
            try await store.hold(held(other, .deleteUser, "u9", at: 3))
            try await store.hold(held(idp, .deactivateUser, "u1", at: 4))
            let mine = try await store.heldOperations(idpID: idp.id)
            #expect(mine.map(\.resourceID) == ["u1", "g1"])
            #expect(mine[0].attempts == 2 && mine[0].firstHeld == StoreFixtures.time(1) && mine[0].lastHeld == StoreFixtures.time(4))
            #expect(try await store.heldOperations(idpID: nil).map(\.resourceID) == ["u1", "g1", "u9"])

            #expect(
                try await store.releaseBreaker(idpID: idp.id, at: StoreFixtures.time(30), audit: StoreFixtures.audit(.breakerReleased)) == 2
            )
            let released = try await store.breakerStatus(idpID: idp.id)
            #expect(released.tripped == nil && released.tripReason == nil)
            #expect(released.countingSince == StoreFixtures.time(30) && released.releasedAwaitingRetry == 2)
            #expect(try await store.heldOperations(idpID: idp.id).isEmpty)
            #expect(try await store.admitReleased(idpID: idp.id, kind: .deactivateUser, resourceID: "u1", at: StoreFixtures.time(40)))
            #expect(
                try await store.admitReleased(idpID: idp.id, kind: .deactivateUser, resourceID: "u1", at: StoreFixtures.time(41)) == false)
            #expect(
                try await store.admitReleased(idpID: idp.id, kind: .deleteUser, resourceID: "g1", at: StoreFixtures.time(41)) == false,
                "the kind must match too")
            #expect(
                try await store.admitReleased(idpID: other.id, kind: .deleteUser, resourceID: "u9", at: StoreFixtures.time(41)) == false)
            let after = try await store.breakerStatus(idpID: idp.id)
            #expect(after.countingSince == StoreFixtures.time(40) && after.releasedAwaitingRetry == 1)
            // Held again after its release: it is held (not released) once more.
            try await store.hold(held(idp, .deleteGroup, "g1", at: 50))
            #expect(try await store.heldOperations(idpID: idp.id).map(\.attempts) == [2])
            #expect(try await store.breakerStatus(idpID: idp.id).releasedAwaitingRetry == 0)
        },
        Check("breaker: deprovisioning counted from the audit log per IdP and window; active users up to a limit") { store in
            let idp = try await makeIdP(store)
            let other = try await makeIdP(store, "Other")
            for (second, action) in [(5, AuditEvent.Action.userDeactivated), (10, .userDeleted), (12, .groupDeleted), (15, .userUpdated)] {
                try await store.appendAudit(StoreFixtures.audit(action, idp: idp, at: StoreFixtures.time(second)))
            }
            try await store.appendAudit(StoreFixtures.audit(.userDeleted, idp: other, at: StoreFixtures.time(11)))
            #expect(
                try await store.deprovisioningCount(idpID: idp.id, since: StoreFixtures.time(0))
                    == DeprovisioningCount(users: 2, groups: 1, oldest: StoreFixtures.time(5)))
            #expect(
                try await store.deprovisioningCount(idpID: idp.id, since: StoreFixtures.time(6))
                    == DeprovisioningCount(users: 1, groups: 1, oldest: StoreFixtures.time(10)))
            #expect(
                try await store.deprovisioningCount(idpID: idp.id, since: StoreFixtures.time(13))
                    == DeprovisioningCount(users: 0, groups: 0))
            try await insert(store, (0..<5).map { StoreFixtures.user("u\($0)", idp: idp, active: $0 != 2) })
            try await insert(store, [StoreFixtures.user("x", idp: other)])
            #expect(try await store.activeUserCount(idpID: idp.id, upTo: 100) == 4)
            #expect(try await store.activeUserCount(idpID: idp.id, upTo: 3) == 3)
        },
        Check("breaker: removing the IdP removes its breaker and held requests") { store in
            let idp = try await makeIdP(store)
            _ = try await store.tripBreaker(
                idpID: idp.id, at: StoreFixtures.time(0), reason: "r", audit: StoreFixtures.audit(.breakerTripped))
            try await store.hold(
                HeldOperation(
                    idpID: idp.id, kind: .deleteUser, resourceID: "u1", name: "u1", firstHeld: StoreFixtures.time(1),
                    lastHeld: StoreFixtures.time(1)))
            _ = try await store.removeIdentityProvider(id: idp.id, audit: StoreFixtures.audit(.idpRemoved))
            #expect(try await store.heldOperations(idpID: nil).isEmpty)
            #expect(try await store.breakerStatus(idpID: idp.id) == BreakerStatus(idpID: idp.id))
        },
    ]
}

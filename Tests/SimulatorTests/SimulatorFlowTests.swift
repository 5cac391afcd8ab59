import Foundation
import Provisioning
import SQLiteStore
import Simulator
import TestSupport
import Testing

/// Full runs of each dialect against a real listener over a real SQLite file.
@Suite("Simulator flows against a live listener")
struct SimulatorFlowTests {
    static func options(_ idp: SimulatedIdP, _ flavour: OktaFlavour = .oin, seed: UInt64 = 7) -> SimulatorOptions {
        SimulatorOptions(idp: idp, flavour: flavour, users: 12, groups: 3, concurrency: 4, seed: seed, pace: .zero)
    }

    @Test("Okta: create, profile push, deactivate, reactivate, push groups, delete and re-link", arguments: [OktaFlavour.oin, .aiw])
    func okta(flavour: OktaFlavour) async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let simulator = try Simulator(client: listener.client(token: token), options: Self.options(.okta, flavour))
            let report = await simulator.run()
            #expect(report.succeeded, "\(report.text())")
            #expect(report.failures.isEmpty)
            #expect(report.createdUsers == 12 && report.linkedUsers == 0)
            for step in SimulationStep.allCases where step != .deleteUser {
                let expected =
                    switch step {
                    case .connectionTest: 1
                    case .pushGroup, .changeMembers, .deleteGroup, .repushGroup: 3
                    default: 12
                    }
                #expect(report.tally(step).succeeded == expected, "\(step)")
            }
            #expect(report.tally(.deleteUser).attempted == 0)
            try await ProvisionedState.expectMatches(simulator.plan, report, store: listener.store, idp: idp)
        }
    }

    @Test("Entra: string booleans, URN paths, value-list removal, excludedAttributes, DELETE users")
    func entra() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            let simulator = try Simulator(client: listener.client(token: token), options: Self.options(.entra))
            let report = await simulator.run()
            #expect(report.succeeded, "\(report.text())")
            let leavers = simulator.plan.users.filter(\.leavesAtEnd)
            #expect(leavers.count == 3)
            #expect(report.tally(.deleteUser).succeeded == leavers.count)
            try await ProvisionedState.expectMatches(simulator.plan, report, store: listener.store, idp: idp)
        }
    }

    @Test("A second run with the same seed links every user and group instead of creating them")
    func secondRunLinks() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let simulator = try Simulator(client: listener.client(token: token), options: Self.options(.okta, .oin, seed: 11))
            let first = await simulator.run()
            #expect(first.succeeded, "\(first.text())")
            let second = await simulator.run()
            #expect(second.succeeded, "\(second.text())")
            #expect(second.createdUsers == 0 && second.linkedUsers == 12)
            let groups = try await listener.store.groups(idpID: idp.id, query: ListQuery(count: 100)).items
            #expect(Set(groups.map(\.id)) == Set(first.relinkedGroups.map(\.id)))
            #expect(Set(second.relinkedGroups.map(\.id)) == Set(first.relinkedGroups.map(\.id)))
        }
    }

    @Test("Entra run again with other people in the same groups: the second run is clean")
    func secondRunWithOtherMembers() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            // Two full runs deactivate and delete more users within a minute than the standard breaker allows.
            try await DeprovisioningBreaker(store: listener.store).setPolicy(try BreakerPolicy(parsing: "users=100"), for: idp, by: .cli)
            let first = try Simulator(client: listener.client(token: token), options: Self.options(.entra, seed: 3))
            let second = try Simulator(client: listener.client(token: token), options: Self.options(.entra, seed: 4))
            let shared = Set(first.plan.groups.map(\.displayName)).intersection(second.plan.groups.map(\.displayName))
            try #require(!shared.isEmpty, "the two plans must share a group for the second run to link to it")
            let one = await first.run()
            #expect(one.succeeded, "\(one.text())")
            let two = await second.run()
            #expect(two.succeeded, "\(two.text())")
        }
    }

    @Test("Okta's lookups arrive with both query encodings, %20 and +")
    func bothEncodings() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let options = SimulatorOptions(users: 4, groups: 0, pace: .zero)
            let report = await (try Simulator(client: listener.client(token: token), options: options)).run()
            #expect(report.succeeded, "\(report.text())")
            var paths: [String] = []
            for _ in 0..<50 where !(paths.contains { $0.contains("userName+eq+") }) {
                try await Task.sleep(for: .milliseconds(20))
                paths = try await listener.store.recentTraffic(limit: 500).map(\.path)
            }
            #expect(paths.contains { $0.contains("filter=userName+eq+%22") })
            #expect(paths.contains { $0.contains("filter=userName%20eq%20%22") })
        }
    }
}

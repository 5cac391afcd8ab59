import Simulator
import TestSupport
import Testing

/// The simulator against a SCIM server that is not ScimDesk and takes the RFC's other choices:
/// 204 for every PATCH, a new id for a group created again after its DELETE, no ETags, no
/// `meta.version`, bare member values. A conformant peer must get a clean report.
@Suite("Simulator against a second, different SCIM server")
struct PeerServerTests {
    static func options(_ idp: SimulatedIdP, _ flavour: OktaFlavour = .oin, seed: UInt64 = 7) -> SimulatorOptions {
        SimulatorOptions(idp: idp, flavour: flavour, users: 12, groups: 3, concurrency: 4, seed: seed, pace: .zero)
    }

    @Test(
        "Okta OIN, Okta AIW and Entra pass, and the state matches the plan",
        arguments: [(SimulatedIdP.okta, OktaFlavour.oin), (.okta, .aiw), (.entra, .oin)])
    func flows(idp: SimulatedIdP, flavour: OktaFlavour) async throws {
        try await withPeerSCIMServer { peer in
            let simulator = try Simulator(client: peer.client(), options: Self.options(idp, flavour))
            let report = await simulator.run()
            #expect(report.succeeded, "\(report.text())")
            #expect(report.failures.isEmpty)
            // Pushed again after the DELETE, every group came back under a new id: a pass, not a re-link.
            #expect(report.tally(.repushGroup).succeeded == 3)
            #expect(report.relinkedGroups.isEmpty)
            #expect(report.recreatedGroups.count == 3)
            #expect(report.recreatedGroups.allSatisfy { $0.id != $0.previousID })
            let ids = await peer.directory.allGroups().map(\.id)
            #expect(Set(report.recreatedGroups.map(\.id)) == Set(ids))
            for group in report.recreatedGroups {
                #expect(report.text().contains("group \(group.displayName): re-created (new id \(group.id), was \(group.previousID))"))
            }
            await PeerState.expectMatches(simulator.plan, report, directory: peer.directory)
        }
    }

    @Test("Failures name the server by its host, not ScimDesk")
    func namedByHost() async throws {
        try await withPeerSCIMServer { peer in
            let simulator = try Simulator(client: peer.client(token: "wrong"), options: SimulatorOptions(users: 2, groups: 1))
            let report = await simulator.run()
            #expect(!report.succeeded)
            let assignments = report.failures.filter { $0.step == .assignUser }
            #expect(assignments.count == 2)
            for failure in assignments {
                #expect(failure.status == 401)
                #expect(failure.message.hasPrefix("Automatic provisioning of user \(failure.subject) to app 127.0.0.1 failed: "))
            }
            #expect(!report.text().contains("ScimDesk"), "\(report.text())")
        }
    }

    @Test(
        "Run again on the same directory, with other people in the same groups, the second run is clean",
        arguments: [(SimulatedIdP.okta, OktaFlavour.oin), (.okta, .aiw), (.entra, .oin)])
    func secondRun(idp: SimulatedIdP, flavour: OktaFlavour) async throws {
        try await withPeerSCIMServer { peer in
            // 7 of the 12 group names each time: the runs must share some (pigeonhole), with other people in them.
            let options = { (seed: UInt64) in SimulatorOptions(idp: idp, flavour: flavour, users: 14, groups: 7, seed: seed) }
            let first = try Simulator(client: peer.client(), options: options(3))
            let second = try Simulator(client: peer.client(), options: options(4))
            let shared = Set(first.plan.groups.map(\.displayName)).intersection(second.plan.groups.map(\.displayName))
            try #require(!shared.isEmpty, "the two plans must share a group for the second run to link to it")
            let one = await first.run()
            #expect(one.succeeded, "\(one.text())")
            let two = await second.run()
            #expect(two.succeeded, "\(two.text())")
        }
    }
}

import Simulator
import Testing

@Suite("Simulation plans")
struct SimulationPlanTests {
    @Test("The same seed gives the same people and groups; another seed gives others")
    func deterministic() {
        let a = SimulationPlan(options: SimulatorOptions(users: 20, groups: 3, seed: 42))
        let b = SimulationPlan(options: SimulatorOptions(users: 20, groups: 3, seed: 42))
        let c = SimulationPlan(options: SimulatorOptions(users: 20, groups: 3, seed: 43))
        #expect(a.users == b.users)
        #expect(a.groups == b.groups)
        #expect(a.users.map(\.userName) != c.users.map(\.userName))
    }

    @Test("userNames are unique ignoring case, and some names are not ASCII")
    func realisticNames() {
        let plan = SimulationPlan(options: SimulatorOptions(users: 200, seed: 3))
        #expect(Set(plan.users.map { $0.userName.lowercased() }).count == 200)
        #expect(plan.users.allSatisfy { $0.userName.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(plan.users.contains { user in user.displayName.unicodeScalars.contains { !$0.isASCII } })
        #expect(plan.users.contains { $0.userName != $0.userName.lowercased() }, "some userNames keep capitals")
        let second = plan.users[1].displayName
        #expect(second.unicodeScalars.contains { !$0.isASCII }, "one non-ASCII name early on")
    }

    @Test("Groups: round-robin members, one joins and one leaves, the protected admin is never a member")
    func groups() {
        let plan = SimulationPlan(options: SimulatorOptions(users: 12, groups: 3, protectedAdmin: "root@example.com"))
        #expect(plan.users.count == 13)
        #expect(plan.users.last?.isProtectedAdmin == true)
        #expect(Set(plan.groups.map(\.displayName)).count == 3)
        for group in plan.groups {
            #expect(group.initialMembers.count == 4)
            #expect(group.added.count == 1 && group.removed.count == 1)
            #expect(!group.finalMembers.contains(12))
            #expect(group.finalMembers.count == 4)
        }
    }

    @Test("More groups than names get numbered names")
    func manyGroups() {
        let plan = SimulationPlan(options: SimulatorOptions(users: 2, groups: 30))
        #expect(Set(plan.groups.map(\.displayName)).count == 30)
    }

    @Test("Only Entra plans leavers, and Entra external ids are GUIDs")
    func leavers() {
        let okta = SimulationPlan(options: SimulatorOptions(idp: .okta, users: 8))
        let entra = SimulationPlan(options: SimulatorOptions(idp: .entra, users: 8))
        #expect(okta.users.filter(\.leavesAtEnd).isEmpty)
        #expect(entra.users.filter(\.leavesAtEnd).map(\.index) == [3, 7])
        #expect(okta.users.allSatisfy { $0.externalID.hasPrefix("00u") && $0.externalID.count == 20 })
        #expect(entra.users.allSatisfy { $0.externalID.count == 36 && $0.externalID.split(separator: "-").count == 5 })
    }

    @Test("SplitMix64 matches the reference output for seed 0")
    func splitMix() {
        var random = SplitMix64(seed: 0)
        // First outputs of the reference C implementation (Vigna) for seed 0.
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}

import Provisioning
import Simulator
import TestSupport
import Testing

/// Compares the peer server's directory after a clean run with what the plan meant to happen.
enum PeerState {
    static func expectMatches(_ plan: SimulationPlan, _ report: SimulationReport, directory: PeerDirectory) async {
        let users = await directory.allUsers()
        let remaining = plan.users.filter { !$0.isProtectedAdmin && !$0.leavesAtEnd }
        #expect(Set(users.map(\.userName)) == Set(remaining.map(\.userName)))
        let planned = Dictionary(uniqueKeysWithValues: plan.users.map { ($0.userName, $0) })
        let enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
        for user in users {
            #expect(user.active == true, "\(user.userName) should be active after reactivation")
            #expect(user.document["title"]?.stringValue == planned[user.userName]?.updatedTitle)
            #expect(user.document[enterprise]?.objectValue?["department"]?.stringValue == planned[user.userName]?.updatedDepartment)
        }
        let names = Dictionary(uniqueKeysWithValues: users.map { ($0.id, $0.userName) })
        let groups = await directory.allGroups()
        #expect(groups.count == plan.groups.count)
        for plannedGroup in plan.groups {
            let group = groups.first { $0.displayName == plannedGroup.displayName }
            #expect(Set(group?.members.compactMap { names[$0] } ?? []) == plan.finalMemberNames(of: plannedGroup, excludingLeavers: true))
        }
    }
}

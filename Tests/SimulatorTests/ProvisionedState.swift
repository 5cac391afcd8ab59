import Foundation
import Provisioning
import SQLiteStore
import Simulator
import Testing

/// Compares the store after a clean run with what the plan meant to happen.
enum ProvisionedState {
    static func expectMatches(_ plan: SimulationPlan, _ report: SimulationReport, store: SQLiteStore, idp: IdentityProvider) async throws {
        let users = try await store.users(idpID: idp.id, query: ListQuery(count: 10_000)).items
        let remaining = plan.users.filter { !$0.isProtectedAdmin && !$0.leavesAtEnd }
        // userNames exactly as sent, capitals included (docs/idp-wire.md Q8).
        #expect(Set(users.map(\.profile.userName)) == Set(remaining.map(\.userName)))
        let planned = Dictionary(uniqueKeysWithValues: plan.users.map { ($0.userName, $0) })
        for user in users {
            #expect(user.profile.active, "\(user.profile.userName) should be active after reactivation")
            #expect(user.profile.department == planned[user.profile.userName]?.updatedDepartment)
            #expect(user.profile.document["title"]?.stringValue == planned[user.profile.userName]?.updatedTitle)
            #expect(user.profile.displayName == planned[user.profile.userName]?.displayName)
        }
        let names = Dictionary(uniqueKeysWithValues: users.map { ($0.id, $0.profile.userName) })
        let groups = try await store.groups(idpID: idp.id, query: ListQuery(count: 1_000)).items
        #expect(groups.count == plan.groups.count)
        #expect(report.relinkedGroups.count == plan.groups.count)
        #expect(report.recreatedGroups.isEmpty)
        for plannedGroup in plan.groups {
            let group = try #require(groups.first { $0.profile.displayName == plannedGroup.displayName })
            // Deleted and pushed again: the same id, re-linked once.
            #expect(report.relinkedGroups.contains { $0.id == group.id && $0.displayName == plannedGroup.displayName })
            #expect(group.relinkCount == 1)
            let members = try await store.members(ofGroup: group.id)
            #expect(Set(members.compactMap { names[$0.userID] }) == plan.finalMemberNames(of: plannedGroup, excludingLeavers: true))
            #expect(members.allSatisfy { names[$0.userID] != nil }, "every member of \(plannedGroup.displayName) is a remaining user")
        }
    }
}

import Foundation
import Provisioning
import Testing

extension StoreConformance {
    static let relinkRaceChecks: [Check] = [
        Check("tombstone: 20 concurrent re-links of one deleted group give one success and conflicts, nothing else") { store in
            let idp = try await makeIdP(store)
            let service = GroupService(store: store)
            let profile = GroupProfile(displayName: "Engineers", externalID: "00gE", document: JSONObject())
            let original = try await service.create(profile, members: [], for: idp).value
            try await store.deleteGroup(
                id: original.id, idpID: idp.id, at: StoreFixtures.time(5), audit: StoreFixtures.audit(.groupDeleted))
            let counts = await withTaskGroup(of: String.self) { tasks in
                for _ in 0..<20 {
                    tasks.addTask {
                        do {
                            let group = try await service.create(profile, members: [], for: idp).value
                            return group.id == original.id ? "relinked" : "created anew"
                        } catch DomainError.conflict {
                            return "conflict"
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                return await tasks.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            }
            #expect(counts == ["relinked": 1, "conflict": 19])
            #expect(try await store.groups(idpID: idp.id, query: ListQuery()).items.map(\.id) == [original.id])
        }
    ]
}

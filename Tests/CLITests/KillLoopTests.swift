import Foundation
import Provisioning
import SCIMClient
import SQLiteStore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// kill -9 under provisioning load, round after round on one database: every write the listener
/// acknowledged (creates, renames, member adds), in this round or any before, is there after each kill, the file passes
/// `PRAGMA integrity_check`, `scimdesk audit verify` finds the chain intact, and the listener starts
/// again. SOAK_ROUNDS sets the rounds (3 here; `make soak` runs 25).
@Suite(.timeLimit(.minutes(60))) struct KillLoopTests {
    static var rounds: Int { Int(ProcessInfo.processInfo.environment["SOAK_ROUNDS"] ?? "") ?? 3 }

    @Test func everyAcknowledgedWriteSurvivesKillNineRoundAfterRound() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, token) = try makeDatabaseWithToken(in: directory)
        var all = ProvisioningLoad.Acknowledged()
        for round in 1...Self.rounds {
            let serve = try ServeProcess(database: database, directory: directory, arguments: ["--rate-limit", "off"])
            defer { serve.stop(SIGKILL) }
            try #require(try await Curl.waitUntilUp("http://127.0.0.1:\(serve.port)/readyz"), "round \(round): \(serve.stderr)")
            let baseURL = URL(string: "http://127.0.0.1:\(serve.port)/scim/v2")!
            let client = SCIMHTTPClient(baseURL: baseURL, bearerToken: token, timeout: 10)
            let group = try await client.send(
                "POST", "/Groups", json: ["schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Round \(round)"])
            let groupID = try #require(group.json?["id"] as? String, "round \(round): \(group.status)")

            // Four clients: enough to have writes in every phase when the kill lands, light enough to share
            // the machine with the other process tests.
            let load = ProvisioningLoad(baseURL: baseURL, token: token, group: groupID, clients: 4, prefix: "r\(round)")
            try await load.waitForAcknowledgedUsers(20)
            // A random moment, so kills land in every phase of a write (request, commit, answer).
            let delay = Int.random(in: 0...1_500)
            try await Task.sleep(for: .milliseconds(delay))
            serve.process.kill(SIGKILL)
            #expect(serve.process.wait(timeout: 10) == 128 + SIGKILL)
            let acknowledged = await load.stop()
            #expect(acknowledged.unexpectedStatuses.isEmpty, "round \(round): \(acknowledged.unexpectedStatuses)")

            #expect(try SQLiteShell.execute("PRAGMA integrity_check", database: database) == "ok\n", "round \(round)")
            let verify = try BuiltBinary.run(["audit", "verify", "--database", database])
            #expect(verify.status == 0, "round \(round): \(verify.stdout) \(verify.stderr)")
            all.users.merge(acknowledged.users) { first, _ in first }
            all.displayNames.merge(acknowledged.displayNames) { first, _ in first }
            all.members += acknowledged.members
            try await Self.expectPresent(all, in: database, round: round)
            print(
                "kill -9 round \(round) after \(delay) ms: \(acknowledged.users.count) creates, \(acknowledged.displayNames.count) renames, "
                    + "\(acknowledged.members.count) member adds acknowledged and present")
        }
        // The last kill's files still start a listener that serves them.
        let serve = try ServeProcess(database: database, directory: directory)
        defer { serve.stop() }
        #expect(try await Curl.waitUntilUp("http://127.0.0.1:\(serve.port)/readyz"), "\(serve.stderr)")
        print(
            "kill -9 loop: \(Self.rounds) kills survived; \(all.users.count) creates, \(all.displayNames.count) renames, "
                + "\(all.members.count) member adds acknowledged, all present after every later kill")
    }

    /// Reads the killed listener's database directly and finds every acknowledged write in it.
    static func expectPresent(_ acknowledged: ProvisioningLoad.Acknowledged, in database: String, round: Int) async throws {
        let store = try SQLiteStore(path: database)
        defer { try? store.close() }
        let idp = try #require(try await store.identityProvider(named: "Okta"))
        let users = try await store.users(idpID: idp.id, query: ListQuery(count: 1_000_000)).items
        let byName = Dictionary(users.map { ($0.profile.userName, $0) }, uniquingKeysWith: { first, _ in first })
        let missing = acknowledged.users.filter { byName[$0.key]?.id != $0.value }
        #expect(missing.isEmpty, "round \(round): acknowledged creates missing: \(missing.keys.sorted().prefix(5))")
        let byID = Dictionary(users.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unrenamed = acknowledged.displayNames.filter { byID[$0.key]?.profile.displayName != $0.value }
        #expect(unrenamed.isEmpty, "round \(round): acknowledged renames missing: \(unrenamed.keys.sorted().prefix(5))")
        for group in Set(acknowledged.members.map(\.group)) {
            let members = Set(try await store.members(ofGroup: group).map(\.userID))
            let absent = acknowledged.members.filter { $0.group == group && !members.contains($0.user) }
            #expect(absent.isEmpty, "round \(round): acknowledged member adds missing: \(absent.prefix(5).map(\.user))")
            let stored = try #require(try await store.group(id: group, idpID: idp.id, includeDeleted: false))
            #expect(stored.memberCount == members.count, "round \(round): member count \(stored.memberCount), members \(members.count)")
        }
    }
}

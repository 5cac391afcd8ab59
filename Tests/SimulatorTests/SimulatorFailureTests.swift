import Foundation
import Provisioning
import SQLiteStore
import Simulator
import TestSupport
import Testing

/// The simulator reports failures as the IdP admin would read them, and marks the run failed.
@Suite("Simulator failure reporting")
struct SimulatorFailureTests {
    @Test("A revoked token: every step fails with Okta's Unauthorized lines quoting the revocation")
    func revokedToken() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            try await TokenService(store: listener.store).revoke(for: idp, by: .cli)
            let simulator = try Simulator(client: listener.client(token: token), options: SimulatorOptions(users: 3, groups: 1))
            let report = await simulator.run()
            #expect(!report.succeeded)
            #expect(report.text().contains("Result: FAILED"))
            #expect(report.tally(.connectionTest).failed == 1)
            #expect(report.tally(.assignUser).failed == 3)
            #expect(report.tally(.pushGroup).failed == 1)
            let connection = try #require(report.failures.first { $0.step == .connectionTest })
            #expect(connection.message.hasPrefix("Error authenticating: Unauthorized."))
            #expect(connection.status == 401)
            #expect(connection.detail?.contains("revoked") == true)
            for user in simulator.plan.users {
                let prefix =
                    "Automatic provisioning of user \(user.userName) to app 127.0.0.1 failed: Error while verifying if user "
                    + "\(user.userName) exists: Unauthorized. Errors reported by remote server: The provisioning token for Okta was revoked on "
                #expect(report.failures.contains { $0.message.hasPrefix(prefix) && $0.status == 401 }, "\(report.text())")
            }
            #expect(report.users == 3 && report.createdUsers == 0)
        }
    }

    @Test("Nothing listening: the connection test fails without an answer and the run stops")
    func nothingListening() async throws {
        let client = SCIMHTTPClientFactory.unreachable()
        let report = await (try Simulator(client: client, options: SimulatorOptions(users: 5))).run()
        #expect(!report.succeeded)
        #expect(report.abortReason != nil)
        #expect(report.requests == 1)
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.message.hasPrefix("Error authenticating:") == true)
    }

    @Test("The protected admin is refused with 409, reported as expected, and the run still succeeds")
    func protectedAdmin() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            _ = try await AdminService(store: listener.store).add(username: "root@example.com", email: nil, by: .cli)
            let options = SimulatorOptions(users: 4, groups: 1, protectedAdmin: "root@example.com")
            let report = await (try Simulator(client: listener.client(token: token), options: options)).run()
            #expect(report.succeeded, "\(report.text())")
            #expect(report.tally(.assignUser).succeeded == 4)
            #expect(report.tally(.assignUser).expectedFailures == 1)
            let failure = try #require(report.failures.first)
            #expect(failure.expected && failure.status == 409)
            #expect(
                failure.message.hasPrefix(
                    "Automatic provisioning of user root@example.com to app 127.0.0.1 failed: Error while creating user root@example.com: Conflict. Errors reported by remote server: "
                ))
            #expect(failure.message.contains("protected"))
            let users = try await listener.store.users(idpID: idp.id, query: ListQuery(count: 100)).items
            #expect(users.allSatisfy { $0.profile.userName != "root@example.com" })
        }
    }

    @Test("Invalid options are a programmer error and throw")
    func invalidOptions() {
        #expect(throws: SimulatorError.self) {
            try Simulator(client: SCIMHTTPClientFactory.unreachable(), options: SimulatorOptions(concurrency: 0))
        }
    }
}

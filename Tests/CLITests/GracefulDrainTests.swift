import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SIGTERM under write load: requests in flight finish, new ones are refused, the process exits soon.
@Suite struct GracefulDrainTests {
    @Test func sigtermDrainsUnderLoadAndExitsWithinTheBound() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, token) = try makeDatabaseWithToken(in: directory)
        let serve = try ServeProcess(database: database, directory: directory, arguments: ["--drain-seconds", "5"])
        defer { serve.stop(SIGKILL) }
        #expect(try await Curl.waitUntilUp("http://127.0.0.1:\(serve.port)/readyz"))

        let load = WriteLoad(baseURL: URL(string: "http://127.0.0.1:\(serve.port)/scim/v2")!, token: token, clients: 16)
        try await load.waitForAcknowledged(200)
        let signalled = ContinuousClock.now
        serve.process.kill(SIGTERM)
        let status = serve.process.wait(timeout: 20)
        let drain = ContinuousClock.now - signalled
        // The drain can finish before any client tried again; give them a moment to find the port closed.
        try await load.waitForTransportErrors(1)
        let outcome = await load.stop()
        // Bounded: the drain allows 5 s for requests in flight, then 2 s for cancellation.
        #expect(status == 0, "exit status \(String(describing: status)); stderr: \(serve.stderr)")
        #expect(drain < .seconds(8), "took \(drain)")
        #expect(outcome.otherStatuses.filter { $0 >= 500 }.isEmpty, "\(outcome.otherStatuses)")
        #expect(outcome.transportErrors > 0, "new requests after SIGTERM should have been refused")
        #expect(serve.stderr.contains("ScimDesk stopped."))
        print("graceful drain under load of 16 clients: \(drain), \(outcome.acknowledged.count) creates acknowledged")

        let store = try SQLiteStore(path: database)
        defer { try? store.close() }
        let idp = try #require(try await store.identityProvider(named: "Okta"))
        let stored = Set(try await store.users(idpID: idp.id, query: ListQuery(count: 100_000)).items.map(\.profile.userName))
        #expect(stored.isSuperset(of: outcome.acknowledged.map(\.userName)))
        // The traffic recorder flushed before exit: every acknowledged create is in the traffic log.
        let posts = try await store.recentTraffic(limit: 100_000).filter { $0.method == "POST" && $0.status == 201 }
        #expect(posts.count >= outcome.acknowledged.count)
    }
}

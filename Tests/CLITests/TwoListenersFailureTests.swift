import Foundation
import SCIMClient
import Synchronization
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Failures of one part of a PostgreSQL deployment: a listener killed mid-load, the database stopped.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"), .timeLimit(.minutes(5)))
struct TwoListenersFailureTests {
    @Test("kill -9 of one listener mid-load loses no acknowledged write and leaves no locks or open transactions")
    func killedListener() async throws {
        let directory = try SharedDirectory()
        defer { directory.remove() }
        let victim = try await directory.serve()
        let survivor = try await directory.serve()
        defer { survivor.process.stop() }
        let acknowledged = Acknowledged()
        let load = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        for index in 0..<400 {
                            let response = try? await victim.client.send(
                                "POST", "/Users", json: SharedDirectory.user("load\(worker)-\(index)@example.com"))
                            guard let response else { return }  // the listener is gone
                            if response.status == 201, let id = response.json?["id"] as? String {
                                acknowledged.ids.withLock { $0.append(id) }
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        while acknowledged.ids.withLock({ $0.count }) < 40 { try await Task.sleep(for: .milliseconds(20)) }
        victim.process.stop(SIGKILL)
        try await load.value
        let ids = acknowledged.ids.withLock { $0 }
        for id in ids {
            let fetched = try await survivor.client.send("GET", "/Users/\(id)")
            #expect(fetched.status == 200, "acknowledged user \(id) is missing")
        }
        // The server notices the dropped connections and rolls back whatever they had open.
        var leftovers = "?"
        for _ in 0..<100 {
            leftovers = try directory.sql(
                """
                SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%') \
                || ' ' || (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory')
                """)
            if leftovers == "0 0" { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(leftovers == "0 0", "idle transactions, advisory locks")
        let created = try await survivor.client.send("POST", "/Users", json: SharedDirectory.user("after@example.com"))
        #expect(created.status == 201)
    }

    @Test("the database stopped: 503 with Retry-After quickly; service returns without a restart")
    func databaseOutage() async throws {
        // A cluster of its own: stopping the shared one would fail other tests.
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let directory = try SharedDirectory(cluster: cluster, connectTimeout: 3)
        defer { directory.remove() }
        let listener = try await directory.serve()
        defer { listener.process.stop() }
        let created = try await listener.client.send("POST", "/Users", json: SharedDirectory.user("before@example.com"))
        let id = try #require(created.json?["id"] as? String)

        try cluster.pause()
        let started = ContinuousClock.now
        let during = try await listener.client.send("GET", "/Users/\(id)")
        #expect(during.status == 503)
        #expect(during.header("Retry-After") != nil)
        #expect(ContinuousClock.now - started < .seconds(20), "answered within the lease deadline, not hung")

        try cluster.resume()
        var status = 0
        for _ in 0..<100 where status != 200 {
            status = (try? await listener.client.send("GET", "/Users/\(id)").status) ?? 0
            if status != 200 { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(status == 200)
        #expect(try await listener.client.send("POST", "/Users", json: SharedDirectory.user("after@example.com")).status == 201)
    }
}

/// Ids of users whose creation was answered 201, from several load tasks.
private final class Acknowledged: Sendable {
    let ids = Mutex<[String]>([])
}

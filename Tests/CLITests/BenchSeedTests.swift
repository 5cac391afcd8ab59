import Foundation
import SCIMClient
import TestSupport
import Testing

/// `scimdesk bench seed` fills either store with the same directory: the users, the groups (one large,
/// one empty PATCH target), a working token and the files the wrk scripts read, under a sealed audit log.
@Suite(.timeLimit(.minutes(5)))
struct BenchSeedTests {
    static let size = ["--users", "300", "--groups", "3", "--group-members", "10", "--large-group", "120", "--sample", "300"]

    @Test(
        "bench seed on PostgreSQL: users, groups, a token that serves them, a sealed audit log; a second seed is refused",
        .enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"))
    func seedPostgres() async throws {
        let cluster = try PostgresSubject.requireCluster()
        let database = try await cluster.createDatabase()
        defer { try? cluster.dropDatabase(database) }
        let files = try TemporaryDirectory(prefix: "scimdesk-bench-seed")
        defer { files.remove() }
        let options = ["--database", cluster.url(database: database), "--audit-key", cluster.auditKeyPath(database: database)]

        let seeded = try BuiltBinary.run(["bench", "seed", "--out", files.path("data")] + Self.size + options, timeout: 120)
        #expect(seeded.status == 0, "\(seeded.stderr)")
        #expect(try await cluster.sql("SELECT count(*) FROM users", database: database) == "300")
        let seed = try Self.seedSummary(files)
        let large = try #require(seed["large_group_id"] as? String)
        let target = try #require(seed["patch_group_id"] as? String)
        #expect(
            try await cluster.sql(
                "SELECT member_count || ' ' || (SELECT count(*) FROM memberships WHERE group_id = g.id) FROM groups g WHERE id = '\(large)'",
                database: database) == "120 120")
        #expect(try await cluster.sql("SELECT member_count FROM groups WHERE id = '\(target)'", database: database) == "0")
        #expect(try BuiltBinary.run(["audit", "verify"] + options).status == 0)

        // The token and the sample are what wrk uses: a listener on the database serves them.
        let sample = try String(contentsOfFile: files.path("data/users.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(sample.count == 300)
        let token = try String(contentsOfFile: files.path("data/token"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let listener = try ServeProcess(
            database: cluster.url(database: database), directory: files,
            arguments: ["--audit-key", cluster.auditKeyPath(database: database)])
        defer { listener.stop() }
        let client = SCIMHTTPClient(baseURL: URL(string: "http://127.0.0.1:\(listener.port)/scim/v2")!, bearerToken: token, timeout: 30)
        let fields = try #require(sample.first).split(separator: "\t").map(String.init)
        var fetched: HTTPExchange?
        for _ in 0..<300 where fetched == nil {
            fetched = try? await client.send("GET", "/Users/\(fields[0])")
            if fetched == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(fetched?.status == 200, "\(listener.stderr)")
        #expect(fetched?.json?["userName"] as? String == fields[1])

        let again = try BuiltBinary.run(["bench", "seed", "--out", files.path("again")] + Self.size + options, timeout: 60)
        #expect(again.status == 1)
        #expect(again.stderr.contains("needs an empty database"), "\(again.stderr)")
        #expect(try await cluster.sql("SELECT count(*) FROM users", database: database) == "300")
    }

    @Test("bench seed on SQLite: the users and groups in a new file; an existing file is refused")
    func seedSQLite() throws {
        let files = try TemporaryDirectory(prefix: "scimdesk-bench-seed")
        defer { files.remove() }
        let database = files.path("bench.sqlite")
        let seeded = try BuiltBinary.run(["bench", "seed", "--database", database, "--out", files.path("data")] + Self.size, timeout: 120)
        #expect(seeded.status == 0, "\(seeded.stderr)")
        #expect(
            try SQLiteShell.execute("SELECT count(*) FROM users", database: database).trimmingCharacters(in: .whitespacesAndNewlines)
                == "300")
        let large = try #require(try Self.seedSummary(files)["large_group_id"] as? String)
        #expect(
            try SQLiteShell.execute("SELECT count(*) FROM memberships WHERE group_id = '\(large)'", database: database)
                .trimmingCharacters(in: .whitespacesAndNewlines) == "120")
        let again = try BuiltBinary.run(["bench", "seed", "--database", database, "--out", files.path("again")] + Self.size)
        #expect(again.status == 1)
        #expect(again.stderr.contains("needs a fresh database"), "\(again.stderr)")
    }

    static func seedSummary(_ files: TemporaryDirectory) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: files.path("data/seed.json")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

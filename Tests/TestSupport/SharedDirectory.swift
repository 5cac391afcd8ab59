import Foundation
import SCIMClient

#if canImport(Glibc)
    import Glibc
#endif

/// One PostgreSQL database with an IdP ("Okta") and its token made through the CLI, and
/// `scimdesk serve` processes on it, as several hosts behind a load balancer would run them.
public final class SharedDirectory: Sendable {
    public let cluster: PostgresCluster
    public let database: String
    public let url: String
    public let token: String
    public let files: TemporaryDirectory

    /// On a new database of `cluster` (by default the shared one); requests wait up to
    /// `connectTimeout` seconds for a database connection before a 503.
    public init(cluster: PostgresCluster? = nil, connectTimeout: Int = 60) throws {
        self.cluster = try cluster ?? PostgresSubject.requireCluster()
        database = try self.cluster.createDatabase()
        url = self.cluster.url(database: database, connectTimeout: connectTimeout)
        files = try TemporaryDirectory(prefix: "scimdesk-shared")
        let added = try BuiltBinary.run(
            ["idp", "add", "--name", "Okta"] + Self.options(url, self.cluster.auditKeyPath(database: database)))
        guard added.status == 0 else { throw PostgresCluster.ClusterError(description: "idp add failed: \(added.stderr)") }
        token = try BuiltBinary.run(
            ["token", "generate", "--idp", "Okta"] + Self.options(url, self.cluster.auditKeyPath(database: database))
        )
        .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `--database` and `--audit-key`: every process of a directory uses the same key file.
    public var options: [String] { Self.options(url, cluster.auditKeyPath(database: database)) }

    static func options(_ url: String, _ key: String) -> [String] { ["--database", url, "--audit-key", key] }

    /// Runs a CLI command against the directory.
    public func cli(_ arguments: [String]) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + options)
    }

    /// A `serve` process on the directory, answering once it serves requests.
    public func serve(pool: Int = 4) async throws -> (process: ServeProcess, client: SCIMHTTPClient) {
        let process = try ServeProcess(
            database: url, directory: files, arguments: ["--audit-key", cluster.auditKeyPath(database: database), "--db-pool", "\(pool)"])
        let client = SCIMHTTPClient(baseURL: URL(string: "http://127.0.0.1:\(process.port)/scim/v2")!, bearerToken: token, timeout: 30)
        for _ in 0..<300 {
            if (try? await client.send("GET", "/Users?count=1").status) == 200 { return (process, client) }
            try await Task.sleep(for: .milliseconds(100))
        }
        process.stop(SIGKILL)
        throw PostgresCluster.ClusterError(description: "a listener did not come up: \(process.stderr)")
    }

    /// Runs `sql` on the directory's database as the superuser.
    public func sql(_ statement: String) throws -> String {
        try cluster.sql(statement, database: database)
    }

    /// Drops the database and the files.
    public func remove() {
        try? cluster.dropDatabase(database)
        files.remove()
    }

    /// A user resource body.
    public static func user(_ userName: String, active: Bool = true) -> [String: Any] {
        ["schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": userName, "active": active]
    }
}

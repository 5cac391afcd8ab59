import Foundation
import PostgresStore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A throwaway PostgreSQL 15 cluster for tests: its own temporary directory, a Unix socket there and no
/// TCP listener (`listen_addresses=''`, so parallel test runs never race for a port), `fsync=off`
/// (tests only). Started once per test process on first use and stopped and deleted when it exits.
///
/// `initdb` refuses to run as root, so as root every server command runs as the `postgres` user.
public final class PostgresCluster: Sendable {
    public static let binaries = "/usr/lib/postgresql/15/bin"

    /// Whether the server binaries are installed. Without them the PostgreSQL tests are skipped,
    /// except under CI, where they must run (`requireForCI`).
    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: binaries + "/postgres") }

    /// The directory holding the data directory, the socket and the server log.
    public let directory: String

    init(directory: String) { self.directory = directory }

    /// The cluster of this test process, started on first use.
    public static func shared() throws -> PostgresCluster {
        try state.withLock { state in
            if let cluster = state { return cluster }
            let cluster = try start()
            state = cluster
            atexit { PostgresCluster.stopShared() }
            return cluster
        }
    }

    private static let state = Mutex<PostgresCluster?>(nil)

    private static func stopShared() {
        state.withLock { state in
            state?.stop()
            state = nil
        }
    }

    /// initdb + pg_ctl start; ~1.5 s on an idle machine.
    public static func start() throws -> PostgresCluster {
        sweepOrphans()
        let directory = temporaryRoot + directoryPrefix + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let cluster = PostgresCluster(directory: directory)
        // Whose cluster this is, so a later run can clean up after a test process that crashed.
        try Data("\(getpid())".utf8).write(to: URL(fileURLWithPath: directory + "/" + ownerFile))
        if getuid() == 0 { try cluster.server("/bin/chown", ["postgres", directory], asPostgres: false) }
        try cluster.server(
            binaries + "/initdb", ["-D", directory + "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-N"])
        try cluster.resume()
        return cluster
    }

    /// Starts the server of an existing cluster (again).
    public func resume() throws {
        let options = [
            "-c listen_addresses=''", "-c unix_socket_directories=\(directory)", "-c fsync=off", "-c synchronous_commit=off",
            "-c full_page_writes=off", "-c max_connections=300", "-c shared_buffers=32MB",
        ]
        try server(
            Self.binaries + "/pg_ctl",
            ["-D", directory + "/data", "-o", options.joined(separator: " "), "-l", directory + "/server.log", "-w", "start"])
    }

    /// Stops the server, keeping the data (an outage, for tests of what clients see meanwhile).
    public func pause() throws {
        try server(Self.binaries + "/pg_ctl", ["-D", directory + "/data", "-m", "fast", "-w", "stop"])
    }

    /// Stops the server at once (nothing here needs a clean shutdown) and deletes everything.
    public func stop() {
        try? server(Self.binaries + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// `postgres://postgres@/<database>?host=<socket directory>`, waiting up to `connectTimeout`
    /// seconds for a connection: long by default, because a test machine running several builds can
    /// keep every connection busy for longer than production's 5 s (which outage tests keep).
    public func url(database: String, connectTimeout: Int = 60) -> String {
        "postgres://postgres@/\(database)?host=\(directory)&connect_timeout=\(connectTimeout)"
    }

    /// The audit key file the tests use for `database` (every process on it must use the same one).
    public func auditKeyPath(database: String) -> String {
        directory + "/\(database).audit-key"
    }

    public func settings(database: String) throws -> PostgresSettings {
        try PostgresSettings(url: url(database: database))
    }

    /// A new empty database with a unique name.
    public func createDatabase() throws -> String {
        let name = "scimdesk_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try sql("CREATE DATABASE \(name)")
        return name
    }

    /// Drops `name`, disconnecting whoever is still connected.
    public func dropDatabase(_ name: String) throws {
        try sql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs one statement through `psql` as the superuser; returns its unaligned output.
    @discardableResult
    public func sql(_ statement: String, database: String = "postgres") throws -> String {
        let output = directory + "/psql-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: output) }
        try run(
            Self.binaries + "/psql",
            ["-h", directory, "-U", "postgres", "-d", database, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", statement],
            stdout: output)
        return (try? String(contentsOfFile: output, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    private func server(_ executable: String, _ arguments: [String], asPostgres: Bool = true) throws {
        if asPostgres, getuid() == 0 {
            try run("/usr/sbin/runuser", ["-u", "postgres", "--", executable] + arguments)
        } else {
            try run(executable, arguments)
        }
    }

    private func run(_ executable: String, _ arguments: [String], stdout: String = "/dev/null") throws {
        let log = directory + "/command-\(UUID().uuidString).err"
        let process = try SpawnedProcess(executable, arguments, stdout: stdout, stderr: log)
        let status = process.wait(timeout: 120)
        let errors = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: log)
        guard status == 0 else {
            if status == nil { process.kill() }
            throw ClusterError(
                description: "\((executable as NSString).lastPathComponent) failed (\(status.map(String.init) ?? "timeout")): \(errors)")
        }
    }

    public struct ClusterError: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }
}

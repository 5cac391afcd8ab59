import Foundation
import PostgresNIO

/// Where the database is and how hard to use it, parsed from a libpq-style URL:
/// `postgres://user[:password]@host[:port]/db`, or `postgres://user@/db?host=/socket/dir` for a Unix
/// socket (the directory; `.s.PGSQL.<port>` is appended as libpq does).
public struct PostgresSettings: Sendable {
    public enum Endpoint: Sendable, Hashable {
        case tcp(host: String, port: Int)
        case socket(path: String)
    }

    public var endpoint: Endpoint
    public var username: String
    public var password: String?
    public var database: String
    /// libpq's `sslmode`: `disable`, `prefer` (the default) or `require`.
    public var sslMode: String = "prefer"
    /// Connections this process may hold at most (`--db-pool`).
    public var poolSize: Int = 8
    /// How long a request waits for a connection before answering 503 (libpq's `connect_timeout`
    /// in the URL): the pool has no deadline of its own and would wait forever while the server is down.
    public var leaseTimeout: Duration = .seconds(5)
    /// `statement_timeout`, `lock_timeout` and `idle_in_transaction_session_timeout` of every session.
    public var statementTimeout: Duration = .seconds(30)
    public var lockTimeout: Duration = .seconds(10)
    public var idleInTransactionTimeout: Duration = .seconds(60)

    public init(endpoint: Endpoint, username: String, password: String? = nil, database: String) {
        self.endpoint = endpoint
        self.username = username
        self.password = password
        self.database = database
    }

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a `postgres://` URL.
    /// - Throws: `PostgresSettings.InvalidURL` naming what is wrong (the password is never echoed).
    public init(url text: String) throws {
        guard Self.isURL(text), let url = URLComponents(string: text) else {
            throw InvalidURL(reason: "expected postgres://user[:password]@host[:port]/database")
        }
        guard let user = url.user, !user.isEmpty else { throw InvalidURL(reason: "no user name") }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw InvalidURL(reason: "no database name") }
        let port = url.port ?? 5432
        let socketDirectory = url.queryItems?.first(where: { $0.name == "host" })?.value
        if let socketDirectory, socketDirectory.hasPrefix("/") {
            endpoint = .socket(path: socketDirectory + "/.s.PGSQL.\(port)")
        } else if let host = url.host, !host.isEmpty {
            endpoint = .tcp(host: host, port: port)
        } else {
            throw InvalidURL(reason: "no host (or ?host=/socket/directory)")
        }
        username = user.removingPercentEncoding ?? user
        password = url.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        if let text = url.queryItems?.first(where: { $0.name == "connect_timeout" })?.value {
            guard let seconds = Int(text), (1...600).contains(seconds) else {
                throw InvalidURL(reason: "connect_timeout must be a number of seconds from 1 to 600")
            }
            leaseTimeout = .seconds(seconds)
        }
        if let mode = url.queryItems?.first(where: { $0.name == "sslmode" })?.value {
            guard ["disable", "prefer", "require"].contains(mode) else {
                throw InvalidURL(reason: "sslmode must be disable, prefer or require")
            }
            sslMode = mode
        }
    }

    public struct InvalidURL: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { "invalid PostgreSQL URL: \(reason)" }
    }

    /// The URL without its password, for banners and logs.
    public var redacted: String {
        switch endpoint {
        case .tcp(let host, let port): "postgres://\(username)@\(host):\(port)/\(database)"
        case .socket(let path): "postgres://\(username)@/\(database)?host=\((path as NSString).deletingLastPathComponent)"
        }
    }

    private var tls: PostgresClient.Configuration.TLS {
        switch sslMode {
        case "disable": .disable
        case "require": .require(.makeClientConfiguration())
        default: .prefer(.makeClientConfiguration())
        }
    }

    var clientConfiguration: PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            configuration = .init(host: host, port: port, username: username, password: password, database: database, tls: tls)
        case .socket(let path):
            configuration = .init(unixSocketPath: path, username: username, password: password, database: database)
        }
        configuration.options.maximumConnections = max(1, poolSize)
        configuration.options.connectTimeout = leaseTimeout
        configuration.options.additionalStartupParameters = [
            ("statement_timeout", "\(Self.milliseconds(statementTimeout))"),
            ("lock_timeout", "\(Self.milliseconds(lockTimeout))"),
            ("idle_in_transaction_session_timeout", "\(Self.milliseconds(idleInTransactionTimeout))"),
            ("application_name", "scimdesk"),
        ]
        return configuration
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

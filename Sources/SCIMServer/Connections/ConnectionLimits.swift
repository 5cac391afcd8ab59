/// How long a connection may take over each part of an exchange, and how many may be open at once.
///
/// Without them every idle keep-alive connection, every client that sends its header one byte a
/// second (slowloris) and every body that never finishes holds a file descriptor for ever, until the
/// listener can accept no one. Okta and Entra send a whole request at once and reuse a connection
/// within seconds, so the defaults leave them untouched.
public struct ConnectionLimits: Sendable, Equatable {
    /// A connection with no request in progress is closed after this long (RFC 9112 §9.8 lets a
    /// server close an idle persistent connection at any time).
    public var idleTimeout: Duration
    /// From the first byte of a request to the end of its header; past it the client gets 408 and
    /// the connection is closed.
    public var headerTimeout: Duration
    /// From the end of a request's header to the end of its body; past it the connection is closed.
    public var bodyTimeout: Duration
    /// Connections open at once; above it a new connection is answered 503 with `Retry-After` and
    /// closed. `serve` lowers it to fit the process's file-descriptor limit.
    public var maximumConnections: Int

    public init(
        idleTimeout: Duration = .seconds(60), headerTimeout: Duration = .seconds(10), bodyTimeout: Duration = .seconds(30),
        maximumConnections: Int = 1_000
    ) {
        self.idleTimeout = idleTimeout
        self.headerTimeout = headerTimeout
        self.bodyTimeout = bodyTimeout
        self.maximumConnections = maximumConnections
    }
}

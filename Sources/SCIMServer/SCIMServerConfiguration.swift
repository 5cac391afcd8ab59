import Hummingbird

/// How the SCIM listener listens and what it accepts.
public struct SCIMServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Where the SCIM endpoints live; Okta suggests `/scim/v2`.
    public var basePath: String
    /// The base URL clients use (for `meta.location`); defaults to `http://host:port/scim/v2`.
    /// Set it when the listener sits behind a TLS proxy (Okta requires HTTPS).
    public var publicBaseURL: String?
    /// Request bodies larger than this get 413.
    public var maximumBodyBytes: Int
    /// The largest `count` a list request gets; advertised in `/ServiceProviderConfig`.
    public var maximumResults: Int
    /// Request and response bodies kept in traffic records are cut to this many bytes.
    public var trafficBodyLimit: Int
    /// Up to this many members a group PATCH answers 200 with the group, above it 204 (RFC 7644
    /// §3.5.2 allows either). Okta's SCIM 2.0 spec test and scim-sanity expect the group back after a
    /// member add or remove; echoing a 10,000-member group after every change costs more than the
    /// change itself (`make bench`: at 1,000 members the echo costs about as much as the PATCH).
    public var groupPatchRepresentationLimit: Int = 1_000
    /// Timeouts and the connection cap (see `ConnectionLimits`).
    public var connections = ConnectionLimits()
    /// Each IdP's `rateLimit` and the limit on failed authentications per address; off for benchmarks.
    public var rateLimiting = true
    /// Serve HTTPS with this certificate (reloadable); nil serves plain HTTP.
    public var tls: ReloadableTLS?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, basePath: String = "/scim/v2", publicBaseURL: String? = nil,
        maximumBodyBytes: Int = 1 << 20, maximumResults: Int = 200, trafficBodyLimit: Int = 16 << 10
    ) {
        self.host = host
        self.port = port
        self.basePath = basePath
        self.publicBaseURL = publicBaseURL
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumResults = maximumResults
        self.trafficBodyLimit = trafficBodyLimit
    }

    public var baseURL: String {
        publicBaseURL ?? "\(scheme)://\(host.contains(":") ? "[\(host)]" : host):\(port)\(basePath)"
    }

    /// `https` when the listener itself terminates TLS.
    public var scheme: String { tls == nil ? "http" : "https" }
}

extension SCIMServerConfiguration {
    /// The base URL for links in a response (`meta.location`, `Location`): `publicBaseURL` when set,
    /// else the host and port the client addressed, which stays right behind port mappings and when
    /// the listener was asked for an ephemeral port.
    func baseURL(for request: Request) -> String {
        if let publicBaseURL { return publicBaseURL }
        guard let authority = request.head.authority, !authority.isEmpty,
            authority.allSatisfy({ $0.isLetter || $0.isNumber || ".-:[]".contains($0) })
        else { return baseURL }
        return "\(scheme)://\(authority)\(basePath)"
    }
}

import Foundation

/// One SCIM request as the listener answered it. Never holds the bearer token or a password.
public struct TrafficRecord: Sendable, Hashable, Identifiable {
    /// Assigned by the store; 0 before insertion.
    public var id: Int64
    public var time: Date
    public var requestID: String
    public var idpID: UUID?
    public var idpName: String?
    public var method: String
    /// Path and query as received, e.g. `/scim/v2/Users?filter=userName%20eq%20%22a%22`.
    public var path: String
    public var status: Int
    public var latencyMicroseconds: Int
    /// What the request did, in words: "created user ada@example.com".
    public var summary: String
    public var requestBody: String?
    public var responseBody: String?
    /// The client's IP address as the listener saw it (a proxy's, behind one).
    public var remoteAddress: String?
    /// The `User-Agent` header: tells Okta from Entra from a script.
    public var userAgent: String?
    /// The request headers, one `Name: value` per line, with `Authorization` redacted.
    public var requestHeaders: String?

    public init(
        id: Int64 = 0, time: Date, requestID: String, idpID: UUID?, idpName: String?, method: String,
        path: String, status: Int, latencyMicroseconds: Int, summary: String,
        requestBody: String? = nil, responseBody: String? = nil, remoteAddress: String? = nil, userAgent: String? = nil,
        requestHeaders: String? = nil
    ) {
        self.id = id
        self.time = time
        self.requestID = requestID
        self.idpID = idpID
        self.idpName = idpName
        self.method = method
        self.path = path
        self.status = status
        self.latencyMicroseconds = latencyMicroseconds
        self.summary = summary
        self.requestBody = requestBody
        self.responseBody = responseBody
        self.remoteAddress = remoteAddress
        self.userAgent = userAgent
        self.requestHeaders = requestHeaders
    }

    public var isError: Bool { status >= 400 }
}

extension TrafficRecord {
    /// What a record weighs in the store, for its byte bound: the texts of any size (bodies, headers,
    /// path, summary) in UTF-8 bytes; the fixed-size fields are left out.
    public var storedBytes: Int {
        [requestBody, responseBody, requestHeaders, path, summary, userAgent].reduce(0) { $0 + ($1?.utf8.count ?? 0) }
    }
}

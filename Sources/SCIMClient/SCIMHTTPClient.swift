import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends SCIM requests with the headers Okta sends (docs/idp-wire.md §8 E12), over URLSession.
///
/// Every request has a timeout, so a stuck listener fails a run instead of hanging it.
public final class SCIMHTTPClient: Sendable {
    public let baseURL: URL
    /// The full `Authorization` header value, e.g. `Bearer scimdesk_…`; nil sends none.
    public let authorization: String?
    public let userAgent: String
    private let session: URLSession

    public init(baseURL: URL, authorization: String?, userAgent: String = "Okta SCIM Client 1.0.0", timeout: TimeInterval = 15) {
        self.baseURL = baseURL
        self.authorization = authorization
        self.userAgent = userAgent
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpMaximumConnectionsPerHost = 16
        session = URLSession(configuration: configuration)
    }

    public convenience init(baseURL: URL, bearerToken: String?, userAgent: String = "Okta SCIM Client 1.0.0", timeout: TimeInterval = 15) {
        self.init(baseURL: baseURL, authorization: bearerToken.map { "Bearer \($0)" }, userAgent: userAgent, timeout: timeout)
    }

    deinit { session.invalidateAndCancel() }

    /// Sends `method` to `pathAndQuery` (relative to the base URL, e.g. `/Users?filter=…`, already encoded).
    public func send(
        _ method: String, _ pathAndQuery: String, body: Data? = nil,
        contentType: String? = "application/scim+json; charset=utf-8", extraHeaders: [String: String] = [:]
    ) async throws -> HTTPExchange {
        guard let url = URL(string: baseURL.absoluteString + pathAndQuery) else {
            throw URLError(.badURL)
        }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("application/scim+json", forHTTPHeaderField: "Accept")
        request.setValue("utf-8", forHTTPHeaderField: "Accept-Charset")
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        }
        for (name, value) in extraHeaders { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        return HTTPExchange(method: method, url: url, status: http.statusCode, headers: headers, body: data)
    }

    /// Sends a JSON body built from Foundation values.
    public func send(_ method: String, _ pathAndQuery: String, json: Any) async throws -> HTTPExchange {
        let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .withoutEscapingSlashes])
        return try await send(method, pathAndQuery, body: data)
    }
}

import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP response as a SCIM client sees it.
public struct HTTPExchange: Sendable {
    public let method: String
    public let url: URL
    public let status: Int
    public let headers: [String: String]
    public let body: Data

    /// The header value, looked up ignoring case.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.key.lowercased() == lowered }?.value
    }

    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object, or nil when it is empty or not an object.
    public var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }
}

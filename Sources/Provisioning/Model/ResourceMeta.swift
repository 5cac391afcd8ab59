import Foundation

/// Server-maintained metadata of a SCIM resource (RFC 7643 §3.1 `meta`).
public struct ResourceMeta: Sendable, Hashable {
    public var created: Date
    public var lastModified: Date
    /// Incremented on every applied change; rendered as the weak ETag `W/"<version>"`.
    public var version: Int

    public init(created: Date, lastModified: Date, version: Int) {
        self.created = created
        self.lastModified = lastModified
        self.version = version
    }

    public var etag: String { Self.etag(version: version) }

    public static func etag(version: Int) -> String { "W/\"\(version)\"" }

    public func bumped(at now: Date) -> ResourceMeta {
        ResourceMeta(created: created, lastModified: now, version: version + 1)
    }
}

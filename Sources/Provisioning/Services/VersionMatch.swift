/// The versions an `If-Match` header admits (RFC 7644 §3.14, RFC 9110 §13.1.1): a write or delete goes
/// ahead only when the resource is at one of them. No header, or `*`, is no condition at all (nil).
public struct VersionMatch: Sendable, Hashable {
    public var versions: [Int]

    public init(_ versions: [Int]) {
        self.versions = versions
    }

    public func admits(_ version: Int) -> Bool {
        versions.contains(version)
    }

    /// The 412 when `current` is not admitted; the detail names the current ETag so the client knows
    /// what to read again.
    func check(_ current: ResourceMeta, resource: String) throws {
        guard !admits(current.version) else { return }
        let asked = versions.map(ResourceMeta.etag(version:))
        throw DomainError.preconditionFailed(
            "\(resource) is at version \(current.etag), not \(asked.joined(separator: ", ")) as If-Match asks; read it again and retry."
        )
    }
}

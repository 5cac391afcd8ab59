import Foundation

/// A fresh directory under the system temporary folder, removed by `remove()` (or left for
/// inspection when a test keeps it).
public struct TemporaryDirectory: Sendable {
    public let url: URL

    public init(prefix: String = "scimdesk-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.lowercased())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The directory's own path.
    public var path: String { url.path }

    /// The path of `name` inside the directory (not created).
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// The names of the files in the directory, sorted.
    public func fileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

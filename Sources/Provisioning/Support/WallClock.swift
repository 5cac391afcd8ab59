import Foundation

/// The source of "now" for the services, injectable so token expiry can be tested exactly.
public struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    public static let system = WallClock { Date() }

    public func now() -> Date { read() }
}

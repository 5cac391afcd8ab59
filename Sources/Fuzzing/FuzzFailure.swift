/// A fuzz input broke a property: something was accepted and cannot be read, rendered or parsed
/// back. The fuzz targets stop on it (libFuzzer keeps the input as a crash file); the corpus tests
/// report it as a failure.
public struct FuzzFailure: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

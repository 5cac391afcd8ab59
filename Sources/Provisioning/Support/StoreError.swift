/// A failure inside a store, already translated from the driver's own error type.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A unique constraint rejected the write; `constraint` names what was duplicated.
    case duplicate(constraint: String)
    /// The row changed since it was read (optimistic concurrency).
    case versionConflict
    /// The row does not exist.
    case notFound
    /// The filter or sort asks for something this store cannot translate.
    case unsupportedQuery(String)
    /// The database could not be opened, migrated, read or written.
    case unavailable(String)

    public var description: String {
        switch self {
        case .duplicate(let c): "duplicate value for \(c)"
        case .versionConflict: "the record changed concurrently"
        case .notFound: "not found"
        case .unsupportedQuery(let m): m
        case .unavailable(let m): m
        }
    }
}

import Provisioning

/// The query parameters of a list request (RFC 7644 §3.4.2): filter, sorting, paging, projection.
public struct ListRequest: Sendable {
    /// The largest page served, also advertised as `filter.maxResults` in `/ServiceProviderConfig`.
    public static let defaultMaxCount = 200

    public var listQuery: ListQuery
    public var projection: Projection

    /// Parameter names are matched ignoring case; when one is repeated the last wins.
    /// `startIndex` below 1 counts as 1, a negative `count` as 0 (RFC 7644 §3.4.2.4); a missing `count`
    /// or one above `maxCount` is `maxCount`. Non-integers are 400 `invalidValue`.
    public init(
        parameters: [(name: String, value: String)], for type: ResourceType, maxCount: Int = ListRequest.defaultMaxCount
    ) throws(SCIMError) {
        func parameter(_ name: String) -> String? {
            parameters.last { $0.name.equalsIgnoringASCIICase(name) }?.value
        }
        var filter: Filter?
        if let text = parameter("filter"), !text.allSatisfy(\.isWhitespace) {
            filter = try FilterParser.parse(text, for: type)
        }
        let startIndex = try parameter("startIndex").map { (text) throws(SCIMError) in try Self.integer(text, name: "startIndex") } ?? 1
        let count = try parameter("count").map { (text) throws(SCIMError) in try Self.integer(text, name: "count") } ?? maxCount
        var sort: SortSpec?
        if let sortBy = parameter("sortBy"), !sortBy.isEmpty {
            guard let path = type.filterPath(sortBy)?.path else {
                throw .invalidValue("sortBy names an unknown attribute '\(sortBy)'.")
            }
            sort = SortSpec(path: path, ascending: try Self.ascending(parameter("sortOrder")))
        }
        projection = try Projection(
            attributes: Self.names(parameter("attributes")), excludedAttributes: Self.names(parameter("excludedAttributes")),
            for: type
        )
        listQuery = ListQuery(
            filter: filter, sort: sort, startIndex: max(1, startIndex), count: min(max(0, count), maxCount),
            includeMembers: projection.includesMembers
        )
    }

    static func integer(_ text: String, name: String) throws(SCIMError) -> Int {
        guard let number = Int(text.trimmingWhitespace) else {
            throw .invalidValue("'\(name)' must be an integer, got '\(text)'.")
        }
        return number
    }

    private static func ascending(_ text: String?) throws(SCIMError) -> Bool {
        guard let text, !text.isEmpty else { return true }
        if text.equalsIgnoringASCIICase("ascending") { return true }
        if text.equalsIgnoringASCIICase("descending") { return false }
        throw .invalidValue("sortOrder must be 'ascending' or 'descending', got '\(text)'.")
    }

    /// Comma-separated attribute names (RFC 7644 §3.4.2.5).
    static func names(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { String($0.trimmingWhitespace) }.filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    var trimmingWhitespace: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}

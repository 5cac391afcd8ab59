/// How a client wants a list: filter, order and one page of it (RFC 7644 §3.4.2).
public struct ListQuery: Sendable, Hashable {
    public var filter: Filter?
    public var sort: SortSpec?
    /// 1-based, as SCIM counts.
    public var startIndex: Int
    public var count: Int
    /// Whether group members are wanted; `excludedAttributes=members` turns loading them off.
    public var includeMembers: Bool

    public init(filter: Filter? = nil, sort: SortSpec? = nil, startIndex: Int = 1, count: Int = 100, includeMembers: Bool = true) {
        self.filter = filter
        self.sort = sort
        self.startIndex = max(1, startIndex)
        self.count = max(0, count)
        self.includeMembers = includeMembers
    }
}

public struct SortSpec: Sendable, Hashable {
    public var path: AttributePath
    public var ascending: Bool

    public init(path: AttributePath, ascending: Bool = true) {
        self.path = path
        self.ascending = ascending
    }
}

/// One page of results with the total that matched.
public struct Page<Element: Sendable>: Sendable {
    public var items: [Element]
    public var totalResults: Int
    public var startIndex: Int

    public init(items: [Element], totalResults: Int, startIndex: Int) {
        self.items = items
        self.totalResults = totalResults
        self.startIndex = startIndex
    }
}

extension Page: Equatable where Element: Equatable {}

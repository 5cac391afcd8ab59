/// A list view and the detail page opened from it: Users, Groups and Audit are each one of these.
///
/// The list's members read through (`users.rows`, `audit.selection`), so the views and `update`
/// speak of the screen, not of its parts.
@dynamicMemberLookup
struct ListScreen<Row: Identifiable & Sendable, Detail: Sendable>: Sendable {
    var list = LiveList<Row>()
    /// The open detail page, if any; it covers the list.
    var detail: DetailState<Detail>?

    init() {}

    subscript<Value>(dynamicMember keyPath: WritableKeyPath<LiveList<Row>, Value>) -> Value {
        get { list[keyPath: keyPath] }
        set { list[keyPath: keyPath] = newValue }
    }

    subscript<Value>(dynamicMember keyPath: KeyPath<LiveList<Row>, Value>) -> Value {
        list[keyPath: keyPath]
    }
}

extension Table {
    /// Column widths for a table `totalWidth` columns wide; 0 means the column is hidden.
    ///
    /// Flexible columns first shrink to their minimum; if that is still too wide, whole
    /// columns are hidden by priority (lowest first, rightmost on ties) rather than every
    /// column being squeezed into unreadable stubs. Whatever space is left goes to the
    /// flexible columns by weight.
    public static func columnWidths(_ columns: [TableColumn], totalWidth: Int, spacing: Int = 2) -> [Int] {
        guard !columns.isEmpty, totalWidth > 0 else { return columns.map { _ in 0 } }
        var visible = Array(columns.indices)
        func required(_ shown: [Int]) -> Int {
            shown.reduce(0) { $0 + columns[$1].width.minimum } + max(0, spacing) * max(0, shown.count - 1)
        }
        while visible.count > 1, required(visible) > totalWidth {
            let victim = visible.min { a, b in
                columns[a].priority != columns[b].priority ? columns[a].priority < columns[b].priority : a > b
            }!
            visible.removeAll { $0 == victim }
        }
        var widths = columns.map { _ in 0 }
        for index in visible { widths[index] = columns[index].width.minimum }
        let spare = totalWidth - required(visible)
        if spare < 0 {
            // Even one column is too wide: clip it to what there is.
            widths[visible[0]] = totalWidth
            return widths
        }
        let flexible = visible.filter { if case .flexible = columns[$0].width { true } else { false } }
        let shares = Length.distribute(
            spare,
            sizes: flexible.map { index in
                if case .flexible(let weight, _) = columns[index].width { return .flexible(max(1, weight)) }
                return .fixed(0)
            })
        for (index, share) in zip(flexible, shares) { widths[index] += share }
        return widths
    }
}

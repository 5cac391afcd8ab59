extension String {
    /// The smallest string greater than every string that starts with `self`: `self` with its last scalar
    /// incremented, or nil when there is none (empty, or ending in U+10FFFF). In code-point order (SQLite's
    /// BINARY, PostgreSQL's `COLLATE "C"`), `self <= s < bound` holds exactly for the strings starting
    /// with `self`, which lets a store answer `sw` as a range over a sorted index.
    public var prefixUpperBound: String? {
        var scalars = Array(unicodeScalars)
        guard let last = scalars.popLast() else { return nil }
        let nextValue = last.value == 0xD7FF ? 0xE000 : last.value + 1
        guard let next = Unicode.Scalar(nextValue) else { return nil }
        scalars.append(next)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}

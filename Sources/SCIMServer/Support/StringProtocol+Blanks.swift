extension StringProtocol {
    /// Without leading and trailing spaces and tabs (header values). Runs on every request: written by
    /// hand, because Foundation's `trimmingCharacters(in:)` costs more than the rest of the auth check.
    var trimmingBlanks: SubSequence {
        let isBlank = { (c: Character) in c == " " || c == "\t" }
        let start = firstIndex { !isBlank($0) } ?? endIndex
        let end = self[start...].lastIndex { !isBlank($0) }.map(index(after:)) ?? start
        return self[start..<end]
    }
}

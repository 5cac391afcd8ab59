/// The editing model of a one-line input (the `/` filter and `:` command lines).
///
/// A pure value: keys go in through ``handle(_:)`` or the named edits, and the app
/// keeps the result in its state. The cursor counts graphemes, not columns, so it can
/// never sit inside an emoji or a CJK character.
public struct TextField: Hashable, Sendable {
    private var characters: [Character]
    /// Insertion point, 0...count (graphemes before the cursor).
    public private(set) var cursor: Int

    /// A field holding `text`, cursor at the end unless given.
    public init(_ text: String = "", cursor: Int? = nil) {
        characters = Array(text)
        self.cursor = min(max(0, cursor ?? characters.count), characters.count)
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Inserts at the cursor; control characters are dropped, they have no place in a line.
    public mutating func insert(_ text: String) {
        let clean = text.filter { !$0.isControlLike && $0.displayWidth > 0 }
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    public mutating func insert(_ character: Character) { insert(String(character)) }

    /// Deletes the grapheme before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    /// Deletes the grapheme under the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    /// Ctrl-U: deletes everything before the cursor.
    public mutating func deleteToStart() {
        characters.removeFirst(cursor)
        cursor = 0
    }

    /// Ctrl-K: deletes from the cursor to the end.
    public mutating func deleteToEnd() {
        characters.removeLast(characters.count - cursor)
    }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    public mutating func clear() {
        characters = []
        cursor = 0
    }

    /// Applies an editing key: characters, Backspace, Delete, ←/→, Home/End (and ^A/^E),
    /// ^U, ^K, ^W. Returns `false` for keys it does not edit with (Enter, Esc, ↑…), which
    /// the app handles.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(c)
        case .backspace: backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        case .ctrl("w"): deleteWordBackward()
        default: return false
        }
        return true
    }

    /// Graphemes `range` as a string (for rendering).
    func slice(_ range: Range<Int>) -> String { String(characters[range]) }
    var count: Int { characters.count }
    func width(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 + $1.displayWidth } }
}

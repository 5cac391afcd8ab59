/// Horizontal placement of text within a width.
public enum Alignment: Hashable, Sendable {
    case left, center, right
}

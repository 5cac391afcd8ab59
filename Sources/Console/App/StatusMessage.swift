import Foundation
import TermUI

/// A message in the status line: the answer to what the operator just did, or an error.
public struct StatusMessage: Sendable, Hashable {
    /// The sentence shown.
    public var text: String
    /// Info, success, warning or error: how it is coloured.
    public var kind: StatusLine.Kind
    /// When it was posted; ``AppState`` lets non-errors fade after a few seconds.
    public var posted: Date

    /// A message posted at `posted`.
    public init(_ text: String, kind: StatusLine.Kind = .info, posted: Date) {
        self.text = text
        self.kind = kind
        self.posted = posted
    }

    /// How long a message stays: errors long enough to be read after looking away.
    var lifetime: TimeInterval { kind == .error ? 30 : 6 }
}

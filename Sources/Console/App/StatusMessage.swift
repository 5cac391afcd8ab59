import Foundation
import TermUI

/// A message in the status line: the answer to what the operator just did, or an error.
public struct StatusMessage: Sendable, Hashable {
    public var text: String
    public var kind: StatusLine.Kind
    /// When it was posted; ``AppState`` lets non-errors fade after a few seconds.
    public var posted: Date

    public init(_ text: String, kind: StatusLine.Kind = .info, posted: Date) {
        self.text = text
        self.kind = kind
        self.posted = posted
    }

    /// How long a message stays: errors long enough to be read after looking away.
    var lifetime: TimeInterval { kind == .error ? 30 : 6 }
}

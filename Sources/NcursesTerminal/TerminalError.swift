/// Why the terminal could not start.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, or run by a service manager).
    case notATerminal
    /// ncurses could not set up this `TERM` (unknown to terminfo, or unusable).
    case cannotInitialize(term: String?)

    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal"
        case .cannotInitialize(let term):
            "cannot initialise the terminal (TERM=\(term ?? "unset")); check TERM and terminfo"
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the environment says about colour, read before the terminal starts.
///
/// The app decides; the usual call is
/// `try terminal.start(colors: TerminalEnvironment.current().wantsColor)` and then
/// `terminal.colorsEnabled ? Theme.color : Theme.monochrome`.
public struct TerminalEnvironment: Hashable, Sendable {
    /// `NO_COLOR` is present and not empty (https://no-color.org).
    public var noColor: Bool
    /// `TERM`, if set.
    public var term: String?

    public init(noColor: Bool, term: String?) {
        self.noColor = noColor
        self.term = term
    }

    /// Reads `NO_COLOR` and `TERM` from a dictionary (for tests and explicit configuration).
    public init(environment: [String: String]) {
        self.init(noColor: !(environment["NO_COLOR"] ?? "").isEmpty, term: environment["TERM"])
    }

    /// Reads the process environment.
    public static func current() -> TerminalEnvironment {
        func read(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        return TerminalEnvironment(noColor: !(read("NO_COLOR") ?? "").isEmpty, term: read("TERM"))
    }

    /// Colour unless `NO_COLOR` asks otherwise or the terminal is unknown or `dumb`.
    /// ``Terminal/start(colors:)`` still checks `has_colors()` on top of this.
    public var wantsColor: Bool {
        guard !noColor, let term, !term.isEmpty else { return false }
        return term != "dumb"
    }
}

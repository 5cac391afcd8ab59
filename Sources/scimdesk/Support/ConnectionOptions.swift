import ArgumentParser
import SCIMServer

/// The listener's timeouts, connection cap and rate limiting, shared by `serve`, the console and `demo`.
struct ConnectionOptions: ParsableArguments {
    @Option(
        name: .customLong("idle-timeout"),
        help: ArgumentHelp("Close a keep-alive connection idle this long.", valueName: "seconds"))
    var idleTimeout: Int = 60

    @Option(
        name: .customLong("header-timeout"),
        help: ArgumentHelp("Answer 408 and close when a request header takes longer (slow clients).", valueName: "seconds"))
    var headerTimeout: Int = 10

    @Option(
        name: .customLong("body-timeout"),
        help: ArgumentHelp("Close when a request body takes longer than this after its header.", valueName: "seconds"))
    var bodyTimeout: Int = 30

    @Option(
        name: .customLong("max-connections"),
        help: ArgumentHelp(
            "Open connections at most; more are answered 503. Lowered to fit the open-files limit.", valueName: "count"))
    var maximumConnections: Int = 1_000

    @Option(
        name: .customLong("rate-limit"),
        help: ArgumentHelp(
            "on: each IdP's rate limit (idp set --rate-limit) and the one on failed logins apply; off: none (benchmarks).",
            valueName: "on|off"))
    var rateLimit: String = "on"

    /// Whether `--rate-limit` is on.
    func rateLimiting() throws -> Bool {
        switch rateLimit.lowercased() {
        case "on": return true
        case "off": return false
        default: throw CLIError("--rate-limit takes on or off (set an IdP's rate with scimdesk idp set NAME --rate-limit N/s).")
        }
    }

    /// The limits as given, checked; the cap lowered to what the process's open-files limit (raised
    /// to its hard limit first) can hold.
    func limits() throws -> ConnectionLimits {
        for (name, value) in [("--idle-timeout", idleTimeout), ("--header-timeout", headerTimeout), ("--body-timeout", bodyTimeout)] {
            guard (1...3_600).contains(value) else { throw CLIError("\(name) must be from 1 to 3600 seconds.") }
        }
        guard maximumConnections > 0 else { throw CLIError("--max-connections must be a positive number.") }
        let files = FileDescriptorLimit.raiseToHardLimit()
        return ConnectionLimits(
            idleTimeout: .seconds(idleTimeout), headerTimeout: .seconds(headerTimeout), bodyTimeout: .seconds(bodyTimeout),
            maximumConnections: min(maximumConnections, FileDescriptorLimit.connectionsFitting(files)))
    }
}

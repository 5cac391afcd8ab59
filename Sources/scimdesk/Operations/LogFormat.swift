import ArgumentParser
import Logging

/// `serve --log-format`: plain lines for people, JSON lines for log collectors.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    /// Sets up swift-log for the process and returns the listener's logger.
    func bootstrap() -> Logger {
        if self == .json { LoggingSystem.bootstrap { JSONLogHandler(label: $0) } }
        var logger = Logger(label: "scimdesk")
        logger.logLevel = .notice
        return logger
    }

    /// How `serve` tells the operator something: a line on stderr, or a JSON event.
    func announcer(_ logger: Logger) -> @Sendable (String) -> Void {
        switch self {
        case .text: { Output.note($0) }
        case .json: { logger.notice("\($0)") }
        }
    }
}

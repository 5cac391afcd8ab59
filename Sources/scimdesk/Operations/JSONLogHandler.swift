import Foundation
import Logging
import Provisioning
import Synchronization

/// `serve --log-format json`: one JSON object per line on stderr, for log collectors.
///
/// Keys: `time` (RFC 3339, UTC, milliseconds), `level`, `logger`, `message`, then the metadata. No
/// request bodies and no tokens reach the log: the listener logs only events and failures.
struct JSONLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    let label: String

    private static let output = Mutex(FileHandle.standardError)

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var object = JSONObject()
        object["time"] = .string(Self.timestamp(Date()))
        object["level"] = .string(event.level.rawValue)
        object["logger"] = .string(label)
        object["message"] = .string(event.message.description)
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }).sorted(by: { $0.key < $1.key }) {
            object[key] = .string(value.description)
        }
        let line = JSONValue.object(object).serialized() + "\n"
        Self.output.withLock { $0.write(Data(line.utf8)) }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

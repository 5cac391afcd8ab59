/// What the top bar says about the embedded SCIM listener.
///
/// The executable sets it in ``AppState/init(now:width:height:listener:scimBaseURL:trafficCapacity:)``
/// and may post ``Msg/listenerChanged(_:)`` when it changes (e.g. the listener failed to bind).
public enum ListenerStatus: Sendable, Hashable {
    /// No listener in this process: the console watches a database another `scimdesk serve` writes.
    case databaseOnly
    case starting(address: String)
    case running(address: String)
    case stopped(address: String)
    case failed(address: String, message: String)

    /// "0.0.0.0:8443 running", "database only", "0.0.0.0:8443 failed: address in use".
    public var summary: String {
        switch self {
        case .databaseOnly: "database only"
        case .starting(let address): "\(address) starting"
        case .running(let address): "\(address) running"
        case .stopped(let address): "\(address) stopped"
        case .failed(let address, let message): "\(address) failed: \(message)"
        }
    }

    var isHealthy: Bool {
        switch self {
        case .running, .databaseOnly, .starting: true
        case .stopped, .failed: false
        }
    }

    /// What stands where the SCIM base URL would, when this process serves none.
    var noURLText: String {
        switch self {
        case .databaseOnly: "not served here — use the address of the scimdesk serve writing this database + /scim/v2"
        case .starting: "known once the listener runs"
        case .stopped, .failed:
            "none — this console's listener is not running; restart with --listen HOST:PORT, or --no-listener to watch a running serve"
        case .running: "not known here"
        }
    }
}

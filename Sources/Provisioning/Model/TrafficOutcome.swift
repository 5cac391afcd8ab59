import Foundation

/// What a request's answer means for the admin, beyond its status code.
///
/// Errors are what someone must act on. Some 4xx answers are the protocol working as designed
/// (an IdP deleting what is already gone, creating what exists and then looking it up), and
/// counting them as errors buries the real ones. Drift — an IdP trying to change a protected
/// admin — is a security event: a warning of its own, never lumped with errors or successes.
/// The console's top bar and `/metrics` (`scimdesk_request_outcomes_total`) count by it.
public enum TrafficOutcome: String, Sendable, Hashable, CaseIterable {
    case ok
    /// A 4xx an IdP expects and handles by itself (see ``isExpected(method:status:)``).
    case expected
    case drift
    case error

    public init(_ record: TrafficRecord) {
        if record.summary.hasPrefix("ignored: protected admin")
            || (record.status == 409 && (record.responseBody ?? "").contains("protected ScimDesk console admin"))
        {
            self = .drift
        } else if record.status < 400 {
            self = .ok
        } else if Self.isExpected(method: record.method, status: record.status) {
            self = .expected
        } else {
            self = .error
        }
    }

    /// A 404 to a GET or DELETE by id is the IdP reconciling what it already removed; a 409 to a
    /// POST is it creating what exists, which it answers with a lookup. A 404 to PATCH or PUT is
    /// not: the IdP wanted to change something ScimDesk does not have.
    public static func isExpected(method: String, status: Int) -> Bool {
        (status == 404 && (method == "GET" || method == "DELETE")) || (status == 409 && method == "POST")
    }
}

/// The names of every series ScimDesk exports, in one place so the exporter, the docs and the
/// tests agree.
public enum MetricNames {
    public static let requests = "scimdesk_requests_total"
    public static let requestDuration = "scimdesk_request_duration_seconds"
    /// Requests by what the answer means (`TrafficOutcome`: ok, expected, error, drift); the console's
    /// top bar counts the same increments.
    public static let requestOutcomes = "scimdesk_request_outcomes_total"
    public static let unauthorized = "scimdesk_unauthorized_total"
    public static let rateLimited = "scimdesk_rate_limited_total"
    public static let tokenDaysToExpiry = "scimdesk_token_days_to_expiry"
    public static let users = "scimdesk_users"
    public static let groups = "scimdesk_groups"
    public static let trafficDropped = "scimdesk_traffic_records_dropped_total"
    public static let buildInfo = "scimdesk_build_info"
    // Written by the SQLite store (it cannot import this module); the names must stay in step.
    public static let storeBatchSize = "scimdesk_store_write_batch_size"
    public static let storeCommitDuration = "scimdesk_store_commit_duration_seconds"
}

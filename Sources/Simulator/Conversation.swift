import Foundation
import SCIMClient

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One answered request: the exchange and its body parsed as JSON (nil when empty or not JSON).
struct Reply: Sendable {
    let exchange: HTTPExchange
    let body: JSON?
    /// `METHOD /path?query` relative to the base URL, as the report shows requests.
    let request: String

    var status: Int { exchange.status }
}

/// Sends one IdP's requests and turns every way a request can fail into a `StepFailure` worded for
/// the IdP admin. Nothing here throws anything else.
struct Conversation: Sendable {
    let client: SCIMHTTPClient
    /// Sent on every request on top of the client's own (Entra's User-Agent).
    let headers: [String: String]
    let words: FailureMessage
    let counter: RequestCounter
    let maximumRetryWait: Duration

    /// Okta retries a 429 at most 10 times (docs/idp-wire.md Q16).
    static let maximumAttempts = 10

    /// Sends a request and insists on one of `statuses`. A 429 is waited out and retried as Okta does.
    func send(
        _ method: String, _ path: String, json: JSON? = nil, for attempt: Attempt, expecting statuses: Set<Int>
    ) async throws(StepFailure) -> Reply {
        let request = "\(method) \(path)"
        var tries = 0
        while true {
            tries += 1
            counter.increment()
            let exchange: HTTPExchange
            do {
                exchange = try await client.send(method, path, body: json?.data, extraHeaders: headers)
            } catch {
                throw StepFailure(kind: .idp, message: local(attempt, Self.describe(error)), request: request)
            }
            if exchange.status == 429, tries < Self.maximumAttempts {
                // No header (or an HTTP-date) means five minutes to Okta; capped for a simulation.
                let seconds = exchange.header("Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 300
                try? await Task.sleep(for: min(.seconds(max(0, seconds)), maximumRetryWait))
                continue
            }
            let reply = Reply(exchange: exchange, body: JSON.parse(exchange.body), request: request)
            guard statuses.contains(exchange.status) else {
                let detail = Self.detail(of: reply)
                throw StepFailure(
                    kind: .idp,
                    message: words.remote(
                        step: attempt.step, verb: attempt.verb, isGroup: attempt.isGroup, subject: attempt.subject,
                        status: exchange.status, detail: detail),
                    request: request, status: exchange.status, detail: detail,
                    retryAfter: exchange.header("Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                )
            }
            return reply
        }
    }

    /// A response the IdP cannot use although its status was fine (an empty create, a missing id).
    func reject(_ reply: Reply, _ attempt: Attempt, _ problem: String) -> StepFailure {
        StepFailure(kind: .idp, message: local(attempt, problem), request: reply.request, status: reply.status)
    }

    /// The server did not do what it was asked, though the IdP would carry on. Named by `words.appName`
    /// (the host, unless the options name the app), since the server may be anything.
    func checkFailure(_ attempt: Attempt, _ problem: String, request: String? = nil) -> StepFailure {
        let noun = attempt.isGroup ? "group" : "user"
        return StepFailure(
            kind: .check, message: "\(words.appName) check failed for \(noun) \(attempt.subject): \(problem)", request: request)
    }

    private func local(_ attempt: Attempt, _ problem: String) -> String {
        words.local(step: attempt.step, verb: attempt.verb, isGroup: attempt.isGroup, subject: attempt.subject, problem: problem)
    }

    /// The SCIM error `detail`, else the start of a non-JSON body, as Okta quotes it (docs/idp-wire.md Q10).
    static func detail(of reply: Reply) -> String? {
        if let detail = reply.body?["detail"]?.string, !detail.isEmpty { return detail }
        let text = reply.exchange.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, reply.body == nil else { return nil }
        return "Invalid JSON: \(text.prefix(120))"
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? URLError else { return "\(error)" }
        switch error.code {
        case .timedOut: return "Read timed out."
        case .cannotConnectToHost, .networkConnectionLost: return "Connection refused."
        case .cannotFindHost, .dnsLookupFailed: return "Unknown host."
        case .cancelled: return "Request cancelled."
        default: return "Connection failed (URLError \(error.code.rawValue))."
        }
    }
}

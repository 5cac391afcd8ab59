import NIOCore

/// Which timeout of `ConnectionLimits` applies to a connection right now, from what it has read and
/// written so far. Pure: the handlers feed it events and times, and ask when it expires.
struct ConnectionDeadlines {
    enum Phase: Equatable {
        /// No request under way: the idle timeout runs.
        case idle
        /// Bytes of a request arrived, its header is not complete: the header timeout runs.
        case header
        /// The header is read, the body is not: the body timeout runs.
        case body
        /// The request is read and not yet answered: no timeout (the handler's own budgets apply).
        case responding
    }

    let limits: ConnectionLimits
    private(set) var phase = Phase.idle
    private(set) var since: NIODeadline
    /// Requests whose header was read and whose response has not ended (pipelining makes it > 1).
    private var unanswered = 0
    private var readingBody = false

    init(limits: ConnectionLimits, now: NIODeadline) {
        self.limits = limits
        since = now
    }

    mutating func bytesArrived(at now: NIODeadline) {
        guard phase == .idle else { return }
        phase = .header
        since = now
    }

    mutating func headRead(at now: NIODeadline) {
        unanswered += 1
        readingBody = true
        phase = .body
        since = now
    }

    mutating func requestEnded(at now: NIODeadline) {
        readingBody = false
        guard phase == .body else { return }
        enter(unanswered > 0 ? .responding : .idle, at: now)
    }

    /// A response ended; one sent before its request's body was read (413 on the header) leaves the
    /// body timeout running while the rest of that body is drained.
    mutating func responseEnded(at now: NIODeadline) {
        unanswered = max(0, unanswered - 1)
        guard !readingBody, unanswered == 0 else { return }
        enter(.idle, at: now)
    }

    /// When the current phase times out; nil while a response is being made.
    var deadline: NIODeadline? {
        switch phase {
        case .idle: since + TimeAmount(limits.idleTimeout)
        case .header: since + TimeAmount(limits.headerTimeout)
        case .body: since + TimeAmount(limits.bodyTimeout)
        case .responding: nil
        }
    }

    /// The phase that timed out at `now`, if any.
    func expired(at now: NIODeadline) -> Phase? {
        guard let deadline, now >= deadline else { return nil }
        return phase
    }

    private mutating func enter(_ next: Phase, at now: NIODeadline) {
        phase = next
        since = now
    }
}

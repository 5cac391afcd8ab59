import Provisioning
import Synchronization

/// What a request did, in words and bodies, collected for its traffic record.
///
/// A reference shared between the outer traffic middleware and the controller, because Hummingbird
/// passes contexts by value down the chain.
public final class RequestNotes: Sendable {
    struct State {
        var idp: IdentityProvider?
        var summary: String?
        var requestBody: String?
        var responseBody: String?
        var authFailure: AuthFailure?
    }

    private let state = Mutex(State())

    public init() {}

    /// The IdP the token named, also when it was rejected (expired, revoked).
    public var idp: IdentityProvider? {
        get { state.withLock { $0.idp } }
        set { state.withLock { $0.idp = newValue } }
    }

    public var summary: String? {
        get { state.withLock { $0.summary } }
        set { state.withLock { $0.summary = newValue } }
    }

    public var requestBody: String? {
        get { state.withLock { $0.requestBody } }
        set { state.withLock { $0.requestBody = newValue } }
    }

    public var responseBody: String? {
        get { state.withLock { $0.responseBody } }
        set { state.withLock { $0.responseBody = newValue } }
    }

    /// Why the bearer token was refused, for the 401 figures in /metrics.
    public var authFailure: AuthFailure? {
        get { state.withLock { $0.authFailure } }
        set { state.withLock { $0.authFailure = newValue } }
    }
}

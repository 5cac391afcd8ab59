import Hummingbird
import NIOCore
import Provisioning
import SCIM

/// Per-request state shared by the middleware and the controllers.
public struct SCIMRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The IdP the bearer token selected; set by `BearerAuthMiddleware`.
    public var idp: IdentityProvider?
    /// Written by controllers, read by the traffic recorder after the response.
    public let notes = RequestNotes()

    /// The client's IP address (for the traffic record), read once from the connection.
    public let remoteAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The authenticated IdP; every controller behind the auth middleware scopes its work to it.
    func authenticatedIdP() throws(SCIMError) -> IdentityProvider {
        guard let idp else { throw SCIMError.unauthorized("Authentication required.") }
        return idp
    }
}

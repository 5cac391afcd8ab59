import Foundation
import Provisioning
import TermUI

/// Everything that can happen to the console: keys, time, and the results of effects.
public enum Msg: Sendable {
    /// Sent once before the first frame; asks for the initial data.
    case start
    case key(Key)
    /// About once a second, with the wall-clock time (the only way time enters the state).
    case tick(Date)
    case resize(width: Int, height: Int)
    /// The loop's polling timer: fetch new traffic unless a poll is still running.
    case pollDue
    case listenerChanged(ListenerStatus)
    /// The base URL became known or changed (e.g. the listener bound an ephemeral port).
    case scimBaseURLChanged(String?)
    /// The request figures (`TrafficFigures`) as of now; the loop samples them every tick.
    case figuresSampled(TrafficFigures.Snapshot)

    case identityProvidersLoaded([IdPSummary])
    case identityProviderAdded(IdentityProvider)
    /// Shown inside the Add dialog, which stays open.
    case identityProviderAddFailed(String)
    /// Carries the secret to the show-once dialog; never stored anywhere else.
    case tokenGenerated(GeneratedToken)
    case tokenRevoked(idpName: String, count: Int)
    case identityProviderRenamed(IdentityProvider)
    case identityProviderFootprint(idpID: UUID, users: Int, groups: Int)
    case identityProviderRemoved(name: String, IdentityProviderRemoval)
    /// Shown inside the rename, remove or breaker dialog, which stays open.
    case identityProviderChangeFailed(String)
    case breakerPolicySet(idpName: String, BreakerPolicy)
    /// `count`: held requests that now go through when the IdP retries them.
    case breakerReleased(idpName: String, count: Int)
    case breakerKept(idpName: String)

    case usersLoaded(UserPage)
    case userDetailLoaded(UserDetail)
    case groupsLoaded(GroupList)
    case groupDetailLoaded(GroupDetail)
    case auditLoaded(AuditList)
    case adminsLoaded([ConsoleAdmin])
    case adminAdded(ConsoleAdmin)
    case adminAddFailed(String)
    case adminRemoved(username: String)

    /// The initial load: the newest records, newest first.
    case trafficLoaded([TrafficRecord])
    /// A poll's result: records newer than the last seen, oldest first.
    case trafficArrived([TrafficRecord])
    case trafficPollFailed(String)
    /// Where the last ``Effect/copyToClipboard(_:)`` went.
    case copied(ClipboardDelivery)

    /// An effect failed; the sentence goes to the status line ("could not load users: …").
    case failed(String)
    /// Something the executable did that the operator should read ("reloaded the TLS certificate …").
    case notice(String)
}

/// A token just generated for an IdP, on its way to the show-once dialog.
public struct GeneratedToken: Sendable {
    /// The IdP the token is for.
    public var idpID: UUID
    /// Its name, for the dialog title.
    public var idpName: String
    /// The bearer token itself; shown once and then forgotten.
    public var secret: String
    /// When it was issued.
    public var created: Date
    /// When it stops working.
    public var expires: Date

    /// A token as ``EffectRunner`` reports it.
    public init(idpID: UUID, idpName: String, secret: String, created: Date, expires: Date) {
        self.idpID = idpID
        self.idpName = idpName
        self.secret = secret
        self.created = created
        self.expires = expires
    }
}

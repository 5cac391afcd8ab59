import Foundation
import Provisioning

/// Work `update` asks for and cannot do itself: store reads and writes, the clipboard, quitting.
///
/// ``EffectRunner`` performs the store effects off the main thread and answers with a ``Msg``;
/// the loop performs ``copyToClipboard(_:)`` and ``quit`` itself, because they touch the terminal.
public enum Effect: Sendable, Hashable {
    case loadIdentityProviders
    case addIdentityProvider(name: String, kind: IdentityProvider.Kind)
    /// The IdP's working tokens retire after `overlapSeconds` (0: at once).
    case generateToken(idpID: UUID, overlapSeconds: Int = 0)
    case revokeToken(idpID: UUID)
    case renameIdentityProvider(idpID: UUID, name: String)
    /// Counts the users and groups removing the IdP would delete, for the confirmation.
    case loadIdentityProviderFootprint(idpID: UUID)
    case removeIdentityProvider(idpID: UUID)
    /// The mass-deprovisioning breaker, audited with the operator's identity (see `ChangeActor.console`).
    case setBreakerPolicy(idpID: UUID, policy: BreakerPolicy)
    case releaseBreaker(idpID: UUID)
    case keepHolding(idpID: UUID)

    /// `count` rows from `offset` on (500 is the console's page size); the filter text matches
    /// userName, displayName or email.
    case loadUsers(filterText: String, offset: Int, count: Int = 500)
    case loadUserDetail(id: String)
    case loadGroups(filterText: String)
    case loadGroupDetail(id: String)
    case loadAudit(text: String)

    case loadAdmins
    case addAdmin(username: String, email: String?)
    case removeAdmin(username: String)

    case loadRecentTraffic(limit: Int)
    case pollTraffic(afterID: Int64)

    case copyToClipboard(String)
    case quit
}

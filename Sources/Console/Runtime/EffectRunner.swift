import Foundation
import Provisioning

/// Performs the store effects with the Provisioning services, off the main thread, and posts
/// each result to ``messages`` as a ``Msg``.
///
/// Every failure becomes a message ("could not load users: database is locked"); nothing an
/// effect does can take the console down. Console writes are audited with the actor `console`.
public final class EffectRunner: EffectHandling {
    /// Results of effects; the loop drains it. The executable may post here too (e.g. ``Msg/listenerChanged(_:)``).
    public let messages: MessageQueue
    let store: any Store
    let clock: WallClock
    let auditChain = AuditChainWatch()
    /// Fed with every traffic record read, when no listener in this process counts its requests
    /// (`--no-listener`, the screenshots); nil when the embedded listener's counters are the source.
    public let trafficFigures: TrafficFigures?

    /// - Parameters:
    ///   - store: the store the console reads and writes (the listener's, or the database
    ///     another `scimdesk serve` writes to).
    ///   - messages: where results go; the loop drains it.
    ///   - countsTraffic: whether the top bar's figures come from the traffic read from the store
    ///     (see ``trafficFigures``) because this process has no listener counting its requests.
    public init(store: any Store, clock: WallClock = .system, messages: MessageQueue = MessageQueue(), countsTraffic: Bool = false) {
        self.store = store
        self.clock = clock
        self.messages = messages
        trafficFigures = countsTraffic ? TrafficFigures() : nil
    }

    /// Starts `effect` in a task and returns at once. `copyToClipboard` and `quit` are the
    /// loop's to perform (they touch the terminal); they are ignored here.
    public func run(_ effect: Effect) {
        Task.detached { [self] in await perform(effect) }
    }

    /// Performs `effect` and posts its result (or its failure).
    public func perform(_ effect: Effect) async {
        do {
            if let msg = try await execute(effect) { messages.post(msg) }
        } catch {
            messages.post(failure(of: effect, error))
        }
    }

    /// The message for a failed effect. Forms keep their dialog open and show it there.
    func failure(of effect: Effect, _ error: any Error) -> Msg {
        let reason = Self.describe(error)
        switch effect {
        case .addIdentityProvider: return .identityProviderAddFailed(reason)
        case .addAdmin: return .adminAddFailed(reason)
        case .renameIdentityProvider, .removeIdentityProvider, .setBreakerPolicy: return .identityProviderChangeFailed(reason)
        case .pollTraffic, .loadRecentTraffic: return .trafficPollFailed(reason)
        default: return .failed("could not \(Self.verb(effect)): \(reason)")
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as DomainError: error.description
        case let error as StoreError: error.description
        default: String(describing: error)
        }
    }

    static func verb(_ effect: Effect) -> String {
        switch effect {
        case .loadIdentityProviders: "load identity providers"
        case .addIdentityProvider: "add the identity provider"
        case .generateToken: "generate a token"
        case .revokeToken: "revoke the token"
        case .renameIdentityProvider: "rename the identity provider"
        case .loadIdentityProviderFootprint: "count the identity provider's users"
        case .removeIdentityProvider: "remove the identity provider"
        case .setBreakerPolicy: "set the breaker policy"
        case .releaseBreaker: "release the breaker"
        case .keepHolding: "record the decision to keep holding"
        case .loadUsers: "load users"
        case .loadUserDetail: "load the user"
        case .loadGroups: "load groups"
        case .loadGroupDetail: "load the group"
        case .loadAudit: "load the audit log"
        case .loadAdmins: "load console admins"
        case .addAdmin: "add the console admin"
        case .removeAdmin: "remove the console admin"
        case .loadRecentTraffic, .pollTraffic: "read traffic"
        case .copyToClipboard: "copy"
        case .quit: "quit"
        }
    }
}

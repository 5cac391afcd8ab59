import Foundation
import Provisioning

/// One identity provider with what the console shows about its provisioning token.
public struct IdPSummary: Sendable, Hashable, Identifiable {
    /// The IdP itself.
    public var provider: IdentityProvider
    /// The newest token, which decides the IdP's token state.
    public var newestToken: ProvisioningToken?
    /// The last time any of its tokens authenticated a request.
    public var lastRequest: Date?
    /// Every token, newest first; during a rotation overlap more than one works.
    public var tokens: [ProvisioningToken]
    /// Its mass-deprovisioning breaker; nil until the store has been read.
    public var breaker: BreakerStatus?
    /// What the breaker holds (not yet released), oldest first.
    public var held: [HeldOperation]

    /// A summary as the runner builds it from the store.
    public init(
        provider: IdentityProvider, newestToken: ProvisioningToken?, lastRequest: Date?, tokens: [ProvisioningToken]? = nil,
        breaker: BreakerStatus? = nil, held: [HeldOperation] = []
    ) {
        self.provider = provider
        self.newestToken = newestToken
        self.lastRequest = lastRequest
        self.tokens = tokens ?? newestToken.map { [$0] } ?? []
        self.breaker = breaker
        self.held = held
    }

    /// Whether its breaker tripped and holds deprovisioning until an operator decides.
    public var isHolding: Bool { breaker?.isHolding ?? false }

    /// The tokens that authenticate at `now`, newest first.
    public func workingTokens(at now: Date) -> [ProvisioningToken] {
        tokens.filter { $0.isWorking(at: now) }
    }

    /// The IdP's id.
    public var id: UUID { provider.id }

    /// The state of the newest token at `now` (`.none` without one).
    public func tokenState(at now: Date) -> TokenState {
        newestToken?.state(at: now) ?? .none
    }
}

/// Settings › Identity Providers, and the editor of one of them.
struct IdPListState: Sendable {
    var items: [IdPSummary] = []
    var loaded = false
    var selection = ListSelection()
    /// The open editor (Settings › Identity Providers › Okta), if any.
    var editor: IdPEditorState?

    init() {}

    var selected: IdPSummary? { selection.index.flatMap { items.indices.contains($0) ? items[$0] : nil } }

    func summary(id: UUID) -> IdPSummary? { items.first { $0.id == id } }

    /// The IdP's name for tables, or a short id when it is not (yet) known.
    func name(for id: UUID?) -> String {
        guard let id else { return "—" }
        return summary(id: id)?.provider.name ?? String(id.uuidString.prefix(8)).lowercased()
    }
}

/// The editor of one IdP: the General and Advanced sections.
struct IdPEditorState: Sendable, Hashable {
    enum Section: Int, CaseIterable, Sendable, Hashable {
        case general, advanced
        /// What the mass-deprovisioning breaker holds, and the operator's decision on it.
        case held

        var title: String {
            switch self {
            case .general: "General"
            case .advanced: "Advanced"
            case .held: "Held"
            }
        }
    }

    var idpID: UUID
    var section: Section
    var scroll = ScrollPosition()

    init(idpID: UUID, section: Section = .general) {
        self.idpID = idpID
        self.section = section
    }
}

/// The Settings overview: a small menu of sections.
struct SettingsState: Sendable, Hashable {
    enum Entry: Int, CaseIterable, Sendable {
        case identityProviders, consoleAdmins

        var view: ViewID { self == .identityProviders ? .identityProviders : .admins }
    }

    var selection = ListSelection(index: 0)

    init() {}
}

import Foundation
import Provisioning

/// One identity provider with what the console shows about its provisioning token.
public struct IdPSummary: Sendable, Hashable, Identifiable {
    public var provider: IdentityProvider
    /// The newest token, which decides the IdP's token state.
    public var newestToken: ProvisioningToken?
    /// The last time any of its tokens authenticated a request.
    public var lastRequest: Date?

    public init(provider: IdentityProvider, newestToken: ProvisioningToken?, lastRequest: Date?) {
        self.provider = provider
        self.newestToken = newestToken
        self.lastRequest = lastRequest
    }

    public var id: UUID { provider.id }

    public func tokenState(at now: Date) -> TokenState {
        newestToken?.state(at: now) ?? .none
    }
}

/// Settings › Identity Providers, and the editor of one of them.
public struct IdPListState: Sendable {
    public var items: [IdPSummary] = []
    public var loaded = false
    public var selection = ListSelection()
    /// The open editor (Settings › Identity Providers › Okta), if any.
    public var editor: IdPEditorState?

    public init() {}

    var selected: IdPSummary? { selection.index.flatMap { items.indices.contains($0) ? items[$0] : nil } }

    func summary(id: UUID) -> IdPSummary? { items.first { $0.id == id } }

    /// The IdP's name for tables, or a short id when it is not (yet) known.
    func name(for id: UUID?) -> String {
        guard let id else { return "—" }
        return summary(id: id)?.provider.name ?? String(id.uuidString.prefix(8)).lowercased()
    }
}

/// The editor of one IdP: the General and Advanced sections.
public struct IdPEditorState: Sendable, Hashable {
    public enum Section: Int, CaseIterable, Sendable, Hashable {
        case general, advanced

        var title: String { self == .general ? "General" : "Advanced" }
    }

    public var idpID: UUID
    public var section: Section
    var scroll = ScrollPosition()

    public init(idpID: UUID, section: Section = .general) {
        self.idpID = idpID
        self.section = section
    }
}

/// The Settings overview: a small menu of sections.
public struct SettingsState: Sendable, Hashable {
    public enum Entry: Int, CaseIterable, Sendable {
        case identityProviders, consoleAdmins

        var view: ViewID { self == .identityProviders ? .identityProviders : .admins }
    }

    public var selection = ListSelection(index: 0)

    public init() {}
}

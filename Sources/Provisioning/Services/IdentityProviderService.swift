import Foundation

/// Adds and finds identity providers.
public struct IdentityProviderService: Sendable {
    public static let maximumNameLength = 64

    let store: any Store
    let clock: WallClock

    public init(store: any Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    public func add(name rawName: String, kind: IdentityProvider.Kind, by actor: ChangeActor) async throws -> IdentityProvider {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw DomainError.invalidInput("An identity provider needs a name, e.g. \"Okta\".") }
        guard name.count <= Self.maximumNameLength else {
            throw DomainError.invalidInput("An identity provider name is at most \(Self.maximumNameLength) characters long.")
        }
        guard !name.contains(where: \.isNewline) else { throw DomainError.invalidInput("An identity provider name is one line.") }
        let idp = IdentityProvider(name: name, kind: kind, created: clock.now())
        let audit = AuditEvent(
            time: idp.created, actor: actor.description, idpID: idp.id, action: .idpAdded,
            resourceType: "IdentityProvider", resourceID: idp.id.uuidString, summary: "added identity provider \(name) (\(kind.rawValue))"
        )
        do {
            try await store.insertIdentityProvider(idp, audit: audit)
        } catch StoreError.duplicate {
            throw DomainError.conflict(
                "An identity provider named \"\(name)\" already exists (names ignore letter case); pick another name.")
        }
        return idp
    }

    public func list() async throws -> [IdentityProvider] {
        try await store.identityProviders()
    }

    /// The IdP with this name (ignoring case), or `DomainError.notFound`.
    public func named(_ name: String) async throws -> IdentityProvider {
        guard let idp = try await store.identityProvider(named: name) else {
            throw DomainError.notFound("No identity provider is named \"\(name)\".")
        }
        return idp
    }
}

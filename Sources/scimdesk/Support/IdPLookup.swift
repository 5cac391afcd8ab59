import Provisioning

/// Finds the IdP a command names, with an error that says how to see or create one.
func identityProvider(named name: String, in store: any Store) async throws -> IdentityProvider {
    do {
        return try await IdentityProviderService(store: store).named(name)
    } catch DomainError.notFound {
        let known = try await IdentityProviderService(store: store).list().map(\.name)
        // A typo is likelier than a new IdP: suggest the name it is closest to.
        if let guess = Suggestion.closest(to: name, in: known) {
            throw CLIError("no identity provider is named \"\(name)\"; did you mean \"\(guess)\"? (scimdesk idp list shows them all)")
        }
        let hint =
            known.isEmpty
            ? "There are none yet; add it with  scimdesk idp add --name \(shellQuoted(name))"
            : "Known: \(known.joined(separator: ", ")). Add a new one with  scimdesk idp add --name \(shellQuoted(name))"
        throw CLIError("no identity provider is named \"\(name)\". \(hint)")
    }
}

import ArgumentParser
import Foundation
import Provisioning

/// `scimdesk idp rename --name Okta --to "Okta Prod"`: the name changes, nothing else does.
struct IdPRename: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Rename an identity provider; its token, users and groups stay.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The identity provider's current name.") var name: String
    @Option(help: "Its new name.") var to: String

    func run() async throws {
        try await global.withStore { store in
            let idp = try await identityProvider(named: name, in: store)
            let renamed = try await IdentityProviderService(store: store).rename(idp, to: to, by: .cli)
            print("Renamed \"\(idp.name)\" to \"\(renamed.name)\".")
        }
    }
}

/// `scimdesk idp remove --name Okta --confirm Okta`: removing is irreversible, so the name is typed twice.
struct IdPRemove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an identity provider: its tokens stop working, its users and groups are deleted from ScimDesk.",
        discussion: "They stay in the IdP itself, and the audit log keeps their history. Repeat the name with --confirm."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The identity provider to remove.") var name: String
    @Option(help: "The same name again, to confirm.") var confirm: String?

    func run() async throws {
        try await global.withStore { store in
            let idp = try await identityProvider(named: name, in: store)
            let service = IdentityProviderService(store: store)
            guard let confirm, confirm.lowercased() == idp.name.lowercased() else {
                let (users, groups) = try await service.footprint(of: idp)
                throw CLIError(
                    "removing \(idp.name) stops its token and deletes its \(users) users and \(groups) groups from ScimDesk; to do it, add --confirm \(shellQuoted(idp.name))"
                )
            }
            let removed = try await service.remove(idp, by: .cli)
            print(
                "Removed \(idp.name): \(removed.tokens) tokens, \(removed.users) users and \(removed.groups) groups. The audit log keeps their history."
            )
        }
    }
}

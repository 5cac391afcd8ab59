import ArgumentParser
import Foundation
import Provisioning

struct IdPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idp",
        abstract: "Add, list, configure, rename and remove identity providers (Okta, Entra, …).",
        subcommands: [Add.self, List.self, Set.self, IdPRename.self, IdPRemove.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register an identity provider that will push users and groups.",
            discussion: "Next: scimdesk token generate --idp NAME"
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "A unique name, e.g. Okta or \"Entra Prod\".") var name: String
        @Option(help: "okta, entra or generic.") var kind: IdentityProvider.Kind = .okta

        func run() async throws {
            try await global.withStore { store in
                let idp = try await IdentityProviderService(store: store).add(name: name, kind: kind, by: .cli)
                print("Added \(idp.kind.displayName) identity provider \"\(idp.name)\".")
                Output.note("Next: generate its token with  scimdesk token generate --idp \(shellQuoted(idp.name))")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List identity providers with their token state.")

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON instead of a table.") var json = false

        func run() async throws {
            try await global.withStore(readOnly: true) { store in
                let tokens = TokenService(store: store)
                var rows: [(IdentityProvider, TokenService.Status)] = []
                var breakers: [UUID: (status: BreakerStatus, held: Int)] = [:]
                for idp in try await IdentityProviderService(store: store).list() {
                    rows.append((idp, try await tokens.status(for: idp)))
                    breakers[idp.id] = (try await store.breakerStatus(idpID: idp.id), try await store.heldOperations(idpID: idp.id).count)
                }
                if json {
                    print(
                        JSONValue.array(
                            rows.map { idp, status in
                                IdPJSON.object(idp, status: status, breaker: breakers[idp.id].map { ($0.status, $0.held) })
                            }
                        ).serialized(pretty: true))
                } else if rows.isEmpty {
                    Output.note("No identity providers yet. Add one with  scimdesk idp add --name Okta --kind okta")
                } else {
                    print(
                        TextTable(
                            headers: ["NAME", "KIND", "TOKEN", "EXPIRES", "LAST USED", "RATE LIMIT", "BREAKER"],
                            rows: rows.map { idp, status in
                                [
                                    idp.name, idp.kind.rawValue,
                                    status.state.label + (status.working.count > 1 ? " (+\(status.working.count - 1) retiring)" : ""),
                                    status.token.map { $0.expires.dayString } ?? "-",
                                    status.token?.lastUsed.map { $0.minuteString } ?? "-",
                                    idp.rateLimit.description,
                                    breakers[idp.id].map { BreakerText.cell($0.status, held: $0.held) } ?? "-",
                                ]
                            }
                        ).rendered)
                }
            }
        }
    }
}

extension IdentityProvider.Kind: ExpressibleByArgument {}

/// Quotes a value for copy-pasting into a shell when it needs it.
func shellQuoted(_ value: String) -> String {
    value.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
        ? value : "'\(value.replacingOccurrences(of: "'", with: "'\\''"))'"
}

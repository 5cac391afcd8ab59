import ArgumentParser
import Provisioning
import SQLiteStore

extension IdPCommand {
    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an identity provider's settings.",
            discussion: """
                --breaker sets the mass-deprovisioning breaker (see scimdesk breaker --help): off, on, or any of
                users=N (more than N user deactivations/deletions), share=P% (or more than P% of the IdP's users,
                in directories of 100 users or more), groups=N (group deletions, counted apart), window=10m.
                Unnamed settings keep their current value. Standard: users=25,share=10%,groups=10,window=10m.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The identity provider's name.") var name: String
        @Option(help: "off, on, or e.g. users=25,share=10%,groups=10,window=10m") var breaker: String?

        func run() async throws {
            try await global.withStore { store in
                guard let breaker else { throw CLIError("nothing to set; give a setting such as --breaker users=25,window=10m") }
                let idp = try await identityProvider(named: name, in: store)
                let current = try await store.breakerStatus(idpID: idp.id).policy
                let policy = try BreakerPolicy(parsing: breaker, changing: current)
                try await DeprovisioningBreaker(store: store).setPolicy(policy, for: idp, by: .cli)
                print("Breaker of \(idp.name): \(policy)")
                if !policy.enabled {
                    Output.note("warning: with the breaker off, a mass deactivation from \(idp.name) is applied at once.")
                }
            }
        }
    }
}

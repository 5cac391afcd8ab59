import ArgumentParser
import Provisioning

extension IdPCommand {
    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an identity provider's settings.",
            discussion: """
                --breaker sets the mass-deprovisioning breaker (see scimdesk breaker --help): off, on, or any of
                users=N (more than N user deactivations/deletions), share=P% (or more than P% of the IdP's users,
                in directories of 100 users or more), groups=N (group deletions, counted apart), window=10m.
                Unnamed settings keep their current value. Standard: users=25,share=10%,groups=10,window=10m.
                --rate-limit N/s sets how many requests a second the listener takes from the IdP (bursts of ten
                seconds' worth), answering 429 with Retry-After past it; off removes the limit. Standard: 50/s,
                twice what Entra asks a target to take, so Okta's and Entra's pushes never meet it.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The identity provider's name.") var name: String
        @Option(help: "off, on, or e.g. users=25,share=10%,groups=10,window=10m") var breaker: String?
        @Option(name: .customLong("rate-limit"), help: ArgumentHelp("Requests a second, e.g. 50/s, or off.", valueName: "N/s|off"))
        var rateLimit: String?

        func run() async throws {
            try await global.withStore { store in
                guard breaker != nil || rateLimit != nil else {
                    throw CLIError("nothing to set; give a setting such as --breaker users=25,window=10m or --rate-limit 50/s")
                }
                var idp = try await identityProvider(named: name, in: store)
                // Both settings are checked before either is applied: a mistake in one changes nothing.
                let limit = try rateLimit.map { text in
                    do {
                        return try RateLimit(parsing: text)
                    } catch {
                        throw CLIError("--rate-limit: \(error)")
                    }
                }
                let current = try await store.breakerStatus(idpID: idp.id).policy
                let policy = try breaker.map { try BreakerPolicy(parsing: $0, changing: current) }
                if let limit {
                    idp = try await IdentityProviderService(store: store).setRateLimit(limit, for: idp, by: .cli)
                    print("Rate limit of \(idp.name): \(limit)")
                }
                guard let policy else { return }
                try await DeprovisioningBreaker(store: store).setPolicy(policy, for: idp, by: .cli)
                print("Breaker of \(idp.name): \(policy)")
                if !policy.enabled {
                    Output.note("warning: with the breaker off, a mass deactivation from \(idp.name) is applied at once.")
                }
            }
        }
    }
}

import ArgumentParser
import Foundation
import Provisioning

struct BreakerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breaker",
        abstract: "See and release what the mass-deprovisioning breaker holds.",
        discussion: """
            When an IdP deactivates or deletes more users (or deletes more groups) within a few minutes than its
            breaker allows, ScimDesk holds further deactivations and deletions from it: each gets 503 with
            Retry-After, so the IdP shows the failures and retries. Nothing held is applied until you release it.

              scimdesk breaker status                    every IdP's breaker and what it holds
              scimdesk breaker release --idp Okta        let the held requests through on the IdP's next retry
              scimdesk breaker hold --idp Okta           record that you reviewed them and keep holding
              scimdesk idp set Okta --breaker users=50,share=5%,groups=10,window=10m   (or off)
            """,
        subcommands: [Status.self, Release.self, Hold.self]
    )

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show every IdP's breaker and the requests it holds.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this identity provider.") var idp: String?

        func run() async throws {
            try await global.withStore { store in
                var only: IdentityProvider?
                if let idp { only = try await identityProvider(named: idp, in: store) }
                let overview = try await DeprovisioningBreaker(store: store).overview().filter { only == nil || $0.idp.id == only?.id }
                guard !overview.isEmpty else {
                    Output.note("No identity providers yet. Add one with  scimdesk idp add --name Okta --kind okta")
                    return
                }
                for (idp, status, held) in overview {
                    print(BreakerText.headline(idp, status))
                    for operation in held {
                        print(
                            "  \(operation.kind.verb) \(operation.name)  held since \(operation.firstHeld.minuteString), "
                                + "\(operation.attempts) attempt\(operation.attempts == 1 ? "" : "s")")
                    }
                    if status.isHolding {
                        print("  Release with  scimdesk breaker release --idp \(shellQuoted(idp.name))")
                    }
                }
            }
        }
    }

    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let the held deactivations and deletions through when the IdP retries them.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "The identity provider whose breaker tripped.") var idp: String

        func run() async throws {
            try await global.withStore { store in
                let provider = try await identityProvider(named: idp, in: store)
                let released = try await DeprovisioningBreaker(store: store).release(provider, by: .cli)
                print("Released \(released) held request\(released == 1 ? "" : "s") from \(provider.name).")
                Output.note("They are applied when \(provider.name) retries them; counting starts afresh now.")
            }
        }
    }

    struct Hold: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that you reviewed the held requests and keep holding them.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "The identity provider whose breaker tripped.") var idp: String

        func run() async throws {
            try await global.withStore { store in
                let provider = try await identityProvider(named: idp, in: store)
                try await DeprovisioningBreaker(store: store).keepHolding(provider, by: .cli)
                print("Still holding deprovisioning from \(provider.name); recorded in the audit log.")
            }
        }
    }
}

/// How the CLI words a breaker.
enum BreakerText {
    /// `idp list`'s column: "HOLDING 140", "off (warning)", "watching".
    static func cell(_ status: BreakerStatus, held: Int) -> String {
        if status.isHolding { return "HOLDING \(held)" }
        return status.policy.enabled ? "watching" : "off (warning)"
    }

    static func headline(_ idp: IdentityProvider, _ status: BreakerStatus) -> String {
        if let tripped = status.tripped {
            return "\(idp.name): HOLDING since \(tripped.minuteString) — \(status.tripReason ?? "limit exceeded")"
        }
        guard status.policy.enabled else { return "\(idp.name): off (warning: mass deprovisioning is applied at once)" }
        return "\(idp.name): watching (\(status.policy))"
    }
}

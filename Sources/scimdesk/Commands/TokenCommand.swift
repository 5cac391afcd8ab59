import ArgumentParser
import Foundation
import Provisioning

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Generate, revoke and inspect an IdP's provisioning (bearer) token.",
        discussion: """
            A token is shown exactly once, stored only as a SHA-256 hash, and valid for at most 365 days.
            Generating a new token retires the previous one (at once, or after --overlap).
            """,
        subcommands: [Generate.self, Revoke.self, Status.self]
    )

    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a new token; it alone goes to stdout, the expiry and a warning to stderr.",
            discussion: "Example:  scimdesk token generate --idp Okta > okta-token.txt"
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "The identity provider's name.") var idp: String
        @Option(name: .customLong("valid-for"), help: "How long it is valid: 365d (the maximum), 90d, 12h, 30m, 45s.")
        var validFor: String = "365d"
        @Option(help: "Keep the previous token working this long (at most 7d), for zero-downtime rotation. 0 retires it now.")
        var overlap: String = "0"
        @Option(name: .customLong("public-url"), help: "The SCIM base URL you will give the IdP; checked for what Okta accepts.")
        var publicURL: String?

        func run() async throws {
            try await reportingErrors {
                let validity = try ValidityDuration(parsing: validFor)
                let overlapDuration = try ValidityDuration(parsing: overlap)
                let opened = try await global.openStore()
                let issued: TokenService.IssuedToken
                let provider: IdentityProvider
                do {
                    provider = try await identityProvider(named: idp, in: opened.store)
                    issued = try await TokenService(store: opened.store).generate(
                        for: provider, validFor: validity, overlap: overlapDuration, by: .cli
                    )
                } catch {
                    await opened.close()
                    throw error
                }
                await opened.close()
                print(issued.secret.text)
                let days = Int((issued.token.expires.timeIntervalSince(issued.token.created) / 86_400).rounded())
                Output.note("Token for \(provider.name), valid until \(issued.token.expires.minuteString) (\(days) days).")
                Output.note("Copy it now: it is shown only this once and cannot be recovered, only replaced.")
                if overlapDuration.seconds > 0 {
                    Output.note("The previous token keeps working until \(issued.previousRetiresAt.minuteString).")
                } else {
                    Output.note("Any previous token of \(provider.name) stopped working now.")
                }
                BaseURLNote.print(for: publicURL, idp: provider.name)
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke the IdP's token; the next request with it gets 401.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "The identity provider's name.") var idp: String

        func run() async throws {
            try await global.withStore { store in
                let provider = try await identityProvider(named: idp, in: store)
                let count = try await TokenService(store: store).revoke(for: provider, by: .cli)
                if count == 0 {
                    print("\(provider.name) had no working token; nothing to revoke.")
                } else {
                    print(
                        "Revoked the token of \(provider.name). Generate a new one with  scimdesk token generate --idp \(shellQuoted(provider.name))"
                    )
                }
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show whether the IdP's token is active, expired, revoked or missing.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "The identity provider's name.") var idp: String
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            try await global.withStore(readOnly: true) { store in
                let provider = try await identityProvider(named: idp, in: store)
                let status = try await TokenService(store: store).status(for: provider)
                if json {
                    print(IdPJSON.tokenObject(status).serialized(pretty: true))
                    return
                }
                print("\(provider.name): \(describe(status))")
                // During a rotation overlap the previous token still works; say until when.
                for token in status.working where token.id != status.token?.id {
                    let used = token.lastUsed.map { "last used \($0.minuteString)" } ?? "never used"
                    print("  also working: \(token.hint)… until \(token.endsAt.minuteString), \(used)")
                }
            }
        }

        func describe(_ status: TokenService.Status) -> String {
            let lastUsed = status.token?.lastUsed.map { ", last used \($0.minuteString)" } ?? ", never used"
            switch status.state {
            case .none: return "no token. Generate one with  scimdesk token generate --idp \(shellQuoted(idp))"
            case .active(let expires):
                let days = Int(expires.timeIntervalSinceNow / 86_400)
                return "active (\(status.token!.hint)…), expires \(expires.minuteString) — \(days) days\(lastUsed)"
            case .expired(let date): return "expired on \(date.minuteString)\(lastUsed)"
            case .revoked(let date): return "revoked on \(date.minuteString)\(lastUsed)"
            }
        }
    }
}

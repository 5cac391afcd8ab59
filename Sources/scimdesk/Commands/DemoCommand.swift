import ArgumentParser
import Console
import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import Simulator

/// `scimdesk demo`: the console with live traffic, on a throwaway database, with nothing to set up.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the console on a throwaway database with a simulated Okta and Entra provisioning into it.",
        discussion: """
            Creates a demo IdP and token, protects a console admin, and plays Okta (OIN, then AIW) and Entra
            against the embedded listener at a watchable pace: users and groups fill in, people are
            deactivated and reactivated, the protected admin is left alone, and a deleted group is re-linked.
            After the first round Okta deactivates 60% of a department at once: the mass-deprovisioning
            breaker trips (the top bar and IdPs › Okta demo › Held show what it holds), and the demo
            releases it a little later, audited as "demo", so Okta's retries go through.
            Nothing touches your real database; the demo's is deleted when you quit.
            """
    )

    @OptionGroup var listener: ListenerOptions
    @Option(help: "Pause between the simulated IdP's steps, in milliseconds.")
    var pace = 400

    func run() async throws {
        try await reportingErrors {
            try CrashReports.disableInteractiveBacktraces()
            guard pace >= 0 else { throw CLIError("--pace must be zero or more milliseconds.") }
            let configuration = try listener.configuration()
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scimdesk-demo-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try SQLiteStore(path: directory.appendingPathComponent("demo.sqlite").path)
            defer { try? store.close() }
            var prepared = try await DemoScript.prepare(store: store, pace: .milliseconds(pace))
            prepared.stagesIncident = true
            let script = prepared
            var session = ConsoleSession(
                store: store, listener: configuration, logPath: directory.appendingPathComponent("scimdesk.log").path,
                onListening: { _, running in
                    // The simulator talks to the listener directly, over loopback when it listens on every address.
                    let host = running.host == "0.0.0.0" ? "127.0.0.1" : running.host
                    guard let url = URL(string: "http://\(ListenAddress(host: host, port: running.port))\(running.basePath)") else {
                        return
                    }
                    Task.detached { await script.play(against: url) }
                }
            )
            session.findsFreePort = true
            try await session.run()
        }
    }
}

/// The demo's cast and its play: who provisions, with which token, in what order.
struct DemoScript: Sendable {
    static let adminUserName = "it.admin@example.com"

    let store: any Store
    let oktaIdP: IdentityProvider
    let okta: String
    let entra: String
    let pace: Duration
    /// Whether `play` stages the mass-deactivation incident after its first round (`demo` does;
    /// the screenshots fill the database without it).
    var stagesIncident = false

    static func prepare(store: any Store, pace: Duration) async throws -> DemoScript {
        let idps = IdentityProviderService(store: store)
        let tokens = TokenService(store: store)
        let okta = try await idps.add(name: "Okta demo", kind: .okta, by: .cli)
        let entra = try await idps.add(name: "Entra demo", kind: .entra, by: .cli)
        _ = try await AdminService(store: store).add(username: "it.admin", email: adminUserName, by: .cli)
        // Every round deactivates each user it assigns: more than the standard limit within minutes.
        for idp in [okta, entra] {
            try await DeprovisioningBreaker(store: store).setPolicy(DemoIncident.roundsPolicy, for: idp, by: DemoIncident.actor)
        }
        return DemoScript(
            store: store, oktaIdP: okta,
            okta: try await tokens.generate(for: okta, by: .cli).secret.text,
            entra: try await tokens.generate(for: entra, by: .cli).secret.text,
            pace: pace
        )
    }

    /// Plays Okta OIN, Entra and Okta AIW in turn, over and over, until the process ends; after the
    /// first round, the incident (see ``DemoIncident``).
    func play(against baseURL: URL) async {
        var round: UInt64 = 1
        while !Task.isCancelled {
            if round == 2, stagesIncident {
                await DemoIncident(script: self).stage(against: baseURL)
            }
            for (idp, flavour, token) in [(SimulatedIdP.okta, OktaFlavour.oin, okta), (.entra, .oin, entra), (.okta, .aiw, okta)] {
                let options = SimulatorOptions(
                    idp: idp, flavour: flavour, users: 12, groups: 3, concurrency: 2, seed: round,
                    pace: pace, protectedAdmin: Self.adminUserName
                )
                let client = SCIMHTTPClient(baseURL: baseURL, bearerToken: token)
                guard let simulator = try? Simulator(client: client, options: options) else { return }
                _ = await simulator.run()
                try? await Task.sleep(for: pace * 5)
            }
            round += 1
        }
    }
}

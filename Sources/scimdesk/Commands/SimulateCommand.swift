import ArgumentParser
import Foundation
import SCIMClient
import Simulator

/// `scimdesk simulate okta|entra`: plays an identity provider against a SCIM endpoint.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Play Okta or Entra against a SCIM endpoint and report what their admin would see.",
        discussion: """
            Sends what the IdP sends, in its order, with its headers and bodies: the connection test, user assignment (lookup, then create or link), profile updates, deactivation and reactivation, Push Groups with membership changes, unlink-and-delete and a second push (a new id passes; the old id, as ScimDesk re-links the group, is a bonus), and for Entra the final DELETE of leavers. Each failure is printed the way Okta's Tasks (or Entra's provisioning logs) would show it, naming the server by the URL's host. The checks judge only what the run changed, so any SCIM server can be the target, and a second run on the same directory is fine; against ScimDesk, give the IdP room under its mass-deprovisioning breaker first (`scimdesk idp set NAME --breaker users=200,share=100%,groups=50`), since every run deactivates all the users it assigns.

            --scenario mass-deactivate plays the incident the mass-deprovisioning breaker exists for: the IdP assigns the users (100 by default), then deactivates 60% of them at once. The report shows what the IdP's admin sees: what was applied, what the server held (503 with Retry-After, the detail as Okta's task list quotes it), and, retrying as the IdP does for --retry-for seconds, what went through once an operator released it (scimdesk breaker release --idp NAME, or the console). Held requests do not fail the run.

            Progress goes to stderr, the report to stdout. The exit code is 1 when any step failed.

            Examples:
              scimdesk simulate okta --url http://127.0.0.1:8080/scim/v2 --token "$TOKEN"
              scimdesk simulate okta --flavour aiw --users 50 --url URL --token "$TOKEN"
              scimdesk simulate entra --url URL --token "$TOKEN" --json > report.json
              scimdesk simulate okta --scenario mass-deactivate --url URL --token "$TOKEN"
            """
    )

    @Argument(help: "The identity provider to play: okta or entra.")
    var idp: SimulatedIdP

    @Option(help: "The SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2.")
    var url: String

    @Option(help: "The IdP's provisioning token (from `scimdesk token generate`).")
    var token: String

    @Option(help: "How many users to assign (20; 100 for mass-deactivate).")
    var users: Int?

    @Option(help: "How many groups to push.")
    var groups = 3

    @Option(help: "Okta app type: oin (PATCH for status and groups) or aiw (GET + PUT for everything). Ignored for Entra.")
    var flavour: OktaFlavour = .oin

    @Option(help: "How many users (or groups) are in flight at once.")
    var concurrency = 4

    @Option(help: "Seed for generated names and ids; the same seed sends the same requests.")
    var seed: UInt64 = 1

    @Option(help: "full (the everyday flow) or mass-deactivate (60% of the directory at once).")
    var scenario: SimulationScenario = .full

    @Option(
        name: .customLong("retry-for"),
        help: ArgumentHelp("mass-deactivate: how long to retry held requests, as the IdP does (0: report at once).", valueName: "seconds"))
    var retryFor = 120

    @Flag(help: "Print the report as JSON.")
    var json = false

    var options: SimulatorOptions {
        SimulatorOptions(
            idp: idp, flavour: flavour, users: users ?? (scenario == .massDeactivate ? 100 : 20), groups: groups,
            concurrency: concurrency, seed: seed, scenario: scenario, retryHeldFor: .seconds(max(0, retryFor)))
    }

    /// The base URL without trailing slashes (the client appends `/Users`), if it is http(s) with a host.
    var baseURL: URL? {
        var text = url.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("/") { text.removeLast() }
        guard let base = URL(string: text), ["http", "https"].contains(base.scheme?.lowercased() ?? ""), base.host != nil else {
            return nil
        }
        return base
    }

    func validate() throws {
        guard baseURL != nil else {
            throw ValidationError("--url must be an http(s) URL such as http://127.0.0.1:8080/scim/v2 (got \"\(url)\").")
        }
        if token.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--token must not be empty.") }
        if retryFor < 0 || retryFor > 3_600 { throw ValidationError("--retry-for must be from 0 to 3600 seconds.") }
        if let problem = options.problems.first { throw ValidationError(problem) }
    }

    func run() async throws {
        guard let baseURL else { throw ValidationError("--url is not a usable URL.") }
        let client = SCIMHTTPClient(baseURL: baseURL, bearerToken: token.trimmingCharacters(in: .whitespaces), timeout: 15)
        let simulator: Simulator
        do {
            simulator = try Simulator(client: client, options: options) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        } catch {
            throw ValidationError(error.description)
        }
        let report = await simulator.run()
        print(json ? report.json() : report.text(), terminator: "")
        if !report.succeeded { throw ExitCode.failure }
    }
}

extension SimulatedIdP: ExpressibleByArgument {}
extension OktaFlavour: ExpressibleByArgument {}
extension SimulationScenario: ExpressibleByArgument {}

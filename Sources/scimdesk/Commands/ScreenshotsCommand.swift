import ArgumentParser
import Console
import Foundation
import Logging
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import Simulator
import TermUI

/// `scimdesk screenshots`: real captures of the console for the README, from its own screen buffer.
///
/// A throwaway database gets real traffic (the simulator plays Okta and Entra against a real listener),
/// then the real console state machine is driven by a script of key presses; every capture is saved as
/// SVG (for the README) and as the plain text grid.
struct ScreenshotsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screenshots",
        abstract: "Regenerate the README's console screenshots (SVG and text) into a folder.",
        shouldDisplay: false
    )

    @Option(help: "Where to write the captures.") var output = "screenshots"
    @Option(help: "Terminal width.") var width = 100
    @Option(help: "Terminal height.") var height = 30

    func run() async throws {
        try await reportingErrors {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scimdesk-shots-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try SQLiteStore(path: directory.appendingPathComponent("shots.sqlite").path)
            defer { try? store.close() }
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let port = try await Self.provision(store: store)
            // The listener has stopped: the figures come from the traffic it wrote.
            let runner = EffectRunner(store: store, countsTraffic: true)
            let terminal = ScriptedTerminal(width: width, height: height, steps: Self.script) { name, buffer in
                try buffer.svg(title: "scimdesk — \(name)").write(toFile: "\(output)/\(name).svg", atomically: true, encoding: .utf8)
                try (buffer.text() + "\n").write(toFile: "\(output)/\(name).txt", atomically: true, encoding: .utf8)
                Output.note("captured \(output)/\(name).svg")
            }
            let state = AppState(
                now: Date(), listener: .running(address: "127.0.0.1:\(port)"), scimBaseURL: "http://127.0.0.1:\(port)/scim/v2"
            )
            let loop = ConsoleLoop(terminal: terminal, runner: runner, state: state, theme: .color)
            loop.run { terminal.isFinished }
            if let failure = terminal.failure { throw CLIError("could not write a capture: \(failure)") }
        }
    }

    /// Fills the store through a real listener with the simulator, then stops the listener. Okta goes
    /// last, so the Traffic screenshot opens on its pushes.
    static func provision(store: SQLiteStore) async throws -> Int {
        let script = try await DemoScript.prepare(store: store, pace: .zero)
        // Port 0: the system picks a free one, so a busy machine cannot make the captures fail.
        let configuration = SCIMServerConfiguration(host: "127.0.0.1", port: 0)
        let listener = EmbeddedListener(
            store: store, configuration: configuration, logger: .init(label: "screenshots"), onRunning: { _ in }, onFailure: { _ in })
        guard case .running(let port) = await listener.started() else {
            throw CLIError("the listener for the screenshots could not start.")
        }
        let base = URL(string: "http://127.0.0.1:\(port)/scim/v2")!
        for (idp, flavour, token) in [(SimulatedIdP.entra, OktaFlavour.oin, script.entra), (.okta, .oin, script.okta)] {
            let options = SimulatorOptions(
                idp: idp, flavour: flavour, users: 14, groups: 3, concurrency: 4, seed: 7, protectedAdmin: DemoScript.adminUserName)
            _ = try await Simulator(client: SCIMHTTPClient(baseURL: base, bearerToken: token), options: options).run()
        }
        await listener.stop()
        return port
    }

    static func typing(_ text: String) -> [ScriptedTerminal.Step] {
        text.map { .key(.character($0)) }
    }

    static let script: [ScriptedTerminal.Step] =
        [
            .wait(1.5), .capture("settings"),
            .key(.character("2")), .wait(1), .capture("identity-providers"),
            .key(.down), .key(.enter), .key(.right), .wait(1), .capture("idp-advanced"),
            .key(.character("g")), .wait(0.5), .capture("token-replace-confirm"),
            .key(.right), .key(.enter), .wait(1), .capture("token-dialog"), .key(.escape),
            .key(.character("3")), .wait(1), .capture("users"),
            .key(.enter), .wait(1), .capture("user-detail"), .key(.escape),
            .key(.character("4")), .wait(1), .capture("groups"),
            .key(.character("5")), .wait(1), .capture("traffic"),
            .key(.character("/")),
        ] + typing("method:POST") + [
            .key(.enter), .wait(0.5),
            .key(.enter), .wait(1), .capture("traffic-detail"), .key(.escape), .key(.escape),
            .key(.character("6")), .wait(1), .capture("audit"),
            .key(.character("7")), .wait(1), .capture("admins"),
            .key(.character("?")), .wait(0.5), .capture("help"), .key(.escape),
        ]
}

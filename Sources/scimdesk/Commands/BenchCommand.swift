import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Provisioning
import SQLiteStore

/// `scimdesk bench …`: the pieces `make bench` (Tests/Bench/bench.sh) runs. Hidden from help: these are
/// tools for measuring, not for operating.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark helpers used by `make bench` (seed, baseline, console-load).",
        shouldDisplay: false,
        subcommands: [Seed.self, Baseline.self, ConsoleLoad.self]
    )

    struct Seed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill a fresh database (SQLite or PostgreSQL) with users and groups; write the token and a user sample for wrk."
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "How many users.") var users = 100_000
        @Option(help: "How many small groups.") var groups = 100
        @Option(name: .customLong("group-members"), help: "Members of each small group.") var groupMembers = 100
        @Option(name: .customLong("large-group"), help: "Members of the one large group.") var largeGroup = 10_000
        @Option(help: "Users written to users.tsv (a random sample) for the wrk scripts.") var sample = 100_000
        @Option(help: "Folder for token, users.tsv and seed.json.") var out: String

        func run() async throws {
            try await reportingErrors {
                guard users >= largeGroup, users > 0 else { throw CLIError("--users must be at least --large-group (\(largeGroup)).") }
                let opened = try await OpenedBenchStore.open(global)
                let seeder = BenchSeeder(
                    store: opened.store, userCount: users, smallGroups: groups, smallGroupMembers: groupMembers,
                    largeGroupMembers: largeGroup, sampleSize: sample, outputFolder: URL(fileURLWithPath: out)
                )
                let report: BenchSeeder.Report
                do {
                    report = try await seeder.run()
                } catch {
                    try? await opened.close()
                    throw error
                }
                let closeStart = ContinuousClock.now
                try await opened.close()
                let closeSeconds = (ContinuousClock.now - closeStart).seconds
                let bytes = opened.bytes()
                let summary = JSONObject([
                    ("users", .number(Double(users))),
                    ("groups", .number(Double(groups + 2))),
                    ("large_group_members", .number(Double(largeGroup))),
                    ("large_group_id", .string(report.largeGroupID)),
                    ("patch_group_id", .string(report.patchGroupID)),
                    ("user_seconds", .number(report.userSeconds)),
                    ("users_per_second", .number((Double(users) / max(report.userSeconds, 0.001)).rounded())),
                    ("group_seconds", .number(report.groupSeconds)),
                    ("checkpoint_seconds", .number(closeSeconds)),
                    ("database_bytes", bytes.map { .number(Double($0)) } ?? .null),
                ])
                try seeder.write(JSONValue.object(summary).serialized(pretty: true) + "\n", to: "seed.json")
                Output.note(
                    "seeded \(users) users in \(BenchSeeder.format(report.userSeconds)) s "
                        + "(\(Int(Double(users) / max(report.userSeconds, 0.001)))/s)"
                        + (bytes.map { "; database \($0 / 1_048_576) MiB" } ?? "")
                )
            }
        }
    }

    struct Baseline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve a fixed ~500-byte SCIM user from memory on /scim/v2/Users/{id}: the stack's ceiling."
        )

        @Option(help: ArgumentHelp("Address and port to listen on.", valueName: "host:port"))
        var listen: String = "127.0.0.1:8080"

        func run() async throws {
            try await reportingErrors {
                let address = try ListenAddress(parsing: listen)
                var logger = Logger(label: "scimdesk.baseline")
                logger.logLevel = .notice
                Output.note("baseline listener on http://\(address)/scim/v2 (\(BaselineServer.body.utf8.count)-byte body)")
                try await BaselineServer.makeApplication(host: address.host, port: address.port, logger: logger).runService()
            }
        }
    }

    struct ConsoleLoad: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "console-load",
            abstract: "Serve SCIM like `serve`, with a headless console rendering the Traffic view in the same process."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var listener: ListenerOptions
        @Option(help: "Frames per second the headless console renders.") var fps: Double = 20
        @Option(help: "Screen width in cells.") var width = 120
        @Option(help: "Screen height in cells.") var height = 40
        @Option(name: .customLong("dump-frame"), help: "Write the last frame as text here on exit.") var dumpFrame: String?

        func run() async throws {
            try await reportingErrors {
                let store = try global.openSQLiteStore()
                defer { try? store.close() }
                let stats = try await HeadlessConsole(
                    store: store, configuration: try listener.configuration(), framesPerSecond: fps, width: width, height: height
                ).run()
                Output.note(stats.description)
                if let dumpFrame, let text = stats.lastFrame {
                    try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: dumpFrame))
                }
            }
        }
    }
}

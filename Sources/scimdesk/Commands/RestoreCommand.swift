import ArgumentParser
import Foundation
import SQLiteStore

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the database with a backup; refused while serve or a console has it open.",
        discussion: """
            The backup is checked first (SQLite integrity check, a ScimDesk schema no newer than this
            binary). The replaced database is kept beside it as <database>.before-restore-<time>.bak.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The backup file to restore.", valueName: "file")) var from: String

    func run() async throws {
        try await reportingErrors {
            let database = try global.sqlitePath(for: "restore")
            let backup = URL(fileURLWithPath: from).standardizedFileURL.path
            let kept: String?
            do {
                kept = try SQLiteStore.restore(backupAt: backup, to: database, auditKey: global.auditKeyPath)
            } catch {
                throw CLIError("cannot restore \(backup): \(error)")
            }
            Output.note("Restored \(database) from \(backup).")
            if let kept { Output.note("The previous database is kept as \(kept).") }
        }
    }
}

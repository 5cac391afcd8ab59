import ArgumentParser
import Foundation
import SQLiteStore

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database to a new file, also while serve is running.",
        discussion: """
            The copy holds every write acknowledged before the backup started and is one compact SQLite
            file, with the audit key copied beside it (<file>.audit-key). It never blocks the listener. Example:  scimdesk backup --to /var/backups/scimdesk-$(date +%F).sqlite
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The new file to write (must not exist).", valueName: "file")) var to: String

    func run() async throws {
        try await reportingErrors {
            let source = try global.sqlitePath(for: "backup")
            let destination = URL(fileURLWithPath: to).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: source) else { throw CLIError("there is no database at \(source).") }
            do {
                try SQLiteStore.backup(databaseAt: source, to: destination, auditKey: global.auditKeyPath)
            } catch {
                throw CLIError("cannot back up \(source): \(error)")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? Int) ?? 0
            print(destination)
            Output.note(
                "Backed up \(source) to \(destination) (\(ByteCountFormatter.string(fromByteCount: Int64(size), countStyle: .file))).")
        }
    }
}

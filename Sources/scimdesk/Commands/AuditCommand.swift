import ArgumentParser
import Foundation
import Provisioning
import SQLiteStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read the audit log and check that nobody altered it.",
        discussion: """
            Every change (by an IdP, the console or the CLI) is an audit event. Each event is sealed with a
            keyed hash of itself and the event before it; the key is in its own file (by default the database
            path plus .audit-key, mode 0600), never in the database. Editing, deleting or inserting a row
            breaks the chain there, and  scimdesk audit verify  names that row and exits 1.

              scimdesk audit list --idp Okta --limit 20      newest first
              scimdesk audit verify                           check the whole chain

            Keep a copy of the key file with your backups (scimdesk backup copies it beside the backup):
            without it the chain cannot be checked. verify prints the newest event's seal; noting it
            elsewhere lets you notice later if events at the end of the log were removed.
            """,
        subcommands: [List.self, Verify.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show audit events, newest first.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only events of this identity provider.") var idp: String?
        @Option(help: "Only events whose summary, actor, resource id or action contains this text.") var text: String?
        @Option(help: "At most this many events.") var limit = 50

        func run() async throws {
            try await global.withStore(readOnly: true) { store in
                guard limit > 0 else { throw CLIError("--limit must be at least 1.") }
                var idpID: UUID?
                if let idp { idpID = try await identityProvider(named: idp, in: store).id }
                let events = try await store.auditEvents(AuditQuery(text: text, idpID: idpID, limit: limit))
                guard !events.isEmpty else {
                    Output.note("No audit events\(idp == nil && text == nil ? " yet" : " match").")
                    return
                }
                for event in events { print(AuditText.line(event)) }
            }
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every audit event's seal from the first; exit 1 naming the first altered event.")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.withStore(readOnly: true) { store in
                let report = try await store.verifyAuditChain { checked in
                    if checked >= 50_000 { Output.note("… \(checked) events checked") }
                }
                if let broken = report.firstBreak {
                    let event = try await store.auditEvents(AuditQuery(limit: 1, beforeID: broken.id + 1)).first { $0.id == broken.id }
                    let described = event.map { "  " + AuditText.line($0) } ?? "  (the row cannot be read)"
                    throw CLIError(
                        "the audit log was altered at event #\(broken.id), after \(report.checked - 1) intact events: \(broken.reason).\n"
                            + described)
                }
                guard let head = report.head else {
                    print("The audit log is empty; nothing to verify.")
                    return
                }
                let seal = head.seal.prefix(8).map { String(format: "%02x", $0) }.joined()
                print(
                    "Audit log intact: \(report.checked) event\(report.checked == 1 ? "" : "s") checked; newest #\(head.id), seal \(seal)…."
                )
            }
        }
    }
}

/// One audit event on one line, for the terminal.
enum AuditText {
    static func line(_ event: AuditEvent) -> String {
        "#\(event.id)  \(event.time.secondString)  \(event.actor)  \(event.action.rawValue)  \(event.summary)"
    }
}

import ArgumentParser

@main
struct ScimDesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scimdesk",
        abstract: "A SCIM 2.0 provisioning target for Okta and Entra, with a terminal console.",
        discussion: """
            Run without a subcommand to open the console with the SCIM listener embedded.

            First steps:
              scimdesk idp add --name Okta --kind okta     register your identity provider
              scimdesk token generate --idp Okta           create its bearer token (shown once)
              scimdesk serve                               listen on http://127.0.0.1:8080/scim/v2

            Data lives in one SQLite file (see --database); set SCIMDESK_DATABASE to use another.
            """,
        version: BuildVersion.current,
        subcommands: [
            ConsoleCommand.self, ServeCommand.self, IdPCommand.self, TokenCommand.self, AdminCommand.self, BreakerCommand.self,
            AuditCommand.self, BenchCommand.self,
            SimulateCommand.self, DemoCommand.self, ScreenshotsCommand.self, BackupCommand.self, RestoreCommand.self,
            SystemdUnitCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )
}

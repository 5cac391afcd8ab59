import ArgumentParser
import Provisioning

struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Manage console admins, whose accounts identity providers may not change.",
        discussion: "A SCIM write aimed at a user whose userName or email matches an admin is not applied, and is logged as drift.",
        subcommands: [Add.self, List.self, Remove.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Protect a console admin's account.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The admin's username (matched against SCIM userName, ignoring case).") var username: String
        @Option(help: "The admin's email (matched against SCIM userName and primary email).") var email: String?

        func run() async throws {
            try await global.withStore { store in
                let admin = try await AdminService(store: store).add(username: username, email: email, by: .cli)
                print("Protected console admin \(admin.username)\(admin.email.map { " <\($0)>" } ?? "").")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List console admins.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.withStore(readOnly: true) { store in
                let admins = try await AdminService(store: store).list()
                if admins.isEmpty {
                    Output.note("No console admins yet. Add one with  scimdesk admin add --username NAME --email ADDRESS")
                    return
                }
                print(
                    TextTable(
                        headers: ["USERNAME", "EMAIL", "ADDED"],
                        rows: admins.map { [$0.username, $0.email ?? "-", $0.created.minuteString] }
                    ).rendered)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop protecting a console admin's account.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The admin's username.") var username: String

        func run() async throws {
            try await global.withStore { store in
                try await AdminService(store: store).remove(username: username, by: .cli)
                print("Removed console admin \(username).")
            }
        }
    }
}

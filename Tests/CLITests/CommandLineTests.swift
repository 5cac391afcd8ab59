import Foundation
import TestSupport
import Testing

/// The documented command-line interface, run through the built binary.
@Suite struct CommandLineTests {
    let directory: TemporaryDirectory
    var database: String { directory.path("cli.sqlite") }

    init() throws { directory = try TemporaryDirectory() }

    func scimdesk(_ arguments: String..., environment: [String: String] = [:]) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--database", database], environment: environment)
    }

    @Test func addsAndListsIdentityProviders() throws {
        let added = try scimdesk("idp", "add", "--name", "Okta Prod", "--kind", "okta")
        #expect(added.status == 0)
        #expect(added.stdout.contains("Added Okta identity provider \"Okta Prod\"."))
        #expect(added.stderr.contains("scimdesk token generate --idp 'Okta Prod'"))
        let list = try scimdesk("idp", "list", "--json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json.first?["name"] as? String == "Okta Prod")
        #expect((json.first?["token"] as? [String: Any])?["state"] as? String == "none")
        #expect(try scimdesk("idp", "list").stdout.contains("Okta Prod  okta  none"))
    }

    @Test func badInputIsAOneLineErrorAndChangesNothing() throws {
        _ = try scimdesk("idp", "add", "--name", "Okta")
        let duplicate = try scimdesk("idp", "add", "--name", "OKTA")
        #expect(duplicate.status != 0)
        #expect(duplicate.stderr.hasPrefix("error: An identity provider named \"OKTA\" already exists"))
        #expect(duplicate.stderr.split(separator: "\n").count == 1)

        let unknown = try scimdesk("token", "generate", "--idp", "Entra")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no identity provider is named \"Entra\""))
        #expect(unknown.stderr.contains("scimdesk idp add --name Entra"))
        #expect(unknown.stdout.isEmpty)

        for bad in ["2y", "400d", "ten", "0"] {
            let result = try scimdesk("token", "generate", "--idp", "Okta", "--valid-for", bad)
            #expect(result.status != 0, "--valid-for \(bad)")
            #expect(result.stderr.hasPrefix("error: "), "--valid-for \(bad)")
            #expect(result.stdout.isEmpty, "--valid-for \(bad) printed a token")
        }
        #expect(try scimdesk("token", "generate", "--idp", "Okta", "--overlap", "30d").status != 0)
        #expect(try scimdesk("token", "status", "--idp", "Okta").stdout.contains("no token"))
        #expect(try scimdesk("idp", "add", "--name", "   ").status != 0)
        #expect(try scimdesk("idp", "add", "--name", "X", "--kind", "ldap").status != 0)
        let list = try JSONSerialization.jsonObject(with: Data(try scimdesk("idp", "list", "--json").stdout.utf8)) as? [Any]
        #expect(list?.count == 1)
    }

    @Test func generatePrintsTheTokenAloneAndStoresOnlyItsHash() throws {
        _ = try scimdesk("idp", "add", "--name", "Okta")
        let generated = try scimdesk("token", "generate", "--idp", "Okta")
        #expect(generated.status == 0)
        let token = generated.stdout.trimmingCharacters(in: .newlines)
        #expect(generated.stdout.filter { $0 == "\n" }.count == 1)
        #expect(token.range(of: "^scimdesk_[a-z2-7]{52}$", options: .regularExpression) != nil)
        #expect(generated.stderr.contains("valid until"))
        #expect(generated.stderr.contains("(365 days)"))
        #expect(generated.stderr.contains("shown only this once"))

        let status = try scimdesk("token", "status", "--idp", "Okta", "--json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(json["state"] as? String == "active")
        #expect((json["hint"] as? String).map { token.hasPrefix($0) } == true)

        for suffix in ["", "-wal"] {
            if let bytes = FileManager.default.contents(atPath: database + suffix) {
                #expect(bytes.range(of: Data(token.utf8)) == nil)
            }
        }

        let revoked = try scimdesk("token", "revoke", "--idp", "Okta")
        #expect(revoked.stdout.contains("Revoked the token of Okta"))
        #expect(try scimdesk("token", "status", "--idp", "Okta").stdout.contains("revoked on"))
        #expect(try scimdesk("token", "revoke", "--idp", "Okta").stdout.contains("nothing to revoke"))
    }

    @Test func managesConsoleAdmins() throws {
        #expect(try scimdesk("admin", "add", "--username", "root", "--email", "root@example.com").status == 0)
        #expect(try scimdesk("admin", "add", "--username", "ROOT").status != 0)
        #expect(try scimdesk("admin", "add", "--username", "x", "--email", "not-an-email").status != 0)
        #expect(try scimdesk("admin", "list").stdout.contains("root      root@example.com"))
        #expect(try scimdesk("admin", "remove", "--username", "nobody").status != 0)
        #expect(try scimdesk("admin", "remove", "--username", "root").status == 0)
        #expect(try scimdesk("admin", "list").stderr.contains("No console admins yet"))
    }

    @Test func databaseCanBeChosenBySchemeOrEnvironment() throws {
        let viaScheme = try BuiltBinary.run(["idp", "add", "--name", "A", "--database", "sqlite:" + directory.path("scheme.sqlite")])
        #expect(viaScheme.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.path("scheme.sqlite")))
        let viaEnvironment = try BuiltBinary.run(["idp", "list"], environment: ["SCIMDESK_DATABASE": directory.path("scheme.sqlite")])
        #expect(viaEnvironment.stdout.range(of: "\nA +okta", options: .regularExpression) != nil)
        // Listing never creates a database; the first change creates the default one, folders included.
        let xdg = ["XDG_DATA_HOME": directory.path("xdg")]
        #expect(try BuiltBinary.run(["idp", "list"], environment: xdg).stderr.contains("no database yet"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("xdg/scimdesk/scimdesk.sqlite")))
        #expect(try BuiltBinary.run(["idp", "add", "--name", "Okta"], environment: xdg).status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.path("xdg/scimdesk/scimdesk.sqlite")))
        let postgres = try BuiltBinary.run(["idp", "list", "--database", "postgres://localhost/scim"])
        #expect(postgres.status != 0 && postgres.stderr.contains("PostgreSQL"))
    }

    @Test func helpTeachesTheFirstSteps() throws {
        let help = try BuiltBinary.run(["--help"])
        #expect(help.stdout.contains("scimdesk idp add --name Okta --kind okta"))
        #expect(help.stdout.contains("SCIMDESK_DATABASE"))
        let tokenHelp = try BuiltBinary.run(["token", "generate", "--help"])
        #expect(tokenHelp.stdout.contains("--valid-for"))
        #expect(tokenHelp.stdout.contains("365d"))
    }

    @Test func aTakenPortIsNamedInOneLine() throws {
        let result = try Subprocess.withOccupiedPort { port in try scimdesk("serve", "--listen", "127.0.0.1:\(port)") }
        #expect(result.status != 0)
        #expect(result.stderr.contains("is already in use; pick another address with --listen HOST:PORT."))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func aBadListenAddressSaysWhatIsExpected() throws {
        let result = try scimdesk("serve", "--listen", "localhost")
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not HOST:PORT"))
    }
}

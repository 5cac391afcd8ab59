import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

/// `scimdesk idp set --breaker` and `scimdesk breaker …` through the built binary.
@Suite struct BreakerCommandTests {
    let directory: TemporaryDirectory
    var database: String { directory.path("cli.sqlite") }

    init() throws { directory = try TemporaryDirectory() }

    func scimdesk(_ arguments: String...) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--database", database])
    }

    @Test func setShowAndRefuseWhatIsNotHeld() throws {
        _ = try scimdesk("idp", "add", "--name", "Okta")
        let standard = try scimdesk("breaker", "status")
        #expect(standard.stdout.contains("Okta: watching (more than 25 users (or 10% of them) or 10 groups within 10m)"))

        let set = try scimdesk("idp", "set", "Okta", "--breaker", "users=40,window=30m")
        #expect(set.status == 0)
        #expect(set.stdout.contains("more than 40 users (or 10% of them) or 10 groups within 30m"))

        let bad = try scimdesk("idp", "set", "Okta", "--breaker", "users=lots")
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: 'users=lots' is not a breaker setting"))
        #expect(bad.stderr.split(separator: "\n").count == 1)

        let release = try scimdesk("breaker", "release", "--idp", "Okta")
        #expect(release.status == 1)
        #expect(release.stderr.contains("not holding anything"))

        let off = try scimdesk("idp", "set", "Okta", "--breaker", "off")
        #expect(off.stderr.contains("warning"))
        #expect(try scimdesk("breaker", "status", "--idp", "Okta").stdout.contains("Okta: off (warning"))
        #expect(try scimdesk("breaker", "status", "--idp", "Nope").stderr.contains("no identity provider is named \"Nope\""))
    }
}

extension BreakerCommandTests {
    /// `idp list` shows each breaker: a tripped one loudly with what it holds, off as a warning.
    @Test func idpListHasABreakerColumn() async throws {
        _ = try scimdesk("idp", "add", "--name", "Okta")
        _ = try scimdesk("idp", "add", "--name", "Entra", "--kind", "entra")
        _ = try scimdesk("idp", "set", "Entra", "--breaker", "off")
        _ = try scimdesk("idp", "set", "Okta", "--breaker", "users=1")
        do {
            // Okta deactivates two people in a row: the second is held.
            let store = try SQLiteStore(path: database)
            defer { try? store.close() }
            let okta = try #require(try await store.identityProviders().first { $0.name == "Okta" })
            let service = UserService(store: store)
            var users: [User] = []
            for name in ["ada", "alan"] {
                users.append(try await service.create(UserProfile(userName: name, active: true, document: JSONObject()), for: okta).value)
            }
            for user in users {
                _ = try? await service.modify(id: user.id, for: okta) { current in
                    var profile = current.profile
                    profile.active = false
                    return profile
                }
            }
        }
        let list = try scimdesk("idp", "list")
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("BREAKER") == true, "\(list.stdout)")
        #expect(lines.first { $0.hasPrefix("Okta") }?.contains("HOLDING 1") == true, "\(list.stdout)")
        #expect(lines.first { $0.hasPrefix("Entra") }?.hasSuffix("off (warning)") == true, "\(list.stdout)")
        let json = try scimdesk("idp", "list", "--json")
        #expect(json.stdout.contains("\"state\": \"holding\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"held\": 1"))
    }
}

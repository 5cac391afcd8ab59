import Foundation
import TestSupport
import Testing

/// `idp set NAME --rate-limit N/s|off` stores the limit with the IdP; `idp list` shows it.
@Suite struct RateLimitCLITests {
    let directory: TemporaryDirectory
    var database: String { directory.path("rate.sqlite") }

    init() throws { directory = try TemporaryDirectory() }

    func scimdesk(_ arguments: String...) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--database", database])
    }

    func listed() throws -> (table: String, json: String?) {
        let table = try scimdesk("idp", "list").stdout
        let json = try JSONSerialization.jsonObject(with: Data(try scimdesk("idp", "list", "--json").stdout.utf8)) as? [[String: Any]]
        return (table, json?.first?["rateLimit"] as? String)
    }

    @Test func theRateLimitIsSetPerIdPAndListed() throws {
        defer { directory.remove() }
        #expect(try scimdesk("idp", "add", "--name", "Okta").status == 0)
        let standard = try listed()
        #expect(standard.table.contains("RATE LIMIT") && standard.table.contains("50/s"), "\(standard.table)")
        #expect(standard.json == "50/s")
        let set = try scimdesk("idp", "set", "Okta", "--rate-limit", "20/s")
        #expect(set.status == 0 && set.stdout.contains("Rate limit of Okta: 20/s"), "\(set.stdout)\(set.stderr)")
        #expect(try listed().json == "20/s")
        #expect(try scimdesk("idp", "set", "Okta", "--rate-limit", "off").status == 0)
        #expect(try listed().json == "off")
        let bad = try scimdesk("idp", "set", "Okta", "--rate-limit", "fast")
        #expect(bad.status == 1 && bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        #expect(bad.stderr.contains("--rate-limit") && bad.stderr.contains("N/s"), "\(bad.stderr)")
        #expect(try listed().json == "off", "a refused value changes nothing")
        let mixed = try scimdesk("idp", "set", "Okta", "--rate-limit", "5/s", "--breaker", "users=lots")
        #expect(mixed.status == 1, "\(mixed.stdout)")
        #expect(try listed().json == "off", "a mistake in the other setting applies neither")
        let serve = try BuiltBinary.run(["serve", "--rate-limit", "sometimes", "--database", database])
        #expect(serve.status == 1 && serve.stderr.contains("--rate-limit takes on or off"), "\(serve.stderr)")
    }
}

import Foundation
import TestSupport
import Testing

/// Every mistake on the command line is one line on stderr, exit code 1, with what to do.
@Suite struct CommandLineMistakesTests {
    let directory: TemporaryDirectory
    var database: String { directory.path("mistakes.sqlite") }

    init() throws { directory = try TemporaryDirectory() }

    func expectOneLine(_ arguments: [String], contains expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status == 1, "\(arguments)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("error: "), sourceLocation: sourceLocation)
        #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func argumentErrorsAreOneLineWithExitCodeOne() throws {
        try expectOneLine(["bogus"], contains: "unknown command \"bogus\"")
        try expectOneLine(["serv"], contains: "did you mean \"serve\"?")
        try expectOneLine(["idp", "list", "--bogus", "--database", database], contains: "see scimdesk idp list --help")
        try expectOneLine(["token", "generate", "--database", database], contains: "--idp")
    }

    @Test func aNegativeDurationIsNamedAsSuch() throws {
        #expect(try BuiltBinary.run(["idp", "add", "--name", "Okta", "--database", database]).status == 0)
        try expectOneLine(
            ["token", "generate", "--idp", "Okta", "--valid-for", "-5d", "--database", database], contains: "'-5d' is not a duration")
    }

    @Test func aTypoInAnIdPNameSuggestsTheRightOne() throws {
        #expect(try BuiltBinary.run(["idp", "add", "--name", "Okta", "--database", database]).status == 0)
        try expectOneLine(["token", "generate", "--idp", "Okat", "--database", database], contains: "did you mean \"Okta\"?")
        #expect(!(try BuiltBinary.run(["token", "generate", "--idp", "Okat", "--database", database]).stderr.contains("idp add")))
    }

    @Test func helpStillPrintsInFull() throws {
        let help = try BuiltBinary.run(["token", "generate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--valid-for"))
    }
}

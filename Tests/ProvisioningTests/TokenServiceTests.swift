import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

@Suite struct TokenServiceTests {
    let clock = TestClock(start: Date(timeIntervalSince1970: 1_800_000_000))

    @Test func generatedTokenExpiresExactlyOneYearLater() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let issued = try await TokenService(store: store, clock: clock.wall).generate(for: idp, by: .cli)
            #expect(issued.token.expires.timeIntervalSince(clock.now) == 365 * 86_400)
            #expect(issued.secret.text.hasPrefix("scimdesk_"))
            #expect(issued.secret.text.count == "scimdesk_".count + 52)
        }
    }

    @Test func validityIsBoundedByOneYear() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let tokens = TokenService(store: store, clock: clock.wall)
            await #expect(throws: DomainError.self) {
                try await tokens.generate(for: idp, validFor: ValidityDuration(seconds: 366 * 86_400), by: .cli)
            }
            let short = try await tokens.generate(for: idp, validFor: try ValidityDuration(parsing: "12h"), by: .cli)
            #expect(short.token.expires.timeIntervalSince(clock.now) == 12 * 3_600)
        }
    }

    @Test func verificationTellsValidExpiredRevokedAndUnknownApart() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let tokens = TokenService(store: store, clock: clock.wall)
            let issued = try await tokens.generate(for: idp, validFor: try ValidityDuration(parsing: "1d"), by: .cli)
            #expect(try await tokens.verify(secret: issued.secret.text) == .valid(idp))
            #expect(try await tokens.verify(secret: "scimdesk_notatoken") == .unknown)

            clock.advance(by: 86_400)
            #expect(try await tokens.verify(secret: issued.secret.text) == .expired(idp, on: issued.token.expires))

            let second = try await tokens.generate(for: idp, by: .cli)
            clock.advance(by: 10)
            try await tokens.revoke(for: idp, by: .cli)
            #expect(try await tokens.verify(secret: second.secret.text) == .revoked(idp, on: clock.now))
            #expect(try await tokens.status(for: idp).state == .revoked(on: clock.now))
        }
    }

    @Test func regeneratingRetiresThePreviousTokenAtOnce() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let tokens = TokenService(store: store, clock: clock.wall)
            let first = try await tokens.generate(for: idp, by: .cli)
            let second = try await tokens.generate(for: idp, by: .cli)
            #expect(
                try await tokens.verify(secret: first.secret.text) == .replaced(idp, on: clock.now, newerIssuedOn: second.token.created))
            #expect(try await tokens.verify(secret: second.secret.text) == .valid(idp))
        }
    }

    @Test func overlapKeepsThePreviousTokenForABoundedWindow() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let tokens = TokenService(store: store, clock: clock.wall)
            let first = try await tokens.generate(for: idp, by: .cli)
            let second = try await tokens.generate(for: idp, overlap: try ValidityDuration(parsing: "1h"), by: .cli)
            #expect(try await tokens.verify(secret: first.secret.text) == .valid(idp))
            clock.advance(by: 3_600)
            #expect(
                try await tokens.verify(secret: first.secret.text) == .replaced(idp, on: clock.now, newerIssuedOn: second.token.created))
            #expect(try await tokens.verify(secret: second.secret.text) == .valid(idp))
            await #expect(throws: DomainError.self) {
                try await tokens.generate(for: idp, overlap: try ValidityDuration(parsing: "8d"), by: .cli)
            }
        }
    }

    @Test func revokingAnIdPWithoutTokensRevokesNothing() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            #expect(try await TokenService(store: store, clock: clock.wall).revoke(for: idp, by: .cli) == 0)
            #expect(try await TokenService(store: store, clock: clock.wall).status(for: idp).state == .none)
        }
    }

    @Test func lastUseIsRecorded() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let tokens = TokenService(store: store, clock: clock.wall)
            let issued = try await tokens.generate(for: idp, by: .cli)
            clock.advance(by: 5)
            _ = try await tokens.verify(secret: issued.secret.text)
            #expect(try await tokens.status(for: idp).token?.lastUsed == clock.now)
        }
    }

    @Test func theDatabaseFileNeverContainsTheTokenText() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/tokens.sqlite"
        var secrets: [String] = []
        let store = try SQLiteStore(path: path)
        let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
        let tokens = TokenService(store: store, clock: clock.wall)
        for _ in 0..<3 {
            let issued = try await tokens.generate(for: idp, by: .cli)
            secrets.append(issued.secret.text)
            _ = try await tokens.verify(secret: issued.secret.text)
        }
        // Read the files while the store is open (WAL content included) and after close.
        for phase in ["open", "closed"] {
            if phase == "closed" { try store.close() }
            for suffix in ["", "-wal", "-shm"] {
                guard let bytes = FileManager.default.contents(atPath: path + suffix) else { continue }
                for secret in secrets {
                    #expect(bytes.range(of: Data(secret.utf8)) == nil, "token text found in \(path + suffix) (\(phase))")
                    let body = Data(secret.dropFirst(TokenSecret.prefix.count).utf8)
                    #expect(bytes.range(of: body) == nil, "token body found in \(path + suffix) (\(phase))")
                }
            }
        }
    }
}

@Suite struct ValidityDurationTests {
    @Test(arguments: [("365d", 31_536_000), ("12h", 43_200), ("30m", 1_800), ("45s", 45), ("0", 0), (" 7D ", 604_800)])
    func parsesUnits(text: String, seconds: Int) throws {
        #expect(try ValidityDuration(parsing: text).seconds == seconds)
    }

    @Test(arguments: ["", "d", "12", "1y", "-5d", "1.5d", "abc", "99999999999999999999d"])
    func rejectsMalformedDurations(text: String) {
        #expect(throws: DomainError.self) { try ValidityDuration(parsing: text) }
    }

    @Test func describesInTheLargestWholeUnit() {
        #expect(ValidityDuration.oneYear.description == "365d")
        #expect(ValidityDuration(seconds: 5_400).description == "90m")
        #expect(ValidityDuration(seconds: 61).description == "61s")
    }
}

@Suite struct TokenSecretTests {
    @Test func secretsAreRandomAndRecognisable() {
        let a = TokenSecret.generate(), b = TokenSecret.generate()
        #expect(a.text != b.text)
        #expect(a.text.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" })
        #expect(a.hint == String(a.text.prefix(13)))
        #expect(a.hash.count == 64)
        #expect(a.hash == TokenSecret.hash(of: a.text))
    }

    @Test func constantTimeComparison() {
        #expect(TokenSecret.constantTimeEquals("abc", "abc"))
        #expect(!TokenSecret.constantTimeEquals("abc", "abd"))
        #expect(!TokenSecret.constantTimeEquals("abc", "abcd"))
    }
}

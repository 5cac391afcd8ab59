import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

/// The store writes what it is given: a token's hash and hint, never the secret itself.
@Suite struct SecretTests {
    @Test func noTokenTextReachesTheFile() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let secret = TokenSecret.generate()
        let idp = StoreFixtures.idp("Okta")
        let token = ProvisioningToken(
            idpID: idp.id, hash: secret.hash, hint: secret.hint, created: StoreFixtures.epoch, expires: StoreFixtures.time(3_600)
        )
        try await subject.store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        try await subject.store.issueToken(token, retiringOthersAt: StoreFixtures.epoch, audit: StoreFixtures.audit(.tokenGenerated))
        #expect(try await subject.store.token(hash: secret.hash)?.0 == token)
        // Both while the WAL holds the data and after it was checkpointed into the main file.
        try expectBytes(in: subject, contain: secret.hash, butNot: secret.text)
        try subject.store.close()
        try expectBytes(in: subject, contain: secret.hash, butNot: secret.text)
    }

    private func expectBytes(in subject: SQLiteSubject, contain present: String, butNot absent: String) throws {
        var bytes = Data()
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: subject.path + suffix) {
            bytes += try Data(contentsOf: URL(fileURLWithPath: subject.path + suffix))
        }
        #expect(bytes.range(of: Data(present.utf8)) != nil)
        #expect(bytes.range(of: Data(absent.utf8)) == nil)
        // Not even the secret's random part without its prefix.
        #expect(bytes.range(of: Data(absent.dropFirst(TokenSecret.prefix.count).utf8)) == nil)
    }
}

import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

@Suite struct DurabilityTests {
    @Test func dataSurvivesCloseAndReopen() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let idp = StoreFixtures.idp("Okta")
        let user = StoreFixtures.user("ada@example.com", idp: idp, displayName: "Ada", emails: [.init("ada@example.com", primary: true)])
        try await subject.store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        try await subject.store.insertUser(user, audit: StoreFixtures.audit(.userCreated))
        try subject.store.close()
        let reopened = try SQLiteStore(path: subject.path)
        #expect(try await reopened.user(id: user.id, idpID: idp.id) == user)
        try reopened.close()
    }

    @Test func closeLeavesNoWriteAheadLog() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let idp = StoreFixtures.idp("Okta")
        try await subject.store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        try await subject.store.appendTraffic((1...50).map { StoreFixtures.traffic($0) })
        let folder = URL(fileURLWithPath: subject.path).deletingLastPathComponent().path
        #expect(FileManager.default.fileExists(atPath: subject.path + "-wal"))
        // Reads keep working while the file is open, and reading does not re-create the log after close.
        _ = try await subject.store.recentTraffic(limit: 5)
        try subject.store.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["scimdesk.sqlite", "scimdesk.sqlite.audit-key"])
    }
}

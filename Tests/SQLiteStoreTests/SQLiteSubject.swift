import Foundation
import Provisioning
import SQLiteStore
import TestSupport

/// A store on a fresh file in its own temporary directory.
struct SQLiteSubject {
    let directory: TemporaryDirectory
    let store: SQLiteStore

    var path: String { store.path }

    init(durability: SQLiteStore.Durability = .full) throws {
        directory = try TemporaryDirectory(prefix: "scimdesk-sqlite")
        store = try SQLiteStore(path: directory.path("data/scimdesk.sqlite"), durability: durability)
    }

    /// For the conformance suite: closing also proves every check leaves a store that closes cleanly.
    static func conformanceSubject() throws -> StoreConformance.Subject {
        let subject = try SQLiteSubject()
        return StoreConformance.Subject(store: subject.store) {
            try subject.store.close()
            subject.directory.remove()
        }
    }
}

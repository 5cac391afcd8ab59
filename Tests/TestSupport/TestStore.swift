import Foundation
import Provisioning
import SQLiteStore

/// Runs `body` with a fresh SQLite store in its own temporary directory, then closes and removes it.
public func withTestStore<T>(_ body: (SQLiteStore) async throws -> T) async throws -> T {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try SQLiteStore(path: directory.path("scimdesk.sqlite"))
    do {
        let result = try await body(store)
        try store.close()
        return result
    } catch {
        try? store.close()
        throw error
    }
}

import Foundation
import Provisioning
import SCIM
import SQLiteStore
import Synchronization

/// A real SQLite directory in a temporary folder that the store-backed fuzz checks write into and
/// read back from, so "accepted" means what it means for the listener: stored by the services.
public final class FuzzDirectory: Sendable {
    public let store: SQLiteStore
    let folder: URL
    /// Each check provisions into an IdP of its own, so no input's leftovers (a taken userName, a
    /// deleted group's name) change what the next input does.
    private let idpCount = Counter()
    /// The IdP `seededIdentityProvider()` filled.
    let seeded = Mutex<IdentityProvider?>(nil)

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("scimdesk-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try SQLiteStore(path: folder.appendingPathComponent("fuzz.sqlite").path, durability: .normal)
    }

    /// Closes the store and removes its folder.
    public func remove() {
        try? store.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// A new Okta IdP whose breaker is off (one deactivation of a one-user directory would trip it).
    public func freshIdentityProvider() async throws -> IdentityProvider {
        let idp = try await IdentityProviderService(store: store).add(name: "fuzz \(idpCount.next())", kind: .okta, by: .cli)
        try await DeprovisioningBreaker(store: store).setPolicy(try BreakerPolicy(parsing: "off"), for: idp, by: .cli)
        return idp
    }

    /// Runs a write; nil when it was refused the way a client is told (a `DomainError` or a 4xx
    /// `SCIMError`). Anything else would be a 500 from the listener, which is a failure here.
    public func accepted<Value>(_ what: String, _ write: () async throws -> Value) async throws -> Value? {
        do {
            return try await write()
        } catch is DomainError {
            return nil
        } catch let error as SCIMError where error.status < 500 {
            return nil
        } catch {
            throw FuzzFailure("\(what) failed with \(type(of: error)): \(error)")
        }
    }
}

/// A thread-safe counter.
final class Counter: Sendable {
    private let value = Mutex(0)

    func next() -> Int {
        value.withLock {
            $0 += 1
            return $0
        }
    }
}

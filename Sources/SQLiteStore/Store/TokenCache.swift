import Foundation
import Provisioning
import Synchronization

/// Token lookups kept in memory, good while the database's credentials version (see
/// `V9CredentialsVersion`) has not moved.
///
/// A token lookup runs before every SCIM request. Reading the one-row version costs a fraction of the
/// lookup with its join and two decodes, and the version moves on any change to tokens or IdPs from
/// any process, so a revoke anywhere is honoured on the next request here. Only tokens that exist are
/// kept: unknown secrets, which anyone can send, always go to the database and never fill the cache.
final class TokenCache: Sendable {
    typealias Entry = (token: ProvisioningToken, idp: IdentityProvider)

    /// More tokens than any directory has IdPs (each has one, two during a rotation overlap).
    static let capacity = 256

    private let state = Mutex(State())

    private struct State {
        var version: Int64 = -1
        var entries: [String: Entry] = [:]
    }

    /// The entry for `hash`, if it was stored under `version`.
    func entry(for hash: String, version: Int64) -> Entry? {
        state.withLock { state in
            guard state.version == version else {
                state.version = version
                state.entries.removeAll(keepingCapacity: true)
                return nil
            }
            return state.entries[hash]
        }
    }

    /// Keeps `entry`, read after the version was read as `version` (a later change then moves the
    /// version past it, and the entry is dropped at the next lookup).
    func store(_ entry: Entry, for hash: String, version: Int64) {
        state.withLock { state in
            guard state.version == version else { return }
            if state.entries.count >= Self.capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[hash] = entry
        }
    }

    /// A use recorded by this process: `last_used` is not part of the version, so the kept entry is
    /// brought up to date here (another process's uses only make this one record a use a little early).
    func recordUse(of id: UUID, at date: Date) {
        state.withLock { state in
            for (hash, entry) in state.entries where entry.token.id == id {
                var token = entry.token
                token.lastUsed = max(token.lastUsed ?? date, date)
                state.entries[hash] = (token, entry.idp)
            }
        }
    }
}

import Foundation
import Provisioning
import SCIM
import SQLiteStore

/// The filter parser's and SQL translator's property: a filter the parser accepts (RFC 7644
/// §3.4.2.2) runs on the store, for one IdP and for all of them, or is refused as
/// `StoreError.unsupportedQuery` (a 400 `invalidFilter`); never any other error (a 500).
public enum FilterTranslation {
    /// Returns how many reads ran (0 to 4: users and groups, one IdP and all), not counting refusals.
    @discardableResult
    public static func check(_ bytes: [UInt8], in directory: FuzzDirectory) async throws -> Int {
        guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
        var ran = 0
        let idp = try await directory.seededIdentityProvider()
        for type in [ResourceType.user, .group] {
            guard let filter = try? FilterParser.parse(text, for: type) else { continue }
            for scope in [idp.id, nil] {
                let query = ListQuery(filter: filter, count: 20)
                do {
                    if type == .user {
                        _ = try await directory.store.users(idpID: scope, query: query)
                    } else {
                        _ = try await directory.store.groups(idpID: scope, query: query)
                    }
                    ran += 1
                } catch StoreError.unsupportedQuery {
                    continue
                } catch {
                    throw FuzzFailure("a filter the parser accepts fails in the store (\(type)): \(error) — \(text.prefix(300))")
                }
            }
        }
        return ran
    }
}

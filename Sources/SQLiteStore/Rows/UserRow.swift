import Foundation
import GRDB
import Provisioning

/// Column order and hand-written decoding of `users` rows (no Codable, no query interface: this runs
/// on every GET and filter lookup).
enum UserRow {
    /// The selected columns, in the order `decode` reads them. Qualified so joins stay unambiguous.
    static let columns = """
        users.id, users.idp_id, users.user_name, users.external_id, users.display_name, users.given_name, \
        users.family_name, users.email, users.department, users.division, users.active, users.document, \
        users.created, users.last_modified, users.version
        """

    static func decode(_ row: Row) throws -> User {
        let idpText: String = row[1]
        guard let idpID = Columns.uuid(idpText) else { throw StoreError.unavailable("bad idp_id '\(idpText)' in users") }
        var profile = UserProfile(
            userName: row[2], externalID: row[3], displayName: row[4], givenName: row[5],
            familyName: row[6], email: row[7], department: row[8], division: row[9], active: row[10]
        )
        var damage: String?
        switch DocumentCoding.decode(row, at: 11) {
        case .success(let document): profile.document = document
        case .failure(let unreadable):
            profile.document = profile.documentFromFields()
            damage = unreadable.damage
        }
        let meta = ResourceMeta(created: Columns.date(row[12] as Double), lastModified: Columns.date(row[13] as Double), version: row[14])
        return User(id: row[0], idpID: idpID, profile: profile, meta: meta, damage: damage)
    }

    static let insertSQL = """
        INSERT INTO users (id, idp_id, user_name, user_name_key, external_id, display_name, given_name, family_name, \
        email, email_key, department, division, active, document, created, last_modified, version, display_name_key, \
        emails_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func insertArguments(_ user: User) -> StatementArguments {
        let p = user.profile
        return [
            user.id, Columns.uuid(user.idpID), p.userName, Columns.key(p.userName), p.externalID, p.displayName,
            p.givenName, p.familyName, p.email, Columns.key(optional: p.email), p.department, p.division, p.active,
            DocumentCoding.encode(p.document), Columns.date(user.meta.created), Columns.date(user.meta.lastModified),
            user.meta.version, SearchKeys.displayName(p), SearchKeys.emails(p.document),
        ]
    }

    /// Rewrites everything but `id`, `idp_id` and `created`, if the stored version matches.
    static let updateSQL = """
        UPDATE users SET user_name = ?, user_name_key = ?, external_id = ?, display_name = ?, given_name = ?, \
        family_name = ?, email = ?, email_key = ?, department = ?, division = ?, active = ?, document = ?, \
        last_modified = ?, version = ?, display_name_key = ?, emails_key = ? \
        WHERE id = ? AND idp_id = ? AND version = ?
        """

    static func updateArguments(_ user: User, expectedVersion: Int) -> StatementArguments {
        let p = user.profile
        return [
            p.userName, Columns.key(p.userName), p.externalID, p.displayName, p.givenName, p.familyName,
            p.email, Columns.key(optional: p.email), p.department, p.division, p.active, DocumentCoding.encode(p.document),
            Columns.date(user.meta.lastModified), user.meta.version, SearchKeys.displayName(p), SearchKeys.emails(p.document),
            user.id, Columns.uuid(user.idpID), expectedVersion,
        ]
    }
}

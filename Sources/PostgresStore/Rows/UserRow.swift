import Foundation
import Provisioning

/// Column order and decoding of `users` rows.
enum UserRow {
    static let columns = """
        users.id, users.idp_id, users.user_name, users.external_id, users.display_name, users.given_name, \
        users.family_name, users.email, users.department, users.division, users.active, users.document, \
        users.created, users.last_modified, users.version
        """

    static func decode(_ row: RowReader) throws -> User {
        let profile = UserProfile(
            userName: try row.string(2), externalID: try row.optionalString(3), displayName: try row.optionalString(4),
            givenName: try row.optionalString(5), familyName: try row.optionalString(6), email: try row.optionalString(7),
            department: try row.optionalString(8), division: try row.optionalString(9), active: try row.bool(10),
            document: try row.document(11)
        )
        let meta = ResourceMeta(created: try row.date(12), lastModified: try row.date(13), version: try row.int(14))
        return User(id: try row.string(0), idpID: try row.uuid(1), profile: profile, meta: meta)
    }

    static func insert(_ user: User) -> SQLFragment {
        let p = user.profile
        return SQLFragment(
            """
            INSERT INTO users (id, idp_id, user_name, user_name_key, external_id, display_name, given_name, family_name, \
            email, email_key, department, division, active, document, created, last_modified, version) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json, ?, ?, ?)
            """,
            [
                .text(user.id), .text(Columns.uuid(user.idpID)), .text(p.userName), .text(Columns.key(p.userName)),
                .text(p.externalID), .text(p.displayName), .text(p.givenName), .text(p.familyName), .text(p.email),
                Columns.key(optional: p.email), .text(p.department), .text(p.division), .bool(p.active),
                .text(DocumentCoding.encode(p.document)), Columns.date(user.meta.created), Columns.date(user.meta.lastModified),
                .int(user.meta.version),
            ])
    }

    /// Rewrites everything but `id`, `idp_id` and `created`, if the stored version matches.
    static func update(_ user: User, expectedVersion: Int) -> SQLFragment {
        let p = user.profile
        return SQLFragment(
            """
            UPDATE users SET user_name = ?, user_name_key = ?, external_id = ?, display_name = ?, given_name = ?, \
            family_name = ?, email = ?, email_key = ?, department = ?, division = ?, active = ?, document = ?::json, \
            last_modified = ?, version = ? \
            WHERE id = ? AND idp_id = ? AND version = ? RETURNING 1
            """,
            [
                .text(p.userName), .text(Columns.key(p.userName)), .text(p.externalID), .text(p.displayName), .text(p.givenName),
                .text(p.familyName), .text(p.email), Columns.key(optional: p.email), .text(p.department), .text(p.division),
                .bool(p.active), .text(DocumentCoding.encode(p.document)), Columns.date(user.meta.lastModified),
                .int(user.meta.version), .text(user.id), .text(Columns.uuid(user.idpID)), .int(expectedVersion),
            ])
    }
}

/// Stored SCIM documents: compact JSON text, keys in the order the IdP sent them.
enum DocumentCoding {
    static func encode(_ document: JSONObject) -> String {
        JSONValue.object(document).serialized()
    }
}

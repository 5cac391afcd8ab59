import Foundation
import GRDB
import Provisioning

/// Column order and hand-written decoding of `groups` rows. `member_count` is maintained by every
/// membership write, so reading a group never touches its members.
enum GroupRow {
    static let columns = """
        groups.id, groups.idp_id, groups.display_name, groups.external_id, groups.document, groups.created, \
        groups.last_modified, groups.version, groups.member_count, groups.deleted, groups.relink_count
        """

    static func decode(_ row: Row) throws -> Group {
        let idpText: String = row[1]
        guard let idpID = Columns.uuid(idpText) else { throw StoreError.unavailable("bad idp_id '\(idpText)' in groups") }
        var profile = GroupProfile(displayName: row[2], externalID: row[3])
        var damage: String?
        switch DocumentCoding.decode(row, at: 4) {
        case .success(let document): profile.document = document
        case .failure(let unreadable):
            profile.document = profile.documentFromFields()
            damage = unreadable.damage
        }
        let meta = ResourceMeta(created: Columns.date(row[5] as Double), lastModified: Columns.date(row[6] as Double), version: row[7])
        return Group(
            id: row[0], idpID: idpID, profile: profile, meta: meta, memberCount: row[8],
            deleted: Columns.date(optional: row[9] as Double?), relinkCount: row[10], damage: damage
        )
    }

    static let insertSQL = """
        INSERT INTO groups (id, idp_id, display_name, display_name_key, external_id, document, member_count, \
        created, last_modified, version, deleted, relink_count) \
        VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, NULL, ?)
        """

    static func insertArguments(_ group: Group) -> StatementArguments {
        [
            group.id, Columns.uuid(group.idpID), group.profile.displayName, Columns.key(group.profile.displayName),
            group.profile.externalID, DocumentCoding.encode(group.profile.document),
            Columns.date(group.meta.created), Columns.date(group.meta.lastModified), group.meta.version, group.relinkCount,
        ]
    }

    /// Profile and meta of a live group whose stored version is still the expected one.
    static let updateSQL = """
        UPDATE groups SET display_name = ?, display_name_key = ?, external_id = ?, document = ?, \
        last_modified = ?, version = ? \
        WHERE id = ? AND idp_id = ? AND deleted IS NULL AND version = ?
        """

    static func updateArguments(_ group: Group, expectedVersion: Int) -> StatementArguments {
        [
            group.profile.displayName, Columns.key(group.profile.displayName), group.profile.externalID,
            DocumentCoding.encode(group.profile.document), Columns.date(group.meta.lastModified), group.meta.version,
            group.id, Columns.uuid(group.idpID), expectedVersion,
        ]
    }

    /// Membership-only writes commute: bump the version in place and move lastModified forward (never
    /// back, should an older request commit later), leaving the stored profile alone.
    static let touchSQL = """
        UPDATE groups SET last_modified = max(last_modified, ?), version = version + 1 \
        WHERE id = ? AND idp_id = ? AND deleted IS NULL
        """

    static func touchArguments(_ group: Group) -> StatementArguments {
        [Columns.date(group.meta.lastModified), group.id, Columns.uuid(group.idpID)]
    }
}

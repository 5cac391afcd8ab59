import Foundation
import Provisioning

/// Column order and decoding of `groups` rows. `member_count` is kept by a trigger (`MemberCountTrigger`).
enum GroupRow {
    static let columns = """
        groups.id, groups.idp_id, groups.display_name, groups.external_id, groups.document, groups.created, \
        groups.last_modified, groups.version, groups.member_count, groups.deleted, groups.relink_count
        """

    static func decode(_ row: RowReader) throws -> Group {
        let profile = GroupProfile(displayName: try row.string(2), externalID: try row.optionalString(3), document: try row.document(4))
        let meta = ResourceMeta(created: try row.date(5), lastModified: try row.date(6), version: try row.int(7))
        return Group(
            id: try row.string(0), idpID: try row.uuid(1), profile: profile, meta: meta, memberCount: try row.int(8),
            deleted: try row.optionalDate(9), relinkCount: try row.int(10)
        )
    }

    static func insert(_ group: Group) -> SQLFragment {
        SQLFragment(
            """
            INSERT INTO groups (id, idp_id, display_name, display_name_key, external_id, document, member_count, \
            created, last_modified, version, deleted, relink_count) \
            VALUES (?, ?, ?, ?, ?, ?::json, 0, ?, ?, ?, NULL, ?)
            """,
            [
                .text(group.id), .text(Columns.uuid(group.idpID)), .text(group.profile.displayName),
                .text(Columns.key(group.profile.displayName)), .text(group.profile.externalID),
                .text(DocumentCoding.encode(group.profile.document)), Columns.date(group.meta.created),
                Columns.date(group.meta.lastModified), .int(group.meta.version), .int(group.relinkCount),
            ])
    }

    /// Profile and meta of a live group whose stored version is still the expected one.
    static func update(_ group: Group, expectedVersion: Int) -> SQLFragment {
        SQLFragment(
            """
            UPDATE groups SET display_name = ?, display_name_key = ?, external_id = ?, document = ?::json, \
            last_modified = ?, version = ? \
            WHERE id = ? AND idp_id = ? AND deleted IS NULL AND version = ? RETURNING 1
            """,
            [
                .text(group.profile.displayName), .text(Columns.key(group.profile.displayName)), .text(group.profile.externalID),
                .text(DocumentCoding.encode(group.profile.document)), Columns.date(group.meta.lastModified), .int(group.meta.version),
                .text(group.id), .text(Columns.uuid(group.idpID)), .int(expectedVersion),
            ])
    }

    /// Membership-only writes commute: bump the version in place and move lastModified forward only.
    static func touch(_ group: Group) -> SQLFragment {
        SQLFragment(
            """
            UPDATE groups SET last_modified = greatest(last_modified, ?), version = version + 1 \
            WHERE id = ? AND idp_id = ? AND deleted IS NULL RETURNING 1
            """,
            [Columns.date(group.meta.lastModified), .text(group.id), .text(Columns.uuid(group.idpID))])
    }
}

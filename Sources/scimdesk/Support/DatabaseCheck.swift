import Foundation

/// The mistakes a `--database` path can hold, each caught before SQLite turns it into something
/// that looks like data loss (an empty new database, "No identity providers yet").
enum DatabaseCheck {
    /// Throws a one-line error for a path that cannot be the database. Read-only commands never
    /// create one; writing commands create the folder only for the default location.
    static func check(_ path: String, readOnly: Bool, isDefault: Bool) throws {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw CLIError("\(path) is a directory; give the database file, e.g. --database \(path)/scimdesk.sqlite")
            }
            if !files.isReadableFile(atPath: path) { throw CLIError("\(path) cannot be read by this user; check its permissions.") }
            if !readOnly, !files.isWritableFile(atPath: path) {
                throw CLIError("\(path) is read-only for this user; check its permissions (nothing was changed).")
            }
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let folderExists = folder.isEmpty || files.fileExists(atPath: folder)
        if readOnly, isDefault {
            throw CLIError("no database yet at \(path): add an identity provider first, e.g. scimdesk idp add --name Okta")
        }
        if readOnly {
            throw CLIError(
                "no database at \(path)\(folderExists ? "" : " (\(folder) does not exist either)"); check --database or SCIMDESK_DATABASE. Nothing was created."
            )
        }
        if !folderExists, !isDefault {
            throw CLIError("the folder \(folder) does not exist; create it first (mkdir -p \(folder)) or check --database.")
        }
    }
}

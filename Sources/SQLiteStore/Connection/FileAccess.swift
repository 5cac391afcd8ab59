import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The database file holds token hashes and people's data, so only its owner may read it. SQLite
/// gives the `-wal` and `-shm` files it creates the database file's mode, so creating that file
/// owner-only is enough.
enum FileAccess {
    /// Creates an empty database file readable and writable by its owner only, unless one exists.
    static func createOwnerOnly(_ path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        // EEXIST: another process created it first, which is fine.
        guard fd >= 0 || errno == EEXIST else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        if fd >= 0 { close(fd) }
    }

    /// A warning when users other than the owner may read or write the file at `path`.
    static func warning(for path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let mode = Int(info.st_mode) & 0o777
        guard mode & 0o077 != 0 else { return nil }
        return "the database \(path) can be read by other users (mode \(String(mode, radix: 8))); run chmod 600 on it."
    }
}

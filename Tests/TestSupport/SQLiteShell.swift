import Foundation

/// The `sqlite3` command-line shell, for tests that change a database behind ScimDesk's back the way
/// an operator (or an attacker with file access) would.
public enum SQLiteShell {
    /// Runs `sql` against the database at `path`; throws with the shell's stderr when it fails.
    @discardableResult
    public static func execute(_ sql: String, database path: String) throws -> String {
        let result = try Subprocess.run(executable, ["-bail", "-cmd", ".timeout 5000", path, sql], timeout: 30)
        guard result.status == 0 else {
            throw NSError(domain: "sqlite3", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.stderr])
        }
        return result.stdout
    }

    static var executable: String {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "sqlite3"
    }
}

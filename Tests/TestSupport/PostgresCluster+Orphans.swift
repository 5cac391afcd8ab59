import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Clusters whose test process died without running its exit handler (a crash, SIGKILL, a timeout
/// of the runner) keep a server running and a directory in the temporary folder; the next start
/// stops and deletes them, so a failed run never leaves a server behind for long.
extension PostgresCluster {
    static let directoryPrefix = "scimdesk-pg-"
    static let ownerFile = "owner.pid"

    static var temporaryRoot: String {
        let root = NSTemporaryDirectory()
        return root.hasSuffix("/") ? root : root + "/"
    }

    /// Stops and deletes every cluster whose owning process no longer exists. Clusters without an
    /// owner file are still being set up by someone and are left alone.
    static func sweepOrphans() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporaryRoot)) ?? []
        for name in names where name.hasPrefix(directoryPrefix) {
            let directory = temporaryRoot + name
            guard let text = try? String(contentsOfFile: directory + "/" + ownerFile, encoding: .utf8),
                let owner = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), !isAlive(owner)
            else { continue }
            PostgresCluster(directory: directory).stop()
        }
    }

    private static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

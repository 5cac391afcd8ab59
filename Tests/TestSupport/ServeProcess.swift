import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `scimdesk serve` started as a separate process on a free port of 127.0.0.1, with its stderr in a file.
public final class ServeProcess: Sendable {
    public let process: SpawnedProcess
    public let port: Int
    public let stderrPath: String

    public init(database: String, directory: TemporaryDirectory, arguments: [String] = [], port: Int = Subprocess.freePort()) throws {
        self.port = port
        stderrPath = directory.path("serve-\(port).err")
        process = try SpawnedProcess(
            BuiltBinary.path, ["serve", "--database", database, "--listen", "127.0.0.1:\(port)"] + arguments,
            stdout: directory.path("serve-\(port).out"), stderr: stderrPath)
    }

    public var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Stops it with `signal` and returns its exit status (nil if it outlived `timeout`).
    @discardableResult
    public func stop(_ signal: Int32 = SIGTERM, timeout: TimeInterval = 15) -> Int32? {
        process.kill(signal)
        let status = process.wait(timeout: timeout)
        if status == nil {
            process.kill()
            _ = process.wait(timeout: 5)
        }
        return status
    }
}

/// A database with one IdP ("Okta") and its token, made through the CLI.
public func makeDatabaseWithToken(in directory: TemporaryDirectory, name: String = "scimdesk.sqlite") throws -> (
    database: String, token: String
) {
    let database = directory.path(name)
    _ = try BuiltBinary.run(["idp", "add", "--name", "Okta", "--database", database])
    let token = try BuiltBinary.run(["token", "generate", "--idp", "Okta", "--database", database]).stdout
        .trimmingCharacters(in: .whitespacesAndNewlines)
    return (database, token)
}

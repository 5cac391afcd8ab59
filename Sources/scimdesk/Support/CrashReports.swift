import Foundation

/// Swift's backtracer asks questions on a crash when stdin is a terminal, which would hang a console
/// that owns the screen. The runtime reads `SWIFT_BACKTRACE` only at startup, so the console re-runs
/// itself once with interactive backtraces off.
enum CrashReports {
    static func disableInteractiveBacktraces() throws {
        guard ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        let arguments = CommandLine.arguments
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        // The resolved path, not /proc/self/exe itself, so the process keeps its name in ps and pgrep.
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe"
        execv(executable, &argv)
        // execv only returns on failure; carry on without the setting rather than refuse to start.
    }
}

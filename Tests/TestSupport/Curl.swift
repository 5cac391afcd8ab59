import Foundation

/// HTTP(S) requests through the curl CLI, which (unlike URLSession on Linux) can trust a test CA.
public enum Curl {
    public struct Response: Sendable {
        public let status: Int
        public let body: String
        /// curl's own exit code: 0, or why no response came (7: connection refused, 35/60: TLS).
        public let exitCode: Int32
    }

    /// Bounded in time (`--max-time`); `arguments` go before the URL (`-X POST`, `--cacert F`, `-H …`).
    public static func request(_ url: String, _ arguments: [String] = [], maxTime: Int = 10) throws -> Response {
        let marker = "\n--status:"
        let result = try Subprocess.run(
            "/usr/bin/curl", ["-sS", "--max-time", "\(maxTime)", "-w", "\(marker)%{http_code}"] + arguments + [url],
            timeout: TimeInterval(maxTime + 5))
        guard let range = result.stdout.range(of: marker, options: .backwards) else {
            return Response(status: 0, body: result.stdout, exitCode: result.status)
        }
        return Response(
            status: Int(result.stdout[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0,
            body: String(result.stdout[..<range.lowerBound]), exitCode: result.status)
    }

    /// Polls until `url` answers 200 (a listener that just started), for at most `seconds`.
    public static func waitUntilUp(_ url: String, _ arguments: [String] = [], seconds: Int = 20) async throws -> Bool {
        for _ in 0..<(seconds * 10) {
            if (try? request(url, arguments, maxTime: 2).status) == 200 { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}

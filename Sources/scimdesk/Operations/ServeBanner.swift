import Provisioning
import SCIMServer

/// What `serve` says once it listens: version, base URL, database, and what to fix before Okta can use it.
struct ServeBanner {
    let configuration: SCIMServerConfiguration
    let databasePath: String
    let metrics: ListenAddress?

    var lines: [String] {
        var lines = [
            "ScimDesk \(BuildVersion.current) SCIM listener: \(configuration.baseURL)  (database \(databasePath))"
        ]
        if let tls = configuration.tls {
            lines.append("TLS: \(tls.pair.certificatePath) (serial \(tls.pair.serialNumber)); SIGHUP re-reads it.")
        }
        if let metrics { lines.append("Metrics: http://\(metrics)/metrics") }
        let problems = BaseURLAdvice.problems(with: configuration.baseURL)
        if !problems.isEmpty {
            lines.append(contentsOf: problems.map { "warning: \($0)" })
            lines.append("warning: \(BaseURLAdvice.remedy)")
        }
        lines.append("Stop with Ctrl-C or SIGTERM.")
        return lines
    }
}

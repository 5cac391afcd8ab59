import Logging
import SCIMServer
import ServiceLifecycle
import UnixSignals

/// Re-reads the TLS certificate and key on SIGHUP (`systemctl reload`, certbot's deploy hook), so a
/// renewed certificate is served without restarting: the listening socket and open connections stay.
/// A bad new pair is logged and the old one kept.
struct CertificateReloader: Service {
    let tls: ReloadableTLS
    let logger: Logger

    func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            _ = Self.reload(tls, logger: logger)
        }
    }

    /// Re-reads the pair and logs what happened; returns that line, for the console's status line.
    static func reload(_ tls: ReloadableTLS, logger: Logger) -> Result<String, CLIError> {
        do {
            let pair = try tls.reload()
            let line = "reloaded the TLS certificate \(pair.certificatePath) (serial \(pair.serialNumber))"
            logger.notice("\(line)")
            return .success(line)
        } catch {
            logger.error("kept the previous TLS certificate: \(error)")
            return .failure(CLIError("kept the previous TLS certificate: \(error)"))
        }
    }
}

import NIOConcurrencyHelpers
import NIOCore
import NIOSSL

/// The listener's certificate, swappable while it serves.
///
/// Certificates are renewed while the server runs (ACME every 60–90 days). `reload()` re-reads both
/// files and, only if the new pair is valid, makes every later handshake use it; connections already
/// open keep theirs, and the listening socket never closes. A bad pair leaves the old one in place.
public final class ReloadableTLS: Sendable {
    private let current: NIOLockedValueBox<TLSCertificatePair>
    /// What every handshake starts from; its callback supplies the current pair.
    let configuration: TLSConfiguration

    /// - Throws: `TLSSetupError` naming the unreadable or mismatched file.
    public init(certificatePath: String, keyPath: String) throws(TLSSetupError) {
        let start = try TLSCertificatePair(certificatePath: certificatePath, keyPath: keyPath)
        let current = NIOLockedValueBox(start)
        do {
            configuration = Self.configuration(start, current: current)
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw TLSSetupError("cannot serve TLS with \(certificatePath): \(error)")
        }
        self.current = current
    }

    public var pair: TLSCertificatePair { current.withLockedValue { $0 } }

    /// Re-reads the files given at start; returns the pair now served.
    @discardableResult
    public func reload() throws(TLSSetupError) -> TLSCertificatePair {
        let old = pair
        let fresh = try TLSCertificatePair(certificatePath: old.certificatePath, keyPath: old.keyPath)
        current.withLockedValue { $0 = fresh }
        return fresh
    }

    /// The pair to start with, and a callback that gives every later handshake the current pair.
    private static func configuration(_ start: TLSCertificatePair, current: NIOLockedValueBox<TLSCertificatePair>) -> TLSConfiguration {
        var configuration = TLSPolicy.serverConfiguration(chain: start.chain, key: start.key)
        configuration.sslContextCallback = { [current] _, promise in
            let pair = current.withLockedValue { $0 }
            var override = NIOSSLContextConfigurationOverride()
            override.certificateChain = pair.chain.map { .certificate($0) }
            override.privateKey = .privateKey(pair.key)
            promise.succeed(override)
        }
        return configuration
    }
}

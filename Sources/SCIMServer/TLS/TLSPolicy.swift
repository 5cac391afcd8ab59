import NIOSSL

/// The TLS the listener offers: TLS 1.2 and 1.3 only, forward-secret AEAD cipher suites only.
enum TLSPolicy {
    /// TLS 1.2 suites; BoringSSL's TLS 1.3 suites (all AEAD) are always on. No CBC, no RSA key exchange.
    static let cipherSuites = "ECDHE+AESGCM:ECDHE+CHACHA20"

    static func serverConfiguration(chain: [NIOSSLCertificate], key: NIOSSLPrivateKey) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key)
        )
        configuration.minimumTLSVersion = .tlsv12
        configuration.cipherSuites = cipherSuites
        return configuration
    }
}

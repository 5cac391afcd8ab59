import Foundation
import NIOSSL

/// A PEM certificate chain and its private key, read from files and checked against each other.
public struct TLSCertificatePair: Sendable {
    public let certificatePath: String
    public let keyPath: String
    let chain: [NIOSSLCertificate]
    let key: NIOSSLPrivateKey

    /// Reads both files and proves the key belongs to the certificate by building a TLS context
    /// with them, so a bad pair fails here (at startup or reload) and not in a client's handshake.
    ///
    /// - Throws: `TLSSetupError`, whose message names the file at fault.
    public init(certificatePath: String, keyPath: String) throws(TLSSetupError) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
        let certificateBytes = try Self.read("certificate", certificatePath)
        let keyBytes = try Self.read("key", keyPath)
        chain = (try? NIOSSLCertificate.fromPEMBytes(certificateBytes)) ?? []
        guard !chain.isEmpty else { throw TLSSetupError("the TLS certificate \(certificatePath) is not a PEM certificate") }
        do {
            key = try NIOSSLPrivateKey(bytes: keyBytes, format: .pem)
        } catch {
            throw TLSSetupError("the TLS key \(keyPath) is not an unencrypted PEM private key")
        }
        do {
            _ = try NIOSSLContext(configuration: TLSPolicy.serverConfiguration(chain: chain, key: key))
        } catch {
            throw TLSSetupError("the TLS key \(keyPath) does not belong to the certificate \(certificatePath)")
        }
    }

    /// The leaf certificate's serial number in hex, as `openssl x509 -serial` prints it.
    public var serialNumber: String {
        chain[0].serialNumber.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true) }.joined()
    }

    private static func read(_ what: String, _ path: String) throws(TLSSetupError) -> [UInt8] {
        let files = FileManager.default
        guard files.fileExists(atPath: path) else { throw TLSSetupError("cannot read the TLS \(what) \(path): no such file") }
        guard let data = files.contents(atPath: path) else {
            throw TLSSetupError("cannot read the TLS \(what) \(path): permission denied or not a file")
        }
        return [UInt8](data)
    }
}

/// Why the listener cannot serve TLS; one line that names the file.
public struct TLSSetupError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}

import Foundation

/// A throwaway certificate authority and server certificates for 127.0.0.1, made with the openssl CLI.
public struct TestCertificates: Sendable {
    public let directory: TemporaryDirectory
    public var caPath: String { directory.path("ca.pem") }

    /// Creates the CA; `issue` makes server certificates signed by it.
    public init(in directory: TemporaryDirectory) throws {
        self.directory = directory
        try Self.openssl(
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=ScimDesk Test CA", "-keyout", directory.path("ca-key.pem"), "-out", caPath,
            ])
    }

    /// A certificate for 127.0.0.1 with `serial` (hex), signed by the CA; returns (certificate, key) paths.
    @discardableResult
    public func issue(_ name: String, serial: String) throws -> (certificate: String, key: String) {
        let key = directory.path("\(name)-key.pem")
        let request = directory.path("\(name).csr")
        let certificate = directory.path("\(name).pem")
        let extensions = directory.path("\(name).ext")
        try "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n".write(
            toFile: extensions, atomically: true, encoding: .utf8)
        try Self.openssl(
            [
                "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=\(name)",
                "-keyout", key, "-out", request,
            ])
        try Self.openssl(
            [
                "x509", "-req", "-in", request, "-CA", caPath, "-CAkey", directory.path("ca-key.pem"), "-set_serial", "0x\(serial)",
                "-days", "2", "-extfile", extensions, "-out", certificate,
            ])
        return (certificate, key)
    }

    static func openssl(_ arguments: [String]) throws {
        let result = try Subprocess.run("/usr/bin/openssl", arguments, timeout: 30)
        guard result.status == 0 else {
            throw NSError(domain: "openssl", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.stderr])
        }
    }
}

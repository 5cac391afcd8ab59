import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `serve --tls-cert --tls-key`: HTTPS with a certificate from a test CA, reloaded on SIGHUP.
@Suite struct HTTPSTests {
    let directory: TemporaryDirectory
    let certificates: TestCertificates

    init() throws {
        directory = try TemporaryDirectory()
        certificates = try TestCertificates(in: directory)
    }

    func https(_ serve: ServeProcess, _ path: String, _ arguments: [String] = []) throws -> Curl.Response {
        try Curl.request("https://127.0.0.1:\(serve.port)\(path)", ["--cacert", certificates.caPath] + arguments)
    }

    /// The serial of the certificate a fresh handshake is given, as `openssl x509 -serial` prints it.
    func servedSerial(_ port: Int) throws -> String {
        let script =
            "openssl s_client -connect 127.0.0.1:\(port) -CAfile \(certificates.caPath) </dev/null 2>/dev/null | openssl x509 -noout -serial"
        return try Subprocess.run("/bin/sh", ["-c", script], timeout: 10).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func anOktaStyleFlowRunsOverHTTPS() async throws {
        defer { directory.remove() }
        let (certificate, key) = try certificates.issue("server", serial: "0A01")
        let (database, token) = try makeDatabaseWithToken(in: directory)
        let serve = try ServeProcess(database: database, directory: directory, arguments: ["--tls-cert", certificate, "--tls-key", key])
        defer { serve.stop() }
        let discovery = "https://127.0.0.1:\(serve.port)/scim/v2/ServiceProviderConfig"
        #expect(try await Curl.waitUntilUp(discovery, ["--cacert", certificates.caPath]), "no HTTPS answer; stderr: \(serve.stderr)")
        #expect(serve.stderr.contains("SCIM listener: https://127.0.0.1:\(serve.port)/scim/v2"))

        let auth = ["-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/scim+json"]
        let body = #"{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada@example.com","active":true}"#
        let created = try https(serve, "/scim/v2/Users", auth + ["-X", "POST", "--data", body])
        #expect(created.status == 201, "\(created.body)")
        #expect(created.body.contains("\"location\":\"https://127.0.0.1:\(serve.port)/scim/v2/Users/"))
        let found = try https(serve, "/scim/v2/Users?filter=userName+eq+%22ada%40example.com%22", auth)
        #expect(found.status == 200)
        #expect(found.body.contains("\"totalResults\":1"))
        #expect(try https(serve, "/scim/v2/Users", ["-H", "Authorization: Bearer wrong"]).status == 401)

        // Plain HTTP on the TLS port gets no SCIM answer, and TLS below 1.2 is refused.
        #expect(try Curl.request("http://127.0.0.1:\(serve.port)/scim/v2/ServiceProviderConfig", maxTime: 3).status != 200)
        let old = try https(serve, "/healthz", ["--tls-max", "1.1", "--ciphers", "DEFAULT:@SECLEVEL=0"])
        #expect(old.status == 0 && old.exitCode != 0, "TLS 1.1 was accepted")
        #expect(try https(serve, "/healthz", ["--tlsv1.2", "--tls-max", "1.2"]).status == 200)
        #expect(try https(serve, "/healthz", ["--tlsv1.3"]).status == 200)
    }

    @Test func sighupServesTheRenewedCertificateWithoutDroppingTheListener() async throws {
        defer { directory.remove() }
        let first = try certificates.issue("first", serial: "0B01")
        let (database, _) = try makeDatabaseWithToken(in: directory)
        let live = (certificate: directory.path("live.pem"), key: directory.path("live-key.pem"))
        try FileManager.default.copyItem(atPath: first.certificate, toPath: live.certificate)
        try FileManager.default.copyItem(atPath: first.key, toPath: live.key)
        let serve = try ServeProcess(
            database: database, directory: directory, arguments: ["--tls-cert", live.certificate, "--tls-key", live.key])
        defer { serve.stop() }
        #expect(try await Curl.waitUntilUp("https://127.0.0.1:\(serve.port)/healthz", ["--cacert", certificates.caPath]))
        #expect(try servedSerial(serve.port) == "serial=0B01")

        // A half-written renewal (new certificate, old key) is refused and the old pair stays.
        let second = try certificates.issue("second", serial: "0B02")
        try Data(contentsOf: URL(fileURLWithPath: second.certificate)).write(to: URL(fileURLWithPath: live.certificate))
        serve.process.kill(SIGHUP)
        try await Task.sleep(for: .milliseconds(500))
        #expect(try servedSerial(serve.port) == "serial=0B01")
        #expect(serve.stderr.contains("kept the previous TLS certificate"))

        try Data(contentsOf: URL(fileURLWithPath: second.key)).write(to: URL(fileURLWithPath: live.key))
        serve.process.kill(SIGHUP)
        var serial = ""
        for _ in 0..<50 where serial != "serial=0B02" {
            try await Task.sleep(for: .milliseconds(100))
            serial = try servedSerial(serve.port)
        }
        #expect(serial == "serial=0B02")
        #expect(serve.process.wait(timeout: 0) == nil, "the listener exited on SIGHUP")
        #expect(try https(serve, "/healthz").status == 200)
    }

    @Test func anUnreadableOrMismatchedPairIsOneLineNamingTheFile() throws {
        defer { directory.remove() }
        let good = try certificates.issue("good", serial: "0C01")
        let other = try certificates.issue("other", serial: "0C02")
        let database = directory.path("tls.sqlite")
        let missing = directory.path("missing.pem")
        let cases: [([String], String)] = [
            (["--tls-cert", missing, "--tls-key", good.key], "cannot read the TLS certificate \(missing): no such file"),
            (
                ["--tls-cert", good.certificate, "--tls-key", other.key],
                "the TLS key \(other.key) does not belong to the certificate \(good.certificate)"
            ),
            (["--tls-cert", good.key, "--tls-key", good.key], "the TLS certificate \(good.key) is not a PEM certificate"),
            (
                ["--tls-cert", good.certificate, "--tls-key", good.certificate],
                "the TLS key \(good.certificate) is not an unencrypted PEM private key"
            ),
            (["--tls-cert", good.certificate], "--tls-cert needs --tls-key"),
        ]
        for (arguments, message) in cases {
            let result = try BuiltBinary.run(["serve", "--database", database, "--listen", "127.0.0.1:0"] + arguments, timeout: 20)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == "error: \(message)\n" || result.stderr.hasPrefix("error: \(message)"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }
}

import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What an operator runs the service with: version, probes, warnings about the base URL, JSON logs
/// and the systemd unit.
@Suite struct OperationsTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test func versionIsPrintedAndInTheBanner() async throws {
        defer { directory.remove() }
        let version = try BuiltBinary.run(["--version"])
        #expect(version.status == 0)
        let number = version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(number.split(separator: ".").count == 3 && number.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" })

        let (database, _) = try makeDatabaseWithToken(in: directory)
        let serve = try ServeProcess(database: database, directory: directory)
        defer { serve.stop() }
        #expect(try await Curl.waitUntilUp("http://127.0.0.1:\(serve.port)/healthz"))
        #expect(serve.stderr.contains("ScimDesk \(number) SCIM listener: http://127.0.0.1:\(serve.port)/scim/v2"))
        // Plain HTTP on loopback: Okta could use neither, and the banner says what to do.
        #expect(serve.stderr.contains("warning: Okta accepts only https:// base URLs; this one is http://."))
        #expect(serve.stderr.contains("warning: 127.0.0.1 is a loopback address: an IdP in the cloud cannot reach it."))
        #expect(serve.stderr.contains("--tls-cert FILE --tls-key FILE"))
    }

    @Test func aPublicHTTPSURLGetsNoWarning() async throws {
        defer { directory.remove() }
        let (database, _) = try makeDatabaseWithToken(in: directory)
        let serve = try ServeProcess(
            database: database, directory: directory, arguments: ["--public-url", "https://scim.example.com/scim/v2"])
        defer { serve.stop() }
        #expect(try await Curl.waitUntilUp("http://127.0.0.1:\(serve.port)/healthz"))
        #expect(serve.stderr.contains("SCIM listener: https://scim.example.com/scim/v2"))
        #expect(!serve.stderr.contains("warning:"))
    }

    @Test func probesAnswerWithoutATokenAndStayOutOfTheTrafficLog() async throws {
        defer { directory.remove() }
        let (database, _) = try makeDatabaseWithToken(in: directory)
        let serve = try ServeProcess(database: database, directory: directory)
        defer { serve.stop() }
        let base = "http://127.0.0.1:\(serve.port)"
        #expect(try await Curl.waitUntilUp("\(base)/healthz"))
        #expect(try Curl.request("\(base)/healthz").body == "ok\n")
        let ready = try Curl.request("\(base)/readyz")
        #expect(ready.status == 200 && ready.body == "ready\n")
        // /metrics is not on the SCIM port unless asked for.
        #expect(try Curl.request("\(base)/metrics").status == 404)
        #expect(serve.stop() == 0)
        let store = try SQLiteStore(path: database)
        defer { try? store.close() }
        let paths = try await store.recentTraffic(limit: 100).map(\.path)
        #expect(paths == ["/metrics"])
    }

    @Test func tokenGenerateChecksTheURLTheIdPWillBeGiven() throws {
        defer { directory.remove() }
        let database = directory.path("token.sqlite")
        _ = try BuiltBinary.run(["idp", "add", "--name", "Okta", "--database", database])
        let local = try BuiltBinary.run([
            "token", "generate", "--idp", "Okta", "--database", database, "--public-url", "http://10.1.2.3:8080/scim/v2",
        ])
        #expect(local.status == 0)
        #expect(local.stderr.contains("warning: Okta accepts only https:// base URLs"))
        #expect(local.stderr.contains("warning: 10.1.2.3 is a private address"))
        let good = try BuiltBinary.run([
            "token", "generate", "--idp", "Okta", "--database", database, "--public-url", "https://scim.example.com/scim/v2",
        ])
        #expect(good.status == 0 && !good.stderr.contains("warning:"))
        let unknown = try BuiltBinary.run(["token", "generate", "--idp", "Okta", "--database", database])
        #expect(unknown.stderr.contains("Give Okta an https:// base URL it can reach."))
    }

    @Test func jsonLogsAreOneObjectPerLineWithoutSecrets() async throws {
        defer { directory.remove() }
        let (database, token) = try makeDatabaseWithToken(in: directory)
        let serve = try ServeProcess(database: database, directory: directory, arguments: ["--log-format", "json"])
        let base = "http://127.0.0.1:\(serve.port)"
        #expect(try await Curl.waitUntilUp("\(base)/healthz"))
        _ = try Curl.request("\(base)/scim/v2/Users", ["-H", "Authorization: Bearer \(token)"])
        #expect(serve.stop() == 0)
        let lines = serve.stderr.split(separator: "\n")
        #expect(lines.count >= 3)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            #expect(object["time"] is String && object["level"] is String && object["message"] is String, "\(line)")
        }
        #expect(serve.stderr.contains("SCIM listener: http://127.0.0.1:\(serve.port)/scim/v2"))
        #expect(!serve.stderr.contains(token))
    }

    @Test func systemdUnitIsHardenedAndPointsAtThisBinaryAndDatabase() throws {
        defer { directory.remove() }
        let database = directory.path("data/scimdesk.sqlite")
        let result = try BuiltBinary.run(
            [
                "systemd-unit", "--database", database, "--user", "scimdesk", "--", "--listen", "0.0.0.0:443", "--metrics-listen",
                "127.0.0.1:9464",
            ])
        #expect(result.status == 0)
        let unit = result.stdout
        let binary = URL(fileURLWithPath: BuiltBinary.path).resolvingSymlinksInPath().path
        #expect(
            unit.contains(
                "ExecStart=\(binary) serve --database \(database) --log-format json --listen 0.0.0.0:443 --metrics-listen 127.0.0.1:9464"))
        for directive in [
            "ProtectSystem=strict", "NoNewPrivileges=yes", "ReadWritePaths=\(directory.path("data"))", "Restart=on-failure",
            "ExecReload=/bin/kill -HUP $MAINPID", "KillSignal=SIGTERM", "User=scimdesk", "AmbientCapabilities=CAP_NET_BIND_SERVICE",
            "WantedBy=multi-user.target",
        ] {
            #expect(unit.contains("\n\(directive)\n"), "missing \(directive)")
        }
        // systemd's own parser, where installed, accepts every directive.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") {
            let file = directory.path("scimdesk.service")
            try unit.replacingOccurrences(of: "User=scimdesk\nGroup=scimdesk\n", with: "").write(
                toFile: file, atomically: true, encoding: .utf8)
            let verify = try Subprocess.run("/usr/bin/systemd-analyze", ["verify", file], timeout: 30)
            #expect(!verify.stderr.contains("Unknown key") && !verify.stderr.contains("Failed to parse"), "\(verify.stderr)")
        }
    }
}

import Provisioning
import Testing

/// Which base URLs an IdP in the cloud can use, and what ScimDesk says about the others.
@Suite struct BaseURLAdviceTests {
    @Test(arguments: [
        "https://scim.example.com/scim/v2", "https://203.0.113.10:8443/scim/v2", "https://[2001:db8::1]/scim/v2",
    ])
    func publicHTTPSURLsAreFine(url: String) {
        #expect(BaseURLAdvice.problems(with: url).isEmpty)
        #expect(BaseURLAdvice.summary(for: url) == nil)
    }

    @Test func plainHTTPIsFlaggedForOkta() {
        #expect(
            BaseURLAdvice.problems(with: "http://scim.example.com/scim/v2") == [
                "Okta accepts only https:// base URLs; this one is http://."
            ])
    }

    @Test(arguments: [
        ("https://127.0.0.1:8080/scim/v2", "127.0.0.1 is a loopback address"),
        ("https://localhost/scim/v2", "localhost is a loopback address"),
        ("https://[::1]:8443/scim/v2", "[::1] is a loopback address"),
        ("https://10.0.0.5/scim/v2", "10.0.0.5 is a private address"),
        ("https://172.20.1.1/scim/v2", "172.20.1.1 is a private address"),
        ("https://192.168.1.20/scim/v2", "192.168.1.20 is a private address"),
        ("https://0.0.0.0:8443/scim/v2", "0.0.0.0 is the any-address"),
        ("https://scimhost/scim/v2", "scimhost is a local network name"),
        ("https://box.local/scim/v2", "box.local is a local network name"),
        ("https://[fd00::5]/scim/v2", "[fd00::5] is a private address"),
    ])
    func unreachableHostsAreFlagged(url: String, expected: String) {
        let problems = BaseURLAdvice.problems(with: url)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix(expected) == true, "\(problems)")
    }

    @Test func publicNeighboursOfPrivateRangesAreFine() {
        #expect(BaseURLAdvice.problems(with: "https://172.32.0.1/scim/v2").isEmpty)
        #expect(BaseURLAdvice.problems(with: "https://11.0.0.1/scim/v2").isEmpty)
    }

    @Test func theConsoleSummaryNamesEveryIssueAndTheFix() {
        let summary = BaseURLAdvice.summary(for: "http://127.0.0.1:8080/scim/v2")
        #expect(
            summary
                == "Okta cannot use this URL (http://, not https://; a loopback address). Use serve --tls-cert/--tls-key, or a TLS proxy with --public-url https://…"
        )
    }

    @Test func notAURLIsSaidSo() {
        #expect(BaseURLAdvice.problems(with: "scim.example.com") == ["scim.example.com is not a URL an IdP can use."])
    }
}

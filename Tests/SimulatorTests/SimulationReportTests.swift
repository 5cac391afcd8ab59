import Foundation
import Simulator
import Testing

@Suite("Simulation report rendering")
struct SimulationReportTests {
    static let report = SimulationReport(
        idp: .okta, flavour: .oin, baseURL: "http://127.0.0.1:8080/scim/v2", seed: 1, users: 2, groups: 1, concurrency: 4,
        tallies: [StepTally(step: .connectionTest, succeeded: 1), StepTally(step: .assignUser, succeeded: 1, failed: 1)],
        createdUsers: 1, linkedUsers: 0, relinkedGroups: [.init(displayName: "Sales EMEA", id: "abc")],
        failures: [
            SimulationFailure(
                step: .assignUser, kind: .idp, subject: "ada@example.com",
                message:
                    "Automatic provisioning of user ada@example.com to app ScimDesk failed: Error while creating user ada@example.com: Conflict. Errors reported by remote server: exists",
                request: "POST /Users", status: 409, detail: "exists"
            )
        ],
        abortReason: nil, requests: 9, durationSeconds: 0.25
    )

    @Test("Text: heading, table, notes, failure lines with request and status, verdict")
    func text() {
        let text = Self.report.text()
        #expect(text.hasPrefix("Okta (OIN) simulation against http://127.0.0.1:8080/scim/v2\n"))
        #expect(text.contains("assign user       1       1         0"))
        #expect(text.contains("group Sales EMEA: re-linked (same id abc)"))
        #expect(text.contains("  [FAILED] Automatic provisioning of user ada@example.com to app ScimDesk failed: "))
        #expect(text.contains("POST /Users → 409"))
        #expect(!text.contains("detail: exists"), "the detail is already in the message")
        #expect(text.hasSuffix("Result: FAILED (1 unexpected failures)\n"))
    }

    @Test("Groups pushed again: re-created under a new id passes, re-linked under the same id is a bonus")
    func repushedGroups() {
        var report = Self.report
        report.failures = []
        report.tallies = [StepTally(step: .repushGroup, succeeded: 2)]
        report.recreatedGroups = [.init(displayName: "Finance & Legal", id: "group-9", previousID: "group-2")]
        let text = report.text()
        #expect(text.contains("group Finance & Legal: re-created (new id group-9, was group-2)\n"))
        #expect(text.contains("group Sales EMEA: re-linked (same id abc), a bonus\n"))
        #expect(text.hasSuffix("Result: OK\n"))
    }

    @Test("JSON: the report's fields and the verdict")
    func json() throws {
        let data = Data(Self.report.json().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["succeeded"] as? Bool == false)
        #expect(object["idp"] as? String == "okta")
        #expect(object["flavour"] as? String == "oin")
        #expect((object["failures"] as? [[String: Any]])?.first?["status"] as? Int == 409)
        #expect((object["tallies"] as? [[String: Any]])?.count == 2)
        let decoded = try JSONDecoder().decode(SimulationReport.self, from: data)
        #expect(decoded.failures == Self.report.failures)
    }
}

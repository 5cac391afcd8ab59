import Foundation
import SCIMServer
import TestSupport
import Testing

/// `serve --metrics-listen`: a simulated Okta run, then `/metrics` scraped and parsed.
@Suite struct MetricsTests {
    @Test func aSimulatedOktaRunShowsUpInMetrics() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, token) = try makeDatabaseWithToken(in: directory)
        let metricsPort = Subprocess.freePort()
        let serve = try ServeProcess(database: database, directory: directory, arguments: ["--metrics-listen", "127.0.0.1:\(metricsPort)"])
        defer { serve.stop() }
        let base = "http://127.0.0.1:\(serve.port)/scim/v2"
        let metricsURL = "http://127.0.0.1:\(metricsPort)/metrics"
        #expect(try await Curl.waitUntilUp(metricsURL), "stderr: \(serve.stderr)")

        let simulation = try BuiltBinary.run(
            ["simulate", "okta", "--url", base, "--token", token, "--users", "12", "--groups", "2"], timeout: 120)
        #expect(simulation.status == 0, "\(simulation.stdout)\n\(simulation.stderr)")
        #expect(try Curl.request("\(base)/Users", ["-H", "Authorization: Bearer not-a-token"]).status == 401)
        #expect(try Curl.request("\(base)/Users").status == 401)
        let users = try Curl.request("\(base)/Users?count=0", ["-H", "Authorization: Bearer \(token)"])
        let total = try #require(
            (try JSONSerialization.jsonObject(with: Data(users.body.utf8)) as? [String: Any])?["totalResults"] as? Int)

        let scrape = try Curl.request(metricsURL)
        #expect(scrape.status == 200)
        let metrics = try PrometheusText(parsing: scrape.body)
        #expect(metrics.sum(MetricNames.requests, ["idp": "Okta", "resource": "Users", "method": "POST", "status": "2xx"]) >= 12)
        #expect(metrics.sum(MetricNames.requests, ["idp": "Okta", "resource": "Groups"]) >= 2)
        #expect(metrics.sum(MetricNames.unauthorized, ["reason": "unknown"]) == 1)
        #expect(metrics.sum(MetricNames.unauthorized, ["reason": "missing"]) == 1)
        // What the console's top bar counts: the two 401s need someone; nothing was drift.
        #expect(metrics.sum(MetricNames.requestOutcomes, ["outcome": "error"]) == 2)
        #expect(metrics.sum(MetricNames.requestOutcomes, ["outcome": "ok"]) >= 12)
        #expect(metrics.values(MetricNames.requestOutcomes, ["outcome": "drift"]) == [0])
        #expect(metrics.values(MetricNames.users, ["idp": "Okta"]) == [Double(total)])
        #expect(metrics.values(MetricNames.groups, ["idp": "Okta"]).first ?? 0 >= 1)
        let days = try #require(metrics.values(MetricNames.tokenDaysToExpiry, ["idp": "Okta"]).first)
        #expect(days > 363 && days <= 365)
        #expect(metrics.values(MetricNames.buildInfo).first == 1)
        #expect(metrics.types[MetricNames.requestDuration] == "histogram")
        #expect(metrics.sum("\(MetricNames.requestDuration)_count", ["resource": "Users"]) >= 12)
        #expect(metrics.sum("\(MetricNames.storeBatchSize)_count") >= 1)
        #expect(metrics.sum("\(MetricNames.storeCommitDuration)_count") >= 1)
        // Buckets are cumulative: each one holds at least as many as the one before.
        let buckets = metrics.samples.filter {
            $0.name == "\(MetricNames.requestDuration)_bucket" && $0.labels["resource"] == "Users" && $0.labels["method"] == "POST"
        }
        #expect(buckets.count > 3)
        #expect(zip(buckets, buckets.dropFirst()).allSatisfy { $0.value <= $1.value })
    }
}

import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import Synchronization
import TestSupport
import Testing

/// Every list read has a time budget and one IdP's costly filters cannot take every reader: a budget
/// overrun is a clear 400, and another IdP's list is answered while the costly ones still run.
@Suite struct QueryBudgetTests {
    /// `title` lives only in the stored document: every term is a JSON extraction per row.
    static func costlyFilter(terms: Int) -> String {
        (0..<terms).map { "title co \"zz\($0)\"" }.joined(separator: " or ")
    }

    static func seed(_ listener: LiveListener, _ idp: IdentityProvider, count: Int) async throws {
        let users = (0..<count).map { index in
            StoreFixtures.user("user\(index)@example.com", idp: idp, core: [("title", .string("Engineer \(index)"))])
        }
        try await listener.store.importUsers(users, audit: StoreFixtures.audit(.userCreated, idp: idp))
    }

    static func encoded(_ filter: String) -> String {
        filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? filter
    }

    @Test func aFilterOverTheBudgetIs400InvalidFilterAndTheStoreStaysUsable() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            try await Self.seed(listener, idp, count: 500)
            let okta = listener.client(token: token)
            let path = "/Users?filter=\(Self.encoded(Self.costlyFilter(terms: 20)))"
            listener.store.queryBudget = .zero
            let stopped = try await okta.send("GET", path)
            #expect(stopped.status == 400, "\(stopped.text)")
            #expect(stopped.json?["scimType"] as? String == "invalidFilter")
            let detail = (stopped.json?["detail"] as? String) ?? ""
            #expect(detail.contains("time budget of 0 s"), "\(detail)")
            // Okta's lookup by userName is a point read outside the budget; it still answers.
            let lookup = try await okta.send("GET", "/Users?filter=\(Self.encoded("userName eq \"user7@example.com\""))")
            #expect(lookup.status == 200 && lookup.json?["totalResults"] as? Int == 1, "\(lookup.text)")
            listener.store.queryBudget = .seconds(30)
            let answered = try await okta.send("GET", path)
            #expect(answered.status == 200 && answered.json?["totalResults"] as? Int == 0, "\(answered.text)")
        }
    }

    @Test func oneIdPsCostlyFiltersDoNotHoldUpAnotherIdPsList() async throws {
        try await withLiveListener { listener in
            let (heavy, heavyToken) = try await listener.addIdentityProvider("Okta")
            let (light, lightToken) = try await listener.addIdentityProvider("Entra", kind: .entra)
            try await Self.seed(listener, heavy, count: 3_000)
            try await Self.seed(listener, light, count: 1)
            listener.store.queryBudget = .seconds(60)
            let finished = FinishOrder()
            // Six costly reads run two at a time: allow for a loaded machine.
            let heavyClient = SCIMHTTPClient(baseURL: listener.baseURL, bearerToken: heavyToken, timeout: 120)
            let path = "/Users?filter=\(Self.encoded(Self.costlyFilter(terms: 100)))"
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        let response = try await heavyClient.send("GET", path)
                        finished.append("heavy \(index): \(response.status)")
                    }
                }
                // Let the costly requests reach the store first, so the light one arrives behind them.
                try await Task.sleep(for: .milliseconds(150))
                let response = try await listener.client(token: lightToken).send("GET", "/Users?count=1")
                finished.append("light: \(response.status)")
                try await group.waitForAll()
            }
            let order = finished.order
            #expect(order.count == 7)
            // At most the two costly reads already running may finish first (the light list gets a
            // read queue of its own); the four queued behind the IdP's cap may not.
            #expect((order.firstIndex(of: "light: 200") ?? 7) <= 2, "\(order)")
            #expect(order.dropFirst().allSatisfy { $0.hasSuffix(": 200") }, "\(order)")
        }
    }
}

/// The order in which concurrent requests were answered.
final class FinishOrder: Sendable {
    private let entries = Mutex<[String]>([])

    func append(_ entry: String) { entries.withLock { $0.append(entry) } }

    var order: [String] { entries.withLock { $0 } }
}

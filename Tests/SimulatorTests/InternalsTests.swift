import Foundation
import SCIMClient
import Synchronization
import Testing

@testable import Simulator

@Suite("Simulator internals")
struct InternalsTests {
    @Test("Filters are percent-encoded as UTF-8, with %20 or + for spaces")
    func encoding() {
        #expect(QueryEncoding.equalityFilter("userName", "test.user@okta.local") == "userName%20eq%20%22test.user%40okta.local%22")
        #expect(QueryEncoding.equalityFilter("userName", "a b", plusForSpace: true) == "userName+eq+%22a+b%22")
        #expect(QueryEncoding.equalityFilter("displayName", "Finance & Legal") == "displayName%20eq%20%22Finance%20%26%20Legal%22")
        #expect(QueryEncoding.equalityFilter("displayName", "Équipe") == "displayName%20eq%20%22%C3%89quipe%22")
        #expect(QueryEncoding.equalityFilter("displayName", #"say "hi""#) == #"displayName%20eq%20%22say%20%5C%22hi%5C%22%22"#)
    }

    @Test("At most `limit` transforms run at once, and results keep input order")
    func boundedConcurrency() async {
        let state = Mutex((running: 0, peak: 0))
        let results = await Concurrently.map(Array(0..<20), limit: 3) { item in
            state.withLock {
                $0.running += 1; $0.peak = max($0.peak, $0.running)
            }
            try? await Task.sleep(for: .milliseconds(5))
            state.withLock { $0.running -= 1 }
            return item * 2
        }
        #expect(results == (0..<20).map { $0 * 2 })
        #expect(state.withLock { $0.peak } <= 3)
    }

    @Test("JSON keeps booleans and integers apart")
    func json() {
        let value = JSON.parse(Data(#"{"a":0,"b":false,"c":1.5,"d":[true]}"#.utf8))
        #expect(value?["a"] == .int(0))
        #expect(value?["b"] == .bool(false))
        #expect(value?["c"] == .double(1.5))
        #expect(value?["d"] == [true])
    }

    @Test("Messages name the server by the base URL's host, unless the options name the app")
    func targetName() throws {
        let client = SCIMHTTPClient(baseURL: URL(string: "https://scim.example.test:8443/scim/v2")!, bearerToken: "x")
        let simulator = try Simulator(client: client)
        #expect(simulator.targetName == "scim.example.test")
        let conversation = simulator.makeProvisioner(counter: RequestCounter()).conversation
        let group = PlannedGroup(index: 0, displayName: "Sales", externalID: nil, initialMembers: [], added: [], removed: [])
        let failure = conversation.checkFailure(Attempt.group(.changeMembers, .read, group), "members differ")
        #expect(failure.message == "scim.example.test check failed for group Sales: members differ")
        let named = try Simulator(client: client, options: SimulatorOptions(appName: "HR Portal"))
        #expect(named.targetName == "HR Portal")
    }

    @Test("Okta and Entra word failures their own way")
    func words() {
        let okta = FailureMessage(idp: .okta, appName: "ScimDesk")
        #expect(
            okta.remote(step: .updateProfile, verb: .pushProfile, isGroup: false, subject: "a@b.c", status: 400, detail: "bad")
                == "Automatic profile push of user a@b.c to app ScimDesk failed: Error while trying to push profile update for a@b.c: Bad Request. Errors reported by remote server: bad"
        )
        let entra = FailureMessage(idp: .entra, appName: "ScimDesk")
        #expect(
            entra.remote(step: .deleteUser, verb: .delete, isGroup: false, subject: "a@b.c", status: 404, detail: nil)
                == "Failed to delete User 'a@b.c' in ScimDesk. StatusCode: Not Found (404).")
    }
}

import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

/// The Path column names the resource a request addressed, not its UUID: learned from the POST
/// that created it (a DELETE has no body), from the request's own bodies, or from the Users list.
@Suite struct TrafficPathNameTests {
    static let maryID = "9d1e0000-aaaa-4bbb-8ccc-000000000042"

    @Test func pathsNameTheResourceNotItsID() {
        var state = AppState.loaded(width: 120, height: 40)
        let create = Fixtures.traffic(
            13, age: 0, "POST", "/scim/v2/Users", 201, "created user mary@example.com",
            response: #"{"id":"\#(Self.maryID)","userName":"mary@example.com","active":true}"#)
        let delete = Fixtures.traffic(14, age: 0, "DELETE", "/scim/v2/Users/\(Self.maryID)", 204, "deleted user mary@example.com")
        let unknown = Fixtures.traffic(15, age: 0, "GET", "/scim/v2/Groups/77770000-aaaa-4bbb-8ccc-000000000001", 404, "not found")
        state.send(.trafficArrived([create, delete, unknown]))
        state.press(.c("5"))
        let screen = state.screen()
        #expect(screen.contains("DELETE  /Users/mary@example"), "\(screen)")
        #expect(screen.contains("/Groups/{id}"))
        #expect(!screen.contains(Self.maryID))
        // The Users list teaches the names of users whose creation the console never saw.
        #expect(screen.contains("PATCH   /Users/grace@example"), "\(screen)")
    }

    @Test func onlyBodiesOfOneResourceTeachNames() {
        var names = ResourceNames()
        let list = Fixtures.traffic(
            1, age: 0, "GET", "/scim/v2/Users?filter=userName%20eq%20%22x%22", 200, "found 1 user",
            response: #"{"id":"aaaa0000-aaaa-4bbb-8ccc-000000000001","userName":"x"}"#)
        names.learn(from: list)
        #expect(names.name(of: "aaaa0000-aaaa-4bbb-8ccc-000000000001") == nil)
        let put = Fixtures.traffic(
            2, age: 0, "PUT", "/scim/v2/Groups/bbbb0000-aaaa-4bbb-8ccc-000000000001", 200, "updated group",
            request: #"{"displayName":"Sales"}"#, response: "not json")
        names.learn(from: put)
        #expect(names.name(of: "bbbb0000-aaaa-4bbb-8ccc-000000000001") == "Sales")
    }

    /// `/` finds a request by what the Path column shows, not only by the raw path with its UUID.
    @Test func theFilterMatchesThePathAsShown() {
        var state = AppState.loaded(width: 120, height: 40)
        let create = Fixtures.traffic(
            13, age: 0, "POST", "/scim/v2/Users", 201, "created user",
            response: #"{"id":"\#(Self.maryID)","userName":"mary@example.com","active":true}"#)
        let read = Fixtures.traffic(14, age: 0, "GET", "/scim/v2/Users/\(Self.maryID)", 200, "read 1 user")
        state.send(.trafficArrived([create, read]))
        state.press(.c("5"), .c("/"))
        state.type("/users/mary")
        #expect(state.traffic.visible.map(\.id) == [14], "the shown path /Users/mary@example.com")
        #expect(state.screen().contains("GET     /Users/mary@example.com"))
        state.press(.ctrl("u"))
        state.type("9d1e0000-aaaa")
        #expect(state.traffic.visible.map(\.id) == [14], "the raw path still matches")
    }
}

import Foundation
import SCIMClient

enum SCIMHTTPClientFactory {
    /// A client for a port nothing listens on (port 1 is reserved and closed on test machines).
    static func unreachable() -> SCIMHTTPClient {
        SCIMHTTPClient(baseURL: URL(string: "http://127.0.0.1:1/scim/v2")!, bearerToken: "x", timeout: 5)
    }
}

import Hummingbird
import Logging
import NIOCore

/// The practical ceiling of this stack: Hummingbird answering every `/scim/v2/Users/{id}` (and any
/// other GET under `/scim/v2`) with a fixed ~500-byte SCIM user from memory. No auth, no store, no
/// JSON work, no traffic record: what is left is routing, HTTP/1.1 parsing and the socket.
enum BaselineServer {
    /// A user as the listener returns one, about 500 bytes, serialized once.
    static let body: String = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"2c1bd9a1-3b64-4f1e-9a4e-6a1c0f3c5b7e",\
        "userName":"user0000042@bench.example","name":{"givenName":"Ada","familyName":"Lovelace"},\
        "emails":[{"primary":true,"value":"user0000042@bench.example","type":"work"}],"displayName":"Ada Lovelace",\
        "locale":"en-US","externalId":"00u00000000002a","active":true,"groups":[],\
        "meta":{"resourceType":"User","created":"2025-01-01T00:00:00Z","lastModified":"2025-01-01T00:00:00Z",\
        "location":"http://127.0.0.1:8080/scim/v2/Users/2c1bd9a1-3b64-4f1e-9a4e-6a1c0f3c5b7e","version":"W/\\"1\\""}}
        """

    static func makeApplication(host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        let buffer = ByteBuffer(string: body)
        let router = Router()
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/scim+json; charset=utf-8"],
                body: ResponseBody(byteBuffer: buffer)
            )
        }
        router.get("/scim/v2/Users/:id", use: handler)
        router.get("/scim/v2/Users", use: handler)
        router.get("/scim/v2/Groups/:id", use: handler)
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "ScimDesk"), logger: logger
        )
    }
}

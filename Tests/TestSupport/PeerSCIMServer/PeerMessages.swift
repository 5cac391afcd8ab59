import Hummingbird
import NIOCore
import Provisioning

/// A failed request, as RFC 7644 §3.12 words it.
struct PeerError: Error, Sendable {
    let status: Int
    let scimType: String?
    let detail: String

    init(_ status: Int, _ scimType: String? = nil, detail: String) {
        self.status = status
        self.scimType = scimType
        self.detail = detail
    }

    static func notFound(_ what: String, _ id: String) -> PeerError {
        PeerError(404, detail: "\(what) \(id) does not exist.")
    }
}

/// One PATCH operation (RFC 7644 §3.5.2), `op` lowercased.
struct PeerPatchOperation: Sendable {
    let op: String
    let path: String?
    let value: JSONValue?
}

/// What a handler gets: the `:id` path parameter, the query, the raw body.
struct PeerRequest: Sendable {
    let id: String
    let query: PeerQuery
    let body: [UInt8]

    /// The body as a JSON object.
    func object() throws(PeerError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: body)
        } catch {
            throw PeerError(400, "invalidSyntax", detail: "The body is not JSON: \(error).")
        }
        guard case .object(let object) = value else { throw PeerError(400, "invalidSyntax", detail: "The body is not a JSON object.") }
        return object
    }

    /// The body as a PatchOp message.
    func patchOperations() throws(PeerError) -> [PeerPatchOperation] {
        let message = try object()
        let patchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
        guard message["schemas"]?.arrayValue?.contains(.string(patchOp)) == true else {
            throw PeerError(400, "invalidSyntax", detail: "schemas must contain \(patchOp).")
        }
        guard let operations = message[ignoringCase: "Operations"]?.arrayValue, !operations.isEmpty else {
            throw PeerError(400, "invalidSyntax", detail: "Operations must be a non-empty array.")
        }
        return try operations.map { (operation: JSONValue) throws(PeerError) -> PeerPatchOperation in
            guard let object = operation.objectValue, let op = object[ignoringCase: "op"]?.stringValue?.lowercased(),
                ["add", "remove", "replace"].contains(op)
            else {
                throw PeerError(400, "invalidSyntax", detail: "Each operation needs op add, remove or replace.")
            }
            return PeerPatchOperation(op: op, path: object[ignoringCase: "path"]?.stringValue, value: object[ignoringCase: "value"])
        }
    }
}

/// What a handler answers.
enum PeerReply: Sendable {
    case resource(JSONObject, status: Int = 200)
    case noContent
    case error(PeerError)

    var response: Response {
        switch self {
        case .resource(let object, let status): Self.json(.object(object), status: status)
        case .noContent: Response(status: .noContent)
        case .error(let error):
            Self.json(
                [
                    "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": .string(String(error.status)),
                    "scimType": error.scimType.map(JSONValue.string) ?? .null, "detail": .string(error.detail),
                ], status: error.status)
        }
    }

    private static func json(_ value: JSONValue, status: Int) -> Response {
        Response(
            status: HTTPResponse.Status(code: status), headers: [.contentType: "application/scim+json"],
            body: .init(byteBuffer: ByteBuffer(string: value.serialized())))
    }
}

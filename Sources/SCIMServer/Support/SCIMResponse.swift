import Hummingbird
import NIOCore
import Provisioning
import SCIM

/// Responses in `application/scim+json` (RFC 7644 §3.1), remembered for the traffic record.
enum SCIMResponse {
    static let contentType = "application/scim+json; charset=utf-8"

    static func json(
        _ object: JSONObject, status: HTTPResponse.Status = .ok, etag: String? = nil, location: String? = nil,
        context: SCIMRequestContext
    ) -> Response {
        let text = JSONValue.object(object).serialized()
        context.notes.responseBody = text
        var headers: HTTPFields = [.contentType: contentType]
        if let etag { headers[.eTag] = etag }
        if let location { headers[.location] = location }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func error(_ error: SCIMError, context: SCIMRequestContext) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        if error.status == 401 { headers[.wwwAuthenticate] = "Bearer realm=\"scimdesk\"" }
        if error.status == 405 { headers[.allow] = "GET, POST, PUT, PATCH, DELETE" }
        let text = JSONValue.object(error.json).serialized()
        context.notes.responseBody = text
        return Response(
            status: HTTPResponse.Status(code: error.status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }

    static func noContent() -> Response {
        Response(status: .noContent)
    }
}

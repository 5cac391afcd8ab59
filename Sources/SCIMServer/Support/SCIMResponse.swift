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

    static func noContent(etag: String? = nil) -> Response {
        var response = Response(status: .noContent)
        if let etag { response.headers[.eTag] = etag }
        return response
    }

    /// 304 for a GET whose `If-None-Match` names the current version: no body, the ETag again.
    static func notModified(etag: String) -> Response {
        Response(status: .notModified, headers: [.eTag: etag])
    }
}

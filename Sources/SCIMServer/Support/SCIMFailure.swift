import Hummingbird
import NIOCore
import Provisioning
import SCIM

/// A `SCIMError` on its way out: renders itself as SCIM Error JSON (RFC 7644 §3.12, `status` as a
/// string) in `application/scim+json`, with the headers its status calls for.
struct SCIMFailure: Error, HTTPResponseError {
    var error: SCIMError
    /// Headers only the thrower knows, such as a route's `Allow`.
    var headers: HTTPFields

    init(_ error: SCIMError, headers: HTTPFields = [:]) {
        self.error = error
        self.headers = headers
    }

    var status: HTTPResponse.Status { HTTPResponse.Status(code: error.status) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        response(notes: nil)
    }

    /// The response, remembered in `notes` for the traffic record.
    func response(notes: RequestNotes?) -> Response {
        var headers = self.headers
        headers[.contentType] = SCIMResponse.contentType
        if error.status == 401 { headers[.wwwAuthenticate] = "Bearer realm=\"scimdesk\"" }
        let text = JSONValue.object(error.json).serialized()
        notes?.responseBody = text
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

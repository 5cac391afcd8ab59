import Foundation
import Hummingbird
import NIOCore
import Provisioning
import SCIM

/// Reads a SCIM request body: media type, size limit, JSON syntax, and an object at the top.
struct RequestBodyReader {
    let maximumBytes: Int

    func object(from request: Request, context: SCIMRequestContext) async throws -> JSONObject {
        try checkMediaType(request.headers[.contentType])
        // Answered from the headers, before any of the body is read (also when the client waits for
        // `100 Continue` before sending it).
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > maximumBytes {
            throw SCIMError.payloadTooLarge("The request body is \(declared) bytes; at most \(maximumBytes) are accepted.")
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumBytes)
        } catch is NIOTooManyBytesError {
            throw SCIMError.payloadTooLarge("The request body is larger than \(maximumBytes) bytes.")
        } catch {
            // A broken chunked encoding or a connection that ended early: the body is not all there.
            throw SCIMError.invalidSyntax("The request body could not be read completely (\(type(of: error))).")
        }
        let bytes = Array(buffer.readableBytesView)
        context.notes.requestBody = String(decoding: bytes, as: UTF8.self)
        guard !bytes.isEmpty else { throw SCIMError.invalidSyntax("The request body is empty; a JSON object is expected.") }
        return try SCIM.RequestBody.object(from: bytes)
    }

    /// SCIM clients send `application/scim+json` (Okta) or `application/json`; a missing type is tolerated.
    func checkMediaType(_ header: String?) throws {
        guard let header else { return }
        let type = header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard type == "application/scim+json" || type == "application/json" || type.isEmpty else {
            throw SCIMError.unsupportedMediaType("Content-Type \(type) is not supported; send application/scim+json or application/json.")
        }
    }
}

import NIOCore
import Provisioning
import SCIM

/// A whole HTTP/1.1 answer written below the HTTP codec, for the few cases where the listener speaks
/// before a request was parsed (a header that timed out), or where the codec cannot frame an
/// answer (a CONNECT, after which the parser expects a tunnel). `Connection: close`: the connection ends
/// right after it.
enum RawResponse {
    static func bytes(status: String, error: SCIMError, headers: [String] = [], allocator: ByteBufferAllocator) -> ByteBuffer {
        let body = JSONValue.object(error.json).serialized()
        let head =
            [
                "HTTP/1.1 \(status)", "Connection: close", "Content-Type: application/scim+json",
                "Content-Length: \(body.utf8.count)",
            ] + headers
        return allocator.buffer(string: head.joined(separator: "\r\n") + "\r\n\r\n" + body)
    }
}

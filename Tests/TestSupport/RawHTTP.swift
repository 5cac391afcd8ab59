import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// HTTP/1.1 over a plain socket, for requests no HTTP client library will send: a Content-Length
/// without its body, a broken chunk size, `Expect: 100-continue`, CONNECT.
public enum RawHTTP {
    public struct Reply: Sendable {
        /// Everything the server sent before it closed the connection or `timeout` passed.
        public let text: String
        /// Seconds from sending the request to the first byte of the answer; nil if none came.
        public let secondsToFirstByte: Double?

        /// The status code of the last status line (after any `100 Continue`).
        public var status: Int? {
            let lines = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("HTTP/1.") }
            return lines.last.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
        }

        /// The body after the last header block.
        public var body: String {
            text.range(of: "\r\n\r\n", options: .backwards).map { String(text[$0.upperBound...]) } ?? ""
        }
    }

    /// Sends `request` to 127.0.0.1:`port` and reads until the server closes, a complete answer with a
    /// Content-Length arrived, or `timeout` seconds passed.
    public static func send(_ request: String, port: Int, timeout: Double = 5) throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        let start = Date()
        var received: [UInt8] = []
        var firstByte: Double?
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date().timeIntervalSince(start) < timeout {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            if firstByte == nil { firstByte = Date().timeIntervalSince(start) }
            received += buffer[0..<count]
            if isComplete(received) { break }
        }
        return Reply(text: String(decoding: received, as: UTF8.self), secondsToFirstByte: firstByte)
    }

    /// A final (non-1xx) answer whose Content-Length bytes have all arrived.
    static func isComplete(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        var rest = Substring(text)
        while let end = rest.range(of: "\r\n\r\n") {
            let head = rest[..<end.lowerBound]
            let body = rest[end.upperBound...]
            if head.hasPrefix("HTTP/1.1 100") || head.hasPrefix("HTTP/1.0 100") {
                rest = body
                continue
            }
            let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
            guard let length else { return false }
            return body.utf8.count >= length
        }
        return false
    }
}

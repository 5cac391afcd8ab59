import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One TCP connection to 127.0.0.1 that a test opens, feeds byte by byte and watches close: for idle,
/// slow and over-the-cap clients that no HTTP library imitates.
public final class HeldSocket {
    private var fd: Int32
    private var received: [UInt8] = []

    public init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            Glibc.close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close() }

    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// Sends `text`; false once the peer has reset the connection.
    @discardableResult
    public func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    /// Everything received so far, as text.
    public var text: String { String(decoding: received, as: UTF8.self) }

    /// Reads until a complete answer arrived (see `RawHTTP`), the peer closed, or `timeout` passed.
    public func readReply(timeout: Double = 5) -> RawHTTP.Reply {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout, !RawHTTP.isComplete(received), readSome(waitingMilliseconds: 50) != .closed {}
        let reply = RawHTTP.Reply(text: text, secondsToFirstByte: nil)
        received.removeAll()
        return reply
    }

    /// Seconds until the peer closed the connection (end of stream or reset), reading and keeping
    /// whatever it sent before; nil if it was still open after `timeout`.
    public func secondsUntilClosed(timeout: Double) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if readSome(waitingMilliseconds: 50) == .closed { return Date().timeIntervalSince(start) }
        }
        return nil
    }

    /// After the peer's end of stream: whether it closed the socket entirely (so data sent to it is
    /// refused with a reset) rather than only its sending half, within `timeout`.
    public func peerRefusesData(timeout: Double) -> Bool {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if !send("x") { return true }
            usleep(50_000)
        }
        return false
    }

    enum ReadResult { case data, nothing, closed }

    private func readSome(waitingMilliseconds: Int32) -> ReadResult {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, waitingMilliseconds) > 0 else { return .nothing }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return .closed }
        received += buffer[0..<count]
        return .data
    }
}

import NIOCore
import NIOHTTP1
import Provisioning
import SCIM

/// Sits right after the HTTP/1.1 decoder: tells the `ConnectionGuard` where each exchange is, closes
/// the connection after the 400 that answers a protocol error, and answers every request of a
/// connection over the cap with 503 itself.
final class ExchangeTracker: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let connection: ConnectionGuard
    private let refusing: Bool
    private var protocolError = false
    private var tunnelRefused = false

    /// - Parameter refusing: the connection is over the cap: no request reaches the application.
    init(connection: ConnectionGuard, refusing: Bool) {
        self.connection = connection
        self.refusing = refusing
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case .head(let head) = part, head.method == .CONNECT { tunnelRefused = true }
        // A CONNECT is answered here: past its head the decoder treats the connection as a tunnel
        // and the encoder would send an answer without a length.
        guard !tunnelRefused else {
            if case .head = part { connection.answerAndClose(Self.connectRefusal(allocator: context.channel.allocator)) }
            return
        }
        switch part {
        case .head: connection.update { $0.headRead(at: $1) }
        case .body: break
        case .end: connection.update { $0.requestEnded(at: $1) }
        }
        guard refusing else { return context.fireChannelRead(data) }
        // The whole request is read before the answer, so closing afterwards cannot reset a
        // connection whose client is still sending (and lose the answer with it).
        if case .end = part { refuse(context) }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .end = unwrapOutboundIn(data) else { return context.write(data, promise: promise) }
        connection.update { $0.responseEnded(at: $1) }
        guard protocolError else { return context.write(data, promise: promise) }
        // The decoder cannot find the next request after a parse error; leaving the socket
        // half-closed would hold it until the client gives up.
        let written = context.writeAndFlush(data)
        written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        promise?.completeWith(written)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if error is HTTPParserError { protocolError = true }
        context.fireErrorCaught(error)
    }

    static func connectRefusal(allocator: ByteBufferAllocator) -> ByteBuffer {
        let error = SCIMError(status: 405, detail: "CONNECT is not supported: this is a SCIM endpoint, not a proxy.")
        return RawResponse.bytes(
            status: "405 Method Not Allowed", error: error, headers: ["Allow: GET, POST, PUT, PATCH, DELETE"], allocator: allocator)
    }

    private func refuse(_ context: ChannelHandlerContext) {
        let error = SCIMError(status: 503, detail: "The listener is at its connection limit; retry shortly.")
        let body = context.channel.allocator.buffer(string: JSONValue.object(error.json).serialized())
        let headers = HTTPHeaders([
            ("Content-Type", "application/scim+json"), ("Content-Length", "\(body.readableBytes)"), ("Retry-After", "1"),
            ("Connection", "close"),
        ])
        let head = HTTPResponseHead(version: .http1_1, status: .serviceUnavailable, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        connection.update { $0.responseEnded(at: $1) }
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }
}

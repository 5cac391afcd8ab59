import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOHTTP1
import NIOSSL

/// Hummingbird's HTTP/1.1 child channel with `ConnectionLimits` applied: a `ConnectionGuard` ahead of
/// the codec (it must see raw bytes to time a header), an `ExchangeTracker` right after the decoder,
/// and the connection cap.
///
/// Over the cap a connection is still accepted, so the accept loop never stalls with clients
/// waiting in the kernel's backlog; its requests are answered 503 and it is closed. Past twice the
/// cap it is closed at once, which bounds the descriptors even a flood of silent clients can take.
struct GuardedHTTP1Channel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value

    let base: HTTP1Channel
    let limits: ConnectionLimits
    let count: ConnectionCount

    init(responder: @escaping HTTPChannelHandler.Responder, limits: ConnectionLimits, count: ConnectionCount) {
        base = HTTP1Channel(responder: responder)
        self.limits = limits
        self.count = count
    }

    var responder: HTTPChannelHandler.Responder { base.responder }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let open = count.opened()
        channel.closeFuture.whenComplete { [count] _ in count.closed() }
        // The child channel initializer runs on the channel's event loop (Hummingbird's own setup
        // relies on it too), so the pipeline is changed synchronously, before the first read.
        let connection = ConnectionGuard(limits: limits)
        do {
            try channel.pipeline.syncOperations.addHandler(connection)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        let limits = limits
        return base.setup(channel: channel, logger: logger).assumeIsolated().flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            let refusing = open > limits.maximumConnections
            try pipeline.addHandler(ExchangeTracker(connection: connection, refusing: refusing), position: .after(decoder))
            if open > 2 * limits.maximumConnections { channel.close(promise: nil) }
            return value
        }.nonisolated()
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 with `limits`, over TLS when `tls` is set; one count of open connections per listener.
    static func guarded(limits: ConnectionLimits, tls: TLSConfiguration?) -> HTTPServerBuilder {
        let count = ConnectionCount()
        guard let tls else {
            return HTTPServerBuilder { responder in GuardedHTTP1Channel(responder: responder, limits: limits, count: count) }
        }
        return HTTPServerBuilder { responder in
            try TLSChannel(GuardedHTTP1Channel(responder: responder, limits: limits, count: count), tlsConfiguration: tls)
        }
    }
}

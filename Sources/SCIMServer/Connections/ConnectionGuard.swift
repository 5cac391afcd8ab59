import NIOCore
import SCIM

/// Sits first in a connection's pipeline (after TLS), sees every byte that arrives and closes the
/// connection when the phase it is in (`ConnectionDeadlines`) outlives its timeout.
///
/// A header still incomplete at its deadline gets `408 Request Timeout` (RFC 9110 §15.5.9) before the
/// close; an idle connection or a body that stalls is closed without one (RFC 9112 §9.8), since there
/// is nothing to answer or an answer might be on its way already.
final class ConnectionGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var deadlines: ConnectionDeadlines
    private var context: ChannelHandlerContext?
    private var check: Scheduled<Void>?
    private var checkAt: NIODeadline?

    init(limits: ConnectionLimits) {
        deadlines = ConnectionDeadlines(limits: limits, now: .now())
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        rearm()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        update { $0.bytesArrived(at: $1) }
        context.fireChannelRead(data)
    }

    /// Applies an event to the deadlines and keeps the scheduled check no later than the new deadline.
    func update(_ event: (inout ConnectionDeadlines, NIODeadline) -> Void) {
        event(&deadlines, .now())
        rearm()
    }

    private func rearm() {
        guard let context, let deadline = deadlines.deadline else { return }
        if let checkAt, checkAt <= deadline, check != nil { return }
        check?.cancel()
        checkAt = deadline
        check = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [self] in
            check = nil
            checkAt = nil
            expire()
        }
    }

    private func expire() {
        guard let context else { return }
        switch deadlines.expired(at: .now()) {
        case nil:
            rearm()
        case .header?:
            let answer = Self.requestTimeout(allocator: context.channel.allocator)
            context.writeAndFlush(wrapOutboundOut(answer)).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        case _?:
            context.close(promise: nil)
        }
    }

    /// Writes a whole raw answer below the codec and closes the connection after it.
    func answerAndClose(_ answer: ByteBuffer) {
        guard let context else { return }
        check?.cancel()
        check = nil
        context.writeAndFlush(wrapOutboundOut(answer)).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }

    static func requestTimeout(allocator: ByteBufferAllocator) -> ByteBuffer {
        let error = SCIMError(status: 408, detail: "The request header did not arrive in time; the connection is closed.")
        return RawResponse.bytes(status: "408 Request Timeout", error: error, allocator: allocator)
    }
}

import Foundation
import SCIMServer
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Idle, slow and surplus connections cannot hold the listener: each is closed after its timeout or
/// refused at the cap, and a client that comes later is still served.
@Suite struct ConnectionLimitTests {
    static let healthz = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

    @Test func anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout() async throws {
        try await withLiveListener(configure: { $0.connections.idleTimeout = .seconds(1) }) { listener in
            let port = try #require(listener.baseURL.port)
            let (status, closedAfter, silentClosedAfter) = try await offPool {
                let used = try HeldSocket(port: port)
                let silent = try HeldSocket(port: port)
                used.send(Self.healthz)
                let status = used.readReply().status
                return (status, used.secondsUntilClosed(timeout: 15), silent.secondsUntilClosed(timeout: 15))
            }
            #expect(status == 200)
            // Closed by the listener, not held: well inside the 15 s the test waits.
            #expect(closedAfter != nil, "a used keep-alive connection was held after its idle timeout")
            #expect(silentClosedAfter != nil, "a connection that never sent a byte was held")
        }
    }

    @Test func aSlowlorisHeaderIsCutAtTheHeaderTimeoutWith408() async throws {
        let configure: (inout SCIMServerConfiguration) -> Void = {
            $0.connections.idleTimeout = .seconds(60)
            $0.connections.headerTimeout = .seconds(1)
        }
        try await withLiveListener(configure: configure) { listener in
            let port = try #require(listener.baseURL.port)
            let (reply, bytesSent) = try await offPool {
                let slow = try HeldSocket(port: port)
                slow.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                // One header byte every 100 ms: each arrives well within the idle timeout.
                var sent = 0
                while sent < 150, slow.send("X"), slow.secondsUntilClosed(timeout: 0.1) == nil { sent += 1 }
                return (slow.readReply(timeout: 1), sent)
            }
            #expect(bytesSent < 150, "the slow header was still being read after 15 s")
            #expect(reply.status == 408, "\(reply.text)")
        }
    }

    @Test func aBodyThatNeverEndsIsCutAtTheBodyTimeout() async throws {
        let configure: (inout SCIMServerConfiguration) -> Void = {
            $0.connections.idleTimeout = .seconds(60)
            $0.connections.bodyTimeout = .seconds(1)
        }
        try await withLiveListener(configure: configure) { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let port = try #require(listener.baseURL.port)
            let bytesSent = try await offPool {
                let slow = try HeldSocket(port: port)
                slow.send(
                    "POST /scim/v2/Users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
                        + "Content-Type: application/scim+json\r\nContent-Length: 1000\r\n\r\n{")
                var sent = 0
                while sent < 150, slow.send(" "), slow.secondsUntilClosed(timeout: 0.1) == nil { sent += 1 }
                return sent
            }
            #expect(bytesSent < 150, "the slow body was still being read after 15 s")
        }
    }

    @Test func atTheCapANewClientIsRefused503AndServedOnceAConnectionCloses() async throws {
        try await withLiveListener(configure: { $0.connections.maximumConnections = 8 }) { listener in
            let port = try #require(listener.baseURL.port)
            let (heldStatuses, refused, served) = try await offPool {
                let held = try (0..<8).map { _ in try HeldSocket(port: port) }
                // Each held connection answers once, so all eight are open on the listener's side.
                let statuses = held.map { socket in
                    socket.send(Self.healthz)
                    return socket.readReply().status
                }
                let refused = try RawHTTP.Reply.fresh(port: port)
                held.forEach { $0.close() }
                var served = try RawHTTP.Reply.fresh(port: port)
                // The listener counts a connection out when it sees it closed, a moment after the client.
                for _ in 0..<100 where served.status != 200 {
                    usleep(50_000)
                    served = try RawHTTP.Reply.fresh(port: port)
                }
                return (statuses, refused, served)
            }
            #expect(heldStatuses == Array(repeating: 200, count: 8))
            #expect(refused.status == 503, "\(refused.text)")
            #expect(refused.text.lowercased().contains("retry-after: "), "\(refused.text)")
            #expect(refused.body.contains("urn:ietf:params:scim:api:messages:2.0:Error"), "\(refused.text)")
            #expect(served.status == 200, "\(served.text)")
        }
    }

    @Test func aHeaderOverTheLimitIsAnswered400AndTheConnectionClosedNotHalfClosed() async throws {
        try await withLiveListener { listener in
            let port = try #require(listener.baseURL.port)
            let (reply, closed, refusesData) = try await offPool {
                let socket = try HeldSocket(port: port)
                socket.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
                let chunk = String(repeating: "h", count: 64 << 10)
                for _ in 0..<17 where socket.send(chunk) {}
                let reply = socket.readReply(timeout: 10)
                let closed = reply.text.isEmpty ? nil : socket.secondsUntilClosed(timeout: 10)
                return (reply, closed, socket.peerRefusesData(timeout: 10))
            }
            #expect(reply.status == 400 || reply.text.isEmpty, "\(reply.text.prefix(200))")
            _ = closed
            #expect(refusesData, "the listener kept the socket open (half-closed) after the protocol error")
        }
    }
}

extension RawHTTP.Reply {
    /// `GET /healthz` on a connection of its own.
    static func fresh(port: Int) throws -> RawHTTP.Reply {
        try RawHTTP.send(ConnectionLimitTests.healthz, port: port, timeout: 10)
    }
}

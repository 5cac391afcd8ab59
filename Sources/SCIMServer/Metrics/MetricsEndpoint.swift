import Hummingbird
import Logging
import NIOCore
import Prometheus
import Provisioning

/// `GET /metrics` in the Prometheus text format (version 0.0.4), on a listener of its own.
///
/// It is deliberately not on the SCIM port: it needs no token, so it belongs on an address only the
/// monitoring system reaches (loopback, or a private interface). `/healthz` and `/readyz` answer
/// there too, for probes that should not touch the public port.
public enum MetricsEndpoint {
    public static func makeApplication(
        registry: PrometheusCollectorRegistry, store: any Store, host: String, port: Int, logger: Logger,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        let gauges = StoreGauges(store: store)
        router.get("metrics") { _, _ in
            var failure = ""
            do { try await gauges.refresh() } catch { failure = "# store figures unavailable: \(error)\n" }
            var buffer = ByteBuffer(string: failure)
            buffer.writeBytes(registry.emitToBuffer())
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: buffer)
            )
        }
        HealthRoutes(store: store).register(on: router)
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "ScimDesk metrics"),
            onServerRunning: onServerRunning,
            logger: logger
        )
    }
}

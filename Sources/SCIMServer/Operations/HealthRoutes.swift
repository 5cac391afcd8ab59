import Hummingbird
import Provisioning

/// `GET /healthz` and `GET /readyz` for load balancers and orchestrators; no token needed, and they
/// stay out of the traffic log (a probe every few seconds would bury the IdPs' requests).
///
/// - `/healthz`: the process answers HTTP (liveness).
/// - `/readyz`: the store answers a read within `readinessTimeout`; the store only opens once its
///   migrations ran, so an answer also means the schema is current (readiness).
public struct HealthRoutes: Sendable {
    public static let paths: Set<String> = ["/healthz", "/readyz"]
    static let readinessTimeout = Duration.seconds(2)

    let store: any Store

    public init(store: any Store) {
        self.store = store
    }

    public func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("healthz") { _, _ in Self.text(.ok, "ok") }
        router.get("readyz") { _, _ in await readiness() }
    }

    func readiness() async -> Response {
        // Unstructured tasks: a store that hangs must still get a 503, not a probe that never answers.
        let store = self.store
        let (answers, continuation) = AsyncStream.makeStream(of: Bool.self)
        Task { continuation.yield((try? await store.identityProviders()) != nil) }
        Task {
            try? await Task.sleep(for: Self.readinessTimeout)
            continuation.yield(false)
        }
        var iterator = answers.makeAsyncIterator()
        let ready = await iterator.next() ?? false
        continuation.finish()
        return ready ? Self.text(.ok, "ready") : Self.text(.serviceUnavailable, "not ready: the store does not answer")
    }

    static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: body + "\n"))
        )
    }
}

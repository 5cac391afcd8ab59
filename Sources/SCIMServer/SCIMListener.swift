import Hummingbird
import Logging
import NIOCore
import Provisioning
import SCIM

/// The SCIM 2.0 listener: routes under the base path, bearer auth, traffic recording.
public enum SCIMListener {
    /// The router with every endpoint, for `makeApplication` and for tests.
    public static func makeRouter(
        store: any Store, configuration: SCIMServerConfiguration, recorder: TrafficRecorder, clock: WallClock = .system
    ) -> Router<SCIMRequestContext> {
        let router = Router(context: SCIMRequestContext.self)
        router.add(middleware: TrafficMiddleware(recorder: recorder, bodyLimit: configuration.trafficBodyLimit))
        HealthRoutes(store: store).register(on: router)
        let base = router.group(RouterPath(configuration.basePath))
        DiscoveryController(configuration: configuration).register(on: base)
        let authenticated = base.group().add(
            middleware: BearerAuthMiddleware(
                tokens: TokenService(store: store, clock: clock),
                limits: configuration.rateLimiting ? RateLimits(clock: clock) : nil))
        ResourceController(endpoint: UserEndpoint(users: UserService(store: store, clock: clock)), configuration: configuration)
            .register(on: authenticated)
        let groups = GroupEndpoint(
            groups: GroupService(store: store, clock: clock), patchRepresentationLimit: configuration.groupPatchRepresentationLimit)
        ResourceController(endpoint: groups, configuration: configuration).register(on: authenticated)
        RootSearch.register(on: authenticated)
        return router
    }

    /// A Hummingbird application serving SCIM; run it with `runService()` or in a `ServiceGroup`.
    /// The traffic recorder runs as one of its services, so it flushes on graceful shutdown.
    public static func makeApplication(
        store: any Store, configuration: SCIMServerConfiguration, recorder: TrafficRecorder, logger: Logger,
        clock: WallClock = .system,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: makeRouter(store: store, configuration: configuration, recorder: recorder, clock: clock),
            server: .guarded(limits: configuration.connections, tls: configuration.tls?.configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "ScimDesk"),
            services: [recorder],
            onServerRunning: onServerRunning,
            logger: logger
        )
    }
}

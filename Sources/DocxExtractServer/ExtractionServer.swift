public import ExtractionPipeline
public import Hummingbird
public import Logging

/// The HTTP service: extraction routes, the health check, the OpenAPI document, the schemas and the web page.
///
/// Extraction goes through the same ``ReportBuilder`` as the
/// command line, so the JSON is the same; errors are problem+json with the same stable codes.
public enum ExtractionServer {
    /// The router with every route, over the given builder and limiter.
    public static func router(
        configuration: ServerConfiguration, builder: ReportBuilder, limiter: ExtractionLimiter
    ) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: LogRequestsMiddleware(.info))
        ResourceController(limiter: limiter).addRoutes(to: router)
        let intake = UploadIntake(
            maxBytes: configuration.maxUploadBytes,
            budget: UploadBudget(capacity: configuration.maxUploadsInFlightBytes))
        ExtractionController(configuration: configuration, builder: builder, limiter: limiter, intake: intake)
            .addRoutes(to: router)
        return router
    }

    /// The application: the router served on the configured address, shut down gracefully on SIGTERM/SIGINT
    /// when run with `runService()`.
    public static func application(
        configuration: ServerConfiguration, builder: ReportBuilder, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let limiter = ExtractionLimiter(capacity: configuration.maxConcurrentExtractions)
        return Application(
            router: router(configuration: configuration, builder: builder, limiter: limiter),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "docx-extract"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}

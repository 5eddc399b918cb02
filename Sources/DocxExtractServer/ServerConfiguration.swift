public import Foundation

/// How the HTTP service listens and what it allows.
public struct ServerConfiguration: Sendable {
    /// The address to bind.
    public var host: String
    /// The port to bind (0 picks a free one).
    public var port: Int
    /// The largest upload accepted, in bytes.
    public var maxUploadBytes: Int
    /// The bytes all uploads being received or held may take together; past it a request gets 503 with Retry-After.
    public var maxUploadsInFlightBytes: Int
    /// Extractions (single or batch) running at once; more get 503 with Retry-After.
    public var maxConcurrentExtractions: Int
    /// How long one request may take before it is answered 503 (the work itself runs on to completion).
    public var requestTimeout: Duration
    /// Documents extracted at once inside one batch request.
    public var jobsPerBatch: Int

    /// Creates a configuration; the defaults suit one machine serving a team.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxUploadBytes: Int = 64 << 20,
        maxUploadsInFlightBytes: Int = 128 << 20,
        maxConcurrentExtractions: Int = ProcessInfo.processInfo.activeProcessorCount,
        requestTimeout: Duration = .seconds(60), jobsPerBatch: Int = 1
    ) {
        self.host = host
        self.port = port
        self.maxUploadBytes = maxUploadBytes
        self.maxUploadsInFlightBytes = maxUploadsInFlightBytes
        self.maxConcurrentExtractions = maxConcurrentExtractions
        self.requestTimeout = requestTimeout
        self.jobsPerBatch = jobsPerBatch
    }
}

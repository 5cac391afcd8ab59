import Foundation
import Hummingbird
import Logging
import Provisioning
import SCIM

/// The outermost middleware: renders every failure as a SCIM error and turns every request, once
/// answered, into a `TrafficRecord` (the token never appears in it).
struct TrafficMiddleware: RouterMiddleware {
    let recorder: TrafficRecorder
    let bodyLimit: Int

    func handle(
        _ request: Request, context: SCIMRequestContext,
        next: (Request, SCIMRequestContext) async throws -> Response
    ) async throws -> Response {
        if HealthRoutes.paths.contains(request.uri.path) { return try await next(request, context) }
        let start = ContinuousClock.now
        let requestID = Self.makeRequestID()
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let failure = ErrorMapping.failure(for: error, requestID: requestID)
            if failure.error.status >= 500 {
                context.logger.error("request \(requestID) failed: \(String(reflecting: error))")
            }
            if context.notes.summary == nil { context.notes.summary = Self.summary(for: failure.error) }
            response = failure.response(notes: context.notes)
        }
        response.headers[.init("X-Request-ID")!] = requestID
        let elapsed = ContinuousClock.now - start
        let micros = Int(elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000)
        let record = TrafficRecord(
            time: Date(), requestID: requestID, idpID: context.notes.idp?.id, idpName: context.notes.idp?.name,
            method: request.method.rawValue, path: Redaction.redactQuery(request.uri.description), status: response.status.code,
            latencyMicroseconds: micros,
            summary: context.notes.summary ?? Self.defaultSummary(request.method, response.status.code),
            requestBody: context.notes.requestBody.map { Redaction.redact($0, limit: bodyLimit) },
            responseBody: context.notes.responseBody.map { Redaction.redact($0, limit: bodyLimit) },
            remoteAddress: context.remoteAddress, userAgent: request.headers[.userAgent],
            requestHeaders: RequestClient.headers(request.headers)
        )
        recorder.record(record)
        RequestMetrics.observe(request, record: record, elapsed: elapsed, notes: context.notes)
        return response
    }

    static func summary(for error: SCIMError) -> String {
        let firstSentence = error.detail.split(separator: ".", maxSplits: 1).first.map(String.init) ?? error.detail
        return "failed: \(firstSentence)"
    }

    static func defaultSummary(_ method: HTTPRequest.Method, _ status: Int) -> String {
        status < 400 ? "\(method.rawValue.lowercased()) answered" : "failed with \(status)"
    }

    static func makeRequestID() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() & 0xFFFF_FFFF_FFFF, radix: 16)
    }
}

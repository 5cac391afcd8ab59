import Hummingbird
import Provisioning
import SCIM

/// The one place where failures of every layer become SCIM errors (RFC 7644 §3.12).
enum ErrorMapping {
    static func failure(for error: any Error, requestID: String) -> SCIMFailure {
        if let failure = error as? SCIMFailure { return failure }
        // RFC 7644 §3.12 lists 503 for a service that is not accepting this request now; an integer
        // Retry-After is what Okta and Entra read before retrying.
        if case DomainError.held(let detail, let retryAfter) = error {
            return SCIMFailure(SCIMError(status: 503, detail: detail), headers: [.retryAfter: String(retryAfter)])
        }
        if case StoreError.unavailable = error {
            // The store says nothing more to the client: its message may name hosts or SQL.
            return SCIMFailure(.serviceUnavailable(requestID: requestID), headers: [.retryAfter: "1"])
        }
        return SCIMFailure(scimError(for: error, requestID: requestID))
    }

    static func scimError(for error: any Error, requestID: String) -> SCIMError {
        switch error {
        case let error as SCIMError:
            return error
        case let error as DomainError:
            switch error {
            case .notFound(let detail): return .notFound(detail)
            case .conflict(let detail): return .uniqueness(detail)
            case .invalidInput(let detail): return .invalidValue(detail)
            case .preconditionFailed(let detail): return .preconditionFailed(detail)
            case .held(let detail, _): return SCIMError(status: 503, detail: detail)
            }
        case StoreError.unsupportedQuery(let detail):
            return .invalidFilter(detail)
        case let error as HTTPError:
            switch error.status {
            case .notFound:
                return .notFound("No SCIM endpoint at this path. The base URL ends in /scim/v2; resources are /Users and /Groups.")
            case .methodNotAllowed: return .methodNotAllowed("This method is not supported on this endpoint.")
            case .contentTooLarge: return .payloadTooLarge("The request body is too large.")
            case .unsupportedMediaType: return .unsupportedMediaType("Send the body as application/scim+json or application/json.")
            default: return .internal(requestID: requestID)
            }
        default:
            return .internal(requestID: requestID)
        }
    }
}

import Hummingbird
import Provisioning
import SCIM

/// The one place where failures of every layer become SCIM errors (RFC 7644 §3.12).
enum ErrorMapping {
    static func failure(for error: any Error, requestID: String) -> SCIMFailure {
        if let failure = error as? SCIMFailure { return failure }
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

import Hummingbird
import SCIM

/// Answers 405 with a SCIM error for the methods a route does not support, instead of a bare 404,
/// with `Allow` listing what that route does support (RFC 9110 §15.5.6).
enum MethodNotAllowed {
    static let allMethods: [HTTPRequest.Method] = [.get, .post, .put, .patch, .delete]

    static func register(on group: RouterGroup<SCIMRequestContext>, path: RouterPath, allowing allowed: [HTTPRequest.Method]) {
        let allowedList = allowed.map(\.rawValue).joined(separator: ", ")
        for method in allMethods where !allowed.contains(method) {
            group.on(path, method: method) { _, _ -> Response in
                throw SCIMFailure(
                    .methodNotAllowed("\(method.rawValue) is not supported here; this endpoint accepts \(allowedList)."),
                    headers: [.allow: allowedList]
                )
            }
        }
    }
}

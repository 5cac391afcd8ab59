import Hummingbird
import SCIM

/// Answers 405 with a SCIM error for methods a path does not support, instead of a bare 404.
enum MethodNotAllowed {
    static let allMethods: [HTTPRequest.Method] = [.get, .post, .put, .patch, .delete]

    static func register(on group: RouterGroup<SCIMRequestContext>, path: RouterPath, except allowed: [HTTPRequest.Method]) {
        let allowedList = allowed.map(\.rawValue).joined(separator: ", ")
        for method in allMethods where !allowed.contains(method) {
            group.on(path, method: method) { _, _ -> Response in
                throw SCIMError.methodNotAllowed("\(method.rawValue) is not supported here; this endpoint accepts \(allowedList).")
            }
        }
    }
}

import Hummingbird
import SCIM

/// `POST /.search` across every resource type (RFC 7644 §3.4.3) is not offered: IdPs search one type
/// at a time, and the RFC lets a server answer 501 here. `/Users/.search` and `/Groups/.search` work.
enum RootSearch {
    static func register(on group: RouterGroup<SCIMRequestContext>) {
        group.post(".search") { _, context -> Response in
            context.notes.summary = "search across resource types: not implemented"
            throw SCIMError.notImplemented(
                "Searching across resource types is not supported; POST the SearchRequest to /Users/.search or /Groups/.search.")
        }
        MethodNotAllowed.register(on: group, path: ".search", allowing: [.post])
    }
}

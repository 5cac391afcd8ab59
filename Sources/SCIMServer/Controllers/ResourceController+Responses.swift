import Hummingbird
import Provisioning
import SCIM

extension ResourceController {
    /// A ListResponse (RFC 7644 §3.4.2) for a GET or a POST search.
    func respond(to listRequest: ListRequest, _ request: Request, context: SCIMRequestContext) async throws -> Response {
        let page = try await endpoint.list(listRequest.listQuery, for: try context.authenticatedIdP())
        let baseURL = configuration.baseURL(for: request)
        let resources = try await endpoint.representations(of: page.items, projection: listRequest.projection, baseURL: baseURL)
        context.notes.summary = listSummary(listRequest.listQuery, found: page.totalResults)
        return SCIMResponse.json(
            ListResponse.json(resources: resources, totalResults: page.totalResults, startIndex: page.startIndex), context: context
        )
    }

    /// One resource, projected, with its ETag (RFC 7644 §3.14) and, for a create, its Location.
    func respond(
        with resource: Endpoint.Resource, projection: Projection, _ request: Request, status: HTTPResponse.Status = .ok,
        location: String? = nil, context: SCIMRequestContext
    ) async throws -> Response {
        let representation = try await endpoint.representation(
            of: resource, projection: projection, baseURL: configuration.baseURL(for: request))
        return SCIMResponse.json(representation, status: status, etag: resource.meta.etag, location: location, context: context)
    }

    func listSummary(_ query: ListQuery, found: Int) -> String {
        guard query.filter != nil else { return "listed \(noun)s (\(found) in all)" }
        return found == 0 ? "lookup: no \(noun) matched" : "lookup: \(found) \(noun)\(found == 1 ? "" : "s") matched"
    }
}

extension Request {
    /// The decoded query parameters; `+` is a space, as Okta sends it (see `QueryString`).
    var queryParameters: [(name: String, value: String)] {
        QueryString.parse(Substring(uri.query ?? ""))
    }
}

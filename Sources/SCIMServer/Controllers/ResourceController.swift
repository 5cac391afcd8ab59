import Hummingbird
import Provisioning
import SCIM

/// One resource endpoint (RFC 7644 §3): `/Users` or `/Groups`, with search by POST. Each handler is
/// decode → SCIM → service → encode; the rules of the protocol (preconditions, projection, paging,
/// status codes) are written here once for every resource type.
struct ResourceController<Endpoint: ResourceEndpoint>: Sendable {
    let endpoint: Endpoint
    let configuration: SCIMServerConfiguration

    var type: ResourceType { Endpoint.type }
    var noun: String { type.name.lowercased() }
    var bodyReader: RequestBodyReader { RequestBodyReader(maximumBytes: configuration.maximumBodyBytes) }

    func register(on group: RouterGroup<SCIMRequestContext>) {
        let collection = RouterPath(String(type.endpoint.dropFirst()))
        let searchPath = RouterPath("\(collection)/.search")
        let item = RouterPath("\(collection)/:id")
        group.get(collection, use: list)
        group.post(collection, use: create)
        group.post(searchPath, use: search)
        group.get(item, use: get)
        group.put(item, use: replace)
        group.patch(item, use: patch)
        group.delete(item, use: delete)
        MethodNotAllowed.register(on: group, path: collection, allowing: [.get, .post])
        MethodNotAllowed.register(on: group, path: searchPath, allowing: [.post])
        MethodNotAllowed.register(on: group, path: item, allowing: [.get, .put, .patch, .delete])
    }

    @Sendable func list(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let listRequest = try ListRequest(parameters: request.queryParameters, for: type, maxCount: configuration.maximumResults)
        return try await respond(to: listRequest, request, context: context)
    }

    /// RFC 7644 §3.4.3: the same query as a GET, sent as a SearchRequest body.
    @Sendable func search(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let body = try await bodyReader.object(from: request, context: context)
        let listRequest = try ListRequest(searchRequest: body, for: type, maxCount: configuration.maximumResults)
        return try await respond(to: listRequest, request, context: context)
    }

    @Sendable func get(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let projection = try Projection(parameters: request.queryParameters, for: type)
        let resource = try await endpoint.get(id: try context.parameters.require("id"), for: try context.authenticatedIdP())
        context.notes.summary = "read \(noun) \(resource.logName)"
        if Preconditions.ifNoneMatch(request, matches: resource.meta) {
            return SCIMResponse.notModified(etag: resource.meta.etag)
        }
        return try await respond(with: resource, projection: projection, request, context: context)
    }

    @Sendable func create(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let projection = try Projection(parameters: request.queryParameters, for: type)
        let body = try await bodyReader.object(from: request, context: context)
        let outcome = try await endpoint.create(body, for: try context.authenticatedIdP())
        context.notes.summary = outcome.summary
        let location = "\(configuration.baseURL(for: request))\(type.endpoint)/\(outcome.value.id)"
        return try await respond(
            with: outcome.value, projection: projection, request, status: .created, location: location, context: context)
    }

    @Sendable func replace(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let projection = try Projection(parameters: request.queryParameters, for: type)
        let body = try await bodyReader.object(from: request, context: context)
        let outcome = try await endpoint.replace(
            id: try context.parameters.require("id"), with: body, ifMatch: Preconditions.ifMatch(request),
            for: try context.authenticatedIdP()
        )
        context.notes.summary = outcome.summary
        return try await respond(with: outcome.value, projection: projection, request, context: context)
    }

    @Sendable func patch(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let parameters = request.queryParameters
        let projection = try Projection(parameters: parameters, for: type)
        let patch = try PatchRequest.parse(try await bodyReader.object(from: request, context: context))
        let outcome = try await endpoint.patch(
            id: try context.parameters.require("id"), patch, ifMatch: Preconditions.ifMatch(request), for: try context.authenticatedIdP()
        )
        context.notes.summary = outcome.summary
        // A client that names attributes always gets them; otherwise the endpoint decides (RFC 7644 §3.5.2).
        guard Projection.isRequested(in: parameters) || endpoint.patchAnswersWithResource(outcome.value) else {
            return SCIMResponse.noContent(etag: outcome.value.meta.etag)
        }
        return try await respond(with: outcome.value, projection: projection, request, context: context)
    }

    @Sendable func delete(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let outcome = try await endpoint.delete(
            id: try context.parameters.require("id"), ifMatch: Preconditions.ifMatch(request), for: try context.authenticatedIdP()
        )
        context.notes.summary = outcome.summary
        return SCIMResponse.noContent()
    }
}

import Hummingbird
import Provisioning
import SCIM

/// `/Groups` (RFC 7644 §3): decode → SCIM → `GroupService` → encode.
struct GroupsController: Sendable {
    let groups: GroupService
    let configuration: SCIMServerConfiguration

    var bodyReader: RequestBodyReader { RequestBodyReader(maximumBytes: configuration.maximumBodyBytes) }

    func register(on group: RouterGroup<SCIMRequestContext>) {
        group.get("Groups", use: list)
        group.post("Groups", use: create)
        group.get("Groups/:id", use: get)
        group.put("Groups/:id", use: replace)
        group.patch("Groups/:id", use: patch)
        group.delete("Groups/:id", use: delete)
        MethodNotAllowed.register(on: group, path: "Groups", except: [.get, .post])
        MethodNotAllowed.register(on: group, path: "Groups/:id", except: [.get, .put, .patch, .delete])
    }

    @Sendable func list(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let listRequest = try ListRequest(
            parameters: QueryString.parse(Substring(request.uri.query ?? "")), for: .group, maxCount: configuration.maximumResults
        )
        var query = listRequest.listQuery
        query.includeMembers = listRequest.projection.includesMembers
        let page = try await groups.list(query, for: idp)
        var resources: [JSONObject] = []
        let baseURL = configuration.baseURL(for: request)
        for group in page.items {
            resources.append(try await resource(group, projection: listRequest.projection, baseURL: baseURL))
        }
        context.notes.summary =
            query.filter == nil
            ? "listed groups (\(page.totalResults) in all)"
            : (page.totalResults == 0 ? "lookup: no group matched" : "lookup: \(page.totalResults) group matched")
        return SCIMResponse.json(
            ListResponse.json(resources: resources, totalResults: page.totalResults, startIndex: page.startIndex), context: context
        )
    }

    @Sendable func get(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let group = try await groups.get(id: try context.parameters.require("id"), for: idp)
        context.notes.summary = "read group \(group.profile.displayName)"
        return try await respond(group, to: request, context: context)
    }

    @Sendable func create(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let (profile, members) = try GroupMapping.profile(fromRequest: try await bodyReader.object(from: request, context: context))
        let outcome: WriteOutcome<Group>
        do {
            outcome = try await groups.create(profile, members: members, for: idp)
        } catch DomainError.conflict(let detail) {
            context.notes.summary = "conflict: group \(profile.displayName) exists"
            throw SCIMError.uniqueness(detail)
        }
        context.notes.summary = outcome.summary
        let location = "\(configuration.baseURL(for: request))/Groups/\(outcome.value.id)"
        return try await respond(outcome.value, to: request, status: .created, location: location, context: context)
    }

    @Sendable func replace(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let body = try await bodyReader.object(from: request, context: context)
        let outcome = try await groups.apply(
            id: try context.parameters.require("id"), ifMatch: try IfMatch.version(in: request), for: idp
        ) { current in
            let (profile, members) = try GroupMapping.profile(fromRequest: body, existing: current.profile)
            return (profile, [.replaceAll(members)])
        }
        context.notes.summary = outcome.summary
        return try await respond(outcome.value, to: request, context: context)
    }

    @Sendable func patch(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let patch = try PatchRequest.parse(try await bodyReader.object(from: request, context: context))
        let outcome = try await groups.apply(
            id: try context.parameters.require("id"), ifMatch: try IfMatch.version(in: request), for: idp
        ) { current in
            let plan = try GroupPatcher.plan(patch, for: current)
            return (plan.profile, plan.changes)
        }
        context.notes.summary = outcome.summary
        // RFC 7644 §3.5.2 allows 204, which Okta and Entra both accept; it spares echoing every member of
        // a large group after each membership change. A client that names attributes gets them.
        guard Self.asksForRepresentation(request) else {
            var response = SCIMResponse.noContent()
            response.headers[.eTag] = outcome.value.meta.etag
            return response
        }
        return try await respond(outcome.value, to: request, context: context)
    }

    @Sendable func delete(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let outcome = try await groups.delete(id: try context.parameters.require("id"), for: idp)
        context.notes.summary = outcome.summary
        return SCIMResponse.noContent()
    }

    private func respond(
        _ group: Group, to request: Request, status: HTTPResponse.Status = .ok, location: String? = nil, context: SCIMRequestContext
    ) async throws -> Response {
        let projection = try Projection(parameters: QueryString.parse(Substring(request.uri.query ?? "")), for: .group)
        return SCIMResponse.json(
            try await resource(group, projection: projection, baseURL: configuration.baseURL(for: request)), status: status,
            etag: group.meta.etag,
            location: location, context: context
        )
    }

    static func asksForRepresentation(_ request: Request) -> Bool {
        QueryString.parse(Substring(request.uri.query ?? "")).contains {
            ["attributes", "excludedattributes"].contains($0.name.lowercased())
        }
    }

    private func resource(_ group: Group, projection: Projection, baseURL: String) async throws -> JSONObject {
        let members = projection.includesMembers ? try await groups.members(of: group) : nil
        return projection.apply(to: GroupMapping.resource(group, members: members, baseURL: baseURL), type: .group)
    }
}

import Hummingbird
import Provisioning
import SCIM

/// `/Users` (RFC 7644 §3): decode → SCIM → `UserService` → encode.
struct UsersController: Sendable {
    let users: UserService
    let configuration: SCIMServerConfiguration

    var bodyReader: RequestBodyReader { RequestBodyReader(maximumBytes: configuration.maximumBodyBytes) }

    func register(on group: RouterGroup<SCIMRequestContext>) {
        group.get("Users", use: list)
        group.post("Users", use: create)
        group.get("Users/:id", use: get)
        group.put("Users/:id", use: replace)
        group.patch("Users/:id", use: patch)
        group.delete("Users/:id", use: delete)
        MethodNotAllowed.register(on: group, path: "Users", except: [.get, .post])
        MethodNotAllowed.register(on: group, path: "Users/:id", except: [.get, .put, .patch, .delete])
    }

    @Sendable func list(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let listRequest = try ListRequest(
            parameters: QueryString.parse(Substring(request.uri.query ?? "")), for: .user, maxCount: configuration.maximumResults
        )
        let page = try await users.list(listRequest.listQuery, for: idp)
        var resources: [JSONObject] = []
        resources.reserveCapacity(page.items.count)
        let baseURL = configuration.baseURL(for: request)
        for user in page.items {
            resources.append(try await resource(user, projection: listRequest.projection, baseURL: baseURL))
        }
        context.notes.summary = Self.listSummary(listRequest.listQuery, found: page.totalResults)
        return SCIMResponse.json(
            ListResponse.json(resources: resources, totalResults: page.totalResults, startIndex: page.startIndex), context: context
        )
    }

    @Sendable func get(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let user = try await users.get(id: try context.parameters.require("id"), for: idp)
        context.notes.summary = "read user \(user.profile.userName)"
        return try await respond(user, to: request, context: context)
    }

    @Sendable func create(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let body = try await bodyReader.object(from: request, context: context)
        let profile = try UserMapping.profile(fromRequest: body, existing: nil)
        let outcome: WriteOutcome<User>
        do {
            outcome = try await users.create(profile, for: idp)
        } catch DomainError.conflict(let detail) {
            context.notes.summary = "conflict: user \(profile.userName) exists"
            throw SCIMError.uniqueness(detail)
        }
        context.notes.summary = outcome.summary
        let location = "\(configuration.baseURL(for: request))/Users/\(outcome.value.id)"
        return try await respond(outcome.value, to: request, status: .created, location: location, context: context)
    }

    @Sendable func replace(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let id: String = try context.parameters.require("id")
        let body = try await bodyReader.object(from: request, context: context)
        let outcome = try await users.modify(id: id, ifMatch: try IfMatch.version(in: request), for: idp) { current in
            try UserMapping.profile(fromRequest: body, existing: current.profile)
        }
        context.notes.summary = outcome.summary
        return try await respond(outcome.value, to: request, context: context)
    }

    @Sendable func patch(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let id: String = try context.parameters.require("id")
        let patch = try PatchRequest.parse(try await bodyReader.object(from: request, context: context))
        let outcome = try await users.modify(id: id, ifMatch: try IfMatch.version(in: request), for: idp) { current in
            try UserPatcher.apply(patch, to: current)
        }
        context.notes.summary = outcome.summary
        return try await respond(outcome.value, to: request, context: context)
    }

    @Sendable func delete(_ request: Request, context: SCIMRequestContext) async throws -> Response {
        let idp = try context.authenticatedIdP()
        let outcome = try await users.delete(id: try context.parameters.require("id"), for: idp)
        context.notes.summary = outcome.summary
        return SCIMResponse.noContent()
    }

    private func respond(
        _ user: User, to request: Request, status: HTTPResponse.Status = .ok, location: String? = nil, context: SCIMRequestContext
    ) async throws -> Response {
        let projection = try Projection(parameters: QueryString.parse(Substring(request.uri.query ?? "")), for: .user)
        return SCIMResponse.json(
            try await resource(user, projection: projection, baseURL: configuration.baseURL(for: request)), status: status,
            etag: user.meta.etag,
            location: location, context: context
        )
    }

    private func resource(_ user: User, projection: Projection, baseURL: String) async throws -> JSONObject {
        let groups = projection.includesGroups ? try await users.groups(of: user) : nil
        let resource = UserMapping.resource(user, groups: groups, baseURL: baseURL)
        return projection.apply(to: resource, type: .user)
    }

    static func listSummary(_ query: ListQuery, found: Int) -> String {
        query.filter == nil ? "listed users (\(found) in all)" : (found == 0 ? "lookup: no user matched" : "lookup: \(found) matched")
    }
}

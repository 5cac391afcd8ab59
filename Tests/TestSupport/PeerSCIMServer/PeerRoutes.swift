import Hummingbird
import NIOCore

/// The peer's endpoints: each checks the token, parses the query and body, asks the directory, and
/// turns a `PeerError` into a SCIM error response.
struct PeerRoutes: Sendable {
    let directory: PeerDirectory
    let token: String

    func register(on base: RouterGroup<BasicRequestContext>) {
        let directory = directory
        on(base, .get, "Users") { request in
            let filter = try request.query.filter(allowing: ["userName", "externalId"])
            return await directory.listUsers(filter: filter, page: request.query.page)
        }
        on(base, .post, "Users") { request in try await directory.createUser(try request.object()) }
        on(base, .get, "Users/:id") { request in try await directory.user(request.id) }
        on(base, .put, "Users/:id") { request in try await directory.replaceUser(request.id, with: try request.object()) }
        on(base, .patch, "Users/:id") { request in try await directory.patchUser(request.id, try request.patchOperations()) }
        on(base, .delete, "Users/:id") { request in try await directory.deleteUser(request.id) }
        on(base, .get, "Groups") { request in
            let filter = try request.query.filter(allowing: ["displayName", "externalId"])
            return await directory.listGroups(filter: filter, page: request.query.page, excluding: request.query.excludedAttributes)
        }
        on(base, .post, "Groups") { request in try await directory.createGroup(try request.object()) }
        on(base, .get, "Groups/:id") { request in try await directory.group(request.id, excluding: request.query.excludedAttributes) }
        on(base, .put, "Groups/:id") { request in try await directory.replaceGroup(request.id, with: try request.object()) }
        on(base, .patch, "Groups/:id") { request in try await directory.patchGroup(request.id, try request.patchOperations()) }
        on(base, .delete, "Groups/:id") { request in try await directory.deleteGroup(request.id) }
    }

    private func on(
        _ base: RouterGroup<BasicRequestContext>, _ method: HTTPRequest.Method, _ path: String,
        _ handler: @escaping @Sendable (PeerRequest) async throws -> PeerReply
    ) {
        let token = token
        base.on(RouterPath(path), method: method) { request, context -> Response in
            do {
                guard request.headers[.authorization] == "Bearer \(token)" else {
                    throw PeerError(401, detail: "The bearer token is missing or wrong.")
                }
                var request = request
                let body: ByteBuffer
                do {
                    body = try await request.collectBody(upTo: 1 << 20)
                } catch {
                    throw PeerError(413, detail: "The request body is larger than 1 MiB.")
                }
                let parsed = PeerRequest(
                    id: context.parameters.get("id") ?? "", query: PeerQuery(request.uri.query), body: Array(body.readableBytesView))
                return try await handler(parsed).response
            } catch let error as PeerError {
                return PeerReply.error(error).response
            } catch {
                return PeerReply.error(PeerError(500, detail: "\(error)")).response
            }
        }
    }
}

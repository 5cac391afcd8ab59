import Provisioning
import SCIM

/// What differs between `/Users` and `/Groups`: the service calls, the mapping and a few answers.
/// Everything else (routes, preconditions, projection, paging, search, errors, summaries) lives once in
/// `ResourceController`.
protocol ResourceEndpoint: Sendable {
    associatedtype Resource: ProvisionedResource

    /// The resource type served; its schema drives parsing, filtering and projection.
    static var type: ResourceType { get }

    func get(id: String, for idp: IdentityProvider) async throws -> Resource
    func list(_ query: ListQuery, for idp: IdentityProvider) async throws -> Page<Resource>
    func create(_ body: JSONObject, for idp: IdentityProvider) async throws -> WriteOutcome<Resource>
    func replace(id: String, with body: JSONObject, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws
        -> WriteOutcome<Resource>
    func patch(id: String, _ patch: PatchRequest, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws
        -> WriteOutcome<Resource>
    func delete(id: String, ifMatch: VersionMatch?, for idp: IdentityProvider) async throws -> WriteOutcome<Void>

    /// The SCIM representation, with only the related data the projection keeps loaded.
    func representation(of resource: Resource, projection: Projection, baseURL: String) async throws -> JSONObject

    /// The representations of a list page, in order; an endpoint may load their related data at once.
    func representations(of resources: [Resource], projection: Projection, baseURL: String) async throws -> [JSONObject]

    /// Whether a PATCH that asked for no particular attributes answers 200 with the resource (or 204).
    func patchAnswersWithResource(_ resource: Resource) -> Bool
}

extension ResourceEndpoint {
    func representations(of resources: [Resource], projection: Projection, baseURL: String) async throws -> [JSONObject] {
        var representations: [JSONObject] = []
        representations.reserveCapacity(resources.count)
        for resource in resources {
            representations.append(try await representation(of: resource, projection: projection, baseURL: baseURL))
        }
        return representations
    }
}

/// A stored resource as the pipeline needs to see it.
protocol ProvisionedResource: Sendable {
    var id: String { get }
    var meta: ResourceMeta { get }
    /// How the traffic log names it: the userName, the group's displayName.
    var logName: String { get }
}

extension User: ProvisionedResource {
    var logName: String { profile.userName }
}

extension Group: ProvisionedResource {
    var logName: String { profile.displayName }
}

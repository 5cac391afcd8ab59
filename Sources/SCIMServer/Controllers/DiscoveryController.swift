import Hummingbird
import Provisioning
import SCIM

/// The discovery endpoints (RFC 7644 §4), generated from the schema model the server validates with.
/// They need no token: they describe the service, not anyone's data.
struct DiscoveryController: Sendable {
    let configuration: SCIMServerConfiguration

    func register(on group: RouterGroup<SCIMRequestContext>) {
        group.get("ServiceProviderConfig") { request, context in
            context.notes.summary = "read service provider config"
            return SCIMResponse.json(
                Discovery.serviceProviderConfig(
                    baseURL: configuration.baseURL(for: request), maxResults: configuration.maximumResults,
                    maxPayloadBytes: configuration.maximumBodyBytes
                ),
                context: context
            )
        }
        group.get("ResourceTypes") { request, context in
            context.notes.summary = "read resource types"
            return SCIMResponse.json(Discovery.resourceTypes(baseURL: configuration.baseURL(for: request)), context: context)
        }
        group.get("ResourceTypes/:name") { request, context in
            let name: String = try context.parameters.require("name")
            guard let type = Discovery.resourceType(named: name, baseURL: configuration.baseURL(for: request)) else {
                throw SCIMError.notFound("No resource type named \(name); there are User and Group.")
            }
            return SCIMResponse.json(type, context: context)
        }
        group.get("Schemas") { request, context in
            context.notes.summary = "read schemas"
            return SCIMResponse.json(Discovery.schemas(baseURL: configuration.baseURL(for: request)), context: context)
        }
        group.get("Schemas/:id") { request, context in
            let id: String = try context.parameters.require("id")
            guard let schema = Discovery.schema(id: id, baseURL: configuration.baseURL(for: request)) else {
                throw SCIMError.notFound("No schema with id \(id).")
            }
            return SCIMResponse.json(schema, context: context)
        }
        for path in ["ServiceProviderConfig", "ResourceTypes", "ResourceTypes/:name", "Schemas", "Schemas/:id"] {
            MethodNotAllowed.register(on: group, path: RouterPath(path), allowing: [.get])
        }
    }
}

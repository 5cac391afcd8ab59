import Provisioning
import SCIM
import Testing

@Suite("Discovery documents")
struct DiscoveryTests {
    @Test func serviceProviderConfig() {
        let config = Discovery.serviceProviderConfig(baseURL: Fixture.baseURL, maxResults: 200, maxPayloadBytes: 1_000_000)
        #expect(config["schemas"] == [.string(SchemaURN.serviceProviderConfig)])
        #expect(config.value(at: "patch.supported") == true)
        #expect(config.value(at: "bulk.supported") == false)
        #expect(config.value(at: "bulk.maxPayloadSize") == 1_000_000)
        #expect(config.value(at: "filter.supported") == true)
        #expect(config.value(at: "filter.maxResults") == 200)
        #expect(config.value(at: "changePassword.supported") == false)
        #expect(config.value(at: "sort.supported") == true)
        #expect(config.value(at: "etag.supported") == true)
        let scheme = config["authenticationSchemes"]?.arrayValue?.first?.objectValue
        #expect(scheme?["type"] == "oauthbearertoken")
        #expect(scheme?["primary"] == true)
        #expect(config.value(at: "meta.location") == "https://scim.example.com/scim/v2/ServiceProviderConfig")
    }

    @Test func resourceTypes() throws {
        let list = Discovery.resourceTypes(baseURL: Fixture.baseURL)
        #expect(list["totalResults"] == 2)
        let user = try #require(Discovery.resourceType(named: "user", baseURL: Fixture.baseURL))
        #expect(user["endpoint"] == "/Users")
        #expect(user["schema"] == .string(SchemaURN.user))
        #expect(user["schemaExtensions"] == [["schema": .string(SchemaURN.enterpriseUser), "required": false]])
        #expect(Discovery.resourceType(named: "Group")?["schema"] == .string(SchemaURN.group))
        #expect(Discovery.resourceType(named: "Device") == nil)
    }

    @Test func schemas() throws {
        let list = Discovery.schemas(baseURL: Fixture.baseURL)
        let ids = list["Resources"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue }
        #expect(ids == [SchemaURN.user, SchemaURN.enterpriseUser, SchemaURN.group])
        let user = try #require(Discovery.schema(id: SchemaURN.user.uppercased()))
        let attributes = try #require(user["attributes"]?.arrayValue).compactMap(\.objectValue)
        let names = attributes.compactMap { $0["name"]?.stringValue }
        #expect(names.contains("userName") && names.contains("x509Certificates") && names.contains("password"))
        let password = try #require(attributes.first { $0["name"] == "password" })
        #expect(password["mutability"] == "writeOnly")
        #expect(password["returned"] == "never")
        let userName = try #require(attributes.first { $0["name"] == "userName" })
        #expect(userName["required"] == true)
        #expect(userName["uniqueness"] == "server")
        #expect(userName["caseExact"] == false)
        let name = try #require(attributes.first { $0["name"] == "name" })
        #expect(name["subAttributes"]?.arrayValue?.count == 6)
        let manager = Discovery.schema(id: SchemaURN.enterpriseUser)?["attributes"]?.arrayValue?.last?.objectValue
        #expect(manager?["name"] == "manager")
        #expect(Discovery.schema(id: "urn:nope") == nil)
    }

    @Test func userSchemaIsComplete() {
        let expected = [
            "userName", "name", "displayName", "nickName", "profileUrl", "title", "userType", "preferredLanguage", "locale",
            "timezone", "active", "password", "emails", "phoneNumbers", "ims", "photos", "addresses", "groups", "entitlements",
            "roles", "x509Certificates",
        ]
        #expect(Schema.user.attributes.map(\.name) == expected)
        #expect(
            Schema.enterpriseUser.attributes.map(\.name) == [
                "employeeNumber", "costCenter", "organization", "division", "department", "manager",
            ])
        #expect(Schema.group.attributes.map(\.name) == ["displayName", "members"])
        #expect(ResourceType.user.extensions.map(\.id) == [SchemaURN.enterpriseUser])
    }
}

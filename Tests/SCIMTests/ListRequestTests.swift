import Provisioning
import SCIM
import Testing

@Suite("List requests")
struct ListRequestTests {
    func request(_ raw: String, _ type: ResourceType = .user, maxCount: Int = 200) throws -> ListRequest {
        try ListRequest(parameters: QueryString.parse(Substring(raw)), for: type, maxCount: maxCount)
    }

    @Test func oktaLookup() throws {
        let list = try request("filter=userName+eq+%22TEST.USER%40OKTA.LOCAL%22&startIndex=1&count=100")
        #expect(list.listQuery.filter == .comparison(path("userName"), .eq, .string("TEST.USER@OKTA.LOCAL")))
        #expect(list.listQuery.startIndex == 1)
        #expect(list.listQuery.count == 100)
        #expect(list.listQuery.sort == nil)
    }

    @Test func pagingIsClamped() throws {
        #expect(try request("startIndex=0&count=-5").listQuery.startIndex == 1)
        #expect(try request("startIndex=-3&count=-5").listQuery.count == 0)
        #expect(try request("count=5000").listQuery.count == 200)
        #expect(try request("count=5000", maxCount: 50).listQuery.count == 50)
        #expect(try request("").listQuery.count == 200)
        #expect(try request("STARTINDEX=7&Count=3").listQuery.startIndex == 7)
    }

    @Test func nonIntegersAreInvalidValue() throws {
        for raw in ["count=ten", "startIndex=1.5", "count="] {
            let error = try #require(scimError { _ = try request(raw) })
            #expect(error.scimType == "invalidValue")
        }
    }

    @Test func sorting() throws {
        let sorted = try request("sortBy=name.familyName&sortOrder=Descending")
        #expect(sorted.listQuery.sort == SortSpec(path: path("name", "familyName"), ascending: false))
        #expect(try request("sortBy=emails").listQuery.sort?.path == path("emails", "value", multiValued: true))
        #expect(try request("sortBy=userName").listQuery.sort?.ascending == true)
        #expect(try #require(scimError { _ = try request("sortBy=usrName") }).scimType == "invalidValue")
        #expect(try #require(scimError { _ = try request("sortBy=userName&sortOrder=up") }).scimType == "invalidValue")
    }

    @Test func filterErrorsSurface() throws {
        let error = try #require(scimError { _ = try request("filter=usrName+eq+%22x%22") })
        #expect(error.scimType == "invalidFilter")
        #expect(try request("filter=").listQuery.filter == nil)
    }

    @Test func projectionParameters() throws {
        #expect(try !request("excludedAttributes=members", .group).listQuery.includeMembers)
        #expect(try !request("excludedAttributes=members", .group).projection.includesMembers)
        #expect(try request("attributes=displayName,members.value", .group).listQuery.includeMembers)
        #expect(try !request("attributes=displayName", .group).listQuery.includeMembers)
        let both = try #require(scimError { _ = try request("attributes=userName&excludedAttributes=title") })
        #expect(both.status == 400)
    }

    @Test func listResponse() {
        let resources = [JSONObject([("id", "a")]), JSONObject([("id", "b")])]
        let response = ListResponse.json(resources: resources, totalResults: 7, startIndex: 3)
        #expect(response["schemas"] == [.string(SchemaURN.listResponse)])
        #expect(response["totalResults"] == 7)
        #expect(response["startIndex"] == 3)
        #expect(response["itemsPerPage"] == 2)
        #expect(response["Resources"] == [["id": "a"], ["id": "b"]])
        #expect(response.serialized.contains(#""totalResults":7,"startIndex":3,"itemsPerPage":2"#))
    }
}

extension JSONObject {
    var serialized: String { JSONValue.object(self).serialized() }
}

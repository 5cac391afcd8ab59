import Foundation
import Provisioning
import SCIM

/// Synthetic but realistic users for `scimdesk bench seed`: Okta-shaped create bodies (docs/idp-wire.md E4,
/// enterprise extension included) that go through the same `UserMapping` a POST goes through, so the
/// stored documents look exactly like provisioned ones.
enum BenchPeople {
    static let givenNames = [
        "Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Dennis",
        "Radia", "Linus", "Katherine", "Tim", "Hedy", "John", "Shafi", "Leslie", "Sophie", "Niklaus",
    ]
    static let familyNames = [
        "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Hamilton", "Ritchie",
        "Perlman", "Torvalds", "Johnson", "Berners", "Lamarr", "Backus", "Goldwasser", "Lamport", "Wilson", "Wirth",
        "Kay", "Engelbart", "Sutherland", "Milner", "Hoare", "Floyd", "Tarjan", "Rivest", "Shamir", "Adleman",
    ]
    static let departments = [
        "Engineering", "Sales", "Marketing", "Finance", "Legal", "Support", "Operations", "Research", "Design", "People",
    ]
    static let divisions = ["EMEA", "Americas", "APAC"]

    /// The userName of user number `index` (zero-based); unique and sortable.
    static func userName(_ index: Int) -> String {
        "user\(String(index).leftPadded(to: 7))@bench.example"
    }

    /// The create body Okta would POST for user number `index`.
    static func createBody(_ index: Int) -> String {
        let given = givenNames[index % givenNames.count]
        let family = familyNames[(index / givenNames.count) % familyNames.count]
        let name = userName(index)
        return """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],\
            "userName":"\(name)","name":{"givenName":"\(given)","familyName":"\(family)"},\
            "emails":[{"primary":true,"value":"\(name)","type":"work"}],"displayName":"\(given) \(family)",\
            "locale":"en-US","externalId":"00u\(String(index, radix: 16).leftPadded(to: 12))","title":"Engineer \(index % 7)",\
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"\(departments[index % departments.count])",\
            "division":"\(divisions[index % divisions.count])"},"groups":[],"password":"x8Hk2pQz","active":true}
            """
    }

    /// User number `index` as the store keeps it, created at `now` for `idpID`.
    static func user(_ index: Int, idpID: UUID, now: Date) throws -> User {
        guard case .object(let body) = try JSONParser.parse(createBody(index)) else { throw CLIError("bad seed body") }
        let profile = try UserMapping.profile(fromRequest: body, existing: nil)
        return User(
            id: UUID().uuidString.lowercased(), idpID: idpID, profile: profile,
            meta: ResourceMeta(created: now, lastModified: now, version: 1)
        )
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

import Foundation
import Provisioning

@testable import Console

/// Fixed data for the console tests: every date and id is a constant, so screens are stable.
enum Fixtures {
    /// 2026-11-28 14:03:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_874_580)
    static let day: TimeInterval = 86_400
    static let baseURL = "https://scim.example.com/scim/v2"
    static let secret = "scimdesk_q7v3k2m9x4p8w6t5r1n0b2c4d6f8h0j2l4s6u8y0a2e4g6i8o0z2"

    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static let okta = IdentityProvider(id: uuid(1), name: "Okta", kind: .okta, created: now - 400 * day)
    static let entra = IdentityProvider(id: uuid(2), name: "Entra", kind: .entra, created: now - 200 * day)
    static let legacy = IdentityProvider(id: uuid(3), name: "Legacy SCIM", kind: .generic, created: now - 500 * day)

    static func token(_ idp: IdentityProvider, n: Int, created: Date, expires: Date, revoked: Date? = nil, lastUsed: Date? = nil)
        -> ProvisioningToken
    {
        ProvisioningToken(
            id: uuid(100 + n), idpID: idp.id, hash: String(repeating: "ab", count: 32), hint: "scimdesk_k\(n)x\(n)",
            created: created, expires: expires, revoked: revoked, lastUsed: lastUsed
        )
    }

    static let idps: [IdPSummary] = [
        IdPSummary(
            provider: okta, newestToken: token(okta, n: 1, created: now, expires: now + 365 * day, lastUsed: now - 120),
            lastRequest: now - 120, breaker: BreakerStatus(idpID: okta.id)),
        IdPSummary(
            provider: entra,
            newestToken: token(entra, n: 2, created: now - 353 * day, expires: now + 12 * day + 3_600, lastUsed: now - 3 * 3_600),
            lastRequest: now - 3 * 3_600, breaker: BreakerStatus(idpID: entra.id)),
        IdPSummary(
            provider: legacy, newestToken: token(legacy, n: 3, created: now - 400 * day, expires: now + 20 * day, revoked: now - 58 * day),
            lastRequest: now - 60 * day, breaker: BreakerStatus(idpID: legacy.id)),
    ]

    static func user(
        _ n: Int, _ userName: String, display: String?, email: String?, department: String? = nil, division: String? = nil,
        active: Bool = true, idp: IdentityProvider = okta, updated: TimeInterval = 3_600
    ) -> User {
        var document = JSONObject()
        document["schemas"] = ["urn:ietf:params:scim:schemas:core:2.0:User"]
        document["userName"] = .string(userName)
        if let display { document["displayName"] = .string(display) }
        if let email { document["emails"] = [["value": .string(email), "primary": true, "type": "work"]] }
        document["active"] = .bool(active)
        if department != nil || division != nil {
            var enterprise = JSONObject()
            if let department { enterprise["department"] = .string(department) }
            if let division { enterprise["division"] = .string(division) }
            document["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] = .object(enterprise)
        }
        return User(
            id: String(format: "5f0c%04d-7a1e-4c2b-9d3f-%012d", n, n), idpID: idp.id,
            profile: UserProfile(
                userName: userName, externalID: "00u\(n)abc", displayName: display, email: email,
                department: department, division: division, active: active, document: document
            ),
            meta: ResourceMeta(created: now - 90 * day, lastModified: now - updated, version: n + 1)
        )
    }

    static let users: [User] = [
        user(
            1, "ada@example.com", display: "Ada Lovelace", email: "ada@example.com", department: "Engineering", division: "R&D",
            updated: 300),
        user(
            2, "alan.turing@example.com", display: "Alan Turing", email: "alan.turing@example.com", department: "Research", division: "R&D",
            updated: 7_200),
        user(
            3, "grace@example.com", display: "Grace Hopper", email: "grace@example.com", department: "Engineering", division: "Platform",
            active: false, updated: 2 * day),
        user(
            4, "yamada.taro@example.jp", display: "山田太郎", email: "yamada.taro@example.jp", department: "営業部", division: "東京", idp: entra,
            updated: 45),
        user(
            5, "fox.bot@example.com", display: "🦊 Fox Team bot", email: "fox.bot@example.com", department: "Automation", idp: entra,
            updated: 12 * day),
        user(
            6, "margaret.hamilton@example.com", display: "Margaret Hamilton", email: "margaret.hamilton@example.com",
            department: "Flight Software", division: "Apollo", updated: 40 * day),
    ]

    static func group(_ n: Int, _ name: String, members: Int, idp: IdentityProvider = okta, relinks: Int = 0, updated: TimeInterval = 600)
        -> Group
    {
        Group(
            id: String(format: "9a7b%04d-1c2d-4e5f-8a9b-%012d", n, n), idpID: idp.id,
            profile: GroupProfile(displayName: name, externalID: "00g\(n)xyz", document: JSONObject([("displayName", .string(name))])),
            meta: ResourceMeta(created: now - 100 * day, lastModified: now - updated, version: 3 + n),
            memberCount: members, relinkCount: relinks
        )
    }

    static let groups: [Group] = [
        group(1, "Engineering", members: 42, updated: 120),
        group(2, "Sales", members: 17, relinks: 2, updated: 3 * 3_600),
        group(3, "営業部", members: 8, idp: entra, updated: 2 * day),
        group(4, "All Staff", members: 1_204, updated: 5 * day),
    ]

    static func traffic(
        _ n: Int, age: TimeInterval, _ method: String, _ path: String, _ status: Int, _ summary: String,
        idp: IdentityProvider? = okta, latency: Int = 4_200, request: String? = nil, response: String? = nil
    ) -> TrafficRecord {
        TrafficRecord(
            id: Int64(n), time: now - age, requestID: String(format: "req-%06d", n), idpID: idp?.id, idpName: idp?.name,
            method: method, path: path, status: status, latencyMicroseconds: latency, summary: summary,
            requestBody: request, responseBody: response
        )
    }

    /// Oldest first, ids 1…12.
    /// Okta's client as the listener records it: address, User-Agent, headers with the token redacted.
    static func withClient(_ record: TrafficRecord) -> TrafficRecord {
        var record = record
        record.remoteAddress = "203.0.113.7"
        record.userAgent = "Okta SCIM Client 1.0.0"
        record.requestHeaders = [
            "Host: scim.example.com", "User-Agent: Okta SCIM Client 1.0.0", "Authorization: Bearer [redacted]",
            "Content-Type: application/scim+json; charset=utf-8", "Accept: application/scim+json",
        ].joined(separator: "\n")
        return record
    }

    static let trafficRecords: [TrafficRecord] = [
        traffic(1, age: 50, "GET", "/scim/v2/Users?filter=userName%20eq%20%22ada%40example.com%22", 200, "found 1 user"),
        withClient(
            traffic(
                2, age: 44, "POST", "/scim/v2/Users", 201, "created user alan.turing@example.com", latency: 8_900,
                request: #"{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"alan.turing@example.com","active":true}"#,
                response:
                    #"{"id":"5f0c0002-7a1e-4c2b-9d3f-000000000002","userName":"alan.turing@example.com","meta":{"version":"W/\"3\""}}"#
            )),
        traffic(
            3, age: 40, "PATCH", "/scim/v2/Users/5f0c0001-7a1e-4c2b-9d3f-000000000001", 200, "ignored: protected admin ada@example.com",
            latency: 3_100),
        traffic(
            4, age: 33, "GET", "/scim/v2/Groups?filter=displayName%20eq%20%22Sales%22", 200, "found 0 groups", idp: entra, latency: 2_500),
        traffic(
            5, age: 31, "POST", "/scim/v2/Groups", 409, "group Sales exists already", idp: entra, latency: 5_000,
            request: #"{"displayName":"Sales","members":[]}"#,
            response:
                #"{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","scimType":"uniqueness","detail":"A group named Sales exists."}"#
        ),
        traffic(6, age: 25, "GET", "/scim/v2/Users?startIndex=1&count=100", 200, "listed 6 of 6 users", latency: 12_400),
        traffic(
            7, age: 18, "PUT", "/scim/v2/Users/5f0c0004-7a1e-4c2b-9d3f-000000000004", 200,
            "updated user yamada.taro@example.jp: department", idp: entra),
        traffic(8, age: 12, "GET", "/scim/v2/Users/unknown", 401, "rejected: token revoked", idp: nil, latency: 400),
        traffic(
            9, age: 8, "PATCH", "/scim/v2/Groups/9a7b0001-1c2d-4e5f-8a9b-000000000001", 204, "added 3 members to Engineering",
            latency: 6_700),
        traffic(
            10, age: 5, "DELETE", "/scim/v2/Groups/9a7b0002-1c2d-4e5f-8a9b-000000000002", 500, "internal error (request req-000010)",
            latency: 1_250_000,
            response: "upstream timed out"),
        traffic(11, age: 3, "GET", "/scim/v2/ServiceProviderConfig", 200, "service provider config", latency: 900),
        traffic(
            12, age: 1, "PATCH", "/scim/v2/Users/5f0c0003-7a1e-4c2b-9d3f-000000000003", 200, "deactivated user grace@example.com",
            latency: 5_300),
    ]

    static func audit(
        _ n: Int64, age: TimeInterval, actor: String, _ action: AuditEvent.Action, _ summary: String,
        resourceID: String? = nil, before: String? = nil, after: String? = nil
    ) -> AuditEvent {
        AuditEvent(
            id: n, time: now - age, actor: actor, action: action, resourceType: "User", resourceID: resourceID,
            summary: summary, before: before, after: after)
    }

    /// Newest first, as the store returns them.
    static let auditEvents: [AuditEvent] = [
        audit(
            9, age: 1, actor: "idp:Okta", .userDeactivated, "deactivated user grace@example.com", resourceID: users[2].id,
            before: #"{"userName":"grace@example.com","active":true}"#, after: #"{"userName":"grace@example.com","active":false}"#),
        audit(8, age: 18, actor: "idp:Entra", .userUpdated, "updated user yamada.taro@example.jp: department", resourceID: users[3].id),
        audit(
            7, age: 40, actor: "idp:Okta", .protectedDrift,
            "Okta wanted department \"Engineering\" → \"Sales\" on protected console admin ada; kept user ada@example.com unchanged",
            resourceID: users[0].id),
        audit(
            6, age: 3 * 3_600, actor: "idp:Okta", .groupRelinked, "re-linked group Sales (deleted 2026-11-27 09:12 UTC, same id)",
            resourceID: groups[1].id),
        audit(
            5, age: 5 * 3_600, actor: "console", .tokenGenerated,
            "generated a provisioning token scimdesk_k1x1… for Okta, valid until 2027-11-28"),
        audit(4, age: 58 * day, actor: "console", .tokenRevoked, "revoked the provisioning token of Legacy SCIM"),
        audit(3, age: 200 * day, actor: "console", .idpAdded, "added identity provider Entra (entra)"),
        audit(2, age: 300 * day, actor: "cli", .adminAdded, "protected console admin ada <ada@example.com>"),
        audit(1, age: 400 * day, actor: "console", .idpAdded, "added identity provider Okta (okta)"),
    ]

    static let admins: [ConsoleAdmin] = [
        ConsoleAdmin(username: "ada", email: "ada@example.com", created: now - 300 * day),
        ConsoleAdmin(username: "root-ops", email: nil, created: now - 280 * day),
    ]
}

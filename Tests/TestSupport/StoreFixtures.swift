import Foundation
import Provisioning

/// Builders for domain values in store tests. Dates are whole seconds from a fixed epoch, so they
/// survive any store's date encoding exactly.
public enum StoreFixtures {
    public static let epoch = Date(timeIntervalSince1970: 1_800_000_000)
    public static let enterpriseSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"

    /// `epoch` plus whole seconds.
    public static func time(_ seconds: Int) -> Date {
        epoch.addingTimeInterval(TimeInterval(seconds))
    }

    public static func newID() -> String { UUID().uuidString.lowercased() }

    public static func idp(_ name: String, kind: IdentityProvider.Kind = .okta) -> IdentityProvider {
        IdentityProvider(name: name, kind: kind, created: epoch)
    }

    public static func audit(
        _ action: AuditEvent.Action, idp: IdentityProvider? = nil, resourceID: String? = nil, summary: String? = nil,
        at time: Date = epoch
    ) -> AuditEvent {
        AuditEvent(
            time: time, actor: idp.map { "idp:\($0.name)" } ?? "console", idpID: idp?.id, action: action,
            resourceType: nil, resourceID: resourceID, summary: summary ?? "\(action.rawValue) \(resourceID ?? "")"
        )
    }

    /// An email entry of a user document.
    public struct Email: Sendable {
        public var value: String
        public var type: String?
        public var primary: Bool

        public init(_ value: String, type: String? = "work", primary: Bool = false) {
            self.value = value
            self.type = type
            self.primary = primary
        }
    }

    /// A user whose first-class fields and canonical SCIM document agree, as the SCIM layer would write it.
    public static func user(
        _ userName: String, idp: IdentityProvider, id: String = newID(), externalID: String? = nil,
        displayName: String? = nil, givenName: String? = nil, familyName: String? = nil, emails: [Email] = [],
        department: String? = nil, division: String? = nil, active: Bool = true,
        core extra: [(String, JSONValue)] = [], enterprise: [(String, JSONValue)] = [],
        created: Date = epoch, version: Int = 1
    ) -> User {
        var document = JSONObject()
        document["schemas"] = .array([.string("urn:ietf:params:scim:schemas:core:2.0:User")])
        document["userName"] = .string(userName)
        if let externalID { document["externalId"] = .string(externalID) }
        if givenName != nil || familyName != nil {
            var name = JSONObject()
            if let givenName { name["givenName"] = .string(givenName) }
            if let familyName { name["familyName"] = .string(familyName) }
            document["name"] = .object(name)
        }
        if let displayName { document["displayName"] = .string(displayName) }
        if !emails.isEmpty {
            document["emails"] = .array(
                emails.map { email in
                    var entry = JSONObject()
                    entry["value"] = .string(email.value)
                    if let type = email.type { entry["type"] = .string(type) }
                    entry["primary"] = .bool(email.primary)
                    return .object(entry)
                })
        }
        document["active"] = .bool(active)
        for (key, value) in extra { document[key] = value }
        var ext = JSONObject()
        if let department { ext["department"] = .string(department) }
        if let division { ext["division"] = .string(division) }
        for (key, value) in enterprise { ext[key] = value }
        if !ext.isEmpty { document[enterpriseSchema] = .object(ext) }
        let profile = UserProfile(
            userName: userName, externalID: externalID, displayName: displayName, givenName: givenName,
            familyName: familyName, email: (emails.first { $0.primary } ?? emails.first)?.value,
            department: department, division: division, active: active, document: document
        )
        return User(id: id, idpID: idp.id, profile: profile, meta: ResourceMeta(created: created, lastModified: created, version: version))
    }

    public static func group(
        _ displayName: String, idp: IdentityProvider, id: String = newID(), externalID: String? = nil,
        extra: [(String, JSONValue)] = [], created: Date = epoch, version: Int = 1
    ) -> Group {
        var document = JSONObject()
        document["schemas"] = .array([.string("urn:ietf:params:scim:schemas:core:2.0:Group")])
        document["displayName"] = .string(displayName)
        if let externalID { document["externalId"] = .string(externalID) }
        for (key, value) in extra { document[key] = value }
        return Group(
            id: id, idpID: idp.id, profile: GroupProfile(displayName: displayName, externalID: externalID, document: document),
            meta: ResourceMeta(created: created, lastModified: created, version: version)
        )
    }

    /// A token row as the token service would hand it over: only the hash of a secret.
    public static func token(
        idp: IdentityProvider, hash: String = newID(), created: Date = epoch, expires: Date = time(86_400 * 365)
    ) -> ProvisioningToken {
        ProvisioningToken(idpID: idp.id, hash: hash, hint: "scimdesk_abcd", created: created, expires: expires)
    }

    public static func traffic(_ index: Int, idp: IdentityProvider? = nil, status: Int = 200) -> TrafficRecord {
        TrafficRecord(
            time: time(index), requestID: "req-\(index)", idpID: idp?.id, idpName: idp?.name, method: "GET",
            path: "/scim/v2/Users?startIndex=\(index)", status: status, latencyMicroseconds: 100 + index,
            summary: "listed users (\(index))", requestBody: index % 2 == 0 ? nil : "{}", responseBody: "{\"n\":\(index)}",
            // Every other record from an unknown client, so both the values and their absence round-trip.
            remoteAddress: index % 2 == 0 ? nil : "203.0.113.\(index)", userAgent: index % 2 == 0 ? nil : "Okta SCIM Client 1.0.0",
            requestHeaders: index % 2 == 0 ? nil : "Accept: application/scim+json\nAuthorization: Bearer [redacted]"
        )
    }
}

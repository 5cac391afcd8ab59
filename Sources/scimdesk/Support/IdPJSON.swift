import Foundation
import Provisioning
import SCIM

/// The JSON shapes `--json` prints; scripts depend on these keys.
enum IdPJSON {
    static func object(_ idp: IdentityProvider, status: TokenService.Status, breaker: (BreakerStatus, held: Int)? = nil) -> JSONValue {
        var object = JSONObject()
        object["name"] = .string(idp.name)
        object["kind"] = .string(idp.kind.rawValue)
        object["created"] = .string(idp.created.iso8601)
        object["token"] = tokenObject(status)
        if let (status, held) = breaker { object["breaker"] = breakerObject(status, held: held) }
        object["rateLimit"] = .string(idp.rateLimit.description)
        return .object(object)
    }

    /// `state` is `watching`, `holding` or `off`; `policy` is in `idp set --breaker` form.
    static func breakerObject(_ status: BreakerStatus, held: Int) -> JSONValue {
        var object = JSONObject()
        object["state"] = .string(status.isHolding ? "holding" : status.policy.enabled ? "watching" : "off")
        object["policy"] = .string(status.policy.settings)
        object["held"] = .number(Double(held))
        object["tripped"] = status.tripped.map { .string($0.iso8601) } ?? .null
        object["reason"] = status.tripReason.map { .string($0) } ?? .null
        return .object(object)
    }

    static func tokenObject(_ status: TokenService.Status) -> JSONValue {
        var object = JSONObject()
        object["state"] = .string(status.state.label)
        if let token = status.token {
            object["hint"] = .string(token.hint)
            object["created"] = .string(token.created.iso8601)
            object["expires"] = .string(token.expires.iso8601)
            object["revoked"] = token.revoked.map { .string($0.iso8601) } ?? .null
            object["lastUsed"] = token.lastUsed.map { .string($0.iso8601) } ?? .null
        }
        // Every token that still authenticates, the one being retired during an overlap included.
        object["working"] = .array(
            status.working.map { token in
                var working = JSONObject()
                working["hint"] = .string(token.hint)
                working["created"] = .string(token.created.iso8601)
                working["until"] = .string(token.endsAt.iso8601)
                working["lastUsed"] = token.lastUsed.map { .string($0.iso8601) } ?? .null
                return .object(working)
            })
        return .object(object)
    }
}

extension Date {
    /// RFC 3339 UTC with milliseconds, as the SCIM resources write their dates.
    var iso8601: String { SCIMDateTime.string(from: self) }
}

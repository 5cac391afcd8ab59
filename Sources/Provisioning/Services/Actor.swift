import Foundation

/// Who made a change, as the audit log records it.
public enum ChangeActor: Sendable, Hashable, CustomStringConvertible {
    case idp(IdentityProvider)
    case console
    case cli

    public var description: String {
        switch self {
        case .idp(let idp): "idp:\(idp.name)"
        case .console: "console"
        case .cli: "cli"
        }
    }

    var idpID: UUID? {
        if case .idp(let idp) = self { return idp.id }
        return nil
    }
}

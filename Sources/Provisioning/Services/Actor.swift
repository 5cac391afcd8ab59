import Foundation

/// Who made a change, as the audit log records it.
public enum ChangeActor: Sendable, Hashable, CustomStringConvertible {
    case idp(IdentityProvider)
    case console
    case cli
    /// A script acting on its own, named as the audit log should show it (`scimdesk demo` is "demo").
    case script(String)

    public var description: String {
        switch self {
        case .idp(let idp): "idp:\(idp.name)"
        case .console: "console" + Self.operatorSuffix
        case .cli: "cli" + Self.operatorSuffix
        case .script(let name): name
        }
    }

    /// Who sits at the keyboard: ":alice" for the OS user, ":alice@203.0.113.7" over SSH (the client
    /// address from `SSH_CONNECTION`), so an audit entry names a person, not just a program.
    /// Read once from this process's environment: it does not change while the process runs.
    static let operatorSuffix: String = suffix(environment: ProcessInfo.processInfo.environment, account: accountName())

    /// `account` stands in when the environment names nobody (a service, `su` without `-l`, a
    /// container started as root): the name of the process's real user in the password database.
    static func suffix(environment: [String: String], account: String? = nil) -> String {
        let named = [environment["USER"], environment["LOGNAME"], account].lazy.compactMap { $0 }.first { !$0.isEmpty }
        guard let user = named else { return "" }
        let client = environment["SSH_CONNECTION"]?.split(separator: " ").first.map(String.init)
        return ":" + user + (client.map { "@" + $0 } ?? "")
    }

    /// The real user's name from the password database, if it has an entry.
    static func accountName() -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 1024)
        guard getpwuid_r(getuid(), &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else { return nil }
        return String(cString: name)
    }

    var idpID: UUID? {
        if case .idp(let idp) = self { return idp.id }
        return nil
    }
}

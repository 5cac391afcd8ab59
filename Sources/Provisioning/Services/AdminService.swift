import Foundation

/// Manages console admins, whose accounts IdPs must not overwrite.
public struct AdminService: Sendable {
    let store: any Store
    let clock: WallClock

    public init(store: any Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    public func add(username rawUsername: String, email rawEmail: String?, by actor: ChangeActor) async throws -> ConsoleAdmin {
        let username = rawUsername.trimmingCharacters(in: .whitespacesAndNewlines)
        let email = rawEmail?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        guard !username.isEmpty else { throw DomainError.invalidInput("A console admin needs a username.") }
        if let email, !email.contains("@") {
            throw DomainError.invalidInput("\"\(email)\" is not an email address.")
        }
        let admin = ConsoleAdmin(username: username, email: email, created: clock.now())
        let audit = AuditEvent(
            time: admin.created, actor: actor.description, action: .adminAdded, resourceType: "ConsoleAdmin",
            resourceID: username, summary: "protected console admin \(username)" + (email.map { " <\($0)>" } ?? "")
        )
        do {
            try await store.insertAdmin(admin, audit: audit)
        } catch StoreError.duplicate {
            throw DomainError.conflict("A console admin named \"\(username)\" already exists.")
        }
        return admin
    }

    public func remove(username: String, by actor: ChangeActor) async throws {
        let audit = AuditEvent(
            time: clock.now(), actor: actor.description, action: .adminRemoved, resourceType: "ConsoleAdmin",
            resourceID: username, summary: "removed console admin \(username)"
        )
        guard try await store.deleteAdmin(username: username, audit: audit) else {
            throw DomainError.notFound("No console admin is named \"\(username)\".")
        }
    }

    public func list() async throws -> [ConsoleAdmin] {
        try await store.admins()
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

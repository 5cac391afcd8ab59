import Foundation
import Provisioning
import SCIM

/// Fills a fresh database (either store) for `make bench`: an IdP with a token, `users` users written in bulk
/// transactions, small groups, one large group and one empty group for membership PATCHes; then
/// writes what the wrk scripts need (token, a random sample of users, group ids) into `outputFolder`.
struct BenchSeeder {
    let store: any BenchStore
    let userCount: Int
    let smallGroups: Int
    let smallGroupMembers: Int
    let largeGroupMembers: Int
    let sampleSize: Int
    let outputFolder: URL
    /// Users per import transaction.
    var chunkSize = 10_000

    struct Report {
        var userSeconds: Double
        var groupSeconds: Double
        var largeGroupID: String
        var patchGroupID: String
    }

    func run() async throws -> Report {
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let idp = try await IdentityProviderService(store: store).add(name: "Bench", kind: .okta, by: .cli)
        // The benchmark deactivates thousands of users a second on purpose.
        try await DeprovisioningBreaker(store: store).setPolicy(try BreakerPolicy(parsing: "off"), for: idp, by: .cli)
        let issued = try await TokenService(store: store).generate(for: idp, by: .cli)
        try write(issued.secret.text + "\n", to: "token")

        let userStart = ContinuousClock.now
        let ids = try await seedUsers(idp: idp)
        let userSeconds = (ContinuousClock.now - userStart).seconds

        let groupStart = ContinuousClock.now
        var generator = SystemRandomNumberGenerator()
        let groups = GroupService(store: store)
        for number in 0..<smallGroups {
            let members = (0..<min(smallGroupMembers, ids.count)).map { _ in ids[Int.random(in: 0..<ids.count, using: &generator)] }
            _ = try await groups.create(Self.groupProfile("Bench Group \(number)"), members: members, for: idp)
        }
        let largeMembers = Array(ids.shuffled(using: &generator).prefix(largeGroupMembers))
        let large = try await groups.create(Self.groupProfile("Bench Large"), members: largeMembers, for: idp)
        let patchTarget = try await groups.create(Self.groupProfile("Bench Patch Target"), members: [], for: idp)
        let groupSeconds = (ContinuousClock.now - groupStart).seconds
        Output.note("seeded \(smallGroups + 2) groups (one with \(large.value.memberCount) members) in \(Self.format(groupSeconds)) s")

        try writeSample(ids, using: &generator)
        return Report(
            userSeconds: userSeconds, groupSeconds: groupSeconds, largeGroupID: large.value.id, patchGroupID: patchTarget.value.id
        )
    }

    /// Builds chunk k+1 while chunk k is written, so both cores work. Returns every user id, in seed order.
    private func seedUsers(idp: IdentityProvider) async throws -> [String] {
        var ids: [String] = []
        ids.reserveCapacity(userCount)
        let clockStart = ContinuousClock.now
        var lastNote = clockStart
        var next: [User]? = userCount > 0 ? try Self.makeUsers(0..<min(chunkSize, userCount), idp: idp.id) : nil
        var done = 0
        while let chunk = next {
            done += chunk.count
            let following = done < userCount ? done..<min(done + chunkSize, userCount) : nil
            async let upcoming = following.map { try Self.makeUsers($0, idp: idp.id) }
            let audit = AuditEvent(
                time: Date(), actor: ChangeActor.cli.description, idpID: idp.id, action: .userCreated, resourceType: "User",
                summary: "bench seed: imported \(chunk.count) users"
            )
            try await store.importUsers(chunk, audit: audit)
            ids.append(contentsOf: chunk.lazy.map(\.id))
            next = try await upcoming
            let now = ContinuousClock.now
            if now - lastNote >= .seconds(2) || done == userCount {
                lastNote = now
                let elapsed = (now - clockStart).seconds
                Output.note(
                    "seeding users: \(done)/\(userCount) (\(done * 100 / max(1, userCount))%), "
                        + "\(Int(Double(done) / max(elapsed, 0.001)))/s, \(Self.format(elapsed)) s"
                )
            }
        }
        return ids
    }

    private static func makeUsers(_ range: Range<Int>, idp: UUID) throws -> [User] {
        let now = Date()
        return try range.map { try BenchPeople.user($0, idpID: idp, now: now) }
    }

    static func groupProfile(_ name: String) throws -> GroupProfile {
        let body = JSONObject([
            ("schemas", .array([.string("urn:ietf:params:scim:schemas:core:2.0:Group")])), ("displayName", .string(name)),
        ])
        return try GroupMapping.profile(fromRequest: body).0
    }

    /// `users.tsv`: a uniformly random sample of users, shuffled: id, userName, givenName, familyName.
    private func writeSample(_ ids: [String], using generator: inout SystemRandomNumberGenerator) throws {
        var indices = Array(ids.indices)
        indices.shuffle(using: &generator)
        var text = ""
        text.reserveCapacity(min(sampleSize, ids.count) * 90)
        for index in indices.prefix(sampleSize) {
            let given = BenchPeople.givenNames[index % BenchPeople.givenNames.count]
            let family = BenchPeople.familyNames[(index / BenchPeople.givenNames.count) % BenchPeople.familyNames.count]
            text += "\(ids[index])\t\(BenchPeople.userName(index))\t\(given)\t\(family)\n"
        }
        try write(text, to: "users.tsv")
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: outputFolder.appendingPathComponent(name))
    }

    static func format(_ seconds: Double) -> String {
        String(format: "%.2f", seconds)
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

import Foundation
import GRDB
import Provisioning
import TestSupport
import Testing

@_spi(Diagnostics) @testable import SQLiteStore

/// The trigram index narrows substring searches without changing their answer: on random people and
/// random needles, the indexed query returns exactly the rows of the plain scan.
@Suite struct SearchIndexTests {
    /// A small alphabet, so random needles often hit: case variants, a quote, a space, letters whose
    /// folding is not ASCII (É, ß, İ, final ς), and a decomposed é.
    static let alphabet: [String] = ["a", "b", "A", "B", "ab", "É", "é", "e\u{301}", "ß", "İ", "ς", "\"", " ", "-", "@", "x", "Y"]

    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func text(_ length: ClosedRange<Int>) -> String {
            (0..<(length.lowerBound + next(length.count))).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    /// Seqs matching `filter`, translated with or without the index.
    static func seqs(_ store: SQLiteStore, _ filter: Filter, indexed: Bool) throws -> [Int64] {
        var schema = ResourceSchema.users
        if !indexed { schema.searchIndexes = [:] }
        let condition = try FilterTranslator(schema: schema).translate(filter)
        return try store.pool.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT seq FROM users WHERE " + condition.sql + " ORDER BY seq", arguments: condition.statementArguments)
        }
    }

    @Test func indexedSearchesGiveTheRowsOfAScan() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove(); try? subject.store.close() }
        let idp = StoreFixtures.idp("Okta")
        try await subject.store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        var random = Random(state: 20_261_130)
        var users: [User] = []
        for index in 0..<300 {
            let emails = (0..<random.next(3)).map { _ in StoreFixtures.Email(random.text(2...8) + "@" + random.text(1...3)) }
            let displayName = random.next(5) == 0 ? nil : random.text(2...10)
            let user = StoreFixtures.user("\(index)" + random.text(1...8), idp: idp, displayName: displayName, emails: emails)
            try await subject.store.insertUser(user, audit: StoreFixtures.audit(.userCreated))
            users.append(user)
        }
        // Rename and delete some, so the triggers' update and delete paths are covered too.
        for user in users.prefix(40) {
            var changed = user
            changed.profile.displayName = random.text(2...10)
            changed.meta.version += 1
            try await subject.store.updateUser(changed, expectedVersion: user.meta.version, audit: [])
        }
        for user in users.suffix(20) {
            try await subject.store.deleteUser(id: user.id, idpID: idp.id, audit: StoreFixtures.audit(.userDeleted))
        }

        let P = AttributePaths.self
        var compared = 0
        var nonEmpty = 0
        for _ in 0..<400 {
            let path = [P.userName, P.displayName, P.emailsValue, P.emails][random.next(4)]
            let op: ComparisonOperator = [.co, .sw, .ew][random.next(3)]
            let needle = random.text(1...5)
            var filter: Filter = .comparison(path, op, .string(needle))
            if random.next(4) == 0 { filter = .not(filter) }
            if random.next(4) == 0 { filter = .or(filter, .comparison(P.userName, .co, .string(random.text(3...4)))) }
            let scanned = try Self.seqs(subject.store, filter, indexed: false)
            let indexed = try Self.seqs(subject.store, filter, indexed: true)
            #expect(indexed == scanned, "\(filter)")
            compared += 1
            if !scanned.isEmpty { nonEmpty += 1 }
        }
        // The comparison means something only if many searches found rows.
        #expect(compared == 400 && nonEmpty > 100, "\(nonEmpty) of \(compared) searches found rows")
    }

    @Test func substringSearchesLookUpTheIndexInsteadOfScanning() throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove(); try? subject.store.close() }
        let P = AttributePaths.self
        let searches: [Filter] = [
            .comparison(P.displayName, .co, .string("Smith")),
            .comparison(P.userName, .co, .string("ada")),
            .comparison(P.userName, .ew, .string("@example.com")),
            .comparison(P.emailsValue, .co, .string("lovelace")),
            .comparison(P.displayName, .sw, .string("Ada")),
        ]
        for filter in searches {
            let plan = try subject.store.usersQueryPlan(idpID: UUID(), query: ListQuery(filter: filter))
            print("plan users \(filter): \(plan.joined(separator: " | "))")
            #expect(plan.contains { $0.contains("users_search VIRTUAL TABLE") }, "\(filter): \(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN users") && !$0.contains("users_search") }, "\(filter): \(plan)")
        }
    }
}

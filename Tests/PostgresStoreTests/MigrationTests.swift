import Foundation
import PostgresStore
import Provisioning
import TestSupport
import Testing

@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"))
struct MigrationTests {
    @Test("four processes starting at once on an empty database all come up; each migration runs once")
    func concurrentStart() async throws {
        let cluster = try PostgresSubject.requireCluster()
        let database = try await cluster.createDatabase()
        defer { try? cluster.dropDatabase(database) }
        let settings = try cluster.settings(database: database)
        let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { tasks in
            for _ in 0..<4 {
                tasks.addTask { try await PostgresStore.open(settings, auditKeyPath: cluster.auditKeyPath(database: database)) }
            }
            return try await tasks.reduce(into: [PostgresStore]()) { $0.append($1) }
        }
        #expect(stores.count == 4)
        for store in stores { await store.close() }
        #expect(
            try await cluster.sql("SELECT string_agg(name, ',' ORDER BY name) FROM scimdesk_migrations", database: database)
                == "v1_initial_schema,v2_breakers,v3_display_name_search")
    }

    @Test("displayName co is served by the trigram index on the folded displayName, not a scan")
    func displayNameSearchIsIndexed() async throws {
        let cluster = try PostgresSubject.requireCluster()
        let database = try await cluster.createDatabase()
        defer { try? cluster.dropDatabase(database) }
        let store = try await PostgresStore.open(
            try cluster.settings(database: database), auditKeyPath: cluster.auditKeyPath(database: database))
        await store.close()
        // The expression a `displayName co` filter compares (the store's folded form of display_name).
        let plan = try await cluster.sql(
            """
            SET enable_seqscan = off; EXPLAIN SELECT id FROM users \
            WHERE (lower(normalize(users.display_name, NFC) COLLATE "und-x-icu") COLLATE "C") LIKE '%ada%'
            """, database: database)
        #expect(plan.contains("users_display_name_folded_trgm"), "\(plan)")
    }

    @Test("a database migrated by a newer ScimDesk is refused, and left as it was")
    func newerDatabaseRefused() async throws {
        let cluster = try PostgresSubject.requireCluster()
        let database = try await cluster.createDatabase()
        defer { try? cluster.dropDatabase(database) }
        let settings = try cluster.settings(database: database)
        let first = try await PostgresStore.open(settings, auditKeyPath: cluster.auditKeyPath(database: database))
        await first.close()
        try await cluster.sql("INSERT INTO scimdesk_migrations (name) VALUES ('v99_from_the_future')", database: database)
        let error = await #expect(throws: StoreError.self) {
            try await PostgresStore.open(settings, auditKeyPath: cluster.auditKeyPath(database: database))
        }
        #expect(error?.description.contains("newer ScimDesk (migration 'v99_from_the_future')") == true)
        #expect(try await cluster.sql("SELECT count(*) FROM scimdesk_migrations", database: database) == "4")
    }

    @Test("URLs: TCP, Unix socket directory, password never shown, bad ones named")
    func settingsFromURL() throws {
        let tcp = try PostgresSettings(url: "postgres://scim:s%40cret@db.example.com:6543/directory")
        #expect(tcp.endpoint == .tcp(host: "db.example.com", port: 6543))
        #expect(tcp.username == "scim" && tcp.password == "s@cret" && tcp.database == "directory")
        #expect(tcp.redacted == "postgres://scim@db.example.com:6543/directory")
        let socket = try PostgresSettings(url: "postgresql://scim@/directory?host=/run/postgresql")
        #expect(socket.endpoint == .socket(path: "/run/postgresql/.s.PGSQL.5432"))
        #expect(try PostgresSettings(url: "postgres://u@h/d?sslmode=require").sslMode == "require")
        #expect(try PostgresSettings(url: "postgres://u@h/d?connect_timeout=12").leaseTimeout == .seconds(12))
        #expect(try PostgresSettings(url: "postgres://u@h/d").leaseTimeout == .seconds(5))
        for bad in [
            "postgres://h/d", "postgres://u@h", "postgres://u@/d", "mysql://u@h/d", "postgres://u@h/d?sslmode=maybe",
            "postgres://u@h/d?connect_timeout=0",
        ] {
            #expect(throws: PostgresSettings.InvalidURL.self) { try PostgresSettings(url: bad) }
        }
    }
}

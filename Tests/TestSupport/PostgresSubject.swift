import Foundation
import PostgresStore
import Provisioning

/// Fresh PostgreSQL stores for tests: each one on its own new database in the shared cluster.
public enum PostgresSubject {
    /// Whether the PostgreSQL tests run here. Under CI (`CI` set and not `0`/`false`) they must: a
    /// missing server is then a failure of `requireCluster()`, never a silent skip.
    public static var enabled: Bool { PostgresCluster.isInstalled || isCI }

    static var isCI: Bool {
        guard let value = ProcessInfo.processInfo.environment["CI"]?.lowercased(), !value.isEmpty else { return false }
        return value != "0" && value != "false"
    }

    /// The shared cluster; throws (fails the test) when it cannot be started.
    public static func requireCluster() throws -> PostgresCluster {
        guard PostgresCluster.isInstalled else {
            throw PostgresCluster.ClusterError(description: "PostgreSQL 15 server binaries are missing (run .ci/install-deps)")
        }
        return try PostgresCluster.shared()
    }

    /// A store on a new database, and the database's name.
    public static func makeStore(poolSize: Int = 4) async throws -> (store: PostgresStore, database: String, cluster: PostgresCluster) {
        let cluster = try requireCluster()
        let database = try await cluster.createDatabase()
        var settings = try cluster.settings(database: database)
        settings.poolSize = poolSize
        return (try await PostgresStore.open(settings, auditKeyPath: cluster.auditKeyPath(database: database)), database, cluster)
    }

    /// For the conformance suite: the database is dropped after the check.
    public static func conformanceSubject() async throws -> StoreConformance.Subject {
        let (store, database, cluster) = try await makeStore()
        return StoreConformance.Subject(store: store) {
            await store.close()
            try await cluster.dropDatabase(database)
        }
    }
}

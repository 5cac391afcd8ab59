import Foundation
import PostgresNIO
import Provisioning

/// The two statements behind one list page: the page itself and the COUNT over the same WHERE.
struct ListSQL: Sendable {
    let page: SQLFragment
    let count: SQLFragment

    init(schema: ResourceSchema, columns: String, idpID: UUID?, query: ListQuery, fixed: [String] = []) throws {
        var conditions = fixed.map { SQLFragment($0) }
        if let idpID { conditions.append(SQLFragment("\(schema.table).idp_id = ?", [.text(Columns.uuid(idpID))])) }
        if let filter = query.filter { conditions.append(try FilterTranslator(schema: schema).translate(filter)) }
        let whereClause = SQLFragment.all(conditions)
        let order = try SortTranslator(schema: schema).orderBy(query.sort)
        page =
            "SELECT \(columns) FROM \(schema.table) WHERE " + whereClause + " ORDER BY " + order
            + SQLFragment(" LIMIT ? OFFSET ?", [.int(query.count), .int(max(0, query.startIndex - 1))])
        count = "SELECT COUNT(*) FROM \(schema.table) WHERE " + whereClause
    }

    /// Both statements in one REPEATABLE READ snapshot, so the total and the page agree.
    func run<Element>(
        _ connection: PostgresConnection, query: ListQuery, budget: ListBudget, decode: (RowReader) throws -> Element
    ) async throws -> Page<Element> {
        try await connection.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            try await budget.limit(connection)
            let total = try await connection.one(count) { try $0.int(0) } ?? 0
            var items: [Element] = []
            if query.count > 0, query.startIndex <= total {
                try await budget.limit(connection)
                items = try await connection.all(page, decode: decode)
            }
            try await connection.run("COMMIT")
            return Page(items: items, totalResults: total, startIndex: query.startIndex)
        } catch {
            try? await connection.run("ROLLBACK")
            throw error
        }
    }
}

extension Page {
    /// The page of a lookup that matches at most one resource.
    init(single element: Element?, query: ListQuery) {
        let items = element.map { query.startIndex == 1 && query.count > 0 ? [$0] : [] } ?? []
        self.init(items: items, totalResults: element == nil ? 0 : 1, startIndex: query.startIndex)
    }
}

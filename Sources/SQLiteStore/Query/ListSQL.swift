import Foundation
import GRDB
import Provisioning

/// The two statements behind one list page: the page itself and the COUNT over the same WHERE (for
/// all of an IdP's users, the counter `V10UserCounts` keeps).
struct ListSQL {
    let page: SQLFragment
    let count: SQLFragment

    /// - Parameters:
    ///   - columns: the selected columns (`UserRow.columns`, …).
    ///   - fixed: conditions that always apply (e.g. live groups only), ANDed with scope and filter.
    init(schema: ResourceSchema, columns: String, idpID: UUID?, query: ListQuery, fixed: [String] = []) throws {
        var conditions = fixed.map { SQLFragment($0) }
        if let idpID { conditions.append(SQLFragment("\(schema.table).idp_id = ?", [Columns.uuid(idpID)])) }
        if let filter = query.filter { conditions.append(try FilterTranslator(schema: schema).translate(filter)) }
        let whereClause = SQLFragment.all(conditions)
        let order = try SortTranslator(schema: schema).orderBy(query.sort)
        let window = SQLFragment(" LIMIT ? OFFSET ?", [query.count, query.startIndex - 1])
        if query.filter == nil, query.sort == nil {
            // Paging through everything (Okta's import, Entra's sync): the rows skipped by OFFSET are
            // stepped over in the covering (idp_id, seq) index alone, and only the page's rows are read
            // from the table, which halves the query for a page deep in a large directory.
            let table = schema.table
            page =
                "SELECT \(columns) FROM \(table) WHERE \(table).seq IN (SELECT \(table).seq FROM \(table) WHERE " + whereClause
                + " ORDER BY " + order + window + ") ORDER BY " + order
        } else {
            page = "SELECT \(columns) FROM \(schema.table) WHERE " + whereClause + " ORDER BY " + order + window
        }
        if schema.table == "users", let idpID, query.filter == nil, fixed.isEmpty {
            count = SQLFragment("SELECT users FROM user_counts WHERE idp_id = ?", [Columns.uuid(idpID)])
        } else {
            count = "SELECT COUNT(*) FROM \(schema.table) WHERE " + whereClause
        }
    }

    /// Runs both in one read transaction, so the total and the page agree.
    func run<Element>(_ db: Database, query: ListQuery, decode: (Row) throws -> Element) throws -> Page<Element> {
        let total = try Fetch.int(db.makeStatement(sql: count.sql), count.statementArguments)
        var items: [Element] = []
        if query.count > 0, query.startIndex <= total {
            // Not cachedStatement: filter shapes are open-ended and would grow the cache without bound.
            items = try Fetch.all(db.makeStatement(sql: page.sql), page.statementArguments, decode: decode)
        }
        return Page(items: items, totalResults: total, startIndex: query.startIndex)
    }
}

extension Page {
    /// The page of a lookup that matches at most one resource.
    init(single element: Element?, query: ListQuery) {
        let items = element.map { query.startIndex == 1 && query.count > 0 ? [$0] : [] } ?? []
        self.init(items: items, totalResults: element == nil ? 0 : 1, startIndex: query.startIndex)
    }
}

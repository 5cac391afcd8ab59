import Foundation
import Provisioning

/// A column of a trigram index (FTS5) that holds the folded text of one attribute, keyed by the
/// resource table's rowid.
///
/// The index only narrows: a substring search asks it for candidate rows, and the filter's own
/// comparison is still applied to each, so the result is exactly what a scan would give. It holds
/// every trigram of the folded text, so any row whose text contains a needle of three or more
/// characters is among the candidates; shorter needles have no trigram to look up and scan instead.
struct SearchIndex: Sendable {
    let table: String
    let column: String
    /// The resource table's rowid column, which is the index's rowid.
    let rowID: String
    /// A `sw` on this attribute is already a range over a sorted key index; the trigram index is
    /// only worth asking for `co` and `ew`.
    var prefixIsIndexed = false

    static let minimumNeedle = 3

    /// `exact`, restricted to the index's candidates when the comparison is a substring search it
    /// can serve.
    func narrow(_ exact: SQLFragment, _ op: ComparisonOperator, _ value: FilterValue, as path: AttributePath) -> SQLFragment {
        guard !path.caseExact, case .string(let text) = value else { return exact }
        switch op {
        case .co, .ew: break
        case .sw where !prefixIsIndexed: break
        default: return exact
        }
        let needle = Columns.key(text)
        guard needle.unicodeScalars.count >= Self.minimumNeedle else { return exact }
        // An FTS5 phrase in double quotes is literal text; a quote inside is doubled.
        let phrase = "\(column) : \"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return SQLFragment("(\(rowID) IN (SELECT rowid FROM \(table) WHERE \(table) MATCH ?) AND ", [phrase]) + exact + ")"
    }
}

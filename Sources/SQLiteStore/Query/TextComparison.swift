import GRDB
import Provisioning

/// String operators over an expression whose case handling is already settled by the caller
/// (raw for caseExact attributes, a `*_key` column or `scimdesk_fold(…)` otherwise).
///
/// No LIKE: its `%`/`_` wildcards would need escaping and it folds ASCII only. `co` uses `instr`,
/// `ew` compares a suffix, and `sw` is a half-open range, so an indexed key column is searched, not scanned.
enum TextComparison {
    static func make(_ lhs: SQLFragment, _ op: ComparisonOperator, _ text: String) throws -> SQLFragment {
        switch op {
        case .eq, .ne, .gt, .ge, .lt, .le:
            return Operand.ordered(lhs, op, text)
        case .co:
            if text.isEmpty { return lhs + " IS NOT NULL" }
            return "instr(" + lhs + SQLFragment(", ?) > 0", [text])
        case .sw:
            if text.isEmpty { return lhs + " IS NOT NULL" }
            if let upper = text.prefixUpperBound {
                return "(" + lhs + SQLFragment(" >= ? AND ", [text]) + lhs + SQLFragment(" < ?)", [upper])
            }
            return "substr(" + lhs + SQLFragment(", 1, ?) = ?", [text.unicodeScalars.count, text])
        case .ew:
            if text.isEmpty { return lhs + " IS NOT NULL" }
            return "substr(" + lhs + SQLFragment(", ?) = ?", [-text.unicodeScalars.count, text])
        }
    }
}

import Provisioning

/// String operators over an expression whose case handling is already settled by the caller (raw
/// for caseExact attributes, a `*_key` column or a folded expression otherwise), all in `"C"` order.
///
/// `co` is LIKE with the pattern's wildcards escaped (a `pg_trgm` index can serve it), `sw` a
/// half-open range (an index range scan), `ew` compares a suffix.
enum TextComparison {
    static func make(_ lhs: SQLFragment, _ op: ComparisonOperator, _ text: String) throws -> SQLFragment {
        switch op {
        case .eq, .ne, .gt, .ge, .lt, .le:
            return Operand.ordered(lhs, op, .text(text))
        case .co:
            if text.isEmpty { return lhs + " IS NOT NULL" }
            return lhs + SQLFragment(" LIKE ?", [.text("%" + likeEscaped(text) + "%")])
        case .sw:
            if text.isEmpty { return lhs + " IS NOT NULL" }
            if let upper = text.prefixUpperBound {
                return "(" + lhs + SQLFragment(" >= ? AND ", [.text(text)]) + lhs + SQLFragment(" < ?)", [.text(upper)])
            }
            return "left(" + lhs + SQLFragment(", ?::int) = ?", [.int(text.unicodeScalars.count), .text(text)])
        case .ew:
            if text.isEmpty { return lhs + " IS NOT NULL" }
            return "right(" + lhs + SQLFragment(", ?::int) = ?", [.int(text.unicodeScalars.count), .text(text)])
        }
    }

    /// `%`, `_` and the escape character itself taken literally (LIKE's default escape is `\`).
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

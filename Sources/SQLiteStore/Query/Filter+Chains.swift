import Provisioning

extension Filter {
    var andOperands: (Filter, Filter)? {
        if case .and(let lhs, let rhs) = self { return (lhs, rhs) }
        return nil
    }

    var orOperands: (Filter, Filter)? {
        if case .or(let lhs, let rhs) = self { return (lhs, rhs) }
        return nil
    }

    /// The operands of a chain of one associative operator, in order, whatever way the chain nests:
    /// `(a or b) or c` and `a or (b or c)` both give `[a, b, c]`. Iterative, so no chain is too long.
    func chained(_ split: (Filter) -> (Filter, Filter)?) -> [Filter] {
        var operands: [Filter] = []
        var pending = [self]
        while let next = pending.popLast() {
            if let (lhs, rhs) = split(next) {
                pending.append(rhs)
                pending.append(lhs)
            } else {
                operands.append(next)
            }
        }
        return operands
    }
}

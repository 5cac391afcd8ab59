import Foundation
import Provisioning

/// Evaluates the inner filter of a value path (`emails[type eq "work"]`) against one element of a
/// multi-valued attribute, for PATCH (RFC 7644 §3.5.2). Paths are sub-attribute names of the element.
enum FilterEvaluator {
    static func matches(_ filter: Filter, element: JSONValue) -> Bool {
        switch filter {
        case .and(let left, let right): matches(left, element: element) && matches(right, element: element)
        case .or(let left, let right): matches(left, element: element) || matches(right, element: element)
        case .not(let inner): !matches(inner, element: element)
        case .present(let path): isPresent(field(path, of: element))
        case .comparison(let path, let op, let value): compare(field(path, of: element), op, value, caseExact: path.caseExact)
        case .valuePath: false
        }
    }

    /// The sub-attribute of an element; a primitive element stands for its own `value`.
    private static func field(_ path: AttributePath, of element: JSONValue) -> JSONValue? {
        if case .object(let object) = element { return object[ignoringCase: path.attribute] }
        return path.attribute.equalsIgnoringASCIICase("value") ? element : nil
    }

    private static func isPresent(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: false
        case .string(let text)?: !text.isEmpty
        case .array(let elements)?: !elements.isEmpty
        case .object(let object)?: !object.isEmpty
        default: true
        }
    }

    private static func compare(_ field: JSONValue?, _ op: ComparisonOperator, _ value: FilterValue, caseExact: Bool) -> Bool {
        if case .null = value {
            let absent = field == nil || field == .null
            return op == .eq ? absent : !absent
        }
        guard let field, !field.isNull else { return op == .ne }
        switch value {
        case .string(let expected):
            guard case .string(let actual) = field else { return op == .ne }
            let lhs = caseExact ? actual : actual.lowercased()
            let rhs = caseExact ? expected : expected.lowercased()
            return order(lhs, rhs, op)
        case .boolean(let expected):
            guard let actual = Dialect.boolean(from: field) else { return op == .ne }
            return op == .eq ? actual == expected : actual != expected
        case .number(let expected):
            guard case .number(let actual) = field else { return op == .ne }
            return order(actual, expected, op)
        case .dateTime(let expected):
            guard let text = field.stringValue, let actual = SCIMDateTime.date(from: text) else { return op == .ne }
            return order(actual, expected, op)
        case .null:
            return false
        }
    }

    private static func order<T: Comparable>(_ lhs: T, _ rhs: T, _ op: ComparisonOperator) -> Bool {
        switch op {
        case .eq: lhs == rhs
        case .ne: lhs != rhs
        case .gt: lhs > rhs
        case .ge: lhs >= rhs
        case .lt: lhs < rhs
        case .le: lhs <= rhs
        case .co, .sw, .ew:
            if let lhs = lhs as? String, let rhs = rhs as? String {
                op == .co ? lhs.contains(rhs) : op == .sw ? lhs.hasPrefix(rhs) : lhs.hasSuffix(rhs)
            } else {
                false
            }
        }
    }
}

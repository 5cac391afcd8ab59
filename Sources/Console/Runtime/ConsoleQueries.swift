import Foundation
import Provisioning

/// Turns what operators type in `/` into store queries.
enum ConsoleQueries {
    /// `userName co "x" or displayName co "x" or emails.value co "x"`, ignoring case.
    static func userFilter(_ text: String) -> Filter? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let paths = [
            AttributePath(attribute: "userName", type: .string, caseExact: false),
            AttributePath(attribute: "displayName", type: .string, caseExact: false),
            AttributePath(attribute: "emails", subAttribute: "value", type: .string, caseExact: false, multiValued: true),
        ]
        return anyContains(paths, text)
    }

    /// `displayName co "x"`, ignoring case.
    static func groupFilter(_ text: String) -> Filter? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        return anyContains([AttributePath(attribute: "displayName", type: .string, caseExact: false)], text)
    }

    static func anyContains(_ paths: [AttributePath], _ text: String) -> Filter? {
        anyOf(paths.map { Filter.comparison($0, .co, .string(text)) })
    }

    /// The alternatives joined with `or`; nil for none.
    static func anyOf(_ filters: [Filter]) -> Filter? {
        filters.reduce(nil) { partial, next in partial.map { .or($0, next) } ?? next }
    }

    /// Users listed by userName, so paging is stable while the IdP writes.
    static let userSort = SortSpec(path: AttributePath(attribute: "userName", type: .string, caseExact: false))
    static let groupSort = SortSpec(path: AttributePath(attribute: "displayName", type: .string, caseExact: false))
}

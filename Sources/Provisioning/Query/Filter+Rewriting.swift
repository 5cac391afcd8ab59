/// Rewrites of filters and paths that every store's SQL translation needs, kept here so the SQLite
/// and PostgreSQL translators agree.
extension AttributePath {
    /// The path as seen from one element of a multi-valued attribute: complex without a sub-attribute
    /// means the element's `value`, a string unless the SCIM layer said otherwise.
    public var scalar: AttributePath {
        var copy = self
        if subAttribute == nil, type == .complex { copy.type = .string }
        return copy
    }
}

extension Filter {
    /// Rewrites relative paths (`givenName`) into paths under `parent` (`name.givenName`).
    public func prefixingPaths(with parent: AttributePath) -> Filter {
        func rebase(_ path: AttributePath) -> AttributePath {
            AttributePath(
                schema: parent.schema, attribute: parent.attribute, subAttribute: path.attribute,
                type: path.type, caseExact: path.caseExact, multiValued: false
            )
        }
        switch self {
        case .comparison(let path, let op, let value): return .comparison(rebase(path), op, value)
        case .present(let path): return .present(rebase(path))
        case .and(let lhs, let rhs): return .and(lhs.prefixingPaths(with: parent), rhs.prefixingPaths(with: parent))
        case .or(let lhs, let rhs): return .or(lhs.prefixingPaths(with: parent), rhs.prefixingPaths(with: parent))
        case .not(let inner): return .not(inner.prefixingPaths(with: parent))
        case .valuePath: return self
        }
    }
}

extension Filter {
    /// The value of a plain case-insensitive `<attribute> eq "…"` on a core attribute (lowercased name
    /// given), which has a dedicated fast path when a unique index answers it.
    public func equality(on attribute: String) -> String? {
        guard case .comparison(let path, .eq, .string(let value)) = self,
            path.schema == nil, path.subAttribute == nil, !path.caseExact,
            path.attribute.lowercased() == attribute
        else { return nil }
        return value
    }
}

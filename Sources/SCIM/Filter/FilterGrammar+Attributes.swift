import Provisioning

/// An attribute path in a filter, resolved and typed.
struct FilterTarget {
    var path: AttributePath
    /// How the client wrote it, for error details.
    var written: String
    /// False for complex attributes without a `value` sub-attribute, which only `pr` can test.
    var comparable: Bool
}

extension FilterGrammar {
    /// Resolves `attrPath` (RFC 7644 §3.10) in `scope`. A complex attribute without a sub-attribute
    /// means its `value` sub-attribute (`emails co "x"` ≡ `emails.value co "x"`, RFC 7644 §3.4.2.2).
    func resolveTarget(_ name: String, at token: FilterToken, in scope: FilterScope) throws(SCIMError) -> FilterTarget {
        switch scope {
        case .element(let parent):
            guard let sub = parent.subAttribute(named: name) else {
                let known = parent.subAttributes.map(\.name).joined(separator: ", ")
                throw .invalidFilter(
                    "unknown attribute '\(name)' inside '\(parent.name)[…]' at position \(token.position); expected one of \(known)"
                )
            }
            let path = AttributePath(attribute: sub.name, type: sub.type, caseExact: sub.caseExact)
            return FilterTarget(path: path, written: name, comparable: sub.type != .complex)
        case .resource:
            guard let (path, comparable) = type.filterPath(name) else {
                throw .invalidFilter("unknown attribute '\(name)' at position \(token.position)")
            }
            return FilterTarget(path: path, written: name, comparable: comparable)
        }
    }

    /// The complex attribute in front of a value filter `attr[…]`.
    func resolveComplex(_ name: String, at token: FilterToken) throws(SCIMError) -> ResolvedAttribute {
        guard let resolved = type.resolveAttribute(name) else {
            throw .invalidFilter("unknown attribute '\(name)' at position \(token.position)")
        }
        guard resolved.subAttribute == nil, resolved.attribute.type == .complex else {
            throw .invalidFilter(
                "'\(name)' at position \(token.position) has no sub-attributes to filter on; '[…]' needs a complex attribute such as emails"
            )
        }
        return resolved
    }
}

extension ResourceType {
    /// The typed path for a filter or `sortBy` attribute name (RFC 7644 §3.4.2.2, §3.4.2.3); a complex
    /// attribute without a sub-attribute means its `value` sub-attribute when it has one
    /// (`emails co "x"` ≡ `emails.value co "x"`). `comparable` is false for complex targets only `pr` can test.
    func filterPath(_ name: some StringProtocol) -> (path: AttributePath, comparable: Bool)? {
        guard let resolved = resolveAttribute(name) else { return undeclaredExtensionPath(String(name)) }
        let attribute = resolved.attribute
        let sub = resolved.subAttribute ?? (attribute.type == .complex ? attribute.subAttribute(named: "value") : nil)
        guard let sub else {
            let path = AttributePath(
                schema: resolved.extensionURN, attribute: attribute.name, type: attribute.type,
                caseExact: attribute.caseExact, multiValued: attribute.multiValued
            )
            return (path, attribute.type != .complex)
        }
        let path = AttributePath(
            schema: resolved.extensionURN, attribute: attribute.name, subAttribute: sub.name, type: sub.type,
            caseExact: sub.caseExact, multiValued: attribute.multiValued
        )
        return (path, sub.type != .complex)
    }
}

extension ResourceType {
    /// An attribute of an extension this server does not declare (Entra's custom
    /// `urn:…:CustomExtensionName:2.0:User:costCentre`): kept as sent, so it filters and sorts as a
    /// case-insensitive string, the most common type of such attributes.
    func undeclaredExtensionPath(_ name: String) -> (path: AttributePath, comparable: Bool)? {
        guard let urn = undeclaredSchemaURN(in: name), !urn.equalsIgnoringASCIICase(schema.id),
            extensionSchema(urn) == nil
        else { return nil }
        let parts = name.dropFirst(urn.count + 1).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy(PatchPath.isAttributeName) else { return nil }
        let path = AttributePath(schema: urn, attribute: parts[0], subAttribute: parts.count == 2 ? parts[1] : nil)
        return (path, true)
    }
}

import Provisioning

/// A PATCH `path` resolved against a resource type (RFC 7644 §3.5.2):
/// `PATH = attrPath / valuePath [subAttr]`, e.g. `title`, `name.givenName`,
/// `urn:…:enterprise:2.0:User:department`, `emails[type eq "work"].value`, `members[value eq "x"]`.
struct PatchPath {
    enum Target {
        /// A schema attribute; `subAttribute` is the `.sub` part, with or without a filter.
        case attribute(ResolvedAttribute)
        /// A bare schema URN: the extension container (or, for the core URN, the resource).
        case schema(Schema)
        /// An attribute no schema defines, kept as sent: top level, or inside the container of the
        /// schema URN it is qualified with (declared or not); `sub` is its `.sub` part, if any.
        case unknown(container: String?, name: String, sub: String?)
    }

    var target: Target
    /// The value filter of `attr[filter]`, relative to the attribute's sub-attributes.
    var filter: Filter?
    var text: String

    static func parse(_ text: String, for type: ResourceType) throws(SCIMError) -> PatchPath {
        guard let open = text.firstIndex(of: "[") else {
            guard !text.contains("]") else { throw .invalidPath("unbalanced ']' in path '\(text)'") }
            return PatchPath(target: try plainTarget(text, for: type), filter: nil, text: text)
        }
        let attributeText = text[..<open]
        guard let close = closingBracket(in: text, after: open) else {
            throw .invalidPath("missing ']' in path '\(text)'")
        }
        guard let resolved = type.resolveAttribute(attributeText), resolved.subAttribute == nil,
            resolved.attribute.type == .complex, resolved.attribute.multiValued
        else {
            throw .invalidPath("'\(attributeText)' in path '\(text)' is not a multi-valued attribute a filter can select from")
        }
        let filter: Filter
        do {
            filter = try FilterParser.parseValueFilter(String(text[text.index(after: open)..<close]), within: resolved.attribute, for: type)
        } catch {
            throw .invalidPath("invalid filter in path '\(text)': \(error.detail)")
        }
        var attribute = resolved
        let rest = text[text.index(after: close)...]
        if !rest.isEmpty {
            guard rest.first == ".", let sub = resolved.attribute.subAttribute(named: rest.dropFirst()) else {
                throw .invalidPath("'\(rest)' in path '\(text)' is not a sub-attribute of '\(resolved.attribute.name)'")
            }
            attribute.subAttribute = sub
        }
        return PatchPath(target: .attribute(attribute), filter: filter, text: text)
    }

    private static func plainTarget(_ text: String, for type: ResourceType) throws(SCIMError) -> Target {
        switch type.resolve(text) {
        case .attribute(let resolved)?: return .attribute(resolved)
        case .schema(let schema)?: return .schema(schema)
        case nil: break
        }
        // A known complex attribute with an unknown sub-attribute is a typo, not a new attribute.
        if let dot = text.lastIndex(of: "."), let parent = type.resolveAttribute(text[..<dot]), parent.subAttribute == nil,
            parent.attribute.type == .complex
        {
            throw .invalidPath("'\(text[text.index(after: dot)...])' is not a sub-attribute of '\(parent.attribute.name)' (path '\(text)')")
        }
        let location = type.unknownLocation(text)
        if location.container == nil, location.name.hasPrefixIgnoringASCIICase("urn:") {
            return .unknown(container: nil, name: location.name, sub: nil)  // an undeclared extension container
        }
        let parts = location.name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        // A dotted name outside a schema URN would need a parent no schema defines: it names nothing.
        guard parts.allSatisfy(isAttributeName), parts.count == 1 || location.container != nil else {
            throw .invalidPath(
                "'\(text)' names no attribute of a \(type.name); use a schema attribute, an attribute name without dots, or a schema URN prefix (urn:…:\(type.name):attribute)"
            )
        }
        return .unknown(container: location.container, name: parts[0], sub: parts.count == 2 ? parts[1] : nil)
    }

    /// RFC 7643 §2.1: `ATTRNAME = ALPHA *(nameChar)`, nameChar = "-" / "_" / DIGIT / ALPHA; a bare
    /// schema URN (an extension container) and `$ref` are names too.
    static func isAttributeName(_ name: String) -> Bool {
        if name == "$ref" || name.hasPrefixIgnoringASCIICase("urn:") { return !name.hasSuffix(":") }
        func isAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard let first = name.utf8.first, isAlpha(first) else { return false }
        return name.utf8.allSatisfy { isAlpha($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// The `]` that closes the `[` at `open`, skipping quoted strings inside the filter.
    private static func closingBracket(in text: String, after open: String.Index) -> String.Index? {
        var inString = false
        var escaped = false
        var index = text.index(after: open)
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "]" {
                return index
            }
            index = text.index(after: index)
        }
        return nil
    }
}

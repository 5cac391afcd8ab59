/// An attribute reference resolved against a resource type's schemas (RFC 7644 §3.10), with
/// canonical spelling and the definitions needed to validate and type it.
struct ResolvedAttribute: Sendable, Hashable {
    /// The extension URN that holds the attribute, or nil for core and common attributes.
    var extensionURN: String?
    var attribute: SchemaAttribute
    var subAttribute: SchemaAttribute?

    /// Canonical text, e.g. `name.givenName` or `urn:…:enterprise:2.0:User:department`.
    var canonicalName: String {
        let dotted = subAttribute.map { "\(attribute.name).\($0.name)" } ?? attribute.name
        return extensionURN.map { "\($0):\(dotted)" } ?? dotted
    }
}

/// What an attribute name written by a client refers to.
enum ResolvedName: Sendable, Hashable {
    case attribute(ResolvedAttribute)
    /// A bare schema URN: the extension container (or, for the core URN, the resource itself).
    case schema(Schema)
}

extension ResourceType {
    /// Resolves `[URN ":"] attrName ["." subAttr]` (RFC 7644 §3.10), ignoring case. Returns nil for
    /// names no schema defines; callers decide whether that is an error or an unknown attribute to keep.
    func resolve(_ name: some StringProtocol) -> ResolvedName? {
        let text = Substring(name)
        if text.hasPrefixIgnoringASCIICase("urn:") {
            for schema in [schema] + extensions {
                if text.equalsIgnoringASCIICase(schema.id) { return .schema(schema) }
                guard text.count > schema.id.count + 1, text.hasPrefixIgnoringASCIICase(schema.id) else { continue }
                let separator = text.index(text.startIndex, offsetBy: schema.id.count)
                guard text[separator] == ":" else { continue }
                let rest = text[text.index(after: separator)...]
                let isCore = schema.id == self.schema.id
                return resolveUnqualified(rest, in: schema, includingCommon: isCore, extensionURN: isCore ? nil : schema.id)
                    .map(ResolvedName.attribute)
            }
            return nil
        }
        return resolveUnqualified(text, in: schema, includingCommon: true, extensionURN: nil).map(ResolvedName.attribute)
    }

    /// Where an attribute no schema defines lives: inside a schema's container when the name carries a
    /// schema URN (`urn:…:enterprise:2.0:User:badge`, or Entra's custom
    /// `urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User:costCentre`), else top level
    /// as written. `name` may carry one `.sub` part, addressing a sub-attribute of the unknown attribute.
    func unknownLocation(_ name: String) -> (container: String?, name: String) {
        for schema in extensions where name.count > schema.id.count + 1 && name.hasPrefixIgnoringASCIICase(schema.id + ":") {
            return (schema.id, String(name.dropFirst(schema.id.count + 1)))
        }
        if let urn = undeclaredSchemaURN(in: name) {
            // The core URN qualifies top-level attributes (`urn:…:core:2.0:User:nickName2` is `nickName2`).
            let rest = String(name.dropFirst(urn.count + 1))
            return urn.equalsIgnoringASCIICase(schema.id) ? (nil, rest) : (urn, rest)
        }
        return (nil, name)
    }

    /// The schema URN in front of an attribute in a URN-qualified name this server does not declare.
    /// Schema URNs end in the resource type's name (`…:2.0:User`, RFC 7643 §8.7), and attribute names
    /// hold no `:` (§2.1), so a name whose last `:` part is not `User`/`Group` is `URN:attribute`; a
    /// name ending in the type's name is a bare URN, the extension container itself (nil here).
    ///
    /// The URN must consist of the characters RFC 8141 §2 allows (ASCII letters and digits,
    /// `-._~%!$&'()*+,;=:@/?#`): anything else is no schema URN, and the stores could not name it in a
    /// JSON path either.
    func undeclaredSchemaURN(in name: String) -> String? {
        guard name.hasPrefixIgnoringASCIICase("urn:"), let colon = name.lastIndex(of: ":") else { return nil }
        let last = name[name.index(after: colon)...]
        guard !last.isEmpty, !last.equalsIgnoringASCIICase(self.name) else { return nil }
        let urn = name[..<colon]
        guard urn.unicodeScalars.allSatisfy(Self.isURNCharacter) else { return nil }
        return String(urn)
    }

    private static func isURNCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return false }
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        default: return "-._~%!$&'()*+,;=:@/?#".unicodeScalars.contains(scalar)
        }
    }

    /// The resolved attribute, or nil for bare schema URNs and unknown names.
    func resolveAttribute(_ name: some StringProtocol) -> ResolvedAttribute? {
        if case .attribute(let resolved) = resolve(name) { return resolved }
        return nil
    }

    private func resolveUnqualified(
        _ text: Substring, in schema: Schema, includingCommon: Bool, extensionURN: String?
    ) -> ResolvedAttribute? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty else { return nil }
        let found = (includingCommon ? Schema.commonAttribute(named: first) : nil) ?? schema.attribute(named: first)
        guard let attribute = found else { return nil }
        guard parts.count == 2 else { return ResolvedAttribute(extensionURN: extensionURN, attribute: attribute) }
        guard let sub = attribute.subAttribute(named: parts[1]) else { return nil }
        return ResolvedAttribute(extensionURN: extensionURN, attribute: attribute, subAttribute: sub)
    }
}

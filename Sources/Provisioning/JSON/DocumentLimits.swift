/// Bounds on what is stored of a SCIM document, checked on every write after normalisation.
///
/// The JSON reader refuses nesting deeper than `JSONParser.maximumDepth` (64), so a document stored
/// deeper could never be read again. Normalisation can add levels (a single object sent for a
/// multi-valued attribute becomes an array; a URN-qualified key moves into its container), and
/// responses, audit snapshots and PATCH bodies wrap documents in a few more, so stored documents keep
/// well clear of the reader's limit.
public enum DocumentLimits {
    /// Levels of nesting in a stored document; the document object itself is level 1.
    public static let maximumDepth = 32
    /// UTF-8 bytes of any one string value or object key inside a document.
    public static let maximumStringBytes = 64 << 10
    /// UTF-8 bytes of the identifying strings: userName, externalId, displayName. Okta allows 100
    /// characters for a userName and Entra 113 for a userPrincipalName; these are also index keys.
    public static let maximumNameBytes = 1_024
    /// Approximate size of a whole document as stored (its compact JSON).
    public static let maximumDocumentBytes = 256 << 10

    /// Why `document` cannot be stored, naming the attribute; nil when it can.
    ///
    /// With `previous` (the stored document a PUT or PATCH replaces), attributes whose value is unchanged
    /// are not held against the write, so data stored under older limits never blocks an update.
    public static func violation(in document: JSONObject, previous: JSONObject? = nil) -> String? {
        var total = 2
        for (key, value) in document.pairs {
            var measure = Measure()
            measure.visit(value, enclosedAt: 1)
            total += key.utf8.count + 4 + measure.bytes
            if let unchanged = previous?[key], unchanged == value { continue }
            if key.utf8.count > maximumStringBytes {
                return "An attribute name is \(key.utf8.count) bytes long; at most \(maximumStringBytes) are stored."
            }
            if measure.depth > maximumDepth {
                return "'\(key)' nests values deeper than the \(maximumDepth) levels a stored resource may have (the resource is level 1, "
                    + "and a single object sent for a multi-valued attribute is wrapped in an array, one level more)."
            }
            if measure.longestString > maximumStringBytes {
                return "'\(key)' holds a string of \(measure.longestString) bytes; at most \(maximumStringBytes) are stored."
            }
        }
        if total > maximumDocumentBytes {
            return "The resource is about \(total) bytes as stored; at most \(maximumDocumentBytes) are stored."
        }
        return nil
    }

    /// Why an identifying string cannot be stored; nil when it can.
    public static func violation(name: String, value: String?) -> String? {
        guard let value, value.utf8.count > maximumNameBytes else { return nil }
        return "'\(name)' is \(value.utf8.count) bytes long; at most \(maximumNameBytes) are stored."
    }

    /// Container depth (as the JSON reader counts it), longest string and approximate JSON size of a
    /// value; it stops descending past the limit, so no value can exhaust the stack here.
    struct Measure {
        var depth = 0
        var longestString = 0
        var bytes = 0

        /// `level` is the depth of the container holding `value`.
        mutating func visit(_ value: JSONValue, enclosedAt level: Int) {
            switch value {
            case .null, .bool: bytes += 5
            case .number: bytes += 8
            case .string(let text):
                longestString = max(longestString, text.utf8.count)
                bytes += text.utf8.count + 2
            case .array(let elements):
                bytes += 2
                guard enter(level + 1) else { return }
                for element in elements {
                    bytes += 1
                    visit(element, enclosedAt: level + 1)
                }
            case .object(let object):
                bytes += 2
                guard enter(level + 1) else { return }
                for (key, element) in object.pairs {
                    longestString = max(longestString, key.utf8.count)
                    bytes += key.utf8.count + 4
                    visit(element, enclosedAt: level + 1)
                }
            }
        }

        private mutating func enter(_ level: Int) -> Bool {
            depth = max(depth, level)
            return level <= DocumentLimits.maximumDepth
        }
    }
}

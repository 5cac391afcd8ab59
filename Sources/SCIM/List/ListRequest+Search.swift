import Provisioning

extension ListRequest {
    /// A `POST …/.search` body (RFC 7644 §3.4.3): the GET parameters as a SearchRequest message, with
    /// `attributes`/`excludedAttributes` as arrays of names and `startIndex`/`count` as integers. It
    /// is read into the same parameters a GET has, so both ways of searching share every rule.
    public init(searchRequest body: JSONObject, for type: ResourceType, maxCount: Int = ListRequest.defaultMaxCount) throws(SCIMError) {
        var parameters: [(name: String, value: String)] = []
        for (key, value) in body.pairs {
            guard let name = Self.searchParameters.first(where: { $0.equalsIgnoringASCIICase(key) }) else {
                guard key.equalsIgnoringASCIICase("schemas") else {
                    throw .invalidValue(
                        "'\(key)' is not a SearchRequest attribute; expected \(Self.searchParameters.joined(separator: ", ")).")
                }
                continue
            }
            parameters.append((name, try Self.parameterText(value, name: name)))
        }
        try self.init(parameters: parameters, for: type, maxCount: maxCount)
    }

    static let searchParameters = ["attributes", "excludedAttributes", "filter", "sortBy", "sortOrder", "startIndex", "count"]

    private static func parameterText(_ value: JSONValue, name: String) throws(SCIMError) -> String {
        switch (name, value) {
        case ("attributes", .array(let names)), ("excludedAttributes", .array(let names)):
            var texts: [String] = []
            for element in names {
                guard case .string(let text) = element else { throw .invalidValue("'\(name)' must be an array of attribute names.") }
                texts.append(text)
            }
            return texts.joined(separator: ",")
        case ("startIndex", .number(let number)), ("count", .number(let number)):
            guard let integer = Int(exactly: number) else { throw .invalidValue("'\(name)' must be an integer, got \(number).") }
            return String(integer)
        case ("startIndex", _), ("count", _):
            throw .invalidValue("'\(name)' must be an integer.")
        case (_, .string(let text)):
            return text
        case (_, .array), (_, .object), (_, .number), (_, .bool), (_, .null):
            throw .invalidValue("'\(name)' must be a string.")
        }
    }
}

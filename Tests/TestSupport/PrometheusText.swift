import Foundation

/// A parser for the Prometheus text exposition format (0.0.4), enough to check `/metrics` in tests:
/// every sample line must parse, or `parse` throws.
public struct PrometheusText: Sendable {
    public struct Sample: Sendable, Hashable {
        public let name: String
        public let labels: [String: String]
        public let value: Double
    }

    public let samples: [Sample]
    /// `# TYPE name kind` lines.
    public let types: [String: String]

    public init(parsing text: String) throws {
        var samples: [Sample] = []
        var types: [String: String] = [:]
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                if parts.count == 4 { types[String(parts[2])] = String(parts[3]) }
                continue
            }
            if line.hasPrefix("#") || line.isEmpty { continue }
            samples.append(try Self.sample(String(line)))
        }
        self.samples = samples
        self.types = types
    }

    /// The samples named `name` whose labels include `labels`.
    public func values(_ name: String, _ labels: [String: String] = [:]) -> [Double] {
        samples.filter { sample in sample.name == name && labels.allSatisfy { sample.labels[$0.key] == $0.value } }.map(\.value)
    }

    public func sum(_ name: String, _ labels: [String: String] = [:]) -> Double { values(name, labels).reduce(0, +) }

    static func sample(_ line: String) throws -> Sample {
        let bad = NSError(domain: "PrometheusText", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot parse: \(line)"])
        var name = line
        var labels: [String: String] = [:]
        var rest = ""
        if let open = line.firstIndex(of: "{"), let close = line.lastIndex(of: "}") {
            name = String(line[..<open])
            labels = try Self.labels(String(line[line.index(after: open)..<close]), bad)
            rest = String(line[line.index(after: close)...])
        } else {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { throw bad }
            name = String(parts[0])
            rest = String(parts[1])
        }
        let fields = rest.split(separator: " ")
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }), let first = fields.first,
            let value = Double(first == "+Inf" ? "inf" : String(first))
        else { throw bad }
        return Sample(name: name, labels: labels, value: value)
    }

    static func labels(_ text: String, _ bad: any Error) throws -> [String: String] {
        var labels: [String: String] = [:]
        var remaining = Substring(text)
        while !remaining.isEmpty {
            guard let equals = remaining.firstIndex(of: "="), remaining[remaining.index(after: equals)...].hasPrefix("\"") else {
                throw bad
            }
            let key = String(remaining[..<equals])
            var index = remaining.index(equals, offsetBy: 2)
            var value = ""
            while index < remaining.endIndex, remaining[index] != "\"" {
                if remaining[index] == "\\" { index = remaining.index(after: index) }
                guard index < remaining.endIndex else { throw bad }
                value.append(remaining[index])
                index = remaining.index(after: index)
            }
            guard index < remaining.endIndex else { throw bad }
            labels[key] = value
            remaining = remaining[remaining.index(after: index)...]
            if remaining.hasPrefix(",") { remaining = remaining.dropFirst() }
        }
        return labels
    }
}

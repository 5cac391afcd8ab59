import Provisioning

/// One lexical unit of a filter (RFC 7644 §3.4.2.2, Figure 1) with its 1-based position, so errors
/// can point at it. Keywords and operators are plain words; the parser gives them meaning by context.
struct FilterToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word(String)
        case string(String)
        case number(Double)
        case leftParen, rightParen, leftBracket, rightBracket
        case end
    }

    var kind: Kind
    var position: Int
    /// The token as written, for error details.
    var text: String

    var described: String {
        kind == .end ? "the end of the filter" : "'\(text)'"
    }

    func isKeyword(_ keyword: String) -> Bool {
        if case .word(let word) = kind { return word.equalsIgnoringASCIICase(keyword) }
        return false
    }
}

/// Splits filter text into tokens: words (attribute paths, operators, keywords), JSON strings with
/// their escapes, JSON numbers, and the four brackets.
enum FilterLexer {
    static func tokens(_ text: String) throws(SCIMError) -> [FilterToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [FilterToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let position = index + 1
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            if let bracket = bracketKind(scalar) {
                tokens.append(FilterToken(kind: bracket, position: position, text: String(scalar)))
                index += 1
                continue
            }
            if scalar == "\"" {
                let end = try closingQuote(scalars, from: index)
                let literal = String(String.UnicodeScalarView(scalars[index...end]))
                let decoded: String
                do {
                    decoded = try JSONParser.parse(literal).stringValue ?? ""
                } catch {
                    throw .invalidFilter("invalid string at position \(position): \(error.reason)")
                }
                tokens.append(FilterToken(kind: .string(decoded), position: position, text: literal))
                index = end + 1
                continue
            }
            var end = index
            while end < scalars.count, !scalars[end].properties.isWhitespace, bracketKind(scalars[end]) == nil,
                scalars[end] != "\""
            {
                end += 1
            }
            let word = String(String.UnicodeScalarView(scalars[index..<end]))
            if startsNumber(scalars, at: index) {
                guard case .number(let number)? = try? JSONParser.parse(word) else {
                    throw .invalidFilter("invalid number '\(word)' at position \(position)")
                }
                tokens.append(FilterToken(kind: .number(number), position: position, text: word))
            } else {
                tokens.append(FilterToken(kind: .word(word), position: position, text: word))
            }
            index = end
        }
        tokens.append(FilterToken(kind: .end, position: scalars.count + 1, text: ""))
        return tokens
    }

    private static func bracketKind(_ scalar: Unicode.Scalar) -> FilterToken.Kind? {
        switch scalar {
        case "(": .leftParen
        case ")": .rightParen
        case "[": .leftBracket
        case "]": .rightBracket
        default: nil
        }
    }

    private static func startsNumber(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        if isDigit(scalars[index]) { return true }
        return scalars[index] == "-" && index + 1 < scalars.count && isDigit(scalars[index + 1])
    }

    /// The index of the quote that closes the string opened at `start`, skipping escaped characters.
    private static func closingQuote(_ scalars: [Unicode.Scalar], from start: Int) throws(SCIMError) -> Int {
        var index = start + 1
        while index < scalars.count {
            switch scalars[index] {
            case "\\": index += 2
            case "\"": return index
            default: index += 1
            }
        }
        throw .invalidFilter("unterminated string starting at position \(start + 1); add the closing '\"'")
    }
}

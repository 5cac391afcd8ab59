import ArgumentParser
import Foundation

/// The command line's mistakes, as README promises them: one line on stderr that says what to do,
/// exit code 1. `--help` and `--version` still print in full and exit 0.
extension ScimDesk {
    static func main() async {
        let arguments = joiningNegativeValues(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data("error: \(oneLine(for: error, arguments: arguments))\n".utf8))
            Foundation.exit(1)
        }
    }

    /// "`--valid-for -5d`" would read `-5d` as an option and report a missing value; a value
    /// that looks like a negative number belongs to the option before it, so the command can say
    /// what is wrong with it.
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--"), !argument.contains("="), index + 1 < arguments.count,
                arguments[index + 1].range(of: "^-[0-9]", options: .regularExpression) != nil
            {
                result.append(argument + "=" + arguments[index + 1])
                index += 2
            } else {
                result.append(argument)
                index += 1
            }
        }
        return result
    }

    /// The parser's message without its usage block, and where to read more.
    static func oneLine(for error: any Error, arguments: [String]) -> String {
        let subcommands = configuration.subcommands.map { $0.configuration.commandName ?? "" }.filter { !$0.isEmpty }
        if let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first) {
            let visible = ["console", "serve", "demo", "simulate", "idp", "token", "admin"]
            let guess = Suggestion.closest(to: first, in: visible).map { "did you mean \"\($0)\"? " } ?? ""
            return "unknown command \"\(first)\"; \(guess)commands: \(visible.joined(separator: ", ")) (scimdesk --help)"
        }
        let message = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "invalid arguments"
        let path = arguments.prefix { !$0.hasPrefix("-") }.prefix(2).joined(separator: " ")
        let first = message.prefix(1).lowercased() + message.dropFirst()
        return "\(first) (see scimdesk \(path.isEmpty ? "" : path + " ")--help)"
    }
}

/// "Did you mean …?": the closest name within a couple of typos, ignoring case.
enum Suggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let scored = candidates.map { ($0, distance(target, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(2, target.count / 3)) else { return nil }
        return best.0
    }

    /// Levenshtein distance with adjacent swaps counted as one edit ("Okat" → "Okta").
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }
}

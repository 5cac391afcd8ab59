import Foundation
import Provisioning
import TermUI

/// The `:` commands: a view name or quit. Any unique prefix works (`:tr` is `:traffic`).
enum Command: Hashable {
    case show(ViewID)
    case help
    case quit

    static let all: [(name: String, command: Command)] =
        ViewID.allCases.map { ($0.command, .show($0)) } + [("help", .help), ("quit", .quit), ("q", .quit)]

    /// The names listed when a command is unknown.
    static let names = ViewID.allCases.map(\.command) + ["q"]

    /// What the open `:` line lists beside the field.
    static let listed = ViewID.allCases.map(\.command) + ["help", "q"]

    enum Resolution: Equatable {
        case command(Command)
        case unknown
        case ambiguous([String])
    }

    /// An exact name wins; otherwise a prefix that names one command.
    static func resolve(_ text: String) -> Resolution {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !word.isEmpty else { return .unknown }
        if let exact = all.first(where: { $0.name == word }) { return .command(exact.command) }
        let matches = all.filter { $0.name.hasPrefix(word) && $0.name != "q" }
        switch matches.count {
        case 0: return .unknown
        case 1: return .command(matches[0].command)
        default: return .ambiguous(matches.map(\.name))
        }
    }
}

extension AppState {
    mutating func runCommand(_ text: String) -> [Effect] {
        switch Command.resolve(text) {
        case .command(.show(let target)):
            return show(target)
        case .command(.help):
            modal = .help(HelpState(context: keyContext))
            return []
        case .command(.quit):
            return requestQuit()
        case .ambiguous(let names):
            post(":\(text) could be " + names.map { ":" + $0 }.joined(separator: " or "), .error)
            return []
        case .unknown:
            let shown = text.trimmingCharacters(in: .whitespaces).truncated(toWidth: 12)
            post("Unknown :\(shown) — try " + Command.names.joined(separator: " "), .error)
            return []
        }
    }

    /// Tab in the command line: completes a unique prefix.
    mutating func completeCommand() {
        guard var line = input, line.purpose == .command else { return }
        if case .command = Command.resolve(line.field.text),
            let name = Command.all.first(where: { $0.name.hasPrefix(line.field.text.lowercased()) && $0.name != "q" })?.name
        {
            line.field = TextField(name)
            input = line
        }
    }
}

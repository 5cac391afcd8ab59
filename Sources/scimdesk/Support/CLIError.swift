import ArgumentParser
import Foundation
import Provisioning

/// A one-line failure for the terminal; the message says what to do.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Runs a command body, printing failures as `error: …` on stderr with exit code 1 instead of a stack of types.
func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as DomainError {
        Output.error(error.description)
        throw ExitCode.failure
    } catch let error as CLIError {
        Output.error(error.description)
        throw ExitCode.failure
    } catch let error as StoreError {
        Output.error("the database failed: \(error)")
        throw ExitCode.failure
    }
}

/// Writing to the standard streams without the console.
enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }
}

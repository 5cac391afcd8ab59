import Foundation
import Testing

/// Compares `text` with the golden file `<directory>/<name>.txt`.
///
/// Policy (the same for every module that uses golden files):
/// - file present: the text must match exactly, or the test fails with the first
///   differing line; accept an intended change by re-recording and reviewing the diff.
/// - `RECORD_GOLDEN=1`: the file is (re)written and the test passes with a printed note.
/// - file missing: it is written and the test passes with a printed note, so a new
///   screen is recorded on the first run; but when `CI` is set (CI runs with `CI=true`)
///   a missing file is a failure, because CI must never record its own expectations.
///
/// Files always end in one newline, so editors and `git diff` treat them as text.
public func assertGolden(
    _ text: String,
    named name: String,
    directory: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let path = (directory as NSString).appendingPathComponent(name + ".txt")
    let actual = text.hasSuffix("\n") ? text : text + "\n"
    let environment = ProcessInfo.processInfo.environment
    let exists = FileManager.default.fileExists(atPath: path)

    if environment["RECORD_GOLDEN"] == "1" || !exists {
        if !exists, isCI(environment) {
            Issue.record("Golden file \(name).txt is missing; record it locally and commit it.", sourceLocation: sourceLocation)
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            print("note: recorded golden file \(name).txt; review it before committing.")
        } catch {
            Issue.record("Could not write golden file \(name).txt: \(error)", sourceLocation: sourceLocation)
        }
        return
    }

    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record("Could not read golden file \(name).txt", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(
        """
        Golden file \(name).txt differs (re-run with RECORD_GOLDEN=1 to accept):
        \(firstDifference(expected: expected, actual: actual))
        """,
        sourceLocation: sourceLocation
    )
}

private func isCI(_ environment: [String: String]) -> Bool {
    guard let value = environment["CI"]?.lowercased(), !value.isEmpty else { return false }
    return value != "0" && value != "false"
}

/// The first line where the two texts differ, both versions, plus the whole actual text.
private func firstDifference(expected: String, actual: String) -> String {
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    let line =
        zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let want = line < expectedLines.count ? expectedLines[line] : "<end of file>"
    let got = line < actualLines.count ? actualLines[line] : "<end of file>"
    return """
        line \(line + 1):
          expected: |\(want)|
          actual:   |\(got)|
        actual text:
        \(actual)
        """
}

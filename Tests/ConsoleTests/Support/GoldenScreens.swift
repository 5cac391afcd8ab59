import TestSupport
import Testing

@testable import Console

/// `Golden/` beside this folder, found from `#filePath` so tests run from any directory.
let goldenDirectory: String = {
    let file = #filePath
    let support = file[..<(file.lastIndex(of: "/") ?? file.endIndex)]
    let folder = support[..<(support.lastIndex(of: "/") ?? support.endIndex)]
    return folder + "/Golden"
}()

/// Asserts the state's screen against `Golden/<name>.txt`.
func assertScreen(_ state: AppState, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    assertGolden(state.screen(), named: name, directory: goldenDirectory, sourceLocation: sourceLocation)
}

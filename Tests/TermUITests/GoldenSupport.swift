import TestSupport
import Testing

/// `Golden/` next to this file, found from `#filePath` so it works from any working directory.
let goldenDirectory: String = {
    let file = #filePath
    let folder = file[..<(file.lastIndex(of: "/") ?? file.endIndex)]
    return folder + "/Golden"
}()

/// Asserts a rendered screen against `Golden/<name>.txt`.
func assertScreen(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    assertGolden(text, named: name, directory: goldenDirectory, sourceLocation: sourceLocation)
}

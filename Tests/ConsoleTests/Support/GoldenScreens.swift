import TermUI
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

/// Asserts the state's screen against `Golden/<name>.txt`: the text, then the map of its
/// styles (colour theme), so a style on the wrong cells fails like a wrong character does.
func assertScreen(_ state: AppState, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var buffer = ScreenBuffer(width: state.width, height: state.height)
    render(state, into: &buffer, theme: .color)
    let golden = buffer.text() + "\n\n-- styles --\n" + buffer.styleMap()
    assertGolden(golden, named: name, directory: goldenDirectory, sourceLocation: sourceLocation)
}

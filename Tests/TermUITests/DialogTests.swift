import TermUI
import Testing

@Suite struct DialogTests {
    let revoke = Dialog(
        title: "Revoke Auto-Provisioning Token",
        body: [
            "Okta (okta-prod) will no longer be able to provision users or groups until a new token is generated.",
            "",
            "Type of token: bearer · created 2025-01-12",
        ],
        buttons: ["Cancel", "Revoke"],
        selectedButton: 1,
        isDestructive: true,
        theme: .monochrome
    )

    @Test func golden() {
        var buffer = ScreenBuffer(width: 80, height: 16)
        buffer.put("Identity Providers", x: 0, y: 0)
        revoke.render(into: &buffer, in: buffer.bounds)
        assertScreen(buffer.text(), named: "dialog-revoke")
    }

    @Test func asciiGolden() {
        var dialog = revoke
        dialog.border = .ascii
        dialog.selectedButton = 0
        var buffer = ScreenBuffer(width: 60, height: 14)
        dialog.render(into: &buffer, in: buffer.bounds)
        assertScreen(buffer.text(), named: "dialog-revoke-ascii")
    }

    @Test func frameIsCentredAndFits() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        let frame = revoke.frame(in: screen)
        #expect(frame.width <= 80 && frame.height <= 24)
        #expect(frame.x == (80 - frame.width) / 2)
        let tiny = Rect(x: 0, y: 0, width: 30, height: 8)
        let small = revoke.frame(in: tiny)
        #expect(small.width <= 30 && small.height <= 8)
    }

    @Test func selectedButtonIsReverseVideo() {
        var buffer = ScreenBuffer(width: 80, height: 16)
        revoke.render(into: &buffer, in: buffer.bounds)
        let frame = revoke.frame(in: buffer.bounds)
        let buttonRow = frame.maxY - 3  // above the bottom padding row and the border
        let line = buffer.line(buttonRow)
        let revokeColumn = line.distance(from: line.startIndex, to: line.firstRange(of: "[ Revoke ]")!.lowerBound)
        #expect(buffer[revokeColumn + 2, buttonRow].style.reverse)
        let cancelColumn = line.distance(from: line.startIndex, to: line.firstRange(of: "[ Cancel ]")!.lowerBound)
        #expect(!buffer[cancelColumn + 2, buttonRow].style.reverse)
    }
}

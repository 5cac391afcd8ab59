import Foundation
import TermUI
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects what a well-formedness check needs from the parse.
final class SVGProbe: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        elements[name, default: 0] += 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}

@Suite struct SVGTests {
    func sample() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 40, height: 4)
        buffer.put("Users <&> \"quotes\" 'apos'", x: 0, y: 0, style: Style(foreground: .cyan, bold: true))
        buffer.put("田中 太郎 👩‍💻 🇯🇵 e\u{0301}", x: 0, y: 1)
        buffer.put(" selected ", x: 0, y: 2, style: .reverse)
        buffer.put("red on blue", x: 0, y: 3, style: Style(foreground: .red, background: .blue, underline: true))
        return buffer
    }

    func parse(_ svg: String) -> (ok: Bool, probe: SVGProbe) {
        let parser = XMLParser(data: Data(svg.utf8))
        let probe = SVGProbe()
        parser.delegate = probe
        return (parser.parse(), probe)
    }

    @Test func isWellFormedXML() {
        let (ok, probe) = parse(sample().svg(title: "ScimDesk — Users <demo>"))
        #expect(ok)
        #expect(probe.elements["svg"] == 1)
        #expect(probe.elements["title"] == 1)
        #expect((probe.elements["text"] ?? 0) > 5)
        #expect(probe.text.contains("<&>"))
        #expect(probe.text.contains("👩‍💻"))
        #expect(probe.text.contains("ScimDesk — Users <demo>"))
    }

    @Test func escapesMarkup() {
        let svg = sample().svg()
        #expect(svg.contains("&lt;&amp;&gt;"))
        #expect(svg.contains("&quot;quotes&quot;"))
        #expect(!svg.contains("<&>"))
    }

    @Test func wideCharactersAreOwnElementsOnTheGrid() {
        let svg = sample().svg()
        // Row 1 starts at y = 12 (padding) + 18 + 14 (baseline); 中 is in column 2 → x = 12 + 2 * 9.
        #expect(svg.contains(##"<text x="30" y="44" fill="#d7dae0">中</text>"##))
        // The emoji sits after "田中 太郎 " (10 columns).
        #expect(svg.contains(##"<text x="102" y="44" fill="#d7dae0">👩‍💻</text>"##))
    }

    @Test func coloursAndAttributes() {
        let svg = sample().svg()
        #expect(svg.contains(##"fill="#56b6c2" textLength"##))  // cyan text run
        #expect(svg.contains(##"font-weight="bold""##))
        #expect(svg.contains(##"<rect x="12" y="48" width="90" height="18" fill="#d7dae0"/>"##))  // reverse video
        #expect(svg.contains(##"fill="#61afef"/>"##))  // blue background
        #expect(svg.contains(##"text-decoration="underline""##))
    }

    @Test func controlCharactersCannotBreakTheDocument() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer[0, 0] = Cell("\u{1}")
        let (ok, _) = parse(buffer.svg(title: "bad \u{1} title"))
        #expect(ok)
    }
}

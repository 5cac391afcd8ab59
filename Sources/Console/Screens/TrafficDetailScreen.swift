import Foundation
import Provisioning
import SCIMClient
import TermUI

/// One request: the request line, status, latency, IdP, what it did, who sent it, and both bodies.
struct TrafficDetailScreen: PageScreen {
    var helpTitle: String { "Request detail" }
    var keySections: [KeySection] { Keymap.detailSections(helpTitle, copyLabel: "Copy request id") }

    func title(_ state: AppState) -> ViewTitle {
        guard let record = state.traffic.detail else { return ViewTitle(crumbs: ["Traffic"], info: []) }
        return ViewTitle(
            crumbs: ["Traffic", "\(record.method) \(record.status)"], info: [Span(Format.clock(record.time) + " UTC", .muted)])
    }

    func document(_ state: AppState, width: Int) -> Document? { state.traffic.detail.map { Self.document($0, width: width) } }

    func scroll(_ state: AppState) -> Int { state.traffic.detailScroll.offset }

    func setScroll(_ position: ScrollPosition, on state: inout AppState) { state.traffic.detailScroll = position }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        switch action {
        case .move(let movement): move(movement, on: &state)
        case .back: state.traffic.detail = nil
        case .copyID: return state.copy(state.traffic.detail.map { ("request id", $0.requestID) })
        default: break
        }
        return []
    }

    static func document(_ record: TrafficRecord, width: Int) -> Document {
        var doc = Document(width: width)
        doc.line(Span(" \(record.method) ", .strong), Span(record.path, .strong))
        doc.blank()
        let statusRole: Role = record.status >= 500 ? .danger : record.status >= 400 ? .warning : .ok
        doc.field("Status", "\(record.status) \(HTTPReason.phrase(record.status))", statusRole)
        doc.field("Latency", Format.latency(microseconds: record.latencyMicroseconds))
        doc.field("IdP", record.idpName ?? "— (not authenticated)")
        doc.field("Time", "\(Format.day(record.time)) \(Format.clock(record.time)) UTC")
        doc.field("Request ID", record.requestID, .muted)
        doc.field("What it did", record.summary)
        if let decoded = record.path.removingPercentEncoding, decoded != record.path { doc.field("Decoded path", decoded) }
        doc.field("From", record.remoteAddress ?? "")
        doc.field("User-Agent", record.userAgent ?? "")
        if let headers = record.requestHeaders, !headers.isEmpty {
            doc.heading(" Request headers")
            doc.code(headers)
        }
        body("Request body", record.requestBody, into: &doc)
        body("Response body", record.responseBody, into: &doc)
        return doc
    }

    static func body(_ title: String, _ text: String?, into doc: inout Document) {
        doc.heading(" " + title)
        guard let text, !text.isEmpty else { return doc.paragraph("(empty)", .muted) }
        doc.code(JSONText.pretty(text))
    }
}

/// JSON from the store or the wire, re-indented for reading; anything else as it is.
enum JSONText {
    static func pretty(_ text: String) -> String {
        guard let value = try? JSONParser.parse(text) else { return text }
        return value.serialized(pretty: true)
    }
}

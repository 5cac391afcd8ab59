import Foundation
import Provisioning
import TermUI

/// Settings › Identity Providers › Okta: the General, Advanced and Held sections. Advanced holds
/// User Auto-Provisioning (SCIM): the base URL, the token, the breaker policy and the steps on the
/// IdP's side; Held, what the mass-deprovisioning breaker holds.
enum IdPEditorView {
    /// Rows above the scrolling page: the section bar, and a blank line under it unless the page
    /// needs that row (at 80×24 Advanced fits whole only with it).
    static func headerRows(lineCount: Int, contentHeight: Int) -> Int {
        lineCount > contentHeight - 2 ? 1 : 2
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard let editor = state.idps.editor else { return }
        let doc = document(state, width: rect.width)
        let (bar, page) = rect.divided(atTop: headerRows(lineCount: doc.lines.count, contentHeight: rect.height))
        var x = bar.x + 1
        for section in IdPEditorState.Section.allCases {
            let active = section == editor.section
            // A tripped breaker shows on the section bar itself, wherever the operator is.
            let alarm = section == .held && (state.editedIdP?.isHolding ?? false)
            let label = " \(section.title)\(alarm ? " ⚠" : "") "
            x += buffer.put(label, x: x, y: bar.y, style: active ? palette.theme.tabActive : palette.theme.tabInactive) + 1
        }
        buffer.put("←/→ switch section", x: x + 1, y: bar.y, style: palette.theme.muted, maxWidth: max(0, bar.maxX - x - 1))
        doc.render(into: &buffer, in: page, scroll: editor.scroll.offset, palette: palette)
    }

    static func document(_ state: AppState, width: Int) -> Document {
        var doc = Document(width: width)
        guard let editor = state.idps.editor, let summary = state.editedIdP else {
            doc.paragraph("This identity provider no longer exists.", .muted)
            return doc
        }
        switch editor.section {
        case .general: general(summary, state, into: &doc)
        case .advanced: advanced(summary, state, into: &doc)
        case .held: HeldPage.write(summary, state, into: &doc)
        }
        return doc
    }

    static func general(_ summary: IdPSummary, _ state: AppState, into doc: inout Document) {
        let idp = summary.provider
        let token = TokenStatusText(summary.tokenState(at: state.now), now: state.now)
        doc.field("Name", idp.name, .strong)
        doc.field("Kind", idp.kind.displayName)
        doc.field("Created", Format.minute(idp.created))
        doc.field("ID", idp.id.uuidString.lowercased(), .muted)
        doc.field("Token", token.text, role(token.severity))
        doc.blank()
        doc.line(Span("  n ", .accent), Span("Rename", .strong), Span("   D ", .danger), Span("Remove this identity provider", .strong))
        doc.blank()
        doc.paragraph(
            "User Auto-Provisioning (SCIM) is under Advanced (→): the base URL, the token and the steps in \(idp.kind.consoleName).", .muted
        )
    }

    static func advanced(_ summary: IdPSummary, _ state: AppState, into doc: inout Document) {
        let idp = summary.provider
        let token = TokenStatusText(summary.tokenState(at: state.now), now: state.now)
        doc.line(Span(" User Auto-Provisioning (SCIM)", .heading))
        doc.field("SCIM base URL", state.scimBaseURL ?? state.listener.noURLText, state.scimBaseURL == nil ? .warning : .accent)
        BaseURLWarning.write(state.scimBaseURL, into: &doc)
        let hint = summary.newestToken.map { " · \($0.hint)…" } ?? ""
        doc.field("Token", token.text + hint, role(token.severity))
        // During a rotation overlap the previous token still works: it must not be invisible.
        for older in summary.workingTokens(at: state.now) where older.id != summary.newestToken?.id {
            let used = older.lastUsed.map { "last used " + Format.ago($0, now: state.now) } ?? "never used"
            doc.field(
                "Also working",
                "\(older.hint)… until \(Format.minute(older.endsAt)) (\(TokenStatusText.soon(older.endsAt, now: state.now))) · \(used)",
                .warning)
        }
        let last = state.lastRequest(of: summary)
        var lastText = last.map { Format.minute($0) + " · " + Format.ago($0, now: state.now) } ?? "never"
        // A refused request is the one an admin must see: say what the IdP was told. An expected
        // answer (a 404 to the IdP's DELETE of what is gone) needs nobody and is not news here.
        let newest = state.lastTraffic(of: summary.id)
        if let newest, newest.time == last, TrafficOutcome(newest) == .error { lastText += " · \(newest.status) \(newest.summary)" }
        // One line: the full answer is in Traffic, and every line here costs the steps below at 80×24.
        lastText = lastText.truncated(toWidth: max(8, doc.width - 19))
        doc.field("Last request", lastText, (newest?.status ?? 0) == 401 && newest?.time == last ? .danger : .text)
        HeldPage.policyField(summary, into: &doc)
        doc.blank()
        // One line for both actions, so the Okta steps fit under them at 80×24.
        doc.line(
            Span("  g ", .accent), Span("Generate Auto-Provisioning Token", .strong),
            Span("   x ", .danger), Span("Revoke Auto-Provisioning Token", .strong)
        )

        doc.blank()
        ProvisioningSteps.write(for: idp, baseURL: state.scimBaseURL, into: &doc)
    }

    static func role(_ severity: TokenStatusText.Severity) -> Role {
        switch severity {
        case .normal: .text
        case .muted: .muted
        case .warning: .warning
        case .danger: .danger
        }
    }
}

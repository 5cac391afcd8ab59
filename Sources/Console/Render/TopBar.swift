import Foundation
import Provisioning
import TermUI

/// Row 0: "ScimDesk │ 0.0.0.0:8443 running │ 4.2 req/s ▁▃▅ │ 3 errors in 5 min    ⚠ Okta token expires in 12 days".
///
/// When it does not fit, the least useful parts go first: the sparkline, then the long
/// error wording, then the rate; the listener and token warnings stay.
enum TopBar {
    struct Part {
        var text: String
        var style: Style
        /// What goes before it: a bar between facts, a space before the rate's sparkline.
        var separator = " │ "
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let theme = palette.theme
        let bar = theme.statusBar
        buffer.fill(rect, with: bar)
        let stats = state.figures
        // A tripped breaker outranks every token warning: deprovisioning waits for an operator.
        let alarms = state.idps.items.compactMap { BreakerStatusText.alarm(for: $0) }
        let warnings = alarms + state.idps.items.compactMap { TokenStatusText.warning(for: $0, now: state.now) }
        let chipStyle = alarms.isEmpty ? theme.statusWarning : theme.statusError
        let more = warnings.count > 1 ? " (+\(warnings.count - 1))" : ""

        let listener = Part(text: state.listener.summary, style: state.listener.isHealthy ? bar : theme.statusError)
        let rate = Part(text: String(format: "%.1f req/s", stats.rate), style: bar)
        let errorStyle = stats.errors > 0 ? theme.statusError : bar
        let errorsLong = Part(text: stats.errors == 1 ? "1 error in 5 min" : "\(stats.errors) errors in 5 min", style: errorStyle)
        let errorsShort = Part(text: "\(stats.errors) err", style: errorStyle)
        let spark = Part(text: Sparkline.bars(stats.perSecond, width: 12), style: bar, separator: " ")
        // Drift is a security event, not an error: counted apart, as a warning, and kept longest.
        let drift = stats.drift > 0 ? [Part(text: "⚠ \(stats.drift) drift", style: theme.statusWarning)] : []

        let candidates: [[Part]] = [
            [listener, rate, spark, errorsLong] + drift, [listener, rate, errorsLong] + drift, [listener, rate, errorsShort] + drift,
            [listener, errorsShort] + drift, [listener] + drift, [listener],
        ]
        // Long warning wording first; the short one before giving up the rate or errors.
        let wordings = [warnings.first.map { $0.long + more }, warnings.first.map { $0.short + more }]
        var choice: (parts: [Part], warning: String?) = ([listener], wordings[1])
        search: for parts in candidates {
            for warning in wordings {
                let warningWidth = warning.map(chipWidth) ?? 0
                if width(of: parts) <= rect.width - 1 - warningWidth {
                    choice = (parts, warning)
                    break search
                }
            }
        }
        let (parts, warning) = choice
        let warningWidth = warning.map(chipWidth) ?? 0
        var x = rect.x + 1
        x += buffer.put("ScimDesk", x: x, y: rect.y, style: bar.merged(over: .bold).with(bold: true))
        for part in parts {
            x += buffer.put(part.separator, x: x, y: rect.y, style: bar, maxWidth: max(0, rect.maxX - x))
            x += buffer.put(part.text.truncated(toWidth: max(0, rect.maxX - x - warningWidth)), x: x, y: rect.y, style: part.style)
        }
        guard let warning else { return }
        let shown = warning.truncated(toWidth: max(0, rect.maxX - x - 4))
        buffer.put(" " + shown + " ", x: rect.maxX - 1 - (shown.displayWidth + 2), y: rect.y, style: chipStyle)
    }

    /// The warning chip " ⚠ … " with a gap before it and a margin after it.
    static func chipWidth(_ warning: String) -> Int { warning.displayWidth + 4 }

    /// "ScimDesk" plus each part and its separator.
    static func width(of parts: [Part]) -> Int {
        "ScimDesk".count + parts.reduce(0) { $0 + $1.separator.displayWidth + $1.text.displayWidth }
    }
}

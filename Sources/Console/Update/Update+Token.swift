import Foundation
import Provisioning
import TermUI

extension AppState {
    /// `g`: generate at once, or ask first when a working token would be replaced.
    mutating func requestGenerate() -> [Effect] {
        guard let summary = editedIdP else { return [] }
        let name = summary.provider.name
        if case .active = summary.tokenState(at: now) {
            let overlaps: [(String, Int)] = [("Now", 0), ("1 hour", 3_600), ("1 day", 86_400), ("7 days", 7 * 86_400)]
            modal = .confirm(
                Confirmation(
                    title: "Replace the token of \(name)?",
                    body: [
                        "\(name) has a working token. How long should it keep working next to the new one? Long enough to paste the new token into \(name): with Now, \(name) cannot provision until you do."
                    ],
                    options: overlaps.map { label, seconds in
                        Confirmation.Option(label: label, action: .generateToken(idpID: summary.id, overlapSeconds: seconds))
                    }
                ))
            return []
        }
        post("Generating a token for \(name)…")
        return [.generateToken(idpID: summary.id)]
    }

    /// `r`: revoking always asks first.
    mutating func requestRevoke() -> [Effect] {
        guard let summary = editedIdP else { return [] }
        let name = summary.provider.name
        guard case .active = summary.tokenState(at: now) else {
            post("\(name) has no working token to revoke", .warning)
            return []
        }
        modal = .confirm(
            Confirmation(
                title: "Revoke the token of \(name)?",
                body: [
                    "\(name) stops provisioning at once: every request it sends is refused (401) until you generate a new token and paste it into \(name)."
                ],
                confirmLabel: "Revoke token",
                action: .revokeToken(idpID: summary.id)
            ))
        return []
    }

    /// Opens the show-once dialog. The secret goes into the dialog and nowhere else.
    mutating func tokenGenerated(_ token: GeneratedToken) -> [Effect] {
        modal = .tokenReveal(
            TokenReveal(
                idpName: token.idpName, secret: token.secret, expires: token.expires,
                validityDays: Format.days(from: token.created, to: token.expires)
            ))
        status = nil
        idpsLoading = true
        return [.loadIdentityProviders]
    }

    mutating func tokenRevoked(idpName: String, count: Int) -> [Effect] {
        post(count == 0 ? "\(idpName) had no working token" : "Revoked the token of \(idpName); it can no longer provision", .success)
        idpsLoading = true
        return [.loadIdentityProviders]
    }
}

import Foundation
import Provisioning
import TermUI

extension AppState {
    /// `g`: generate at once, or ask first when a working token would be replaced.
    mutating func requestGenerate() -> [Effect] {
        guard let summary = editedIdP else { return [] }
        let name = summary.provider.name
        if case .active = summary.tokenState(at: now) {
            modal = .confirm(
                Confirmation(
                    title: "Replace the token of \(name)?",
                    body: [
                        "\(name) has a working token. A new one replaces it: the current token stops working at once, and \(name) cannot provision until you paste the new token."
                    ],
                    confirmLabel: "Generate new token",
                    action: .generateToken(idpID: summary.id)
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

import TermUI

/// General and Advanced: rename, remove, and User Auto-Provisioning (SCIM) — generate and revoke
/// the token, copy the base URL, set the breaker policy.
struct IdPEditorScreen: EditorScreen {
    var keySections: [KeySection] {
        let keys = Self.sectionKeys
        return [
            KeySection(
                "Edit identity provider",
                [
                    .char("g", "Generate token", .generateToken),
                    // Not r: r reloads in every list, and a reflex must never revoke a token.
                    .char("x", "Revoke token", .revokeToken, destructive: true),
                    // The URL is the other half of what the admin pastes into the IdP.
                    .char("c", "Copy base URL", .copyBaseURL),
                    keys[0],
                    .char("n", "Rename", .renameIdentityProvider, footer: false),
                    .char("D", "Remove the IdP", .removeIdentityProvider, destructive: true, footer: false),
                    keys[1],
                    .char("b", "Set the breaker policy", .editBreakerPolicy, footer: false),
                ]),
            Keymap.textNavigation, Keymap.global,
        ]
    }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        if let shared = performShared(action, key: key, on: &state) { return shared }
        switch action {
        case .generateToken: return state.requestGenerate()
        case .revokeToken: return state.requestRevoke()
        case .copyBaseURL: return state.copyBaseURL()
        case .renameIdentityProvider: return state.startRename()
        case .removeIdentityProvider: return state.startRemove()
        default: return []
        }
    }
}

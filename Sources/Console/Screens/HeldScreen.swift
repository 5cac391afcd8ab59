import TermUI

/// Held: what the mass-deprovisioning breaker holds, and the operator's two decisions. Capitals,
/// so neither is one stray lowercase key away; both ask first.
struct HeldScreen: EditorScreen {
    var keySections: [KeySection] {
        let keys = Self.sectionKeys
        return [
            KeySection(
                "Held by the breaker",
                [
                    .char("R", "Release", .releaseBreaker, destructive: true),
                    .char("K", "Keep holding", .keepHolding, destructive: true),
                    keys[0], keys[1],
                    .char("b", "Set the breaker policy", .editBreakerPolicy, footer: false),
                ]),
            Keymap.textNavigation, Keymap.global,
        ]
    }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        if let shared = performShared(action, key: key, on: &state) { return shared }
        switch action {
        case .releaseBreaker: return state.requestRelease()
        case .keepHolding: return state.requestKeepHolding()
        default: return []
        }
    }
}

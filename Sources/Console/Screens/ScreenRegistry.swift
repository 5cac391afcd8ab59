/// The registration: which screen each tab, each key context and each dialog is. A new view is
/// one screen file plus a case here (and in ``ViewID``); nothing else switches over which screen
/// is showing.
extension ViewID {
    var screen: any TabScreen {
        switch self {
        case .settings: SettingsScreen()
        case .identityProviders: IdPsScreen()
        case .users: UsersScreen()
        case .groups: GroupsScreen()
        case .traffic: TrafficScreen()
        case .audit: AuditScreen()
        case .admins: AdminsScreen()
        }
    }
}

extension KeyContext {
    var screen: any Screen {
        switch self {
        case .view(let view): view.screen
        case .detail(.users): UserDetailScreen()
        case .detail(.groups): GroupDetailScreen()
        case .detail(.audit): AuditEventScreen()
        case .detail(.traffic): TrafficDetailScreen()
        case .idpEditor: IdPEditorScreen()
        case .heldEditor: HeldScreen()
        // A detail of a tab without one: its list.
        case .detail(let view): view.screen
        case .filterInput: InputLineScreen(isCommand: false)
        case .commandInput: InputLineScreen(isCommand: true)
        case .confirm: ConfirmScreen()
        case .tokenReveal: TokenRevealScreen()
        case .idpForm: IdPFormScreen()
        case .adminForm: AdminFormScreen()
        case .nameForm: NameFormScreen()
        case .help: HelpScreen()
        }
    }
}

extension Modal {
    /// The dialog's screen, as a context.
    var context: KeyContext {
        switch self {
        case .help: .help
        case .confirm: .confirm
        case .tokenReveal: .tokenReveal
        case .addIdentityProvider: .idpForm
        case .addAdmin: .adminForm
        case .nameIdentityProvider: .nameForm
        }
    }
}

extension AppState {
    /// The page under any dialog or input line: the tab's list, or what was opened from it.
    var pageContext: KeyContext { view.screen.onTop(self) }

    /// The screen of ``pageContext``.
    var page: any Screen { pageContext.screen }
}

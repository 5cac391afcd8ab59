/// The registration: which screen each tab and each key context is. A new view is one screen
/// file plus a case here (and in ``ViewID``); nothing else switches over which screen is showing.
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
    var screen: (any Screen)? {
        switch self {
        case .view(let view): view.screen
        case .detail(.users): UserDetailScreen()
        case .detail(.groups): GroupDetailScreen()
        case .detail(.audit): AuditEventScreen()
        case .detail(.traffic): TrafficDetailScreen()
        case .idpEditor: IdPEditorScreen()
        case .heldEditor: HeldScreen()
        default: nil
        }
    }
}

extension AppState {
    /// The page under any dialog or input line: the tab's list, or what was opened from it.
    var pageContext: KeyContext { view.screen.onTop(self) }

    /// The screen of ``pageContext``.
    var page: any Screen { pageContext.screen! }
}

/// The top-level views, in tab order. The tab number (1–7) is also the key that selects it.
///
/// What a view is, its keys and how it looks belong to its screen (see ``screen``).
public enum ViewID: Int, CaseIterable, Sendable, Hashable {
    case settings, identityProviders, users, groups, traffic, audit, admins

    /// The tab label; short so all seven fit in 80 columns.
    public var title: String { screen.tabTitle }

    /// The `:` command that opens the view.
    public var command: String { screen.command }

    /// 1-based, as shown in the tab bar.
    public var number: Int { rawValue + 1 }

    /// The view for a tab number, if there is one.
    public init?(number: Int) { self.init(rawValue: number - 1) }

    /// The breadcrumb of the view's list level.
    var breadcrumb: [String] { screen.breadcrumb }
}

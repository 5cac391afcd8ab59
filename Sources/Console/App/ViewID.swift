/// The top-level views, in tab order. The tab number (1–7) is also the key that selects it.
public enum ViewID: Int, CaseIterable, Sendable, Hashable {
    case settings, identityProviders, users, groups, traffic, audit, admins

    /// The tab label; short so all seven fit in 80 columns.
    public var title: String {
        switch self {
        case .settings: "Settings"
        case .identityProviders: "IdPs"
        case .users: "Users"
        case .groups: "Groups"
        case .traffic: "Traffic"
        case .audit: "Audit"
        case .admins: "Admins"
        }
    }

    /// The `:` command that opens the view.
    public var command: String {
        switch self {
        case .settings: "settings"
        case .identityProviders: "idps"
        case .users: "users"
        case .groups: "groups"
        case .traffic: "traffic"
        case .audit: "audit"
        case .admins: "admins"
        }
    }

    /// 1-based, as shown in the tab bar.
    public var number: Int { rawValue + 1 }

    /// The view for a tab number, if there is one.
    public init?(number: Int) { self.init(rawValue: number - 1) }

    /// Whether `/` filters this view.
    var isFilterable: Bool {
        switch self {
        case .users, .groups, .traffic, .audit: true
        case .settings, .identityProviders, .admins: false
        }
    }

    /// The breadcrumb of the view's list level.
    var breadcrumb: [String] {
        switch self {
        case .settings: ["Settings"]
        case .identityProviders: ["Settings", "Identity Providers"]
        case .users: ["Users"]
        case .groups: ["Groups"]
        case .traffic: ["Traffic"]
        case .audit: ["Audit log"]
        case .admins: ["Settings", "Console Admins"]
        }
    }
}

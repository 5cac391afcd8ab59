import TermUI

/// Sample data shaped like the console's Users view.
enum Fixtures {
    static let userColumns = [
        TableColumn("User name", width: .flexible(weight: 2, min: 20), priority: 10),
        TableColumn("Display name", width: .flexible(weight: 2, min: 10), priority: 5),
        TableColumn("IdP", width: .fixed(8), priority: 4),
        TableColumn("Status", width: .fixed(11), priority: 8),
        TableColumn("Groups", width: .fixed(6), alignment: .right, priority: 2),
        TableColumn("Last sync", width: .fixed(16), priority: 1),
    ]

    static let userRows: [TableRow] = [
        ["alice@example.com", "Alice Example", "okta", "active", "3", "2025-01-12 09:14"],
        ["tanaka@example.jp", "田中 太郎", "entra", "active", "12", "2025-01-12 09:15"],
        TableRow(["bob@example.com", "Bob Builder", "okta", "deactivated", "0", "2024-12-30 17:02"], style: .dim),
        ["dev@example.com", "👩‍💻 Dev Ops", "okta", "active", "1", "2025-01-11 22:40"],
        [
            "long.name.that.does.not.fit@very-long-domain.example.com", "Someone With A Really Long Name", "entra", "active", "7",
            "2025-01-10 08:00",
        ],
    ]

    static func usersTable(selected: Int? = 1, theme: Theme = .monochrome) -> Table {
        Table(columns: userColumns, rows: userRows, selectedRow: selected, theme: theme)
    }
}

import Foundation

/// The text of `scimdesk.service`: least privilege, restart on failure, reload = SIGHUP (certificate),
/// stop = SIGTERM with time for the drain.
struct SystemdUnit {
    let binary: String
    let database: String
    let user: String?
    let serveArguments: [String]

    var dataDirectory: String { URL(fileURLWithPath: database).deletingLastPathComponent().path }

    /// Ports below 1024 need one capability; nothing else is granted.
    var bindsPrivilegedPort: Bool {
        guard let index = serveArguments.firstIndex(of: "--listen"), index + 1 < serveArguments.count,
            let port = serveArguments[index + 1].split(separator: ":").last.flatMap({ Int($0) })
        else { return false }
        return port < 1024
    }

    var text: String {
        let command = ([binary, "serve", "--database", database, "--log-format", "json"] + serveArguments).map(Self.quoted)
        var service = [
            "Type=exec",
            "ExecStart=\(command.joined(separator: " "))",
            "ExecReload=/bin/kill -HUP $MAINPID",
            "KillSignal=SIGTERM",
            "TimeoutStopSec=15",
            "Restart=on-failure",
            "RestartSec=2",
            "NoNewPrivileges=yes",
            "ProtectSystem=strict",
            "ProtectHome=read-only",
            "ReadWritePaths=\(Self.quoted(dataDirectory))",
            "PrivateTmp=yes",
            "PrivateDevices=yes",
            "ProtectKernelTunables=yes",
            "ProtectKernelModules=yes",
            "ProtectControlGroups=yes",
            "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
            "RestrictNamespaces=yes",
            "LockPersonality=yes",
            "SystemCallArchitectures=native",
            "UMask=0077",
        ]
        if let user { service.insert(contentsOf: ["User=\(user)", "Group=\(user)"], at: 0) }
        if bindsPrivilegedPort {
            service += ["AmbientCapabilities=CAP_NET_BIND_SERVICE", "CapabilityBoundingSet=CAP_NET_BIND_SERVICE"]
        } else {
            service.append("CapabilityBoundingSet=")
        }
        return """
            # ScimDesk: install as /etc/systemd/system/scimdesk.service, then
            #   systemctl daemon-reload && systemctl enable --now scimdesk
            # systemctl reload scimdesk re-reads the TLS certificate; journalctl -u scimdesk shows JSON logs.
            [Unit]
            Description=ScimDesk SCIM listener
            After=network-online.target
            Wants=network-online.target

            [Service]
            \(service.joined(separator: "\n"))

            [Install]
            WantedBy=multi-user.target

            """
    }

    /// systemd splits ExecStart like a shell; quote what has blanks or quotes.
    static func quoted(_ word: String) -> String {
        guard word.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" }) else { return word }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// `HOST:PORT` as typed after `--listen`: `127.0.0.1:8080`, `0.0.0.0:443`, `[::1]:8080`, or `:8080`.
struct ListenAddress: Equatable, CustomStringConvertible {
    let host: String
    let port: Int

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    init(parsing text: String, option: String = "--listen") throws {
        let problem = CLIError("\(option) \(text) is not HOST:PORT, e.g. 127.0.0.1:8080 or 0.0.0.0:8443.")
        var hostPart: Substring
        let portPart: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else { throw problem }
            hostPart = text[text.index(after: text.startIndex)..<close]
            portPart = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { throw problem }
            hostPart = text[..<colon]
            portPart = text[text.index(after: colon)...]
        }
        if hostPart.isEmpty { hostPart = "0.0.0.0" }
        guard let port = Int(portPart), (0...65_535).contains(port) else {
            throw CLIError("\(option) \(text): the port must be a number from 0 to 65535.")
        }
        self.host = String(hostPart)
        self.port = port
    }

    var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

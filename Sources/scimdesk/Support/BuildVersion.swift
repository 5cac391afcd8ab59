/// The release this binary was built from: `scimdesk --version`, the serve banner and the
/// `scimdesk_build_info` series. Bump it with every release.
enum BuildVersion {
    static let current = "0.9.0"
}

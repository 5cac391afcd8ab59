import Provisioning

/// The warning under a SCIM base URL that an IdP in the cloud could not use (see `BaseURLAdvice`).
enum BaseURLWarning {
    static func write(_ url: String?, into doc: inout Document) {
        guard let url, let text = BaseURLAdvice.summary(for: url) else { return }
        doc.paragraph(text, .warning, indent: 2, prefix: "! ")
    }
}

import Provisioning

/// The numbered steps that finish the job in the IdP's own admin console, per kind.
enum ProvisioningSteps {
    static func write(for idp: IdentityProvider, baseURL: String?, into doc: inout Document) {
        let url = baseURL ?? "the SCIM base URL"
        let steps: [String]
        switch idp.kind {
        case .okta:
            doc.line(Span(" Then in Okta", .heading), Span(" — Applications › your SCIM app:", .muted))
            steps = [
                // Worded to fit 80 columns, one line per step, so Advanced fits 80×24 whole.
                "Provisioning › Configure API Integration: check Enable API integration.",
                "Base URL: paste \(url)",
                "API Token: paste the token (bearer). Leave Import Groups unchecked.",
                "Click Test API Credentials, then Save.",
                "To App: enable Create, Update User Attributes and Deactivate Users; Save.",
                "Assignments: assign the people and groups that should be provisioned.",
                "Push Groups: push each group; keep \"Push group memberships immediately\".",
            ]
        case .entra:
            doc.line(Span(" Then in Microsoft Entra ID", .heading), Span(" — Enterprise applications › your app:", .muted))
            steps = [
                "Provisioning: set Provisioning Mode to Automatic.",
                "Admin Credentials: Tenant URL = \(url)",
                "Secret Token: paste the token. Click Test Connection, then Save.",
                "Mappings: keep Provision Microsoft Entra ID Users and Groups enabled.",
                "Users and groups: assign the people and groups that should be provisioned.",
                "Set Provisioning Status to On and Save; Entra syncs about every 40 minutes.",
            ]
        case .generic:
            doc.line(Span(" Then in your SCIM client", .heading))
            steps = [
                "Base URL: \(url)",
                "Authentication: HTTP bearer token — send the token as Authorization: Bearer <token>.",
                "Users go to /Users and groups to /Groups (SCIM 2.0, RFC 7644).",
            ]
        }
        for (index, step) in steps.enumerated() {
            doc.paragraph(step, indent: 2, prefix: "\(index + 1). ")
        }
    }
}

extension IdentityProvider.Kind {
    /// Where the operator finishes the setup.
    var consoleName: String {
        switch self {
        case .okta: "Okta"
        case .entra: "Microsoft Entra ID"
        case .generic: "your SCIM client"
        }
    }
}

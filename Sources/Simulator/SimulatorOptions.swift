import Foundation

/// Which identity provider the simulator plays.
public enum SimulatedIdP: String, Sendable, Codable, CaseIterable {
    case okta, entra

    /// The name admins know the provider by, for report headings.
    public var displayName: String {
        switch self {
        case .okta: "Okta"
        case .entra: "Microsoft Entra ID"
        }
    }
}

/// How an Okta app integration writes (docs/idp-wire.md §1): OIN catalog apps PATCH for
/// (de)activation and groups, AIW (App Integration Wizard) apps do GET + PUT for everything.
public enum OktaFlavour: String, Sendable, Codable, CaseIterable {
    case oin, aiw
}

/// What to simulate and how fast. Every field has a default, so `SimulatorOptions()` is a valid run.
public struct SimulatorOptions: Sendable, Hashable {
    /// The IdP whose requests are sent.
    public var idp: SimulatedIdP
    /// Only meaningful for Okta; Entra always PATCHes.
    public var flavour: OktaFlavour
    /// How many users are assigned (the protected admin comes on top).
    public var users: Int
    /// How many groups are pushed; members are spread over them round-robin.
    public var groups: Int
    /// How many users (or groups) are in flight at once.
    public var concurrency: Int
    /// Drives every generated name and id, so two runs with the same seed send the same requests.
    public var seed: UInt64
    /// A pause after each step of each user or group: zero for tests, about half a second for a demo
    /// someone watches in the console.
    public var pace: Duration
    /// A userName (of a ScimDesk console admin) to assign like any other user. ScimDesk refuses to let an
    /// IdP create or change it, so the failures it causes are expected and do not fail the run.
    public var protectedAdmin: String?
    /// The app name in the messages an IdP admin would read ("… to app scim.example.com failed: …");
    /// nil names the target by the host of the client's base URL.
    public var appName: String?
    /// The domain of generated userNames and emails.
    public var emailDomain: String
    /// The longest the simulator waits on one `429 Retry-After` before retrying. Okta waits what the
    /// header says (5 minutes without one); a simulator run should not.
    public var maximumRetryWait: Duration
    /// What the IdP does: the everyday flow, or a mass deactivation.
    public var scenario: SimulationScenario
    /// How long held (503) deactivations of a mass deactivation are retried before the report is
    /// written: long enough for an operator to release them. Each wait is the `Retry-After`, capped
    /// by `maximumRetryWait`.
    public var retryHeldFor: Duration

    public init(
        idp: SimulatedIdP = .okta, flavour: OktaFlavour = .oin, users: Int = 20, groups: Int = 3, concurrency: Int = 4,
        seed: UInt64 = 1, pace: Duration = .zero, protectedAdmin: String? = nil, appName: String? = nil,
        emailDomain: String = "example.com", maximumRetryWait: Duration = .seconds(30), scenario: SimulationScenario = .full,
        retryHeldFor: Duration = .zero
    ) {
        self.scenario = scenario
        self.retryHeldFor = retryHeldFor
        self.idp = idp
        self.flavour = flavour
        self.users = users
        self.groups = groups
        self.concurrency = concurrency
        self.seed = seed
        self.pace = pace
        self.protectedAdmin = protectedAdmin
        self.appName = appName
        self.emailDomain = emailDomain
        self.maximumRetryWait = maximumRetryWait
    }

    /// The problems that make these options unusable, in words; empty when they are fine.
    public var problems: [String] {
        var problems: [String] = []
        if users < 0 || users > 10_000 { problems.append("users must be between 0 and 10000 (got \(users))") }
        if groups < 0 || groups > 1_000 { problems.append("groups must be between 0 and 1000 (got \(groups))") }
        if concurrency < 1 || concurrency > 64 { problems.append("concurrency must be between 1 and 64 (got \(concurrency))") }
        if pace < .zero { problems.append("pace must not be negative") }
        if retryHeldFor < .zero { problems.append("retryHeldFor must not be negative") }
        if emailDomain.isEmpty || emailDomain.contains("@") { problems.append("emailDomain must be a bare domain like example.com") }
        if let admin = protectedAdmin, admin.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append("protectedAdmin must not be blank")
        }
        if let appName, appName.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("appName must not be blank") }
        return problems
    }

    /// A short description for report headings: "Okta (OIN)", "Microsoft Entra ID".
    public var dialectName: String {
        idp == .okta ? "Okta (\(flavour.rawValue.uppercased()))" : idp.displayName
    }
}

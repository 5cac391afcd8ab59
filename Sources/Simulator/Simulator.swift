import Foundation
import SCIMClient

/// Why a simulator cannot be built: a programmer error, never an HTTP failure.
public enum SimulatorError: Error, Sendable, CustomStringConvertible {
    case invalidOptions([String])

    public var description: String {
        switch self {
        case .invalidOptions(let problems): "invalid simulator options: " + problems.joined(separator: "; ")
        }
    }
}

/// Plays an identity provider against a SCIM service provider: the requests Okta (OIN or AIW) or
/// Entra send, in the order they send them, with their headers and bodies (docs/idp-wire.md), checking
/// every answer the way the IdP would.
///
/// ```swift
/// let client = SCIMHTTPClient(baseURL: url, bearerToken: token)
/// let simulator = try Simulator(client: client, options: SimulatorOptions(idp: .okta, flavour: .aiw))
/// let report = await simulator.run()
/// print(report.text())
/// ```
///
/// Requests go only to the client's base URL and each is bounded by the client's timeout. HTTP
/// failures never throw: they become report lines worded as the IdP admin would read them.
public struct Simulator: Sendable {
    public let client: SCIMHTTPClient
    public let options: SimulatorOptions
    /// Everything the run will send, generated from the seed.
    public let plan: SimulationPlan
    let onProgress: @Sendable (String) -> Void

    /// - Parameter onProgress: one line per step per user or group, for stderr or a log; the demo
    ///   passes nothing.
    public init(
        client: SCIMHTTPClient, options: SimulatorOptions = SimulatorOptions(),
        onProgress: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(SimulatorError) {
        guard options.problems.isEmpty else { throw .invalidOptions(options.problems) }
        self.client = client
        self.options = options
        plan = SimulationPlan(options: options)
        self.onProgress = onProgress
    }

    /// Runs the whole flow and reports it. Never throws: every failure is a line of the report.
    public func run() async -> SimulationReport {
        let started = ContinuousClock.now
        let run = SimulationRun(simulator: self)
        onProgress(
            "Simulating \(options.dialectName) against \(client.baseURL.absoluteString): \(options.users) users, "
                + "\(options.groups) groups, concurrency \(options.concurrency), seed \(options.seed)")
        let abortReason = await run.perform()
        let elapsed = ContinuousClock.now - started
        let snapshot = run.collector.snapshot(steps: steps)
        var report = SimulationReport(
            idp: options.idp, flavour: options.idp == .okta ? options.flavour : nil, baseURL: client.baseURL.absoluteString,
            seed: options.seed, users: plan.users.count, groups: plan.groups.count, concurrency: options.concurrency,
            tallies: snapshot.tallies, createdUsers: snapshot.created, linkedUsers: snapshot.linked,
            relinkedGroups: snapshot.relinked, recreatedGroups: snapshot.recreated, failures: snapshot.failures, abortReason: abortReason,
            requests: run.counter.value,
            durationSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        )
        report.massDeactivation = snapshot.massDeactivation
        onProgress(report.succeeded ? "Done: all steps succeeded." : "Done: \(report.unexpectedFailures.count) failures.")
        return report
    }

    /// What messages call the server: the app name from the options, else the base URL's host.
    public var targetName: String {
        options.appName ?? client.baseURL.host ?? client.baseURL.absoluteString
    }

    /// The step kinds this IdP takes, in order.
    var steps: [SimulationStep] {
        guard options.scenario == .full else { return [.connectionTest, .assignUser, .deactivateUser] }
        return SimulationStep.allCases.filter { options.idp == .entra || $0 != .deleteUser }
    }

    func makeProvisioner(counter: RequestCounter) -> any Provisioner {
        let words = FailureMessage(idp: options.idp, appName: targetName)
        switch options.idp {
        case .okta:
            let conversation = Conversation(
                client: client, headers: [:], words: words, counter: counter, maximumRetryWait: options.maximumRetryWait)
            return OktaProvisioner(conversation: conversation, flavour: options.flavour)
        case .entra:
            let conversation = Conversation(
                client: client, headers: ["User-Agent": EntraProvisioner.userAgent], words: words, counter: counter,
                maximumRetryWait: options.maximumRetryWait
            )
            return EntraProvisioner(conversation: conversation, probeUserName: plan.probeUserName)
        }
    }
}

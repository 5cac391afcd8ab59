import Synchronization

/// Gathers outcomes from concurrent steps; the report sorts them so a seed always reads the same.
final class ReportCollector: Sendable {
    private struct State {
        var tallies: [SimulationStep: StepTally] = [:]
        /// (step order, subject order, failure)
        var failures: [(Int, Int, SimulationFailure)] = []
        var created = 0
        var linked = 0
        var relinked: [(Int, SimulationReport.RelinkedGroup)] = []
        var recreated: [(Int, SimulationReport.RecreatedGroup)] = []
        var massDeactivation: MassDeactivation?
    }

    private let state = Mutex(State())

    func succeeded(_ step: SimulationStep) {
        state.withLock { $0.tallies[step, default: StepTally(step: step)].succeeded += 1 }
    }

    func failed(_ failure: SimulationFailure, order: Int) {
        let stepOrder = SimulationStep.allCases.firstIndex(of: failure.step) ?? 0
        state.withLock { state in
            if failure.expected {
                state.tallies[failure.step, default: StepTally(step: failure.step)].expectedFailures += 1
            } else {
                state.tallies[failure.step, default: StepTally(step: failure.step)].failed += 1
            }
            state.failures.append((stepOrder, order, failure))
        }
    }

    func massDeactivated(_ outcome: MassDeactivation) {
        state.withLock { $0.massDeactivation = outcome }
    }

    func userLinked(created: Bool) {
        state.withLock { created ? ($0.created += 1) : ($0.linked += 1) }
    }

    /// A group pushed again after its DELETE: re-linked when it kept its id, else re-created.
    func groupRepushed(_ group: PlannedGroup, id: String, previousID: String) {
        state.withLock { state in
            if id == previousID {
                state.relinked.append((group.index, .init(displayName: group.displayName, id: id)))
            } else {
                state.recreated.append((group.index, .init(displayName: group.displayName, id: id, previousID: previousID)))
            }
        }
    }

    /// Tallies for `steps` (zeros included, so tables keep their shape), failures by step then subject.
    func snapshot(steps: [SimulationStep]) -> Snapshot {
        state.withLock { state in
            Snapshot(
                tallies: steps.map { state.tallies[$0] ?? StepTally(step: $0) },
                failures: state.failures.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2), created: state.created, linked: state.linked,
                relinked: state.relinked.sorted { $0.0 < $1.0 }.map(\.1), recreated: state.recreated.sorted { $0.0 < $1.0 }.map(\.1),
                massDeactivation: state.massDeactivation
            )
        }
    }

    /// The outcomes so far, in report order.
    struct Snapshot {
        let tallies: [StepTally]
        let failures: [SimulationFailure]
        let created: Int
        let linked: Int
        let relinked: [SimulationReport.RelinkedGroup]
        let recreated: [SimulationReport.RecreatedGroup]
        let massDeactivation: MassDeactivation?
    }
}

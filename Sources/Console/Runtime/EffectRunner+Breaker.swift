import Foundation
import Provisioning

extension EffectRunner {
    /// The operator's breaker decisions, audited as `console:<OS user>@<SSH client>` like every console change.
    func executeBreaker(_ effect: Effect) async throws -> Msg? {
        let breaker = DeprovisioningBreaker(store: store, clock: clock)
        switch effect {
        case .setBreakerPolicy(let idpID, let policy):
            let idp = try await identityProvider(idpID)
            try await breaker.setPolicy(policy, for: idp, by: .console)
            return .breakerPolicySet(idpName: idp.name, policy)
        case .releaseBreaker(let idpID):
            let idp = try await identityProvider(idpID)
            return .breakerReleased(idpName: idp.name, count: try await breaker.release(idp, by: .console))
        case .keepHolding(let idpID):
            let idp = try await identityProvider(idpID)
            try await breaker.keepHolding(idp, by: .console)
            return .breakerKept(idpName: idp.name)
        default:
            return nil
        }
    }
}

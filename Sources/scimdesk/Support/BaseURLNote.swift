import Provisioning

/// `token generate`'s reminder about the base URL the IdP will be given (it does not know the
/// listener's address unless told with --public-url).
enum BaseURLNote {
    static func print(for url: String?, idp: String) {
        guard let url else {
            Output.note("Give \(idp) an https:// base URL it can reach. \(BaseURLAdvice.remedy)")
            return
        }
        let problems = BaseURLAdvice.problems(with: url)
        guard !problems.isEmpty else { return }
        for problem in problems { Output.note("warning: \(problem)") }
        Output.note("warning: \(BaseURLAdvice.remedy)")
    }
}

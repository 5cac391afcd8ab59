/// What a group's members must look like after the IdP wrote them, judged only by what the IdP
/// changed: the directory may hold groups of the same name that already had other members, which an
/// IdP that only sends deltas (Entra) leaves alone.
struct MemberExpectation: Sendable {
    /// Members the IdP added or pushed: they must be there.
    let present: Set<String>
    /// Members the IdP removed: they must be gone.
    let absent: Set<String>
    /// True when the IdP set the whole list (a replace, a PUT, or a group it created itself), so no
    /// one else may be there either.
    let exact: Bool

    /// The IdP wrote the whole list, or created the group and then added these.
    static func exactly(_ members: [Member]) -> MemberExpectation {
        MemberExpectation(present: Set(members.map(\.id)), absent: [], exact: true)
    }

    /// The IdP added `members` and removed `removed` in a group whose other members it does not know.
    static func including(_ members: [Member], without removed: [Member] = []) -> MemberExpectation {
        let absent = Set(removed.map(\.id)).subtracting(members.map(\.id))
        return MemberExpectation(present: Set(members.map(\.id)), absent: absent, exact: false)
    }

    /// Nil when `found` meets the expectation, else what is wrong, in words.
    func problem(with found: Set<String>) -> String? {
        let missing = present.subtracting(found)
        let unexpected = exact ? found.subtracting(present) : found.intersection(absent)
        guard !missing.isEmpty || !unexpected.isEmpty else { return nil }
        if exact {
            return
                "members are \(found.count) (missing \(missing.count), unexpected \(unexpected.count)) where \(present.count) were pushed"
        }
        return "of the \(present.count) members pushed \(missing.count) are missing, and \(unexpected.count) of the "
            + "\(absent.count) removed are still there"
    }
}

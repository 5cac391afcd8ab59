import Testing

@testable import Simulator

@Suite("Member checks judge only what the IdP changed")
struct MemberExpectationTests {
    static let ada = Member(id: "1", display: "ada")
    static let alan = Member(id: "2", display: "alan")
    static let grace = Member(id: "3", display: "grace")

    @Test("Exactly: the whole list the IdP set, nobody else")
    func exactly() {
        let expected = MemberExpectation.exactly([Self.ada, Self.alan])
        #expect(expected.problem(with: ["1", "2"]) == nil)
        #expect(expected.problem(with: ["1"]) == "members are 1 (missing 1, unexpected 0) where 2 were pushed")
        #expect(expected.problem(with: ["1", "2", "9"]) == "members are 3 (missing 0, unexpected 1) where 2 were pushed")
    }

    @Test("Including: others the group already had may stay; what the IdP removed may not")
    func including() {
        let expected = MemberExpectation.including([Self.ada, Self.alan], without: [Self.grace])
        #expect(expected.problem(with: ["1", "2", "9"]) == nil)
        #expect(expected.problem(with: ["1", "2", "3"]) == "of the 2 members pushed 0 are missing, and 1 of the 1 removed are still there")
        #expect(expected.problem(with: ["2"]) == "of the 2 members pushed 1 are missing, and 0 of the 1 removed are still there")
    }

    @Test("A member removed and added again in one change must be there")
    func removedThenAdded() {
        let expected = MemberExpectation.including([Self.ada], without: [Self.ada])
        #expect(expected.absent.isEmpty)
        #expect(expected.problem(with: ["1"]) == nil)
    }
}

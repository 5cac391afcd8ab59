import Provisioning
import Testing

/// The chain's rules without a store: what breaks it, and where the verifier says it broke.
@Suite struct AuditChainVerifierTests {
    let sealer = AuditSealer(key: AuditKey(bytes: Array(repeating: 7, count: 32)))

    func input(_ id: Int64, summary: String = "event", before: String? = nil) -> AuditSealInput {
        AuditSealInput(
            id: id, time: 1_700_000_000.25 + Double(id), actor: "console", idpID: nil, action: "user.updated",
            resourceType: "User", resourceID: "u\(id)", summary: summary, before: before, after: nil)
    }

    func sealed(_ inputs: [AuditSealInput], by sealer: AuditSealer? = nil) -> [AuditChainEntry] {
        var previous: [UInt8]?
        return inputs.map { input in
            let seal = (sealer ?? self.sealer).seal(input, after: previous)
            previous = seal
            return AuditChainEntry(input: input, seal: seal)
        }
    }

    func verify(_ entries: [AuditChainEntry]) -> AuditChainReport {
        var verifier = AuditChainVerifier(sealer: sealer)
        _ = verifier.consume(entries.prefix(2))
        _ = verifier.consume(entries.dropFirst(2))
        return verifier.report
    }

    @Test func anUntouchedChainVerifiesAcrossBatches() {
        let entries = sealed((1...5).map { input($0) })
        let report = verify(entries)
        #expect(report.isIntact && report.checked == 5)
        #expect(report.head?.id == 5 && report.head?.seal == entries[4].seal)
    }

    @Test func anEditedFieldBreaksTheChainAtThatRow() {
        var entries = sealed((1...5).map { input($0) })
        entries[2].input.summary = "nothing happened"
        #expect(verify(entries).firstBreak?.id == 3)
        entries = sealed((1...5).map { input($0) })
        entries[3].input.time += 0.001
        #expect(verify(entries).firstBreak?.id == 4)
    }

    @Test func absentAndEmptyTextAreDifferent() {
        var entries = sealed([input(1, before: nil)])
        entries[0].input.before = ""
        #expect(verify(entries).firstBreak?.id == 1)
    }

    @Test func aDeletedOrReorderedRowBreaksTheChainAtTheNextOne() {
        var entries = sealed((1...5).map { input($0) })
        entries.remove(at: 1)
        #expect(verify(entries).firstBreak?.id == 3)
        entries = sealed((1...5).map { input($0) })
        entries.swapAt(1, 2)
        #expect(verify(entries).firstBreak?.id == 3)
    }

    @Test func aRowResealedWithoutTheKeyOrWithoutASealIsNamed() {
        var entries = sealed((1...3).map { input($0) })
        entries[1].seal = nil
        let unsealed = verify(entries)
        #expect(unsealed.firstBreak?.id == 2 && unsealed.firstBreak?.reason.contains("no seal") == true)
        let other = sealed((1...3).map { input($0) }, by: AuditSealer(key: .random()))
        let foreign = verify(other)
        #expect(foreign.firstBreak?.id == 1 && foreign.firstBreak?.reason.contains("audit key") == true && foreign.checked == 1)
    }
}

import Foundation
import Fuzzing
import Testing

/// Every input in Fuzz/Corpus (the seeds, and every input a fuzz run found a failure with) is run
/// through its target's property on each test run, so `make test` keeps what `make fuzz` proved.
@Suite struct CorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/Corpus").standardizedFileURL

    static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { ($0, [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    @Test func jsonInputsRoundTrip() throws {
        let inputs = try Self.inputs("json")
        #expect(inputs.count >= 5)
        var accepted = 0
        for input in inputs {
            #expect(throws: Never.self, "\(input.name)") { if try JSONRoundTrip.check(input.bytes) { accepted += 1 } }
        }
        #expect(accepted == inputs.count, "every JSON seed is valid JSON")
    }

    @Test(arguments: ["filter", "mapper", "patch"])
    func storeBackedInputsHold(target: String) async throws {
        let inputs = try Self.inputs(target)
        #expect(inputs.count >= 5)
        let directory = try FuzzDirectory()
        defer { directory.remove() }
        var accepted: [String: Int] = [:]
        for input in inputs {
            do {
                switch target {
                case "filter": accepted[input.name] = try await FilterTranslation.check(input.bytes, in: directory)
                case "mapper": accepted[input.name] = try await ResourceRoundTrip.check(input.bytes, in: directory)
                default: accepted[input.name] = try await PatchRoundTrip.check(input.bytes, in: directory)
                }
            } catch {
                Issue.record("\(target)/\(input.name): \(error)")
            }
        }
        // Seeds are IdP requests that must get through, or the check proves little; inputs of a failure
        // (`found-…`, and the issue's own `issue10-…`) may well be refused.
        let refused = accepted.filter { $0.value == 0 && !$0.key.hasPrefix("found-") && !$0.key.hasPrefix("issue10-") }
        #expect(refused.isEmpty, "seeds refused: \(refused.keys.sorted())")
        print("\(target): \(accepted.sorted { $0.key < $1.key })")
    }
}

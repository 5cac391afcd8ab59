import Foundation
import Provisioning
import Testing

/// The stores' id parser reads ids of both cases as Foundation does, and is stricter than Foundation
/// (whose `sscanf` lets some malformed text through): whatever it accepts, Foundation reads the same.
@Suite struct UUIDTextTests {
    @Test func parsesWhatFoundationParses() {
        for _ in 0..<500 {
            let id = UUID()
            #expect(UUID(text: id.uuidString) == id)
            #expect(UUID(text: id.uuidString.lowercased()) == id)
        }
    }

    @Test func acceptsNothingFoundationReadsDifferently() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789abcdefABCDEFg-x ")
        var samples = [
            "", "-", "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000",
            "00000000000000000000000000000000", "0000000-00000-0000-0000-000000000000", "g0000000-0000-0000-0000-000000000000",
            "00000000-0000-0000-0000-000000000000 ", " 00000000-0000-0000-0000-000000000000", "00000000_0000_0000_0000_000000000000",
        ]
        for _ in 0..<2_000 {
            // Mutate one character of a real id: most of these are no id at all.
            var characters = Array(UUID().uuidString)
            characters[Int.random(in: 0..<characters.count, using: &generator)] = alphabet.randomElement(using: &generator)!
            samples.append(String(characters))
        }
        var accepted = 0
        for sample in samples {
            guard let parsed = UUID(text: sample) else { continue }
            accepted += 1
            #expect(parsed == UUID(uuidString: sample), "\(sample)")
            #expect(sample.count == 36, "\(sample)")
        }
        #expect(accepted > 100)  // a hex digit swapped for another is still an id
        for sample in samples.prefix(10) { #expect(UUID(text: sample) == nil, "\(sample)") }
    }
}

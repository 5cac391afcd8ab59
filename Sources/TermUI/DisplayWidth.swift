/// Column widths of text on a terminal, the way `wcwidth` thinks of them but per
/// grapheme cluster, so a ZWJ sequence or a flag counts once rather than per scalar.
extension Character {
    /// Columns this grapheme takes on a terminal: 0 (controls, lone combining marks,
    /// zero-width characters), 1, or 2 (East Asian Wide/Fullwidth, emoji presentation).
    public var displayWidth: Int {
        if let ascii = asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return first.displayWidth }
        return Character.clusterWidth(first: first, scalars: scalars)
    }

    private static func clusterWidth(first: Unicode.Scalar, scalars: Character.UnicodeScalarView) -> Int {
        let base = first.displayWidth
        if base == 2 { return 2 }
        var regionalIndicators = 0
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F, 0x20E3: return 2  // VS16 or keycap: emoji presentation
            case 0xFE0E: return base  // VS15 asks for text presentation
            case 0x1F1E6...0x1F1FF:
                regionalIndicators += 1
                if regionalIndicators == 2 { return 2 }  // a flag
            case 0x1F3FB...0x1F3FF: return 2  // skin-tone modifier
            case 0x200D where first.properties.isEmoji: return 2  // ZWJ emoji sequence
            default: continue
            }
        }
        return base
    }
}

extension Unicode.Scalar {
    /// Columns this scalar takes on its own: 0, 1 or 2.
    public var displayWidth: Int {
        let v = value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        // Hangul medial vowels and final consonants join the preceding initial;
        // U+200B is the zero-width space, which is category Cf only in some versions.
        if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if WideRanges.contains(v) || properties.isEmojiPresentation { return 2 }
        return 1
    }
}

extension StringProtocol {
    /// Columns this text takes on a terminal (sum of its graphemes' widths).
    public var displayWidth: Int {
        var total = 0
        for character in self { total += character.displayWidth }
        return total
    }
}

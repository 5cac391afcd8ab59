/// Case-insensitive comparison for SCIM names, which are ASCII (RFC 7643 §2.1: attribute names are
/// case-insensitive). Compares UTF-8 bytes directly so hot paths (every key of every body) do not
/// allocate lowercased copies.
extension StringProtocol {
    func equalsIgnoringASCIICase(_ other: some StringProtocol) -> Bool {
        let lhs = utf8, rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { asciiLower($0) == asciiLower($1) }
    }

    func hasPrefixIgnoringASCIICase(_ prefix: some StringProtocol) -> Bool {
        let lhs = utf8, rhs = prefix.utf8
        guard lhs.count >= rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { asciiLower($0) == asciiLower($1) }
    }
}

@inline(__always)
func asciiLower(_ byte: UInt8) -> UInt8 {
    (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
}

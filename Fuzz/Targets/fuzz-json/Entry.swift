import CLibFuzzer
import Fuzzing

#if canImport(Glibc)
    import Glibc
#endif

/// The JSON parser ⇄ serialiser round trip (`JSONRoundTrip`) under libFuzzer.
@main enum FuzzJSON {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(
            LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                do {
                    try JSONRoundTrip.check(Array(UnsafeBufferPointer(start: data, count: size)))
                } catch {
                    fatalError("\(error)")
                }
                return 0
            })
    }
}

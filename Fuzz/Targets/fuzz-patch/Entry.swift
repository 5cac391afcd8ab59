import CLibFuzzer
import Fuzzing

#if canImport(Glibc)
    import Glibc
#endif

let session = FuzzSession()

/// The PATCH engine, written and read back (`PatchRoundTrip`) under libFuzzer.
@main enum FuzzPatch {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = Array(UnsafeBufferPointer(start: data, count: size))
            do {
                try session.run { directory in try await PatchRoundTrip.check(bytes, in: directory) }
            } catch {
                fatalError("\(error)")
            }
            return 0
        }
        session.close()
        exit(status)
    }
}

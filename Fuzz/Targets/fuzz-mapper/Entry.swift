import CLibFuzzer
import Fuzzing

#if canImport(Glibc)
    import Glibc
#endif

let session = FuzzSession()

/// The resource mapper, written and read back (`ResourceRoundTrip`) under libFuzzer.
@main enum FuzzMapper {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = Array(UnsafeBufferPointer(start: data, count: size))
            do {
                try session.run { directory in try await ResourceRoundTrip.check(bytes, in: directory) }
            } catch {
                fatalError("\(error)")
            }
            return 0
        }
        session.close()
        exit(status)
    }
}

import Fuzzing

let session = FuzzSession()

/// libFuzzer's entry point: the PATCH engine, written and read back (`PatchRoundTrip`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        try session.run { directory in try await PatchRoundTrip.check(bytes, in: directory) }
    } catch {
        fatalError("\(error)")
    }
    return 0
}

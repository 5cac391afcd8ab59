import Fuzzing

/// libFuzzer's entry point: JSON parser ⇄ serialiser round trip (`JSONRoundTrip`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        try JSONRoundTrip.check(Array(UnsafeBufferPointer(start: data, count: size)))
    } catch {
        fatalError("\(error)")
    }
    return 0
}

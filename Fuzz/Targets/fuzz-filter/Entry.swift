import Fuzzing

let session = FuzzSession()

/// libFuzzer's entry point: the filter parser and SQL translation on a real store (`FilterTranslation`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        try session.run { directory in try await FilterTranslation.check(bytes, in: directory) }
    } catch {
        fatalError("\(error)")
    }
    return 0
}

import Foundation
import RelationsKit

/// Feeds arbitrary bytes to the article readers, in every input format, and each article they accept
/// to the extractor. Built with libFuzzer by `make fuzz`; built normally, it replays files given as
/// arguments (`swift run FuzzReaders crash-file`), which is how a crash found by the fuzzer is reproduced.
enum FuzzReaders {
    static let extractor = Extractor()

    static func run(_ data: Data) {
        for format in [nil] + InputFormat.allCases.map(Optional.some) {
            try? ArticleReader.read(data: data, location: "fuzz", format: format) { result in
                if case let .success(article) = result { _ = extractor.extract(article) }
            }
        }
    }
}

#if FUZZING
/// libFuzzer's entry point when the program has its own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            FuzzReaders.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
    }
}
#else
@main
struct Replay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            FuzzReaders.run(try Data(contentsOf: URL(fileURLWithPath: path)))
            print("ok: \(path)")
        }
    }
}
#endif

import Glibc
import CFuzzerDriver
import FuzzTargets

/// Runs `FuzzTarget.extraction` on one input and traps on any broken invariant, so libFuzzer keeps the input.
func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let problems = FuzzTarget.extraction.run(bytes)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOneInput($0, $1) })

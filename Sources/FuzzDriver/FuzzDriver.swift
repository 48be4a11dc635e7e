import DossierKit
import Foundation

/// The libFuzzer entry for every fuzz executable: SwiftPM gives executables their own `main`, so instead of
/// libFuzzer's main we hand our callback to `LLVMFuzzerRunDriver`. A property violation aborts, which
/// libFuzzer records as a crash with the input that caused it.
public enum FuzzDriver {
    nonisolated(unsafe) static var target: FuzzTarget = .article

    public static func run(_ target: FuzzTarget) -> Never {
        Self.target = target
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }
}

/// Named as libFuzzer expects: its archive's own `main` refers to it, even though ours runs instead.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let problems = FuzzDriver.target.violations(bytes)
    if !problems.isEmpty {
        FileHandle.standardError.write(Data(("property violated (\(FuzzDriver.target.rawValue)):\n" + problems.joined(separator: "\n") + "\n").utf8))
        abort()
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

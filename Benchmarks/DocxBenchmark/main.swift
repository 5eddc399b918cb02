import Foundation

// swift run -c release --package-path Benchmarks DocxBenchmark [--quick] [--large-mb N] [--keep DIR]
// swift run -c release --package-path Benchmarks DocxBenchmark --generate DIR [--large-mb N]      (documents only, for profiling)
// swift run -c release --package-path Benchmarks DocxBenchmark --generate-dense DIR [--dense-mb N] (the dense documents only, for profiling)
// swift run -c release --package-path Benchmarks DocxBenchmark --dense [--quick] [--dense-mb N]   (only the dense documents' table)
// DocxBenchmark --measure-rss PATH [baseline|reader|text|extraction|report]              (the child that measures peak RSS)
// DocxBenchmark --split PATH [ROUNDS]       (reading, extraction and JSON encoding timed apart: for profiling)

let usage = """
    usage: DocxBenchmark [--quick] [--large-mb N] [--dense-mb N] [--keep DIR]
           DocxBenchmark --generate DIR [--large-mb N]
           DocxBenchmark --generate-dense DIR [--dense-mb N]
           DocxBenchmark --dense [--quick] [--dense-mb N] [--keep DIR]
           DocxBenchmark --measure-rss PATH [baseline|reader|text|extraction|report]
           DocxBenchmark --split PATH [ROUNDS]
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
do {
    if arguments.first == "--measure-rss" {
        guard arguments.count >= 2 else { fail(usage) }
        let name = arguments.count >= 3 ? arguments[2] : Contender.readerText.rawValue
        guard let contender = Contender(rawValue: name) else { fail(usage) }
        try Benchmark.measureMemory(path: arguments[1], contender: contender)
        exit(0)
    }
    if arguments.first == "--split" {
        guard arguments.count >= 2 else { fail(usage) }
        let rounds = arguments.count >= 3 ? Int(arguments[2]) : 10
        guard let rounds, rounds > 0 else { fail(usage) }
        try SplitTiming.run(path: arguments[1], rounds: rounds)
        exit(0)
    }
    var options = Benchmark.Options()
    while let argument = arguments.first {
        arguments.removeFirst()
        switch argument {
        case "--quick": options.quick = true
        case "--large-mb":
            guard let value = arguments.first.flatMap(Double.init), value > 0 else { fail(usage) }
            options.largeBytes = Int(value * 1_000_000)
            arguments.removeFirst()
        case "--dense-mb":
            guard let value = arguments.first.flatMap(Double.init), value > 0 else { fail(usage) }
            options.denseBytes = Int(value * 1_000_000)
            arguments.removeFirst()
        case "--dense": options.denseOnly = true
        case "--keep", "--generate", "--generate-dense":
            guard let directory = arguments.first else { fail(usage) }
            options.keepDirectory = URL(fileURLWithPath: directory).standardizedFileURL.path
            options.generateOnly = argument == "--generate"
            options.generateDenseOnly = argument == "--generate-dense"
            arguments.removeFirst()
        default: fail(usage)
        }
    }
    var benchmark = Benchmark(options: options)
    try benchmark.run()
} catch {
    fail("DocxBenchmark: \(error)")
}

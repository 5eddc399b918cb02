/// Which readers may find something that starts at a scalar, looked up once per position of a scan.
///
/// Most positions of a text start nothing; one table load lets the scan pass them by and, at the rest, call only
/// the readers whose words or numbers can start with that scalar. Each kind is a superset: the reader still
/// checks the text, the table only spares it the calls that must fail. The same load tells whether the scalar
/// may end a clause.
struct ScanStarts: Sendable {
    /// The kinds of finding a scalar may start.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8

        /// A money-context word (资金, 投资 …).
        static let moneyWord = Kinds(rawValue: 1 << 0)
        /// A currency prefix (人民币, ￥, US$ …).
        static let currencyPrefix = Kinds(rawValue: 1 << 1)
        /// A spelled-out percentage (百分之).
        static let spelledPercentage = Kinds(rawValue: 1 << 2)
        /// A period word or ordinal quarter (上半年, 年底, 第三季度).
        static let dateWord = Kinds(rawValue: 1 << 3)
        /// A number: a digit or a Chinese numeral.
        static let number = Kinds(rawValue: 1 << 4)
        /// Not a start but an end: a scalar that may close a clause (``ClauseTracker/isBreak(_:)``).
        static let clauseBreak = Kinds(rawValue: 1 << 5)

        // The scan asks these at every scalar; `SetAlgebra`'s defaults went through generic `==` there.

        /// Whether no kind is set.
        var isEmpty: Bool { rawValue == 0 }

        /// Whether `kind` is set.
        func contains(_ kind: Kinds) -> Bool { rawValue & kind.rawValue == kind.rawValue }
    }

    /// The kinds of each scalar of the Basic Multilingual Plane, by scalar value.
    private let table: [UInt8]
    /// The kinds any scalar above the Basic Multilingual Plane may start (the rules may name such words).
    private let astral: Kinds

    /// Builds the table from the words each kind starts with, and the numeral scalars.
    init(moneyWords: [String], currencyPrefixes: [String], spelledPercentages: [String], dateWords: [String]) {
        var table = [UInt8](repeating: 0, count: 0x10000)
        var astral: Kinds = []
        func mark(_ scalar: Unicode.Scalar, _ kind: Kinds) {
            if scalar.value < 0x10000 {
                table[Int(scalar.value)] |= kind.rawValue
            } else {
                astral.insert(kind)
            }
        }
        let words: [(words: [String], kind: Kinds)] = [
            (moneyWords, .moneyWord), (currencyPrefixes, .currencyPrefix), (spelledPercentages, .spelledPercentage),
            (dateWords, .dateWord),
        ]
        for (list, kind) in words {
            for word in list { if let first = word.unicodeScalars.first { mark(first, kind) } }
        }
        for scalar in NumeralScalars.numberStarts { mark(scalar, .number) }
        for scalar in ClauseTracker.breaks { mark(scalar, .clauseBreak) }
        self.table = table
        self.astral = astral
    }

    /// The kinds of finding that may start with `scalar`.
    func kinds(of scalar: Unicode.Scalar) -> Kinds {
        let value = scalar.value
        return value < 0x10000 ? Kinds(rawValue: table[Int(value)]) : astral
    }

    /// The first offset from `start` up to `end` of `scalars` whose scalar may start something, or `end`.
    func firstStart(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
        precondition(start >= 0 && end <= scalars.count, "range out of bounds")
        return table.withUnsafeBufferPointer { table in
            var index = start
            while index < end {
                let value = scalars[index].value
                if value < 0x10000 ? table[Int(value)] != 0 : !astral.isEmpty { return index }
                index += 1
            }
            return end
        }
    }
}

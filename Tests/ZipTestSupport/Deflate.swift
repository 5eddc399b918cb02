/// A small raw DEFLATE (RFC 1951) compressor: greedy LZ77 over a 32 KiB window, one dynamic-Huffman block.
///
/// It exists so tests can build deflated entries, including highly compressible ones (zip bombs), without
/// a zlib binding. Falls back to a fixed-Huffman block when a code would exceed DEFLATE's length limits.
public enum Deflate {
    private enum Token {
        case literal(UInt8)
        case match(length: Int, distance: Int)
    }

    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtraBits = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// `bytes` compressed as raw DEFLATE (no zlib or gzip header), as zip method 8 stores it.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        let tokens = tokenize(bytes)
        var writer = DeflateBits.Writer()
        if !writeDynamicBlock(tokens, to: &writer) {
            writer = DeflateBits.Writer()
            writeFixedBlock(tokens, to: &writer)
        }
        return writer.finish()
    }

    // MARK: LZ77

    private static func tokenize(_ bytes: [UInt8]) -> [Token] {
        let window = 32_768
        let hashSize = 1 << 15
        var head = [Int](repeating: -1, count: hashSize)
        var previous = [Int](repeating: -1, count: bytes.count)
        var tokens: [Token] = []
        func hash(_ position: Int) -> Int {
            (Int(bytes[position]) << 10 ^ Int(bytes[position + 1]) << 5 ^ Int(bytes[position + 2])) & (hashSize - 1)
        }
        func insert(_ position: Int) {
            guard position + 2 < bytes.count else { return }
            let key = hash(position)
            previous[position] = head[key]
            head[key] = position
        }
        var position = 0
        while position < bytes.count {
            var bestLength = 0
            var bestDistance = 0
            if position + 2 < bytes.count {
                var candidate = head[hash(position)]
                var chain = 64
                let limit = min(258, bytes.count - position)
                while candidate >= 0, position - candidate <= window, chain > 0 {
                    var length = 0
                    while length < limit, bytes[candidate + length] == bytes[position + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = position - candidate
                        if length == limit { break }
                    }
                    candidate = previous[candidate]
                    chain -= 1
                }
            }
            if bestLength >= 3 {
                tokens.append(.match(length: bestLength, distance: bestDistance))
                for inserted in position..<(position + bestLength) { insert(inserted) }
                position += bestLength
            } else {
                tokens.append(.literal(bytes[position]))
                insert(position)
                position += 1
            }
        }
        return tokens
    }

    private static func lengthSymbol(_ length: Int) -> (symbol: Int, extra: Int, bits: Int) {
        var index = lengthBases.count - 1
        while lengthBases[index] > length { index -= 1 }
        // 258 has its own code (285); 227…257 use code 284 with 5 extra bits.
        if length == 258 { return (285, 0, 0) }
        return (257 + index, length - lengthBases[index], lengthExtraBits[index])
    }

    private static func distanceSymbol(_ distance: Int) -> (symbol: Int, extra: Int, bits: Int) {
        var index = distanceBases.count - 1
        while distanceBases[index] > distance { index -= 1 }
        return (index, distance - distanceBases[index], distanceExtraBits[index])
    }

    // MARK: Blocks

    private static func writeTokens(
        _ tokens: [Token], literalCodes: [(code: Int, length: Int)], distanceCodes: [(code: Int, length: Int)],
        to writer: inout DeflateBits.Writer
    ) {
        for token in tokens {
            switch token {
            case .literal(let byte):
                writer.writeCode(literalCodes[Int(byte)])
            case .match(let length, let distance):
                let (symbol, extra, bits) = lengthSymbol(length)
                writer.writeCode(literalCodes[symbol])
                writer.write(extra, bits: bits)
                let (distanceCode, distanceExtra, distanceBits) = distanceSymbol(distance)
                writer.writeCode(distanceCodes[distanceCode])
                writer.write(distanceExtra, bits: distanceBits)
            }
        }
        writer.writeCode(literalCodes[256])
    }

    private static func writeFixedBlock(_ tokens: [Token], to writer: inout DeflateBits.Writer) {
        var literalLengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { literalLengths[symbol] = 9 }
        for symbol in 256..<280 { literalLengths[symbol] = 7 }
        writer.write(1, bits: 1)  // BFINAL
        writer.write(1, bits: 2)  // BTYPE = fixed
        writeTokens(
            tokens, literalCodes: DeflateBits.canonicalCodes(literalLengths),
            distanceCodes: DeflateBits.canonicalCodes([Int](repeating: 5, count: 30)), to: &writer)
    }

    /// Writes one dynamic block; returns false (writing nothing) when a code length limit would be exceeded.
    private static func writeDynamicBlock(_ tokens: [Token], to writer: inout DeflateBits.Writer) -> Bool {
        var literalFrequencies = [Int](repeating: 0, count: 286)
        var distanceFrequencies = [Int](repeating: 0, count: 30)
        literalFrequencies[256] = 1
        for token in tokens {
            switch token {
            case .literal(let byte): literalFrequencies[Int(byte)] += 1
            case .match(let length, let distance):
                literalFrequencies[lengthSymbol(length).symbol] += 1
                distanceFrequencies[distanceSymbol(distance).symbol] += 1
            }
        }
        // Keep every alphabet at two or more symbols, so each code is complete.
        if literalFrequencies.filter({ $0 > 0 }).count < 2 { literalFrequencies[0] += 1 }
        if distanceFrequencies[0] == 0 { distanceFrequencies[0] = 1 }
        if distanceFrequencies[1] == 0 { distanceFrequencies[1] = 1 }
        let literalLengths = huffmanLengths(literalFrequencies)
        let distanceLengths = huffmanLengths(distanceFrequencies)
        guard literalLengths.allSatisfy({ $0 <= 15 }), distanceLengths.allSatisfy({ $0 <= 15 }) else { return false }

        var literalCount = 286
        while literalCount > 257, literalLengths[literalCount - 1] == 0 { literalCount -= 1 }
        var distanceCount = 30
        while distanceCount > 1, distanceLengths[distanceCount - 1] == 0 { distanceCount -= 1 }
        let runs = runLengthEncode(Array(literalLengths[0..<literalCount]) + Array(distanceLengths[0..<distanceCount]))

        var codeLengthFrequencies = [Int](repeating: 0, count: 19)
        for run in runs { codeLengthFrequencies[run.symbol] += 1 }
        if codeLengthFrequencies.filter({ $0 > 0 }).count < 2 {
            codeLengthFrequencies[codeLengthFrequencies[0] == 0 ? 0 : 1] += 1
        }
        let codeLengthLengths = huffmanLengths(codeLengthFrequencies)
        guard codeLengthLengths.allSatisfy({ $0 <= 7 }) else { return false }
        var codeLengthCount = 19
        while codeLengthCount > 4, codeLengthLengths[DeflateBits.codeLengthOrder[codeLengthCount - 1]] == 0 {
            codeLengthCount -= 1
        }

        writer.write(1, bits: 1)  // BFINAL
        writer.write(2, bits: 2)  // BTYPE = dynamic
        writer.write(literalCount - 257, bits: 5)
        writer.write(distanceCount - 1, bits: 5)
        writer.write(codeLengthCount - 4, bits: 4)
        for index in 0..<codeLengthCount {
            writer.write(codeLengthLengths[DeflateBits.codeLengthOrder[index]], bits: 3)
        }
        let codeLengthCodes = DeflateBits.canonicalCodes(codeLengthLengths)
        for run in runs {
            writer.writeCode(codeLengthCodes[run.symbol])
            writer.write(run.extra, bits: run.extraBits)
        }
        writeTokens(
            tokens, literalCodes: DeflateBits.canonicalCodes(literalLengths),
            distanceCodes: DeflateBits.canonicalCodes(distanceLengths),
            to: &writer)
        return true
    }

    /// Code lengths as code-length symbols: 0–15 literally, 16 repeats the previous, 17/18 repeat zero.
    private static func runLengthEncode(_ lengths: [Int]) -> [(symbol: Int, extra: Int, extraBits: Int)] {
        var result: [(symbol: Int, extra: Int, extraBits: Int)] = []
        var index = 0
        while index < lengths.count {
            let value = lengths[index]
            var run = 1
            while index + run < lengths.count, lengths[index + run] == value { run += 1 }
            index += run
            if value == 0 {
                result += DeflateBits.zeroRunSymbols(run)
            } else {
                result.append((value, 0, 0))
                run -= 1
                while run >= 3 {
                    let count = min(run, 6)
                    result.append((16, count - 3, 2))
                    run -= count
                }
                result += Array(repeating: (value, 0, 0), count: run)
            }
        }
        return result
    }

    /// Huffman code lengths for `frequencies` (0 for unused symbols), unbounded; callers check the limits.
    private static func huffmanLengths(_ frequencies: [Int]) -> [Int] {
        struct Node {
            var weight: Int
            var symbols: [Int]
        }
        var lengths = [Int](repeating: 0, count: frequencies.count)
        var nodes = frequencies.enumerated().filter { $0.element > 0 }.map {
            Node(weight: $0.element, symbols: [$0.offset])
        }
        if nodes.count == 1 { lengths[nodes[0].symbols[0]] = 1 }
        while nodes.count > 1 {
            nodes.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.symbols[0] > $1.symbols[0] }
            let first = nodes.removeLast()
            let second = nodes.removeLast()
            for symbol in first.symbols + second.symbols { lengths[symbol] += 1 }
            nodes.append(Node(weight: first.weight + second.weight, symbols: first.symbols + second.symbols))
        }
        return lengths
    }
}

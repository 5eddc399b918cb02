/// Raw DEFLATE streams of one byte repeated many times, written directly (no LZ77 search), so that tests
/// can make zip bombs of any size in little time: stored `prefix`, then the run, then stored `suffix`.
///
/// Dense streams are one dynamic-Huffman block in which a 258-byte match costs two bits (about 1,030:1, as
/// much as DEFLATE allows); sparse streams use the fixed Huffman code, 13 bits a match (about 159:1, under
/// the reader's default ratio limit of 200).
public enum RunDeflate {
    /// `prefix`, `count` copies of `byte`, then `suffix`, as raw DEFLATE (zip method 8).
    public static func stream(
        prefix: [UInt8] = [], byte: UInt8, count: Int, suffix: [UInt8] = [], dense: Bool = true
    ) -> [UInt8] {
        precondition(count >= 1 && prefix.count < 65_536 && suffix.count < 65_536)
        var writer = DeflateBits.Writer()
        writer.storedBlock(prefix, final: false)
        let matches = (count - 1) / 258
        let literals = count - 1 - matches * 258
        writer.write(0, bits: 1)  // BFINAL = 0
        let literal: (code: Int, length: Int)
        let match: (code: Int, length: Int)
        let distance: (code: Int, length: Int)
        let endOfBlock: (code: Int, length: Int)
        if dense {
            writer.write(2, bits: 2)  // dynamic Huffman
            // Literal/length lengths: the byte 2 bits, end-of-block 2 bits, length 258 (symbol 285) 1 bit.
            var lengths = [Int](repeating: 0, count: 286)
            lengths[Int(byte)] = 2
            lengths[256] = 2
            lengths[285] = 1
            let literalCodes = DeflateBits.canonicalCodes(lengths)
            literal = literalCodes[Int(byte)]
            endOfBlock = literalCodes[256]
            match = literalCodes[285]
            distance = (0, 1)  // one distance code (distance 1), one bit: allowed by RFC 1951 and zlib
            writer.write(286 - 257, bits: 5)  // HLIT
            writer.write(0, bits: 5)  // HDIST: one distance code
            // Code-length code: symbols 0, 2 and 18 get 2 bits, 1 and 17 get 3 bits (a complete code).
            let order = DeflateBits.codeLengthOrder
            var codeLengthLengths = [Int](repeating: 0, count: 19)
            codeLengthLengths[0] = 2
            codeLengthLengths[2] = 2
            codeLengthLengths[18] = 2
            codeLengthLengths[1] = 3
            codeLengthLengths[17] = 3
            writer.write(18 - 4, bits: 4)  // HCLEN: the order up to symbol 1
            for symbol in order.prefix(18) { writer.write(codeLengthLengths[symbol], bits: 3) }
            let codeLengthCodes = DeflateBits.canonicalCodes(codeLengthLengths)
            // Every code of this block is two bits long, so the matches reach a byte boundary only if the
            // header ends on an even bit: split one zero run in two (one more 9-bit symbol) when it would not.
            var symbols = runLengthEncode(lengths + [1], splittingALongRun: false)
            let headerBits = writer.bitCount + symbols.reduce(0) { $0 + codeLengthLengths[$1.0] + $1.2 }
            if headerBits % 2 == 1 { symbols = runLengthEncode(lengths + [1], splittingALongRun: true) }
            for (symbol, extra, extraBits) in symbols {
                writer.writeCode(codeLengthCodes[symbol])
                writer.write(extra, bits: extraBits)
            }
        } else {
            writer.write(1, bits: 2)  // fixed Huffman
            literal = byte < 144 ? (0x30 + Int(byte), 8) : (0x190 + Int(byte) - 144, 9)
            match = (0xC5, 8)  // symbol 285
            distance = (0, 5)
            endOfBlock = (0, 7)
        }
        for _ in 0...literals { writer.writeCode(literal) }
        // Matches one by one up to a byte boundary, then whole bytes of them at once (4 dense matches make
        // one byte, 8 sparse ones 13 bytes), then the rest one by one.
        var remaining = matches
        while remaining > 0, !writer.isAligned {
            writer.writeCode(match)
            writer.writeCode(distance)
            remaining -= 1
        }
        let perPeriod = dense ? 4 : 8
        if writer.isAligned, remaining >= perPeriod {
            var period = DeflateBits.Writer()
            for _ in 0..<perPeriod {
                period.writeCode(match)
                period.writeCode(distance)
            }
            let repeats = remaining / perPeriod
            writer.appendAligned(period.finish(), times: repeats)
            remaining -= repeats * perPeriod
        }
        for _ in 0..<remaining {
            writer.writeCode(match)
            writer.writeCode(distance)
        }
        writer.writeCode(endOfBlock)
        writer.storedBlock(suffix, final: true)
        return writer.finish()
    }

    /// Code lengths as code-length symbols 0–2 and zero runs (17: 3–10, 18: 11–138).
    private static func runLengthEncode(_ lengths: [Int], splittingALongRun: Bool)
        -> [(symbol: Int, extra: Int, extraBits: Int)]
    {
        var result: [(symbol: Int, extra: Int, extraBits: Int)] = []
        var split = !splittingALongRun
        var index = 0
        while index < lengths.count {
            guard lengths[index] == 0 else {
                result.append((lengths[index], 0, 0))
                index += 1
                continue
            }
            var run = 0
            while index + run < lengths.count, lengths[index + run] == 0 { run += 1 }
            index += run
            if !split, run >= 22 {
                result.append((18, 0, 7))
                run -= 11
                split = true
            }
            result += DeflateBits.zeroRunSymbols(run)
        }
        return result
    }
}

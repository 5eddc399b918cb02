#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// `Decimal.description` written straight into a buffer, without building a string, for values whose significand
/// fits in 64 bits (every amount a document holds).
///
/// Foundation keeps a decimal's fields internal, so they are read from its storage: an `Int8` exponent, a byte
/// whose high four bits are the significand's length in 16-bit words and whose bit 3 is the sign, two reserved
/// bytes, then eight 16-bit words of significand, least significant first. A probe of known values checks that
/// layout once; where it does not hold, every value goes through `description`.
enum DecimalDigits {
    /// The most bytes ``write(_:to:)`` writes: a sign, "0.", 128 zeros and 20 digits.
    static let maximumLength = 160

    /// Writes `value` as `Decimal.description` spells it (`-12.5`, `125000`, `0.05`, `NaN`).
    ///
    /// - Returns: The number of bytes written, or nil when the value must go through `description` (a
    ///   significand wider than 64 bits or an unknown storage layout); then nothing is written.
    static func write(_ value: Decimal, to output: UnsafeMutableRawPointer) -> Int? {
        guard layoutIsKnown, let fields = fields(of: value) else { return nil }
        return write(fields, to: output)
    }

    /// A decimal's fields: significand × 10^exponent, negated when `isNegative`; NaN is length 0 and negative.
    struct Fields: Equatable {
        var exponent: Int
        var length: Int
        var isNegative: Bool
        var significand: UInt64
    }

    /// The fields of `value`, or nil when its significand needs more than 64 bits.
    static func fields(of value: Decimal) -> Fields? {
        withUnsafeBytes(of: value) { storage -> Fields? in
            let flags = storage[1]
            let length = Int(flags >> 4)
            guard length <= 4 else { return nil }
            var significand: UInt64 = 0
            for word in (0..<length).reversed() {
                significand =
                    significand << 16 | UInt64(storage.loadUnaligned(fromByteOffset: 4 + 2 * word, as: UInt16.self))
            }
            return Fields(
                exponent: Int(Int8(bitPattern: storage[0])), length: length, isNegative: flags & 0b1000 != 0,
                significand: significand)
        }
    }

    /// Whether decimals are stored as ``fields(of:)`` reads them: checked once on values whose fields are known.
    static let layoutIsKnown: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let probes: [(Decimal, Fields)] = [
            (
                Decimal(sign: .minus, exponent: -1, significand: 12345),
                Fields(exponent: -1, length: 1, isNegative: true, significand: 12345)
            ),
            (Decimal(65536), Fields(exponent: 0, length: 2, isNegative: false, significand: 65536)),
            (
                Decimal(sign: .plus, exponent: 3, significand: 7),
                Fields(exponent: 3, length: 1, isNegative: false, significand: 7)
            ),
            (Decimal(), Fields(exponent: 0, length: 0, isNegative: false, significand: 0)),
        ]
        return probes.allSatisfy { fields(of: $0.0) == $0.1 } && Decimal.nan.isNaN
            && fields(of: Decimal.nan).map { $0.length == 0 && $0.isNegative } == true
    }()

    /// Writes the fields as `Decimal.description` spells them: the significand's digits with `exponent` zeros after
    /// them or a point `-exponent` digits from their end, "0." in front of a value below 1.
    private static func write(_ fields: Fields, to output: UnsafeMutableRawPointer) -> Int {
        guard fields.length > 0 else {
            if fields.isNegative {
                output.copyMemory(from: "NaN", byteCount: 3)
                return 3
            }
            output.storeBytes(of: UInt8(ascii: "0"), as: UInt8.self)
            return 1
        }
        var count = 0
        if fields.isNegative {
            output.storeBytes(of: UInt8(ascii: "-"), as: UInt8.self)
            count = 1
        }
        var digitCount = 1
        var rest = fields.significand
        while rest >= 10 {
            rest /= 10
            digitCount += 1
        }
        let fractionDigits = -fields.exponent
        var leadingZeros = 0
        if fractionDigits >= digitCount {
            // "0." and the zeros between the point and the digits.
            leadingZeros = fractionDigits - digitCount
            output.storeBytes(of: UInt8(ascii: "0"), toByteOffset: count, as: UInt8.self)
            output.storeBytes(of: UInt8(ascii: "."), toByteOffset: count + 1, as: UInt8.self)
            (output + count + 2).initializeMemory(as: UInt8.self, repeating: UInt8(ascii: "0"), count: leadingZeros)
            count += 2 + leadingZeros
        }
        // The digits, with the point among them when the value has both an integer and a fraction part.
        let pointAfter = fractionDigits > 0 && fractionDigits < digitCount ? digitCount - fractionDigits : -1
        var position = count + digitCount + (pointAfter >= 0 ? 1 : 0)
        let end = position
        var significand = fields.significand
        var written = 0
        repeat {
            if written == fractionDigits && pointAfter >= 0 {
                position -= 1
                output.storeBytes(of: UInt8(ascii: "."), toByteOffset: position, as: UInt8.self)
            }
            position -= 1
            output.storeBytes(of: UInt8(ascii: "0") + UInt8(significand % 10), toByteOffset: position, as: UInt8.self)
            significand /= 10
            written += 1
        } while written < digitCount
        count = end
        if fields.exponent > 0 {
            (output + count).initializeMemory(as: UInt8.self, repeating: UInt8(ascii: "0"), count: fields.exponent)
            count += fields.exponent
        }
        return count
    }
}

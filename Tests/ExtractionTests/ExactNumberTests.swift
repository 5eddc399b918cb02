import Foundation
import SeededRandom
import Testing

@testable import Extraction

/// The number written as `literal` ("7250.74"), built digit by digit as the readers build it.
private func reading(_ literal: String) -> ExactNumber {
    var value = ExactNumber(0)
    var fractionDigits = 0
    var afterPoint = false
    for character in literal {
        if character == "." {
            afterPoint = true
        } else if let digit = character.wholeNumberValue {
            value = value.appending(digit: digit)
            if afterPoint { fractionDigits += 1 }
        }
    }
    return value.scaled(byPowerOfTen: -fractionDigits)
}

/// Whether two decimals are the same value written the same way (same compact significand and exponent).
private func identical(_ lhs: Decimal, _ rhs: Decimal) -> Bool {
    lhs == rhs && lhs.exponent == rhs.exponent && lhs.significand == rhs.significand
        && lhs.description == rhs.description
}

@Suite struct ExactNumberTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var literal: String
        var testDescription: String { literal }
    }

    static let literals = [
        "0", "7", "10", "1200", "48.5", "0.64", "7250.74", "0.000001", "1.50", "120.000", "18446744073709551615",
        "18446744073709551616", "123456789012345678901234567890", "340282366920938463463374607431768211455",
        "0.123456789012345678901234567890",
    ].map { Case(literal: $0) }

    @Test(arguments: literals)
    func digitsConvertToTheDecimalOfTheLiteral(_ testCase: Case) {
        let value = reading(testCase.literal)
        #expect(identical(value.decimal, exact(testCase.literal)))
        #expect(value.description == exact(testCase.literal).description)
    }

    @Test func scalingMovesOnlyTheExponent() {
        #expect(reading("7250.74").scaled(byPowerOfTen: 4).decimal == exact("72507400"))
        #expect(reading("3").scaled(byPowerOfTen: 12).decimal == exact("3000000000000"))
        #expect(reading("12").scaled(byPowerOfTen: -3).decimal == exact("0.012"))
        #expect(ExactNumber.powerOfTen(8) == 100_000_000)
    }

    @Test func sumsAlignExponents() {
        #expect((reading("12") + reading("0.5")).decimal == exact("12.5"))
        #expect((ExactNumber(3).scaled(byPowerOfTen: 4) + ExactNumber(500)).decimal == exact("30500"))
        #expect((ExactNumber(0) + reading("0.25")).decimal == exact("0.25"))
        #expect((reading("0.1") + reading("0.9")).decimal == 1)
    }

    @Test func comparisonIsByValue() {
        #expect(reading("1.50") == reading("1.5"))
        #expect(ExactNumber(15).scaled(byPowerOfTen: 2) == 1500)
        #expect(reading("299.99") < 300)
        #expect(ExactNumber(3).scaled(byPowerOfTen: 40) > reading("340282366920938463463374607431768211455"))
        #expect(ExactNumber(0) < reading("0.001"))
        #expect(!(ExactNumber(5) < 5))
    }

    @Test func wholeNumbersAndInts() {
        #expect(reading("1200").isWhole)
        #expect(reading("12.00").isWhole)
        #expect(!reading("12.5").isWhole)
        #expect(reading("1.2").scaled(byPowerOfTen: 4).isWhole)
        #expect(reading("2024").wholeInt == 2024)
        #expect(reading("2024.0").wholeInt == 2024)
        #expect(reading("3.5").wholeInt == nil)
        #expect(ExactNumber(9).scaled(byPowerOfTen: 30).wholeInt == nil)
        #expect(reading("9223372036854775807").wholeInt == Int.max)
        #expect(reading("9223372036854775808").wholeInt == nil)
    }

    @Test func overflowFallsBackToDecimalArithmetic() {
        // 2^128 - 1 is the largest significand both forms hold exactly; one more digit goes to Decimal.
        let largest = reading("340282366920938463463374607431768211455")
        #expect(identical((largest + 1).decimal, exact("340282366920938463463374607431768211455") + 1))
        let longer = largest.appending(digit: 7)
        #expect(identical(longer.decimal, exact("340282366920938463463374607431768211455") * 10 + 7))
        // 九亿 repeated: Decimal rounds once the significand passes 128 bits, and so must the scan.
        var exactTotal = ExactNumber(0)
        var decimalTotal = Decimal(0)
        for _ in 0..<12 {
            exactTotal = (exactTotal + 9).scaled(byPowerOfTen: 8)
            decimalTotal = (decimalTotal + 9) * Decimal(sign: .plus, exponent: 8, significand: 1)
        }
        #expect(identical(exactTotal.decimal, decimalTotal))
        #expect(exactTotal > largest)
    }

    @Test func decimalRoundTripsThroughExactNumber() {
        for literal in Self.literals.map(\.literal) {
            let decimal = exact(literal)
            #expect(identical(ExactNumber(decimal).decimal, decimal), "\(literal)")
        }
    }

    /// Random literals of 1…38 digits with a random decimal point or power of ten: the exact number converts to
    /// the very `Decimal` the readers used to build with `Decimal` arithmetic, and sums, comparisons and whole
    /// values agree with `Decimal`'s.
    @Test func seededRandomNumbersConvertAndComputeLikeDecimal() {
        var generator = SplitMix64(seed: 0xE4AC_7000)
        var failures: [String] = []
        func randomLiteral() -> (literal: String, value: ExactNumber, decimal: Decimal) {
            let digitCount = Int.random(in: 1...38, using: &generator)
            var digits = (0..<digitCount).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            if digits.count > 1, digits.first == "0" { digits.removeFirst() }
            let fractionDigits = Int.random(in: 0...min(digits.count, 12), using: &generator)
            let power = Int.random(in: 0...3, using: &generator) == 0 ? Int.random(in: 1...20, using: &generator) : 0
            var literal = digits
            if fractionDigits > 0 {
                literal.insert(".", at: literal.index(literal.endIndex, offsetBy: -fractionDigits))
                if literal.first == "." { literal = "0" + literal }
            }
            let value = reading(literal).scaled(byPowerOfTen: power)
            // The digits as a significand with the point as exponent, then the scale: `Decimal`'s own steps.
            var decimal = Decimal(sign: .plus, exponent: -fractionDigits, significand: exact(digits))
            if power != 0 { decimal *= Decimal(sign: .plus, exponent: power, significand: 1) }
            return (power == 0 ? literal : "\(literal)e\(power)", value, decimal)
        }
        for _ in 0..<2000 {
            let (leftLiteral, left, leftDecimal) = randomLiteral()
            let (rightLiteral, right, rightDecimal) = randomLiteral()
            if leftDecimal != exact(leftLiteral) { failures.append("\(leftLiteral) is not \(leftDecimal)") }
            if !identical(left.decimal, leftDecimal) { failures.append("\(leftLiteral) → \(left.decimal)") }
            if !identical((left + right).decimal, leftDecimal + rightDecimal) {
                failures.append("\(leftLiteral) + \(rightLiteral) → \((left + right).decimal)")
            }
            if (left < right) != (leftDecimal < rightDecimal) || (left == right) != (leftDecimal == rightDecimal) {
                failures.append("\(leftLiteral) <> \(rightLiteral)")
            }
            if left.isWhole != leftDecimal.isWhole { failures.append("\(leftLiteral) isWhole") }
            if left.wholeInt != leftDecimal.wholeInt { failures.append("\(leftLiteral) wholeInt") }
        }
        #expect(failures.isEmpty, "\(failures.count) failed: \(failures.prefix(10))")
    }
}

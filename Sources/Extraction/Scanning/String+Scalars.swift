#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

extension String {
    /// The string of `scalars`, encoded once into a buffer and copied into the string without the UTF-8
    /// validation that `String(unsafeUninitializedCapacity:initializingUTF8With:)` always runs: the bytes come from
    /// `Unicode.Scalar` values, which are valid by construction, and validating them cost a third of the time.
    ///
    /// Contiguous scalars (an array, a slice of one, a buffer) are encoded from their storage by one non-generic loop;
    /// others are gathered into an array first.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        if let string = scalars.withContiguousStorageIfAvailable(String.init(scalarBuffer:)) {
            self = string
        } else {
            self = Array(scalars).withUnsafeBufferPointer(String.init(scalarBuffer:))
        }
    }

    /// The string of the scalars in `scalars`.
    ///
    /// The buffer is sized for four bytes a scalar, the most one takes, rather than counted first: the texts made
    /// here are short, so it lives on the stack.
    init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count &* 4) { utf8 in
            guard let base = utf8.baseAddress else { return "" }
            var end = base
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    end[0] = UInt8(truncatingIfNeeded: value)
                    end += 1
                case 0x800..<0x10000:  // most of these texts: CJK, three bytes
                    end[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    end[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    end[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    end += 3
                case ..<0x800:
                    end[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    end[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    end += 2
                default:
                    end[0] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    end[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    end[2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    end[3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    end += 4
                }
            }
            let bytes = UnsafeBufferPointer(start: base, count: end - base)
            // `UTF8Span` ships with the OS on Apple platforms (macOS 26); older systems validate the bytes once more.
            guard #available(macOS 26, *) else { return String(decoding: bytes, as: UTF8.self) }
            return String(copying: UTF8Span(unchecked: bytes.span))
        }
    }

    /// Calls `body` with the string's UTF-8, read where it is stored.
    ///
    /// `withUTF8` is mutating: on a string passed in, it needs a copy, which costs a retain and a release of the
    /// storage. Only a string bridged from elsewhere, which holds no contiguous UTF-8, is copied here.
    @inlinable @inline(__always)
    package func withUTF8InPlace<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var string = self
        return string.withUTF8(body)
    }

    /// Whether the two strings are written with the same bytes.
    ///
    /// `==` also accepts canonically equivalent strings,
    /// and deciding that for two different non-ASCII strings costs hundreds of instructions; the lexicon's words
    /// and the texts they are compared with are written one way.
    func isSameText(as other: String) -> Bool {
        // A native string knows its UTF-8 count; strings of different lengths differ without reading them.
        guard utf8.count == other.utf8.count else { return false }
        return withUTF8InPlace { bytes in
            other.withUTF8InPlace { otherBytes in
                guard let first = bytes.baseAddress, let second = otherBytes.baseAddress else { return true }
                return memcmp(first, second, bytes.count) == 0
            }
        }
    }

    /// The string's Unicode scalars, decoded in one pass over its UTF-8 into an array of exactly their number.
    ///
    /// A Swift string's UTF-8 is always valid, so the decoder needs no error path; it is several times cheaper than
    /// `Array(unicodeScalars)`, which counts and then copies through the generic collection protocols.
    var scalarArray: [Unicode.Scalar] {
        withUTF8InPlace { utf8 in
            // Every byte but a continuation byte (10xxxxxx) starts a scalar.
            let scalarCount = utf8.count - Self.continuationByteCount(utf8)
            // A Swift string's UTF-8 is valid, so every decoded value is a scalar: write the raw values.
            return [Unicode.Scalar](scalarValues: scalarCount) { Self.decodeScalarValues(utf8, into: $0, at: 0) }
        }
    }

    /// How many bytes of `utf8` are continuation bytes (10xxxxxx): eight bytes at a time, a byte counted where its
    /// high bit is set and the next one clear.
    @inline(__always)
    static func continuationByteCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var count = 0
        var index = 0
        while utf8.count - index >= 8 {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            count &+= (word & ~(word << 1) & highBits).nonzeroBitCount
            index += 8
        }
        while index < utf8.count {
            count &+= base[index] & 0xC0 == 0x80 ? 1 : 0
            index += 1
        }
        return count
    }

    /// Decodes valid UTF-8 (a Swift string's) into scalar values written from `offset` of `values`, which must have
    /// room for them (as many as the bytes, at most); returns how many it wrote.
    ///
    /// The loop decodes in place rather than calling ``decodeScalarValue(_:at:)``: through the helper it took about a
    /// sixth more instructions (callgrind of the 1 MB dense document).
    @inline(__always)
    static func decodeScalarValues(
        _ utf8: UnsafeBufferPointer<UInt8>, into values: UnsafeMutableBufferPointer<UInt32>, at offset: Int
    ) -> Int {
        var index = 0
        var written = offset
        while index < utf8.count {
            let lead = UInt32(utf8[index])
            if lead < 0x80 {
                values.initializeElement(at: written, to: lead)
                index += 1
            } else if lead >= 0xE0 && lead < 0xF0 {  // most of these texts: CJK, three bytes
                values.initializeElement(
                    at: written,
                    to: (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F))
                index += 3
            } else if lead < 0xE0 {
                values.initializeElement(at: written, to: (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F))
                index += 2
            } else {
                values.initializeElement(
                    at: written,
                    to: (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                        | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F))
                index += 4
            }
            written += 1
        }
        return written - offset
    }

    /// The value and byte length of the scalar whose valid UTF-8 (a Swift string's) starts at `index`.
    @inline(__always)
    static func decodeScalarValue(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(utf8[index])
        if lead < 0x80 { return (lead, 1) }
        if lead >= 0xE0 && lead < 0xF0 {  // most of these texts: CJK, three bytes
            return ((lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F), 3)
        }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F), 2) }
        let value =
            (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12 | UInt32(utf8[index + 2] & 0x3F) << 6
            | UInt32(utf8[index + 3] & 0x3F)
        return (value, 4)
    }

    /// Whether the string is written with exactly `scalars`, decoded from its UTF-8 as it compares them: no array is
    /// made, and `String.unicodeScalars`'s generic iteration costs several times more.
    func isWritten(as scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        withUTF8InPlace { utf8 in
            // Each scalar takes one to four bytes.
            guard utf8.count >= scalars.count, utf8.count <= 4 * scalars.count else { return false }
            var index = 0
            var position = scalars.startIndex
            while index < utf8.count {
                guard position < scalars.endIndex else { return false }
                let (value, length) = Self.decodeScalarValue(utf8, at: index)
                guard value == scalars[position].value else { return false }
                index += length
                position += 1
            }
            return position == scalars.endIndex
        }
    }
}

extension [Unicode.Scalar] {
    /// An array of at most `count` scalars, whose raw values `initialize` writes into a buffer of `count` and
    /// returns how many it wrote; each value must be a Unicode scalar value.
    ///
    /// The array is allocated by `reserveCapacity`, whose code is specialized for its element:
    /// `init(unsafeUninitializedCapacity:initializingWith:)` allocates through the standard library's generic code,
    /// which looks up the storage class's metadata at every call (about 400 instructions, once for each paragraph).
    /// The values are written into a temporary buffer (on the stack when small) and copied in once.
    @inline(__always)
    init(scalarValues count: Int, _ initialize: (UnsafeMutableBufferPointer<UInt32>) -> Int) {
        self = []
        reserveCapacity(count)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { values in
            let written = initialize(values)
            // (`Unicode.Scalar` is a frozen struct around one `UInt32`: same size, stride and alignment.)
            values.withMemoryRebound(to: Unicode.Scalar.self) {
                append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<written]))
            }
        }
    }
}

extension [String] {
    /// Whether the two arrays hold the same strings, each written with the same bytes (at once when they share their
    /// storage); see ``Swift/String/isSameText(as:)``.
    func isSameText(as other: [String]) -> Bool {
        let sameStorage = withUnsafeBufferPointer { mine in
            other.withUnsafeBufferPointer { mine.baseAddress == $0.baseAddress && mine.count == $0.count }
        }
        return sameStorage || elementsEqual(other) { $0.isSameText(as: $1) }
    }
}

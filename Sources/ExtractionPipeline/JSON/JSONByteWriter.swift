#if canImport(FoundationEssentials)
    package import FoundationEssentials
#else
    package import Foundation
#endif
#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif
internal import Dispatch
internal import Extraction
internal import Synchronization

/// Writes JSON as UTF-8 bytes into one buffer, compact or indented as `JSONEncoder`'s `.prettyPrinted` indents.
///
/// The output is what Foundation's `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes`: callers
/// write an object's keys in the order of their UTF-8 bytes (debug builds check it), strings are escaped as
/// `JSONEncoder` escapes them, and numbers are formatted as it formats them. The writer either grows its buffer or,
/// given a sink, hands the sink each full chunk and reuses the buffer; no value allocates.
public struct JSONByteWriter: ~Copyable {
    /// Whether to indent: two spaces a level, `"key" : value`, an empty container as an empty line.
    package let pretty: Bool
    /// The buffer (`malloc`ed, so that growing it may move no bytes); `count` bytes of it are written.
    private var base: UnsafeMutableRawPointer
    private var count = 0
    private var capacity: Int
    /// Where full chunks go; without a sink the buffer grows.
    private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
    /// The first error the sink threw; what follows it is discarded.
    private var sinkError: (any Error)?
    /// How many threads the elements of a long array are written on (the calling one included); the bytes are the
    /// same for any number.
    package var threads = 1
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has no member yet.
    private var isEmpty = true
    /// The last arrays written by ``repeatedStrings(_:)``.
    private var recentStrings: [RecentStrings] = []
    /// The entry of ``recentStrings`` that the next new array replaces, once it is full.
    private var nextRecentStrings = 0
    /// The entry of ``recentStrings`` that the last call of ``repeatedStrings(_:)`` wrote.
    private var lastRecentStrings = 0
    #if DEBUG
        /// The last key written in each open container, to check their order.
        private var lastKeys: [[UInt8]] = []
    #endif

    /// A writer that grows its buffer from `initialCapacity` bytes.
    package init(pretty: Bool, initialCapacity: Int = 1 << 16) {
        self.pretty = pretty
        capacity = max(initialCapacity, 64)
        base = Self.allocate(capacity)
        sink = nil
    }

    /// A writer that hands `sink` its bytes in chunks of at most `chunkSize` bytes.
    ///
    /// `sink` must outlive the writer; ``finish()`` hands it the last chunk and rethrows its first error.
    package init(pretty: Bool, chunkSize: Int, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.pretty = pretty
        capacity = max(chunkSize, 64)
        base = Self.allocate(capacity)
        self.sink = sink
    }

    deinit {
        free(base)
        for recent in recentStrings { free(recent.json.baseAddress) }
    }

    private static func allocate(_ byteCount: Int) -> UnsafeMutableRawPointer {
        guard let buffer = malloc(byteCount) else { fatalError("out of memory for \(byteCount) bytes of JSON") }
        return buffer
    }

    /// The bytes written so far, for a writer without a sink.
    package func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Hands the sink what is left and throws the sink's first error, if any.
    package mutating func finish() throws {
        if sink != nil { flush() }
        if let sinkError { throw sinkError }
    }

    // MARK: Buffer

    /// Makes room for `byteCount` more bytes.
    @inline(__always)
    private mutating func reserve(_ byteCount: Int) {
        if capacity &- count < byteCount { makeRoom(byteCount) }
    }

    private mutating func makeRoom(_ byteCount: Int) {
        if sink != nil { flush() }
        guard capacity - count < byteCount else { return }
        let newCapacity = max(capacity * 2, count + byteCount)
        guard let grown = realloc(base, newCapacity) else {
            fatalError("out of memory for \(newCapacity) bytes of JSON")
        }
        base = grown
        capacity = newCapacity
    }

    private mutating func flush() {
        guard sink != nil, count > 0 else { return }
        hand(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    /// Hands `bytes` to the sink, unless it has thrown already; its first error is kept for ``finish()``.
    private mutating func hand(_ bytes: UnsafeRawBufferPointer) {
        guard let sink, sinkError == nil else { return }
        do { try sink(bytes) } catch { sinkError = error }
    }

    /// Appends one byte; room must be reserved.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count &+= 1
    }

    /// Appends bytes; room must be reserved.
    @inline(__always)
    private mutating func put(_ bytes: UnsafeRawPointer, _ byteCount: Int) {
        (base + count).copyMemory(from: bytes, byteCount: byteCount)
        count &+= byteCount
    }

    /// Appends bytes, handing full chunks to the sink on the way (a writer without a sink grows instead).
    ///
    /// Bytes that do not fit in the room left go to the sink straight from where they are, a chunk at a time, once
    /// what is buffered is handed over: only what is left after the last whole chunk is copied.
    private mutating func append(_ bytes: UnsafeRawPointer, _ byteCount: Int) {
        guard sink != nil, byteCount > capacity - count else {
            reserve(byteCount)
            put(bytes, byteCount)
            return
        }
        flush()
        var bytes = bytes
        var remaining = byteCount
        while remaining >= capacity {
            hand(UnsafeRawBufferPointer(start: bytes, count: capacity))
            bytes += capacity
            remaining -= capacity
        }
        put(bytes, remaining)
    }

    /// Appends ASCII text known at compile time.
    @inline(__always)
    private mutating func put(_ text: StaticString) {
        reserve(text.utf8CodeUnitCount)
        put(text.utf8Start, text.utf8CodeUnitCount)
    }

    // MARK: Structure

    /// Opens an object; its members follow, each a ``key(_:)`` and a value.
    package mutating func beginObject() {
        open(UInt8(ascii: "{"))
        #if DEBUG
            lastKeys.append([])
        #endif
    }

    /// Closes the innermost object.
    package mutating func endObject() {
        #if DEBUG
            lastKeys.removeLast()
        #endif
        close(UInt8(ascii: "}"))
    }

    /// Opens an array; each element is an ``element()`` and a value.
    package mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the member `key` of the open object; its value comes next.
    ///
    /// An object's keys come in the order of their UTF-8 bytes, each once (debug builds stop otherwise).
    @inline(__always)
    package mutating func key(_ key: StaticString) {
        key.withUTF8Buffer { self.key(bytes: $0) }
    }

    /// Starts the member named by `key`'s string value; its value comes next.
    package mutating func key(_ key: some CodingKey) {
        var name = key.stringValue
        name.withUTF8 { self.key(bytes: $0) }
    }

    /// Writes a key that needs no escaping (checked in debug builds).
    @inline(__always)
    private mutating func key(bytes: UnsafeBufferPointer<UInt8>) {
        #if DEBUG
            precondition(Self.needsNoEscape(bytes))
            let previous = lastKeys[lastKeys.count - 1]
            precondition(
                Self.keyFollows(previous, bytes),
                "JSON key \"\(String(decoding: bytes, as: UTF8.self))\" written after \"\(String(decoding: previous, as: UTF8.self))\""
            )
            lastKeys[lastKeys.count - 1] = Array(bytes)
        #endif
        guard !pretty else {
            startMember()
            reserve(bytes.count + 5)
            put(UInt8(ascii: "\""))
            if let address = bytes.baseAddress { put(address, bytes.count) }
            put("\" : ")
            return
        }
        // Compact: the comma, the quoted key and the colon in the room of one reservation.
        reserve(bytes.count + 4)
        if !isEmpty { put(UInt8(ascii: ",")) }
        isEmpty = false
        put(UInt8(ascii: "\""))
        if let address = bytes.baseAddress { put(address, bytes.count) }
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
    }

    /// Whether none of `bytes` is one that a JSON string escapes (``isEscaped(_:)``).
    static func needsNoEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains(where: isEscaped)
    }

    /// Whether a JSON string escapes `byte`: a control character, a quote or a backslash.
    @inline(__always)
    static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether `key` may follow `previous` (empty for the first key) in an object with sorted keys: its UTF-8 bytes
    /// sort strictly after those of `previous`.
    static func keyFollows(_ previous: [UInt8], _ key: some Collection<UInt8>) -> Bool {
        previous.isEmpty || previous.lexicographicallyPrecedes(key)
    }

    /// Starts the next element of the open array; its value comes next.
    package mutating func element() {
        startMember()
    }

    private mutating func open(_ bracket: UInt8) {
        reserve(1)
        put(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if isEmpty { put("\n") }
            newline()
        }
        reserve(1)
        put(bracket)
        isEmpty = false
    }

    @inline(__always)
    private mutating func startMember() {
        if !isEmpty {
            reserve(1)
            put(UInt8(ascii: ","))
        }
        if pretty { newline() }
        isEmpty = false
    }

    private mutating func newline() {
        let indent = 2 * depth
        reserve(1 + indent)
        put(UInt8(ascii: "\n"))
        (base + count).initializeMemory(as: UInt8.self, repeating: UInt8(ascii: " "), count: indent)
        count += indent
    }

    // MARK: Values

    /// `null`.
    package mutating func null() { put("null") }

    /// `true` or `false`.
    package mutating func bool(_ value: Bool) {
        if value { put("true") } else { put("false") }
    }

    /// An integer in decimal digits.
    package mutating func int(_ value: Int) {
        reserve(20)
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // Block numbers and offsets are most of the integers of a report: counted by a few comparisons, written two
        // digits a division, each pair copied from a table.
        var digits: Int
        if magnitude < 100_000 {
            digits = magnitude < 100 ? (magnitude < 10 ? 1 : 2) : magnitude < 1_000 ? 3 : magnitude < 10_000 ? 4 : 5
        } else {
            digits = 6
            var power: UInt = 1_000_000
            while digits < 20, magnitude >= power {
                digits += 1
                power = power &* 10
            }
        }
        let pairs = Self.digitPairs.utf8Start
        var position = count + digits
        while magnitude >= 100 {
            let pair = Int(truncatingIfNeeded: magnitude % 100)
            magnitude /= 100
            position -= 2
            base.storeBytes(
                of: UnsafeRawPointer(pairs + 2 * pair).loadUnaligned(as: UInt16.self), toByteOffset: position,
                as: UInt16.self)
        }
        if magnitude >= 10 {
            base.storeBytes(
                of: UnsafeRawPointer(pairs + 2 * Int(magnitude)).loadUnaligned(as: UInt16.self),
                toByteOffset: position - 2, as: UInt16.self)
        } else {
            base.storeBytes(of: UInt8(ascii: "0") + UInt8(magnitude), toByteOffset: position - 1, as: UInt8.self)
        }
        count += digits
    }

    /// The two digits of every number from 00 to 99, in order.
    private static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// A `Decimal` as `JSONEncoder` writes it: its `description`.
    package mutating func decimal(_ value: Decimal) {
        reserve(DecimalDigits.maximumLength)
        if let written = DecimalDigits.write(value, to: base + count) {
            count += written
        } else {
            var text = value.description
            text.withUTF8 { if let address = $0.baseAddress { append(address, $0.count) } }
        }
    }

    /// A string literal of text known at compile time that needs no escaping (checked in debug builds), such as the
    /// raw value of an enumeration's case: written without reading a `String`.
    @inline(__always)
    package mutating func string(literal value: StaticString) {
        value.withUTF8Buffer { bytes in
            #if DEBUG
                precondition(Self.needsNoEscape(bytes), "JSON literal \(value) needs escaping")
            #endif
            reserve(bytes.count + 2)
            put(UInt8(ascii: "\""))
            if let address = bytes.baseAddress { put(address, bytes.count) }
            put(UInt8(ascii: "\""))
        }
    }

    /// A string literal: quotes, backslashes and control characters escaped as `JSONEncoder` escapes them; every
    /// other byte (slashes, DEL, non-ASCII text) as is.
    package mutating func string(_ value: String) {
        value.withUTF8InPlace { self.string(utf8: $0) }
    }

    /// An array of strings.
    package mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    /// An array of strings, as ``strings(_:)`` writes it; when `values` is one of the last few arrays given here (the
    /// same storage, which the writer keeps alive meanwhile), the bytes kept from that call are copied instead.
    ///
    /// Findings repeat their section path: the findings of a section share one array, and a document has few.
    package mutating func repeatedStrings(_ values: [String]) {
        // Indented, the bytes depend on the depth too.
        let depth = pretty ? depth : 0
        // Compared by position and field, not through a closure given each entry: a copy of an entry retained its
        // array, once for every finding written.
        // The array of the last call first: consecutive findings mostly share their section.
        var position = lastRecentStrings
        values.withUnsafeBufferPointer { values in
            if position < recentStrings.count, recentStrings[position].isWriting(values, atDepth: depth) { return }
            position = 0
            while position < recentStrings.count, !recentStrings[position].isWriting(values, atDepth: depth) {
                position += 1
            }
        }
        if position == recentStrings.count {
            var writer = JSONByteWriter(pretty: pretty, initialCapacity: 64)
            writer.depth = depth
            writer.strings(values)
            let json = writer.withBytes { bytes in
                let copy = UnsafeMutableRawBufferPointer(start: Self.allocate(bytes.count), count: bytes.count)
                copy.copyMemory(from: bytes)
                return copy
            }
            let recent = RecentStrings(values: values, depth: depth, json: json)
            // Filled in order, then replaced in the same order: `nextRecentStrings` is the next place either way.
            position = nextRecentStrings
            if recentStrings.count < Self.recentStringsCount {
                recentStrings.append(recent)
            } else {
                free(recentStrings[position].json.baseAddress)
                recentStrings[position] = recent
            }
            nextRecentStrings = (position + 1) % Self.recentStringsCount
        }
        lastRecentStrings = position
        let json = recentStrings[position].json
        if let address = json.baseAddress { append(address, json.count) }
    }

    /// How many arrays ``repeatedStrings(_:)`` keeps.
    private static let recentStringsCount = 8

    /// An array of `values`, each written by `write`.
    package mutating func array<Value: Sendable>(
        _ values: [Value], _ write: @escaping @Sendable (Value, inout JSONByteWriter) -> Void
    ) {
        beginArray()
        elements(values, write)
        endArray()
    }

    /// An array of `values`, each written by its own ``JSONElement/writeJSON(to:)``.
    mutating func array(_ values: [some JSONElement]) {
        beginArray()
        elements(values)
        endArray()
    }

    /// The elements of `values` in the open array, each written by `write`: a long array on ``threads`` threads
    /// (``elements(count:_:)``).
    package mutating func elements<Value: Sendable>(
        _ values: [Value], _ write: @escaping @Sendable (Value, inout JSONByteWriter) -> Void
    ) {
        elements(count: values.count) { range, writer in
            for position in range {
                writer.element()
                write(values[position], &writer)
            }
        }
    }

    /// The elements of `values` in the open array, each written by its own ``JSONElement/writeJSON(to:)``, called
    /// directly rather than through a closure per array: a long array on ``threads`` threads (``elements(count:_:)``).
    mutating func elements(_ values: [some JSONElement]) {
        elements(count: values.count) { range, writer in
            for position in range {
                writer.element()
                values[position].writeJSON(to: &writer)
            }
        }
    }

    /// `count` elements in the open array, `writeElements` writing those of a range of positions: a long array on
    /// ``threads`` threads.
    ///
    /// A long array is cut into pieces of consecutive elements, which the threads take in turn and write each into a
    /// writer of its own; the calling thread appends the pieces' bytes in order as they are done (and so hands them to
    /// the sink, which it alone calls), and writes pieces itself while the next one is not done. Appending thus runs
    /// alongside the writing of later pieces; at most ``piecesAhead`` pieces are written ahead of the appending.
    private mutating func elements(
        count: Int, _ writeElements: @escaping @Sendable (Range<Int>, inout JSONByteWriter) -> Void
    ) {
        guard threads > 1, count >= 2 * Self.elementsPerPiece else {
            writeElements(0..<count, &self)
            return
        }
        let pieceCount = (count + Self.elementsPerPiece - 1) / Self.elementsPerPiece
        let schedule = PieceSchedule(count: pieceCount, ahead: Self.piecesAhead, pretty: pretty)
        let depth = self.depth
        let isFirst = isEmpty
        let writePiece: @Sendable (Int, PieceWriter) -> Void = { piece, writer in
            // Only the first element of the array goes without a comma.
            writer.json.restart(depth: depth, isEmpty: piece == 0 && isFirst)
            let start = piece * Self.elementsPerPiece
            writeElements(start..<min(count, start + Self.elementsPerPiece), &writer.json)
        }
        // Helpers are not waited for: once every piece is appended none holds one, and a helper that starts late
        // finds none left (it holds the schedule and `writeElements` until then).
        let helpers = min(threads, Self.piecesAhead, pieceCount) - 1
        for _ in 0..<helpers {
            DispatchQueue.global().async {
                while let (piece, writer) = schedule.nextPiece(waitingForRoom: true) {
                    writePiece(piece, writer)
                    schedule.handIn(piece, writer)
                }
            }
        }
        var next = 0
        while next < pieceCount {
            if let writer = schedule.written(next) {
                writer.json.withBytes { if let address = $0.baseAddress { append(address, $0.count) } }
                schedule.appended(writer)
                next += 1
            } else if let (piece, writer) = schedule.nextPiece(waitingForRoom: false) {
                writePiece(piece, writer)
                schedule.handIn(piece, writer)
            } else {
                schedule.waitForAPiece()
            }
        }
        isEmpty = false
    }

    /// How many consecutive elements of a long array one thread writes at a time.
    private static let elementsPerPiece = 1_024

    /// How many pieces of a long array may be written and not yet appended.
    private static let piecesAhead = 8

    /// Empties a writer without a sink and sets it inside `depth` open containers, the innermost empty or not.
    private mutating func restart(depth: Int, isEmpty: Bool) {
        count = 0
        self.depth = depth
        self.isEmpty = isEmpty
    }

    /// The member `key` with `value`, left out when `value` is nil (as `encodeIfPresent` leaves it out).
    package mutating func member(_ key: StaticString, ifPresent value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    /// The member `key` with `value`, left out when `value` is nil (as `encodeIfPresent` leaves it out).
    package mutating func member(_ key: StaticString, ifPresent value: Int?) {
        guard let value else { return }
        self.key(key)
        int(value)
    }

    /// `value` written by `write`, or `null`.
    package mutating func optional<Value>(_ value: Value?, _ write: (inout JSONByteWriter, Value) -> Void) {
        if let value { write(&self, value) } else { null() }
    }

    private mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        // Most strings escape nothing and fit in the room left: one reservation, one copy.
        if let start = utf8.baseAddress, utf8.count < capacity - 2,
            Self.firstByteToEscape(from: start, to: start + utf8.count) == start + utf8.count
        {
            reserve(utf8.count + 2)
            put(UInt8(ascii: "\""))
            putShort(start, utf8.count)
            put(UInt8(ascii: "\""))
            return
        }
        reserve(1)
        put(UInt8(ascii: "\""))
        if var position = utf8.baseAddress {
            let end = position + utf8.count
            while true {
                let runStart = position
                position = Self.firstByteToEscape(from: position, to: end)
                append(runStart, position - runStart)
                guard position < end else { break }
                escape(position.pointee)
                position += 1
            }
        }
        reserve(1)
        put(UInt8(ascii: "\""))
    }

    /// Appends bytes, usually a few (a string's); room must be reserved.
    ///
    /// From 8 to 16 bytes are copied by two loads and two stores of a word each (overlapping when fewer than 16),
    /// fewer than 8 one at a time, more by `memcpy`: for a few bytes, calling `memcpy` cost more than the copy.
    @inline(__always)
    private mutating func putShort(_ bytes: UnsafePointer<UInt8>, _ byteCount: Int) {
        let target = base + count
        if byteCount >= 8 && byteCount <= 16 {
            let first = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)
            let last = UnsafeRawPointer(bytes + byteCount - 8).loadUnaligned(as: UInt64.self)
            target.storeBytes(of: first, as: UInt64.self)
            (target + byteCount - 8).storeBytes(of: last, as: UInt64.self)
        } else if byteCount < 8 {
            for offset in 0..<byteCount {
                target.storeBytes(of: bytes[offset], toByteOffset: offset, as: UInt8.self)
            }
        } else {
            target.copyMemory(from: bytes, byteCount: byteCount)
        }
        count &+= byteCount
    }

    /// The first byte in `start..<end` that a JSON string must escape (`end` if none): eight bytes at a time
    /// while none of them is a control character, a quote or a backslash.
    ///
    /// The last bytes, fewer than eight, are tested as one word too: the eight bytes that end at `end` when the text
    /// has that many (the bytes already tested tested again), else the bytes themselves, with spaces after them.
    @inline(__always)
    private static func firstByteToEscape(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>)
        -> UnsafePointer<UInt8>
    {
        var position = start
        while end - position >= 8 {
            if needsEscape(UnsafeRawPointer(position).loadUnaligned(as: UInt64.self)) {
                return firstByteToEscapeByteByByte(from: position, to: end)
            }
            position += 8
        }
        guard position < end else { return end }
        let tail: UInt64
        if end - start >= 8 {
            tail = UnsafeRawPointer(end - 8).loadUnaligned(as: UInt64.self)
        } else {
            let byteCount = end - position
            var word: UInt64 = 0x2020_2020_2020_2020 << (8 * UInt64(byteCount))
            for offset in 0..<byteCount { word |= UInt64(position[offset]) << (8 * UInt64(offset)) }
            tail = word
        }
        return needsEscape(tail) ? firstByteToEscapeByteByByte(from: position, to: end) : end
    }

    /// Whether one of the eight bytes of `word` is a control character, a quote or a backslash.
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // A byte's high bit is set in `control` for a byte below 0x20 (exact for the first such byte, all that is
        // needed), and in `quote`/`backslash` for a byte equal to 0x22 or 0x5C; non-ASCII bytes set none.
        let control = (word &- ones &* 0x20) & ~word
        let quoteBits = word ^ (ones &* 0x22)
        let quote = (quoteBits &- ones) & ~quoteBits
        let backslashBits = word ^ (ones &* 0x5C)
        let backslash = (backslashBits &- ones) & ~backslashBits
        return (control | quote | backslash) & highBits != 0
    }

    /// The first byte in `start..<end` that a JSON string must escape (`end` if none), one byte at a time.
    private static func firstByteToEscapeByteByByte(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>)
        -> UnsafePointer<UInt8>
    {
        var position = start
        while position < end {
            if isEscaped(position.pointee) { return position }
            position += 1
        }
        return end
    }

    /// Writes the escape of `byte`: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` or `\u00XX`.
    private mutating func escape(_ byte: UInt8) {
        reserve(6)
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
        case 0x08: put(UInt8(ascii: "b"))
        case 0x0C: put(UInt8(ascii: "f"))
        case UInt8(ascii: "\n"): put(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): put(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): put(UInt8(ascii: "t"))
        default:
            put("u00")
            put(Self.hexDigit(byte >> 4))
            put(Self.hexDigit(byte & 0x0F))
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}

/// A value that writes its own JSON through a ``JSONByteWriter``.
public protocol JSONWritable {
    /// Writes what `JSONEncoder` writes for the value with sorted keys: keys in the order of their bytes.
    func writeJSON(to writer: inout JSONByteWriter) throws
}

/// An element of the arrays a report holds (``JSONByteWriter/array(_:)``).
protocol JSONElement: Sendable {
    /// Writes what `JSONEncoder` writes for the value with sorted keys.
    func writeJSON(to writer: inout JSONByteWriter)
}

/// An array of strings that ``JSONByteWriter/repeatedStrings(_:)`` wrote: kept, so that its storage's address names
/// it, with the depth it was written at and its JSON (`malloc`ed; the writer frees it).
private struct RecentStrings {
    let values: [String]
    let depth: Int
    let json: UnsafeMutableRawBufferPointer

    /// Whether `other` is this array's storage, written at `depth`.
    func isWriting(_ other: UnsafeBufferPointer<String>, atDepth depth: Int) -> Bool {
        self.depth == depth
            && values.withUnsafeBufferPointer { $0.baseAddress == other.baseAddress && $0.count == other.count }
    }
}

/// The writer one piece of a long array is written into.
///
/// Unchecked: a writer belongs to one thread at a time, handed over through a ``PieceSchedule``'s lock: taken with
/// a piece, handed in when the piece is written, taken back by the appending thread, and returned for reuse.
private final class PieceWriter: @unchecked Sendable {
    var json: JSONByteWriter

    init(pretty: Bool) {
        json = JSONByteWriter(pretty: pretty)
    }
}

/// The pieces of one long array: which is next to write, which are written and wait to be appended, and the idle
/// writers to write them into.
private final class PieceSchedule: Sendable {
    private struct State {
        /// The next piece to hand out.
        var nextPiece = 0
        /// The written pieces not yet appended, by piece number.
        var written: [PieceWriter?]
        /// Writers whose pieces have been appended.
        var idle: [PieceWriter] = []
    }

    private let state: Mutex<State>
    private let count: Int
    private let pretty: Bool
    /// Signalled once for every piece handed in.
    private let handedIn = DispatchSemaphore(value: 0)
    /// Counts the pieces that may still be handed out before more are appended.
    private let room: DispatchSemaphore

    init(count: Int, ahead: Int, pretty: Bool) {
        self.count = count
        self.pretty = pretty
        state = Mutex(State(written: [PieceWriter?](repeating: nil, count: count)))
        room = DispatchSemaphore(value: ahead)
    }

    /// The next piece to write and a writer for it, or nil when every piece is handed out.
    ///
    /// A helper waits for room (fewer than `ahead` pieces taken and not appended); the appending thread, which makes
    /// room, does not wait: it gets nil when there is none.
    func nextPiece(waitingForRoom: Bool) -> (Int, PieceWriter)? {
        if waitingForRoom {
            room.wait()
        } else if room.wait(timeout: .now()) == .timedOut {
            return nil
        }
        let taken = state.withLock { state -> (Int, PieceWriter?)? in
            guard state.nextPiece < count else { return nil }
            defer { state.nextPiece += 1 }
            return (state.nextPiece, state.idle.popLast())
        }
        guard let (piece, idle) = taken else {
            room.signal()
            return nil
        }
        return (piece, idle ?? PieceWriter(pretty: pretty))
    }

    /// Hands in `piece`, written into `writer`.
    func handIn(_ piece: Int, _ writer: PieceWriter) {
        state.withLock { $0.written[piece] = writer }
        handedIn.signal()
    }

    /// The writer of `piece` if it is written, taken out of the schedule.
    func written(_ piece: Int) -> PieceWriter? {
        state.withLock { $0.written[piece].take() }
    }

    /// Returns the writer of a piece just appended, which makes room for one more piece.
    func appended(_ writer: PieceWriter) {
        state.withLock { $0.idle.append(writer) }
        room.signal()
    }

    /// Waits until some piece is handed in after the last wait (at once if one was meanwhile).
    func waitForAPiece() {
        handedIn.wait()
    }
}

#if canImport(Glibc)
    internal import Glibc
#endif

/// Decodes stored entry names: UTF-8 when the bytes are valid UTF-8, otherwise GB18030, the encoding
/// Windows' zip tool uses in a Chinese locale without setting the UTF-8 flag.
enum EntryNameDecoder {
    static func decode(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = convert(bytes, from: "GB18030") { return text }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let outputCapacity = output.count
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outputCapacity - outLeft
            }
        }
        guard let length = converted else { return nil }
        return String(validating: output[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

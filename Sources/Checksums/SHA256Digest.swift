internal import CLibcrypto

/// SHA-256 digests of byte buffers, computed by the system's libcrypto (OpenSSL's EVP interface).
public enum SHA256Digest {
    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex(of bytes: UnsafeRawBufferPointer) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        // EVP_Digest reads `bytes.count` bytes from the buffer and writes at most EVP_MAX_MD_SIZE bytes into `digest`,
        // both only for the duration of the call.
        let status = digest.withUnsafeMutableBufferPointer { output in
            EVP_Digest(bytes.baseAddress, bytes.count, output.baseAddress, &length, EVP_sha256(), nil)
        }
        precondition(status == 1 && length == 32, "libcrypto failed to compute a SHA-256 digest")
        let hexDigits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest[..<Int(length)] {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex(of bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex(of: $0) }
    }
}

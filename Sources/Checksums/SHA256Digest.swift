internal import CLibcrypto

/// SHA-256 digests of byte buffers, computed by the system's libcrypto (its SHA-256 functions, which need none of
/// EVP's provider set-up: a process that hashes one file does not pay for it).
public enum SHA256Digest {
    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex(of bytes: UnsafeRawBufferPointer) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        var context = SHA256_CTX()
        // SHA256_Update reads `bytes.count` bytes from the buffer and SHA256_Final writes 32 bytes into `digest`, both
        // only for the duration of the call.
        let status = digest.withUnsafeMutableBufferPointer { output in
            SHA256_Init(&context) == 1 && SHA256_Update(&context, bytes.baseAddress, bytes.count) == 1
                && SHA256_Final(output.baseAddress, &context) == 1
        }
        precondition(status, "libcrypto failed to compute a SHA-256 digest")
        let hexDigits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
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

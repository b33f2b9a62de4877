import Crypto
import Foundation

enum Hashing {
    /// Lowercase hexadecimal SHA-256 of the text's UTF-8 bytes.
    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

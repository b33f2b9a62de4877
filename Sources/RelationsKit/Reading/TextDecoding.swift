import Foundation

/// Turns the bytes of an input into text.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read. A NUL byte
/// means binary data and is rejected. Invalid UTF-8 is repaired when it is rare (each bad sequence
/// becomes U+FFFD and a warning names the first one's byte offset) and rejected when it is common,
/// because then the file is in another encoding or not text at all.
enum TextDecoding {
    struct Decoded {
        let text: String
        /// Set when bytes were replaced: "invalid UTF-8 at byte offset 12 (1 bad byte); repaired ...".
        let warning: String?
    }

    struct Problem: Error {
        let reason: String
    }

    /// More bad bytes than this share (and more than `repairableCount`) means "not UTF-8": rejected, not repaired.
    static let repairableShare = 0.01
    static let repairableCount = 8

    static func decode<Bytes: Collection>(_ bytes: Bytes) -> Result<Decoded, Problem> where Bytes.Element == UInt8, Bytes.Index == Int {
        let start = bytes.startIndex
        if bytes.count >= 2 {
            let first = bytes[start], second = bytes[start + 1]
            if (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF) {
                return decodeUTF16(Data(bytes), bigEndian: first == 0xFE)
            }
        }
        let skip = bytes.count >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF ? 3 : 0
        let body = bytes[(start + skip)...]
        if let zero = body.firstIndex(of: 0) {
            return .failure(Problem(reason: "binary data (a NUL byte at byte offset \(zero - start)); not an article"))
        }
        if let text = String(validating: body, as: UTF8.self) { return .success(Decoded(text: text, warning: nil)) }
        let (first, count) = body.withContiguousStorageIfAvailable { invalidSequences(in: $0) } ?? Array(body).withUnsafeBufferPointer { invalidSequences(in: $0) }
        let offset = (first ?? 0) + skip
        if count > repairableCount, Double(count) > Double(body.count) * repairableShare {
            return .failure(Problem(reason: "not UTF-8 text (\(count) of its \(body.count) bytes are invalid UTF-8, the first at byte offset \(offset)); convert it to UTF-8. Nothing was stored"))
        }
        let text = String(decoding: body, as: UTF8.self)
        let bad = count == 1 ? "1 bad byte" : "\(count) bad bytes"
        return .success(Decoded(text: text, warning: "invalid UTF-8 at byte offset \(offset) (\(bad)); repaired with U+FFFD and imported"))
    }

    private static func decodeUTF16(_ data: Data, bigEndian: Bool) -> Result<Decoded, Problem> {
        guard data.count % 2 == 0 else { return .failure(Problem(reason: "invalid UTF-16 (an odd number of bytes)")) }
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2 - 1)
        var index = data.startIndex + 2
        while index < data.endIndex {
            let high = UInt16(data[index]), low = UInt16(data[index + 1])
            units.append(bigEndian ? high << 8 | low : low << 8 | high)
            index += 2
        }
        if let zero = units.firstIndex(of: 0) {
            return .failure(Problem(reason: "binary data (a NUL character at byte offset \(2 + zero * 2)); not an article"))
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var bad = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): scalars.append(scalar)
            case .error: bad += 1; scalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        let warning = bad == 0 ? nil : "invalid UTF-16 (\(bad) unpaired surrogate\(bad == 1 ? "" : "s") replaced by U+FFFD); imported"
        return .success(Decoded(text: String(scalars), warning: warning))
    }

    /// The offset of the first byte that is not part of valid UTF-8, and how many such bytes there are.
    static func invalidSequences(in bytes: UnsafeBufferPointer<UInt8>) -> (first: Int?, count: Int) {
        var first: Int?
        var count = 0
        var index = 0
        let end = bytes.count
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var scalar: UInt32
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07); minimum = 0x10000
            default: length = 0; scalar = 0; minimum = 0
            }
            var valid = length > 0 && index + length <= end
            if valid {
                for next in 1..<length {
                    let byte = bytes[index + next]
                    guard byte & 0xC0 == 0x80 else { valid = false; break }
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                }
            }
            if valid, scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) {
                index += length
            } else {
                if first == nil { first = index }
                count += 1
                index += 1
            }
        }
        return (first, count)
    }
}

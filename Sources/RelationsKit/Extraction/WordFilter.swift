/// A quick, exact "no" for a word that a set of words cannot contain, asked before the set itself: hashing a
/// string for a `Set<String>` lookup costs far more than this, and the rules that look up every token of an
/// article ("does a membership phrase start here?") find most tokens in no set.
///
/// It keeps one bit for each (first UTF-8 byte, UTF-8 length) pair of its words (lengths of 63 or more share one),
/// so `mayContain` is false only for a word the set does not hold.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256)

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words {
            let bit = Self.bit(word)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        let bit = Self.bit(word)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func bit(_ word: String) -> Int {
        Int(word.utf8.first ?? 0) * 64 + min(word.utf8.count, 63)
    }
}

/// A word, number or punctuation mark in a `MatchText`, with its folded range.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }
    let text: String
    /// `text` in lower case, computed once.
    let lower: String
    let kind: Kind
    /// Folded-scalar range `start..<end` in the `MatchText`.
    let start: Int
    let end: Int
    /// Newlines in the whitespace before this token (2 or more: a paragraph break). A line break that only wraps a
    /// paragraph of hard-wrapped copy (`SentenceSplitter.wrappedLineBreaks`) is no newline here, only a space.
    let newlinesBefore: Int
    /// Whether whitespace separates this token from the previous one.
    let spaceBefore: Bool
    /// The case of the first letter, and whether a word of two or more letters is all capitals ("MOSCOW", "CIS"): every
    /// rule family asks this of the same tokens many times, so it is worked out once here.
    let isCapitalized: Bool
    let isLowercase: Bool
    let isAllCaps: Bool

    /// The case flags of any text (the tokenizer has a faster way for ASCII).
    static func caseOf(_ text: String, lower: String, kind: Kind) -> (capitalized: Bool, lowercase: Bool, allCaps: Bool) {
        let first = text.unicodeScalars.first
        return (first.map(Tokenizer.isUpper) ?? false, first.map(Tokenizer.isLower) ?? false,
                kind == .word && text != lower && text.unicodeScalars.count > 1 && text.unicodeScalars.allSatisfy { !Tokenizer.isLower($0) })
    }
    /// Case-insensitive comparison with a lowercase word.
    func isWord(_ word: String) -> Bool { kind != .punctuation && lower == word }
}

enum Tokenizer {
    static func isUpper(_ s: Unicode.Scalar) -> Bool { s.value < 0x80 ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase }
    static func isLower(_ s: Unicode.Scalar) -> Bool { s.value < 0x80 ? (s.value >= 0x61 && s.value <= 0x7A) : s.properties.isLowercase }

    /// Lower case, with a fast path for ASCII.
    static func lowercase(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) else { return text }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return text.lowercased()
    }

    /// Splits folded text into tokens: runs of letters and digits (keeping inner apostrophes,
    /// but splitting a possessive "'s" off), and single punctuation marks. A line break that only wraps a paragraph of
    /// hard-wrapped copy counts as a space, not a newline.
    static func tokenize(_ text: MatchText) -> [Token] {
        tokenize(text.scalars)
    }

    /// One-character strings for the ASCII punctuation marks, made once.
    static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        // Line breaks that only wrap a paragraph are spaces: a sentence, a name or a bracket runs on over them.
        let wraps = SentenceSplitter.wrappedLineBreaks(scalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var newlines = 0
        var space = false
        let count = scalars.count
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x30 && s.value <= 0x39) }
            return s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
        }
        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" { if !wraps.contains(index) { newlines += 1 }; space = true; index += 1; continue }
            if scalar == " " || (scalar.value >= 0x80 || scalar.value < 0x20) && scalar.properties.isWhitespace { space = true; index += 1; continue }
            if isWordScalar(scalar) {
                let start = index
                var end = index + 1
                while end < count {
                    let next = scalars[end]
                    if isWordScalar(next) { end += 1; continue }
                    // An apostrophe between letters stays in the word ("O'zbekiston"), unless it starts a possessive "'s".
                    if next == "'", end + 1 < count, isWordScalar(scalars[end + 1]) {
                        let possessive = (scalars[end + 1] == "s" || scalars[end + 1] == "S")
                            && (end + 2 >= count || !isWordScalar(scalars[end + 2]))
                        if possessive { break }
                        end += 1
                        continue
                    }
                    break
                }
                // Strings built straight from UTF-8 (most tokens are short ASCII words, stored inline without allocating).
                var ascii = true, upper = false, lowerSeen = false, digits = true
                for i in start..<end {
                    let value = scalars[i].value
                    if value >= 0x80 { ascii = false; break }
                    if value >= 0x41 && value <= 0x5A { upper = true }
                    if value >= 0x61 && value <= 0x7A { lowerSeen = true }
                    if value < 0x30 || value > 0x39 { digits = false }
                }
                let text: String, lower: String, kind: Token.Kind, letterCase: (capitalized: Bool, lowercase: Bool, allCaps: Bool)
                if ascii, !upper, readsCapitalI(scalars, start, end) {
                    // "lslam Karimov", "Mr llham Aliyev": a capital I that a scan or an old feed turned into a small l.
                    let rest = MatchText.asciiString(scalars, start + 1, end, lowercased: false)
                    text = "I" + rest
                    lower = "i" + rest
                    kind = .word
                    letterCase = (true, false, false)
                } else if ascii {
                    text = MatchText.asciiString(scalars, start, end, lowercased: false)
                    lower = upper ? MatchText.asciiString(scalars, start, end, lowercased: true) : text
                    kind = digits ? .number : .word
                    let first = scalars[start].value
                    letterCase = (first >= 0x41 && first <= 0x5A, first >= 0x61 && first <= 0x7A, upper && !lowerSeen && end - start > 1)
                } else {
                    text = MatchText.string(scalars, start, end)
                    lower = Tokenizer.lowercase(text)
                    let isNumber = text.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 || $0.value >= 0x80 && $0.properties.numericType != nil }
                    kind = isNumber ? .number : .word
                    letterCase = Token.caseOf(text, lower: lower, kind: kind)
                }
                tokens.append(Token(text: text, lower: lower, kind: kind, start: start, end: end, newlinesBefore: newlines, spaceBefore: space,
                                    isCapitalized: letterCase.capitalized, isLowercase: letterCase.lowercase, isAllCaps: letterCase.allCaps))
                index = end
            } else if scalar == "'", index + 1 < count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                      index + 2 >= count || !isWordScalar(scalars[index + 2]), !tokens.isEmpty, !space {
                tokens.append(Token(text: "'s", lower: "'s", kind: .word, start: index, end: index + 2, newlinesBefore: newlines, spaceBefore: space,
                                    isCapitalized: false, isLowercase: false, isAllCaps: false))
                index += 2
            } else {
                let mark = scalar.value < 0x80 ? asciiStrings[Int(scalar.value)] : String(scalar)
                // An ASCII mark is no letter; some other symbols have a case ("Ⓐ").
                let ascii = scalar.value < 0x80
                tokens.append(Token(text: mark, lower: mark, kind: .punctuation, start: index, end: index + 1, newlinesBefore: newlines, spaceBefore: space,
                                    isCapitalized: !ascii && isUpper(scalar), isLowercase: !ascii && isLower(scalar), isAllCaps: false))
                index += 1
            }
            newlines = 0
            space = false
        }
        return tokens
    }
}

extension Tokenizer {
    /// Whether the word at `start..<end` is a capital I read as a small l, as in scanned and old wire copy ("lslam", "llham",
    /// "lran"): a word of four small letters or more that opens with an l before a consonant other than y, or with "ll"
    /// before one, which no English word does ("llama", "lymph" and "label" stay as they are), and not an HTML entity's
    /// name after "&" ("&lsquo;").
    static func readsCapitalI(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 4, scalars[start] == "l", start == 0 || scalars[start - 1] != "&" else { return false }
        func consonant(_ s: Unicode.Scalar) -> Bool { !"aeiouy".unicodeScalars.contains(s) }
        guard (start..<end).allSatisfy({ scalars[$0].value >= 0x61 && scalars[$0].value <= 0x7A }) else { return false }
        return consonant(scalars[start + 1]) && (scalars[start + 1] != "l" || consonant(scalars[start + 2]))
    }
}

extension Array where Element == String {
    /// Whether `phrase` appears at `index`: `self[index...].starts(with: phrase)`, several times cheaper (most words
    /// differ from the phrase's first word, and no slice is made for them).
    func hasPhrase(_ phrase: [String], at index: Int) -> Bool {
        guard index + phrase.count <= count else { return false }
        for offset in phrase.indices where self[index + offset] != phrase[offset] { return false }
        return true
    }
}

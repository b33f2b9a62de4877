/// A word, number or punctuation mark in a `MatchText`, with its folded range.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }
    let text: String
    let kind: Kind
    /// Folded-scalar range `start..<end` in the `MatchText`.
    let start: Int
    let end: Int
    /// Newlines in the whitespace before this token (2 or more: a paragraph break).
    let newlinesBefore: Int
    /// Whether whitespace separates this token from the previous one.
    let spaceBefore: Bool

    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var isLowercase: Bool { text.unicodeScalars.first.map { $0.properties.isLowercase } ?? false }
    var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.count > 1
            && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            && text.unicodeScalars.contains { $0.properties.isUppercase }
    }
    func `is`(_ words: String...) -> Bool { words.contains(text) }
    /// Case-insensitive comparison with a lowercase word.
    func isWord(_ lower: String) -> Bool { kind != .punctuation && text.lowercased() == lower }
}

enum Tokenizer {
    /// Splits folded text into tokens: runs of letters and digits (keeping inner apostrophes,
    /// but splitting a possessive "'s" off), and single punctuation marks.
    static func tokenize(_ text: MatchText) -> [Token] {
        tokenize(text.scalars)
    }

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var newlines = 0
        var space = false
        let count = scalars.count
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
        }
        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" { newlines += 1; space = true; index += 1; continue }
            if scalar.properties.isWhitespace { space = true; index += 1; continue }
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
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                let text = String(view)
                let isNumber = text.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
                tokens.append(Token(text: text, kind: isNumber ? .number : .word, start: start, end: end, newlinesBefore: newlines, spaceBefore: space))
                index = end
            } else if scalar == "'", index + 1 < count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                      index + 2 >= count || !isWordScalar(scalars[index + 2]), !tokens.isEmpty, !space {
                tokens.append(Token(text: "'s", kind: .word, start: index, end: index + 2, newlinesBefore: newlines, spaceBefore: space))
                index += 2
            } else {
                tokens.append(Token(text: String(scalar), kind: .punctuation, start: index, end: index + 1, newlinesBefore: newlines, spaceBefore: space))
                index += 1
            }
            newlines = 0
            space = false
        }
        return tokens
    }
}

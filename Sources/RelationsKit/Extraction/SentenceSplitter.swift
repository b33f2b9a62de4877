/// Splits a token stream into sentences (ranges of token indices) and paragraphs.
///
/// A `.`, `!` or `?` ends a sentence when the next token starts a new one (a capital letter,
/// a quote or a paragraph), unless it closes an abbreviation ("Mr.", "St.", "U.S." followed
/// by a lowercase word) or an initial ("V.V. Putin", "M.V.Mishustin").
enum SentenceSplitter {
    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Jr", "Sr", "Messrs",
        "Gov", "Sen", "Rep", "Amb", "Pres", "Rev", "Hon", "No", "Nos", "vs", "etc", "approx", "Inc", "Ltd", "Co", "Corp",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Art", "para", "cf", "e.g", "i.e", "Vol", "pp",
    ]

    static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            if end > start { result.append(start..<end) }
            start = end
        }
        while index < tokens.count {
            // Read in place: a copy of the token would retain its strings.
            if index > start, tokens[index].newlinesBefore >= 2 || (tokens[index].newlinesBefore == 1 && !tokens[index].isLowercase) {
                close(at: index)
            }
            if tokens[index].kind == .punctuation, tokens[index].text == "." || tokens[index].text == "!" || tokens[index].text == "?" {
                var end = index + 1
                // Closing quotes and brackets belong to the sentence they close.
                while end < tokens.count, tokens[end].kind == .punctuation, Self.closing(tokens[end].text), !tokens[end].spaceBefore {
                    end += 1
                }
                if endsSentence(tokens, stop: index, next: end) {
                    close(at: end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(at: tokens.count)
        return result
    }

    /// A closing quote or bracket.
    static func closing(_ text: String) -> Bool { text == "\"" || text == "'" || text == ")" || text == "]" }

    static func endsSentence(_ tokens: [Token], stop: Int, next: Int) -> Bool {
        guard next < tokens.count else { return true }
        let following = tokens[next]
        if following.newlinesBefore > 0 { return true }
        if tokens[stop].text != "." { return following.isCapitalized || following.text == "\"" || following.kind == .number }
        if !following.spaceBefore && following.kind != .punctuation { return false }  // "M.V.Mishustin", "3.5"
        let starts = following.isCapitalized || following.text == "\"" || following.text == "'"
        guard starts else { return false }
        guard stop > 0 else { return true }
        let previous = tokens[stop - 1]
        if previous.kind == .word, abbreviations.contains(previous.text) { return false }
        // An initial: a single capital letter ("V. Putin", the "S" of "U.S.") before a capitalized word.
        if previous.kind == .word, previous.text.count == 1, previous.isCapitalized, following.isCapitalized {
            // "U.S. President" stays together; a real sentence end after an initial is rare.
            return false
        }
        return true
    }

    /// Paragraph ranges of token indices: a paragraph ends at a blank line or a line break.
    static func paragraphs(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (index, token) in tokens.enumerated() where index > start && token.newlinesBefore >= 1 {
            result.append(start..<index)
            start = index
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}

/// Splits a token stream into sentences (ranges of token indices) and paragraphs.
///
/// A `.`, `!` or `?` ends a sentence when the next token starts a new one (a capital letter,
/// a quote or a paragraph), unless it closes an abbreviation ("Mr.", "St.", "U.S." followed
/// by a lowercase word) or an initial ("V.V. Putin", "M.V.Mishustin"). A line break ends a sentence too, unless the next
/// line opens in small letters; a line break that only wraps a paragraph (`wrappedLineBreaks`) is a space to the
/// tokenizer, so it ends nothing.
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

    /// Paragraph ranges of token indices: a paragraph ends at a blank line or a line break (not one that only wraps it).
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

    // MARK: Hard-wrapped copy

    /// Words that do not close a sentence or a headline: articles, prepositions, conjunctions, possessives, auxiliaries.
    static let runOnWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "nor", "as", "its",
        "his", "her", "their", "our", "my", "your", "that", "which", "who", "whose", "into", "onto", "about", "after", "before",
        "between", "against", "under", "over", "during", "since", "than", "is", "are", "was", "were", "has", "have", "had",
        "be", "been", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "this", "these", "those",
        "among", "amid", "upon", "within", "without", "through", "toward", "towards", "via", "per", "not", "also", "both",
    ]

    /// The offsets of the line breaks (`\n`) in `scalars` that only wrap a paragraph, which the tokenizer reads as spaces.
    ///
    /// Hard-wrapped copy (older wire copy, RFE/RL, Jamestown, pasted PDFs) breaks its paragraphs into lines of a fixed width,
    /// so that a sentence, a name or a bracket runs on over a line break: "the GUUAM Group (Georgia, Ukraine, Uzbekistan,
    /// Armenia and\nMoldova)", "during the celebration of the\n50th anniversary of NATO". A text is hard-wrapped when at
    /// least three of its lines of 30 to 110 characters that do not close a sentence run on into a line that opens in small
    /// letters, or end in a comma or a word that closes no sentence ("the", "of", "and": `runOnWords`), as prose broken at a
    /// wrap does and headlines, lists and headers do not; the longest of them is the width the text is wrapped at (40 or
    /// more). In such a text a line that does not close a sentence (`.`, `!`, `?` or `…`,
    /// perhaps before a closing quote or bracket, or a colon) and is no longer than the width runs on into the next when it is
    /// full: the next line's first word would not have fitted on it (within three characters of the width), or it fills
    /// 60% of the width and the next line opens in small letters. A run of full lines wraps when it is prose: a line of it
    /// opens in small letters or ends in a comma or a word that closes no sentence, or its last line closes a sentence; so the headlines of a list stay apart, however wide. A short line (a date line, a
    /// heading, a byline, a dateline's place) and a paragraph's last line keep their breaks, and so does a line before a
    /// list item ("- ...", "• ...", "2. ...") or a dateline's place in capitals ("TASHKENT, March 28 ...",
    /// "PRAGUE --").
    ///
    /// In any text, a line whose last round or square bracket is still open, and that does not close a sentence, runs on
    /// into the next line when that line closes the bracket ("(Georgia, Ukraine and\nMoldova)").
    static func wrappedLineBreaks(_ scalars: [Unicode.Scalar]) -> Set<Int> {
        let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]"], stops: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
        let bullets: Set<Unicode.Scalar> = ["-", "\u{2022}", "*", "\u{2013}", "\u{2014}", "\u{00B7}"]
        // Each line's text without the blanks around it, and the offset of the line break after it (nil for the last).
        var lines: [(start: Int, end: Int, newline: Int?)] = []
        var lineStart = 0
        func blank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s.value >= 0x80 && s.properties.isWhitespace }
        func addLine(_ end: Int, newline: Int?) {
            var first = lineStart, last = end
            while first < last, blank(scalars[first]) { first += 1 }
            while last > first, blank(scalars[last - 1]) { last -= 1 }
            lines.append((first, last, newline))
        }
        for index in scalars.indices where scalars[index] == "\n" {
            addLine(index, newline: index)
            lineStart = index + 1
        }
        guard lines.count >= 1 else { return [] }
        addLine(scalars.count, newline: nil)
        func length(_ line: Int) -> Int { lines[line].end - lines[line].start }
        func closesSentence(_ line: Int) -> Bool {
            var last = lines[line].end - 1
            guard last >= lines[line].start else { return true }
            if scalars[last] == ":" { return true }
            while last > lines[line].start, closers.contains(scalars[last]) { last -= 1 }
            return stops.contains(scalars[last])
        }
        func opensLowercase(_ line: Int) -> Bool { Tokenizer.isLower(scalars[lines[line].start]) }
        // A comma or a word that cannot close a sentence or a headline ("the", "of", "and", "its") at the line's end.
        func endsMidSentence(_ line: Int) -> Bool {
            let end = lines[line].end
            if scalars[end - 1] == "," || scalars[end - 1] == ";" { return true }
            var start = end
            while start > lines[line].start, !blank(scalars[start - 1]) { start -= 1 }
            guard end - start <= 7 else { return false }
            return Self.runOnWords.contains(String(String.UnicodeScalarView(scalars[start..<end])))
        }
        /// Whether a line runs on into the next one, the two with no blank line between them.
        func pairs(_ line: Int) -> Bool { line + 1 < lines.count && length(line) > 0 && length(line + 1) > 0 && !closesSentence(line) }

        var wraps = Set<Int>()
        // A bracket still open at the line's end that the next line closes.
        var bracketed = [Bool](repeating: false, count: lines.count)
        for line in lines.indices where pairs(line) {
            var depth = 0
            for index in (lines[line].start..<lines[line].end).reversed() {
                let s = scalars[index]
                if s == ")" || s == "]" { depth -= 1 } else if s == "(" || s == "[" { depth += 1; if depth > 0 { break } }
            }
            guard depth > 0 else { continue }
            let next = lines[line + 1]
            if let close = (next.start..<next.end).first(where: { scalars[$0] == ")" || scalars[$0] == "]" }),
               !(next.start..<close).contains(where: { scalars[$0] == "(" || scalars[$0] == "[" }), let newline = lines[line].newline {
                wraps.insert(newline)
                bracketed[line] = true
            }
        }

        // Evidence of a fixed width: lines of prose run on into a line in small letters, or break after a comma or a word
        // that closes no sentence.
        let evidence = lines.indices.filter { pairs($0) && (30...110).contains(length($0)) && (opensLowercase($0 + 1) || endsMidSentence($0)) }
        guard evidence.count >= 3, let width = evidence.map(length).max(), width >= 40 else { return wraps }
        // Whether a line runs on into the next by its width (or its bracket).
        func full(_ line: Int) -> Bool {
            if bracketed[line] { return true }
            guard pairs(line), length(line) <= width + 2 else { return false }
            let next = lines[line + 1]
            let first = scalars[next.start]
            // A list item, or a dateline's place in capitals.
            if bullets.contains(first) { return false }
            var cursor = next.start
            while cursor < next.end, ("0"..."9").contains(scalars[cursor]) { cursor += 1 }
            if cursor > next.start, cursor - next.start <= 2, cursor + 1 < next.end, scalars[cursor] == "." || scalars[cursor] == ")", scalars[cursor + 1] == " " { return false }
            cursor = next.start
            while cursor < next.end, Tokenizer.isUpper(scalars[cursor]) { cursor += 1 }
            if cursor - next.start >= 3, cursor < next.end,
               scalars[cursor] == "," || scalars[cursor] == "." || cursor + 1 < next.end && scalars[cursor] == " " && scalars[cursor + 1] == "-" { return false }
            // The next line's first word, and whether it would have fitted on this line.
            var wordEnd = next.start
            while wordEnd < next.end, !blank(scalars[wordEnd]) { wordEnd += 1 }
            return length(line) + 1 + (wordEnd - next.start) > width - 3 || opensLowercase(line + 1) && length(line) * 10 >= width * 6
        }
        // A run of full lines is a paragraph of prose when some line in it opens in small letters or ends in a comma or a word
        // that closes no sentence, or a bracket runs on, or its last line closes a sentence: not a list of headlines, however
        // wide.
        var line = 0
        while line < lines.count {
            guard full(line) else { line += 1; continue }
            var last = line
            while full(last) { last += 1 }
            let prose = closesSentence(last) || (line..<last).contains { opensLowercase($0) || opensLowercase($0 + 1) || endsMidSentence($0) || bracketed[$0] }
            if prose { for wrapped in line..<last { if let newline = lines[wrapped].newline { wraps.insert(newline) } } }
            line = last + 1
        }
        return wraps
    }
}

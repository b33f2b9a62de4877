/// Abbreviations an article defines for an organisation it names in full: "the Eurasian Economic Community (EEC)" makes every
/// "EEC" of that article the Eurasian Economic Community, whatever the letters mean elsewhere (the European Economic
/// Community). Only a name the gazetteer reads as one organisation defines, and only letters it reads as nothing.
enum Abbreviations {
    /// `matches` with a match for every occurrence of an abbreviation the article defines, in token order.
    /// Most articles define none: the matches are only walked once, and the tokens only read, when one does.
    static func defining(_ tokens: [Token], matches: [GazetteerMatch]) -> [GazetteerMatch] {
        var defined: [String: GazetteerMatch] = [:]
        for (position, match) in matches.enumerated() {
            // The letters in brackets are no match of their own (the matches are in token order, apart).
            guard match.entries.count == 1, case .organisation = match.entries[0], match.end + 2 < tokens.count,
                  tokens[match.end].text == "(", tokens[match.end + 2].text == ")",
                  position + 1 == matches.count || matches[position + 1].start > match.end + 1,
                  isAbbreviation(tokens[match.end + 1]), defined[tokens[match.end + 1].text] == nil else { continue }
            defined[tokens[match.end + 1].text] = match
        }
        guard !defined.isEmpty else { return matches }
        var covered = Set<Int>()
        for match in matches { covered.formUnion(match.start..<match.end) }
        var added: [GazetteerMatch] = []
        for (index, token) in tokens.enumerated() where !covered.contains(index) {
            guard let match = defined[token.text] else { continue }
            added.append(GazetteerMatch(start: index, end: index + 1, entries: match.entries))
        }
        return (matches + added).sorted { $0.start < $1.start }
    }

    /// A word of two to eight letters, at least two of them capitals and the first one ("EEC", "EurAsEC", "CSTO").
    static func isAbbreviation(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized, (2...8).contains(token.text.count) else { return false }
        return token.text.unicodeScalars.filter { Tokenizer.isUpper($0) }.count >= 2
    }
}

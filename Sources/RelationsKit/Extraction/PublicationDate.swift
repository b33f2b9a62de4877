/// Finds an article's publication date, in order of trust:
/// a date field from the input, a date in the URL, the dateline ("MOSCOW, December 30. /TASS/.")
/// with its year taken from an explicit date near the top or inferred from weekday words
/// ("said on Saturday") and the years the text mentions, and finally an explicit full date in the
/// first lines. A date at the very top that disagrees with the dateline is a page's render date and is ignored.
enum PublicationDate {
    struct Found { let date: String; let start: Int; let end: Int }

    static func find(article: Article, tokens: [Token]) -> String? {
        if let text = article.dateText, let date = parse(text) { return date }
        if let url = article.url, let date = fromURL(url) { return date }
        let head = headTokens(tokens, lines: 6)
        let explicit = fullDates(in: tokens, range: 0..<head)
        if let dateline = dateline(tokens) {
            if let year = dateline.year { return DateWords.iso(year, dateline.month, dateline.day) }
            if let match = explicit.first(where: { $0.month == dateline.month && $0.day == dateline.day }) {
                return DateWords.iso(match.year, match.month, match.day)
            }
            if let year = inferYear(month: dateline.month, day: dateline.day, tokens: tokens) {
                return DateWords.iso(year, dateline.month, dateline.day)
            }
            return nil
        }
        if let first = explicit.first { return DateWords.iso(first.year, first.month, first.day) }
        return nil
    }

    /// Index of the first token after the first `lines` lines.
    static func headTokens(_ tokens: [Token], lines: Int) -> Int {
        var seen = 0
        for (index, token) in tokens.enumerated() where token.newlinesBefore > 0 {
            seen += 1
            if seen >= lines { return index }
        }
        return tokens.count
    }

    /// "2017-12-30", "2017-12-30T10:00:00Z", "30 December 2017", "December 30, 2017", "Sat, 30 Dec 2017 10:00:00 +0300", "30.12.2017".
    static func parse(_ text: String) -> String? {
        let tokens = Tokenizer.tokenize(MatchText(text).scalars)
        if let first = fullDates(in: tokens, range: 0..<tokens.count).first { return DateWords.iso(first.year, first.month, first.day) }
        if tokens.count >= 1, tokens[0].kind == .number, tokens[0].text.count == 4, let year = Int(tokens[0].text), (1900...2100).contains(year) {
            if tokens.count >= 3, tokens[1].text == "-", let month = Int(tokens[2].text), (1...12).contains(month) { return DateWords.iso(year, month, nil) }
            return DateWords.iso(year, nil, nil)
        }
        return nil
    }

    /// "/2017/12/30/", "/20171230", "2017-12-30" inside a URL.
    static func fromURL(_ url: String) -> String? {
        let digits = url.split(whereSeparator: { !$0.isNumber }).map(String.init)
        for (index, part) in digits.enumerated() {
            if part.count == 8, let year = Int(part.prefix(4)), let month = Int(part.dropFirst(4).prefix(2)), let day = Int(part.suffix(2)),
               (1990...2100).contains(year), DateWords.isValid(year: year, month: month, day: day) {
                return DateWords.iso(year, month, day)
            }
            if part.count == 4, let year = Int(part), (1990...2100).contains(year), index + 2 < digits.count,
               let month = Int(digits[index + 1]), let day = Int(digits[index + 2]), digits[index + 1].count <= 2, digits[index + 2].count <= 2,
               DateWords.isValid(year: year, month: month, day: day) {
                return DateWords.iso(year, month, day)
            }
        }
        return nil
    }

    /// Complete dates (day, month and year) in a token range.
    static func fullDates(in tokens: [Token], range: Range<Int>) -> [(year: Int, month: Int, day: Int, start: Int)] {
        var found: [(Int, Int, Int, Int)] = []
        var index = range.lowerBound
        func number(_ i: Int) -> Int? { i < range.upperBound && i < tokens.count && tokens[i].kind == .number ? Int(tokens[i].text) : nil }
        func year(_ i: Int) -> Int? { number(i).flatMap { (1900...2100).contains($0) && tokens[i].text.count == 4 ? $0 : nil } }
        while index < range.upperBound {
            let token = tokens[index]
            // 30 December 2017
            if let day = number(index), index + 2 < range.upperBound, let month = DateWords.month(tokens[index + 1]) {
                let yearIndex = tokens[index + 2].text == "," ? index + 3 : index + 2
                if let y = year(yearIndex), DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index = yearIndex + 1; continue }
            }
            // December 30, 2017
            if let month = DateWords.month(token), let day = number(index + 1) {
                let yearIndex = index + 2 < range.upperBound && tokens[index + 2].text == "," ? index + 3 : index + 2
                if let y = year(yearIndex), DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index = yearIndex + 1; continue }
            }
            // 2017-12-30
            if let y = year(index), index + 4 < range.upperBound, tokens[index + 1].text == "-", let month = number(index + 2), tokens[index + 3].text == "-", let day = number(index + 4),
               DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index += 5; continue }
            // 30.12.2017
            if let day = number(index), index + 4 < range.upperBound, tokens[index + 1].text == ".", !tokens[index + 1].spaceBefore, let month = number(index + 2),
               tokens[index + 3].text == ".", let y = year(index + 4), DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index += 5; continue }
            index += 1
        }
        return found.map { (year: $0.0, month: $0.1, day: $0.2, start: $0.3) }
    }

    /// A dateline at the start of a line in the first paragraphs: a place, a comma, then
    /// "December 30" or "30 December" (optionally a year), then `.`, `/`, `(`, `-` or `:`.
    static func dateline(_ tokens: [Token]) -> (month: Int, day: Int, year: Int?)? {
        let limit = headTokens(tokens, lines: 8)
        var index = 0
        while index < limit {
            defer { index += 1 }
            guard index == 0 || tokens[index].newlinesBefore > 0 else { continue }
            // Place name: up to four capitalized words (or hyphen/period pieces), then a comma.
            var cursor = index
            var words = 0
            while cursor < limit, words < 5, tokens[cursor].isCapitalized || tokens[cursor].text == "-" || (tokens[cursor].text == "." && !tokens[cursor].spaceBefore) {
                if tokens[cursor].kind == .word { words += 1 }
                cursor += 1
            }
            guard words > 0, cursor + 2 < tokens.count, tokens[cursor].text == "," else { continue }
            cursor += 1
            var month: Int?, day: Int?
            if let m = DateWords.month(tokens[cursor]), tokens[cursor + 1].kind == .number, let d = Int(tokens[cursor + 1].text) {
                month = m; day = d; cursor += 2
            } else if tokens[cursor].kind == .number, let d = Int(tokens[cursor].text), let m = DateWords.month(tokens[cursor + 1]) {
                month = m; day = d; cursor += 2
            }
            guard let month, let day, day >= 1, day <= 31 else { continue }
            var year: Int?
            if cursor + 1 < tokens.count, tokens[cursor].text == ",", tokens[cursor + 1].kind == .number, tokens[cursor + 1].text.count == 4 {
                year = Int(tokens[cursor + 1].text); cursor += 2
            } else if cursor < tokens.count, tokens[cursor].kind == .number, tokens[cursor].text.count == 4 {
                year = Int(tokens[cursor].text); cursor += 1
            }
            guard cursor < tokens.count, [".", "/", "(", "-", ":", "—"].contains(tokens[cursor].text) else { continue }
            return (month, day, year)
        }
        return nil
    }

    /// The year of a dateline's month and day, from weekday words ("said on Saturday") and the
    /// years the text mentions ("in 2017", "the outgoing year"). Nil when the text does not settle it.
    static func inferYear(month: Int, day: Int, tokens: [Token]) -> Int? {
        var mentioned: [Int] = []
        var weekday: Int?
        for (index, token) in tokens.enumerated() {
            if token.kind == .number, token.text.count == 4, let year = Int(token.text), (1985...2100).contains(year) {
                mentioned.append(year)
            } else if weekday == nil, token.kind == .word, let w = DateWords.weekdays[token.text.lowercased()], token.isCapitalized,
                      index > 0, ["on", "last", "this", "early", "late"].contains(tokens[index - 1].text.lowercased()) {
                weekday = w
            }
        }
        guard !mentioned.isEmpty else { return nil }
        let latest = mentioned.max()!
        if let weekday {
            // The latest mentioned year (or the one after it, for January articles looking back) with that weekday.
            let candidates = Set(mentioned + mentioned.map { $0 + 1 }).sorted(by: >)
            let matching = candidates.filter { DateWords.weekday(year: $0, month: month, day: day) == weekday }
            return matching.min { abs($0 - latest) < abs($1 - latest) }
        }
        return latest
    }
}

import Foundation

/// Publication dates, part of `PublicationDate`: where a page prints its date: the dateline, a date line at the head or
/// the foot, a stamp beside the title, the lead's day, and an address with a date in it.
extension PublicationDate {
    /// The day and month that open the body's first sentence ("On 2 October, ...", "On Monday, October 2, ..."), when that
    /// sentence narrates the past.
    static func leadMonthDay(_ tokens: [Token]) -> (month: Int, day: Int)? {
        guard let on = leadOn(tokens), let sentence = SentenceSplitter.sentences(tokens).first(where: { $0.contains(on) }) else { return nil }
        var cursor = on + 1
        if cursor + 1 < tokens.count, DateWords.weekdays[tokens[cursor].lower] != nil, tokens[cursor + 1].text == "," { cursor += 2 }
        guard cursor + 2 < sentence.upperBound else { return nil }
        var found: (month: Int, day: Int)?
        if let day = Int(tokens[cursor].text), tokens[cursor].kind == .number, let month = DateWords.month(tokens[cursor + 1]) { found = (month, day) }
        else if let month = DateWords.month(tokens[cursor]), tokens[cursor + 1].kind == .number, let day = Int(tokens[cursor + 1].text) { found = (month, day) }
        guard let found, (1...31).contains(found.day), tokens[cursor + 2].text == "," else { return nil }
        if tokens[sentence].contains(where: { futureWords.contains($0.lower) }) || sentence.contains(where: { isObligation(tokens, at: $0) }) { return nil }
        return found
    }

    /// The index of the "On" that opens the body's first sentence, at the start or after a dateline without a date: a place
    /// and an outlet in capitals closed by a dash ("DUSHANBE. KAZINFORM - On September 28, 2016 ...", "ASTANA (KAZINFORM) –
    /// On 3 May ...").
    static func leadOn(_ tokens: [Token]) -> Int? {
        if tokens.first?.lower == "on" { return 0 }
        guard let dash = tokens.prefix(9).firstIndex(where: { ["-", "–", "—"].contains($0.text) }), dash > 0, dash + 1 < tokens.count,
              tokens[dash + 1].lower == "on", tokens[dash + 1].newlinesBefore == 0,
              tokens[..<dash].allSatisfy({ $0.kind == .word ? $0.isAllCaps && $0.text.count > 1 : [".", ",", "/", "(", ")"].contains($0.text) }),
              tokens[..<dash].contains(where: { $0.kind == .word }) else { return nil }
        return dash + 1
    }

    /// The full date that opens the body's first sentence, year and all ("On September 28, 2016 the secretary met ...", "On
    /// 28 September 2016, the ministers signed ...", "On Monday, 3 March 2014, the talks ..."): the day of the news the lead
    /// reports, when that sentence narrates the past and nothing in the text is later or looks back on it as history: no
    /// year after the date's, no anniversary, nothing "ago" ("On 8 December 1991, the leaders signed ..." opening a piece
    /// on the 30th anniversary dates the history it recalls).
    static func leadFullDate(_ tokens: [Token]) -> (year: Int, month: Int, day: Int)? {
        guard let on = leadOn(tokens), let sentence = SentenceSplitter.sentences(tokens).first(where: { $0.contains(on) }) else { return nil }
        var cursor = on + 1
        if cursor + 1 < tokens.count, DateWords.weekdays[tokens[cursor].lower] != nil, tokens[cursor + 1].text == "," { cursor += 2 }
        guard cursor < sentence.upperBound, let date = fullDates(in: tokens, range: cursor..<min(sentence.upperBound, cursor + 6)).first,
              date.start == cursor, datesLeadNews(tokens, sentence: sentence, year: date.year) else { return nil }
        return (date.year, date.month, date.day)
    }

    /// Whether a date of `year` in the lead `sentence` dates the news the article reports: the sentence does not speak of the
    /// future, and nothing in the text is later or looks back on the lead as history (no year after `year`, no anniversary,
    /// nothing "ago").
    static func datesLeadNews(_ tokens: [Token], sentence: Range<Int>, year: Int) -> Bool {
        if tokens[sentence].contains(where: { futureWords.contains($0.lower) }) || sentence.contains(where: { isObligation(tokens, at: $0) }) { return false }
        let looksBack: Set<String> = ["anniversary", "anniversaries", "jubilee", "ago"]
        if tokens.contains(where: { looksBack.contains($0.lower) }) { return false }
        return !mentionsYearAfter(tokens, year)
    }

    /// Whether the text names a year after `year` (up to 2100): a later event, so `year` may be history.
    static func mentionsYearAfter(_ tokens: [Token], _ year: Int) -> Bool {
        tokens.contains { $0.kind == .number && $0.text.count == 4 && (Int($0.text).map { $0 > year && $0 <= 2100 } ?? false) }
    }

    /// The year of the one full date inside the body's first sentence that dates the past news it reports, wherever the
    /// sentence puts it ("President X signed into law on April 4, 2025, a bill ...", "The parliament on 26 March 2025 adopted
    /// the law", "The two ministers met in Baku on Friday, 3 May 2019,"): the year of the article, whose day may be the next
    /// (`leadFullDate` reads a date that opens the lead). The date follows "on". Not a document's date ("the treaty signed on
    /// 25 May 1992"), the start of a state ("since 1 January 2015"), a lead about the future or one that recalls, nor one the
    /// text looks back on (`datesLeadNews`).
    static func leadNewsYear(_ tokens: [Token]) -> Int? {
        guard let sentence = SentenceSplitter.sentences(tokens).first,
              tokens[sentence].contains(where: { isPastVerb($0) || irregularPasts.contains($0.lower) }) else { return nil }
        let dates = fullDates(in: tokens, range: sentence)
        // The date after "on", as a verb's time ("adopted ... on 26 March 2018"), not "the talks of 26 February 2024" or a
        // date that is a subject ("June 24, 2006 was the day"); not a memory the sentence recalls.
        guard dates.count == 1, let date = dates.first, date.start > sentence.lowerBound, followsOn(tokens, dateAt: date.start, in: sentence),
              !tokens[sentence].contains(where: { ["recalled", "recalling", "recalls", "recall"].contains($0.lower) }),
              datesLeadNews(tokens, sentence: sentence, year: date.year),
              let yearAt = (date.start..<min(sentence.upperBound, date.start + 6)).first(where: { tokens[$0].text == String(date.year) }),
              !spanStarts.contains(wordBeforeDate(tokens, yearAt: yearAt)),
              !isDocumentDate(tokens, yearAt: yearAt, clauseStart: sentence.lowerBound, sentence: sentence) else { return nil }
        return date.year
    }

    /// Parts of a day a date may follow ("on the afternoon of June 16, 2004").
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// Whether the date at `start` follows "on", directly or through a part of its day ("on June 16, 2004", "On the afternoon
    /// of June 16, 2004"): the time of a verb.
    static func followsOn(_ tokens: [Token], dateAt start: Int, in sentence: Range<Int>) -> Bool {
        if tokens[start - 1].lower == "on" { return true }
        let of = start - 1
        return of - 3 >= sentence.lowerBound && tokens[of].lower == "of" && dayParts.contains(tokens[of - 1].lower) && tokens[of - 2].lower == "the"
            && tokens[of - 3].lower == "on"
    }

    /// A date in digits glued to the words beside it on one of the body's first lines, as a scraped header runs a section,
    /// the date and the headline together ("Uzbekistan04/09/2007Tajik leader congratulates ...", "Politics12.03.2015 Talks
    /// held"), or after the time on a line of the two alone ("23:3728.01.2021"): day first, as the region's outlets write
    /// it. A date with spaces around it is a token of its own and is read by the other rules.
    static func gluedHeaderDate(_ body: String) -> (year: Int, month: Int, day: Int)? {
        let pattern = #"(?:(?<=\p{L})(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?!\d))|(?:(?<![\p{L}\d./])(\d{1,2})([./])(\d{1,2})\6((?:19|20)\d{2})(?=\p{L}))"#
            // "23:3728.01.2021": the date glued after the time that opens its line.
            + #"|(?:^\s*(?:[01]?\d|2[0-3]):[0-5]\d(\d{2})([./])(\d{2})\10((?:19|20)\d{2})\s*$)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        for line in body.split(separator: "\n", maxSplits: 6, omittingEmptySubsequences: true).prefix(6) {
            let text = String(line)
            guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { continue }
            let base = [1, 5, 9].first { match.range(at: $0).location != NSNotFound } ?? 1
            func group(_ offset: Int) -> Int? { Range(match.range(at: base + offset), in: text).flatMap { Int(text[$0]) } }
            guard let day = group(0), let month = group(2), let year = group(3), DateWords.isValid(year: year, month: month, day: day) else { continue }
            return (year, month, day)
        }
        return nil
    }

    /// The day the body gives as today's, in apposition to "today": "earlier today (22 February)", "today, February 22,",
    /// "today, 22 February 2022, marks", "today (22.02.2022)", with or without its year: the article's day. The date must be
    /// closed by the mark that opened it, or, after a comma, by the end of the sentence ("will join from today, 1 January
    /// 2024."): "today, 22 countries signed" or "Today, 22 February was chosen as ..." dates nothing.
    static func todayDate(_ tokens: [Token]) -> (month: Int, day: Int, year: Int?)? {
        for index in tokens.indices where tokens[index].lower == "today" && index + 3 < tokens.count {
            let open = tokens[index + 1].text
            func closesSentence(_ at: Int) -> Bool { open == "," && [".", ";"].contains(tokens[at].text) && isSentenceEnd(tokens, at: at) }
            guard open == "(" || open == "," else { continue }
            let close = open == "(" ? ")" : ","
            var cursor = index + 2
            var month: Int?, day: Int?, year: Int?
            if let numeric = fullDates(in: tokens, range: cursor..<min(tokens.count, cursor + 6)).first, numeric.start == cursor {
                month = numeric.month; day = numeric.day; year = numeric.year
                // Past the date's own marks ("22.02.2022") to its year, then to the closing mark.
                cursor = (cursor..<min(tokens.count, cursor + 6)).first { tokens[$0].text == String(numeric.year) }.map { $0 + 1 } ?? cursor + 1
                while cursor < tokens.count, tokens[cursor].text != close, !closesSentence(cursor), tokens[cursor].newlinesBefore == 0, cursor - index < 10 { cursor += 1 }
            } else if tokens[cursor].kind == .number, tokens[cursor].text.count <= 2, let d = Int(tokens[cursor].text), cursor + 1 < tokens.count,
                      let m = DateWords.month(tokens[cursor + 1]) {
                month = m; day = d; cursor += 2
            } else if let m = DateWords.month(tokens[cursor]), tokens[cursor].isCapitalized, cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number,
                      tokens[cursor + 1].text.count <= 2, let d = Int(tokens[cursor + 1].text) {
                month = m; day = d; cursor += 2
            }
            guard let month, let day, (1...31).contains(day), cursor < tokens.count, tokens[cursor].text == close || closesSentence(cursor) else { continue }
            return (month, day, year)
        }
        return nil
    }

    /// Words that label a page's own date stamp ("Published: ...", "Published time: June 28, 2012 15:47", "Edited time: ...",
    /// "Last modified on ...", "Date of publication: ..."): no section's name.
    static let pageStampLabels: Set<String> = ["published", "updated", "posted", "date", "on", "at", "time", "edited", "modified", "created",
                                               "publication", "released", "release", "press", "last", "of",
                                               // The same labels in Turkish, as a Turkish outlet's English page prints them
                                               // ("Güncelleme Tarihi", update date; "Yayınlanma Tarihi", publication date).
                                               "güncelleme", "guncelleme", "yayinlanma", "yayin", "tarihi", "tarih"]

    /// Index of the first token of the last `lines` lines, not counting the lines that close a page in another script (the
    /// site's own furniture in its language, "Нашли ошибку? ... Ctrl + Enter"): the article's foot is above them.
    static func tailTokens(_ tokens: [Token], lines: Int) -> Int {
        var seen = 0
        var foreign = true
        var lineEnd = tokens.count
        for index in tokens.indices.reversed() where index == 0 || tokens[index].newlinesBefore > 0 {
            if foreign, isOtherScriptLine(tokens[index..<lineEnd]) { lineEnd = index; continue }
            foreign = false
            seen += 1
            if seen >= lines { return index }
        }
        return 0
    }

    /// Whether a line's words are written mostly in a script other than the Latin (more letters of another script than
    /// Latin ones) and it holds no date: a site's furniture in its own language under an English article.
    static func isOtherScriptLine(_ line: ArraySlice<Token>) -> Bool {
        var latin = 0, other = 0
        for token in line where token.kind == .word {
            if DateWords.month(token) != nil { return false }
            for scalar in token.text.unicodeScalars where scalar.properties.isAlphabetic {
                if scalar.value < 0x250 { latin += 1 } else { other += 1 }
            }
        }
        return other > latin
    }

    /// A line that holds only a day and a month ("22 February", "Feb. 22"), with at most a weekday or a time, and the time's
    /// zone after it, bare or in brackets ("8 May. 15:30 (UTC+3 MSK)", "May 8, 15:30 GMT").
    static func monthDayLine(_ tokens: [Token], limit: Int) -> (month: Int, day: Int)? {
        var index = 0
        while index < limit {
            var end = index + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            let timed = (index..<end).contains { tokens[$0].text == ":" }
            // A zone, its brackets and its offset ("+3" of "UTC+3") are no words and no day.
            let line = (index..<end).filter { at in
                ![",", "."].contains(tokens[at].text)
                    && !(timed && (timeZones.contains(tokens[at].lower) || ["(", ")", "+", "-"].contains(tokens[at].text)
                                   || at > index && ["+", "-"].contains(tokens[at - 1].text)))
            }.map { tokens[$0] }
            let words = line.filter { $0.kind == .word && DateWords.month($0) == nil && DateWords.weekdays[$0.lower] == nil }
            let numbers = line.filter { $0.kind == .number }
            // The day beside the month ("8 May", "May 8"), not the hour of a time that comes first ("15:30, 8 May").
            if words.isEmpty, let monthAt = line.firstIndex(where: { DateWords.month($0) != nil }), let month = DateWords.month(line[monthAt]),
               let dayToken = [monthAt - 1, monthAt + 1].first(where: { line.indices.contains($0) && line[$0].kind == .number }).map({ line[$0] }) ?? numbers.first,
               numbers.allSatisfy({ $0.text.count <= 2 || $0.text.contains(":") }), line.count <= 6,
               let day = Int(dayToken.text), (1...31).contains(day) {
                return (month, day)
            }
            index = end
        }
        return nil
    }

    /// A line in the head that closes with a month and a four-digit year, the line's only field or its last after a field
    /// separator ("Eurasianet monthly digest | December 2011", "December 2011"); or one that opens with the year and its month
    /// as a magazine stamps its issue, the line closing there or going on after a dash or a field separator ("2011 June - Cover
    /// Story").
    static func monthYearLine(_ tokens: [Token], limit: Int) -> (month: Int, year: Int)? {
        for index in 0..<min(limit, tokens.count) where tokens[index].kind == .number && tokens[index].text.count == 4 {
            if startsLine(tokens, at: index), index + 1 < tokens.count, tokens[index + 1].newlinesBefore == 0, let monthNumber = DateWords.month(tokens[index + 1]),
               tokens[index + 1].isCapitalized, let year = Int(tokens[index].text),
               index + 2 == tokens.count || tokens[index + 2].newlinesBefore > 0 || ["-", "–", "—"].contains(tokens[index + 2].text) || separatesFields(tokens, at: index + 2) {
                return (monthNumber, year)
            }
            let month = index - 1
            guard month >= 0, let monthNumber = DateWords.month(tokens[month]), tokens[month].isCapitalized, let year = Int(tokens[index].text),
                  index + 1 == tokens.count || tokens[index + 1].newlinesBefore > 0,
                  month == 0 || tokens[month].newlinesBefore > 0 || separatesFields(tokens, at: month - 1) || followsOutlet(tokens, comma: month - 1) else { continue }
            return (monthNumber, year)
        }
        return nil
    }

    /// A line anywhere in the body that states how current the page is: a label of up to three capitalized or small words,
    /// "as of" (or "current as of", "updated"/"revised" with "in" or "on" or nothing), then a month and its year or a full date
    /// closing the line ("Data as of June 1995", "Information current as of March 2004", "Last updated: 12 May 2019",
    /// "Revised in October 2011"): the page's date, to the month or the day. Not a sentence ("Data as of June 1995 show
    /// that ..."): the date must close its line.
    static func asOfLine(_ tokens: [Token]) -> (year: Int, month: Int, day: Int?)? {
        let labels: Set<String> = ["data", "information", "text", "figures", "current", "last", "updated", "revised", "status", "as", "of", "in",
                                   "on", ":", "this", "page", "was", "is", "correct", "accurate"]
        var lineStart = 0
        while lineStart < tokens.count {
            var end = lineStart + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            defer { lineStart = end }
            guard end - lineStart <= 10, let dateAt = (lineStart..<end).first(where: { tokens[$0].kind == .number || DateWords.month(tokens[$0]) != nil }),
                  dateAt > lineStart, (lineStart..<dateAt).allSatisfy({ labels.contains(tokens[$0].lower) }) else { continue }
            let words = tokens[lineStart..<dateAt].map(\.lower)
            guard zip(words, words.dropFirst()).contains(where: { $0 == "as" && $1 == "of" }) || words.contains("updated") || words.contains("revised") else { continue }
            var close = end
            if tokens[close - 1].text == "." { close -= 1 }
            if let date = fullDates(in: tokens, range: dateAt..<close).first, date.start == dateAt,
               tokens[close - 1].kind == .number {
                return (date.year, date.month, date.day)
            }
            if close - dateAt == 2, let month = DateWords.month(tokens[dateAt]), tokens[dateAt].isCapitalized, tokens[dateAt + 1].kind == .number,
               tokens[dateAt + 1].text.count == 4, let year = Int(tokens[dateAt + 1].text), (1900...currentYear).contains(year) {
                return (year, month, nil)
            }
        }
        return nil
    }

    /// The date of the newest post a page embeds, when the text narrates its weekday ("... marked the centenary in Riga on
    /// Tuesday" over "— Kersti Kaljulaid (@KerstiKaljulaid) March 2, 2021"): the story reports the post's day; a post from
    /// another day than the one narrated dates the day nothing (its year is a clue, see `newestEmbeddedPost`).
    static func embeddedPostDate(_ tokens: [Token]) -> (year: Int, month: Int, day: Int)? {
        guard let latest = newestEmbeddedPost(tokens),
              let weekday = DateWords.weekday(year: latest.year, month: latest.month, day: latest.day),
              DateWords.weekdaysAfterOn(tokens.map(\.lower)).contains(weekday) else { return nil }
        return latest
    }

    /// The date of the newest post a page embeds: an embedded post's signature line opens with a dash, names its author and
    /// their handle in brackets, and closes with the full date ("— Kersti Kaljulaid (@KerstiKaljulaid) March 2, 2021").
    static func newestEmbeddedPost(_ tokens: [Token]) -> (year: Int, month: Int, day: Int)? {
        var dates: [(year: Int, month: Int, day: Int)] = []
        for close in tokens.indices where tokens[close].text == ")" && close + 1 < tokens.count && tokens[close + 1].newlinesBefore == 0 {
            let start = lineStart(tokens, at: close)
            var lineEnd = close + 1
            while lineEnd < tokens.count, tokens[lineEnd].newlinesBefore == 0 { lineEnd += 1 }
            guard ["—", "–", "-", "--"].contains(tokens[start].text), lineEnd - close <= 6,
                  let open = (start..<close).last(where: { tokens[$0].text == "(" }),
                  (open + 1..<close).contains(where: { tokens[$0].text.hasPrefix("@") }),
                  let date = fullDates(in: tokens, range: (close + 1)..<lineEnd).first, date.start == close + 1 else { continue }
            dates.append((date.year, date.month, date.day))
        }
        return dates.max(by: { ($0.year, $0.month, $0.day) < ($1.year, $1.month, $1.day) })
    }

    /// A photo's caption on one of the body's first six lines that closes with the full date of the day it pictures ("Presidents
    /// A of X and B of Y attend a news conference at the summit in Kiev May 23, 2006", "... sign an accord in Astana, May 29,
    /// 2014"), when the story narrates that day's weekday ("A on Tuesday meets the leaders of ...", "established on
    /// Thursday"): the news pictured is the news reported. A caption is words before the date, at least five, and no stop after
    /// it (a sentence closes with one); not a line about the future ("will join by January 1, 2015"). A caption of another day
    /// than the one narrated (a file photo) dates nothing.
    static func captionDate(_ tokens: [Token]) -> (year: Int, month: Int, day: Int)? {
        let narrated = DateWords.weekdaysAfterOn(tokens.map(\.lower))
        guard !narrated.isEmpty else { return nil }
        for date in fullDates(in: tokens, range: 0..<headTokens(tokens, lines: 6)) {
            let start = lineStart(tokens, at: date.start)
            var end = date.start + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            guard date.start - start >= 5, tokens[end - 1].kind == .number, tokens[end - 1].text == String(date.year),
                  !(start..<end).contains(where: { futureWords.contains(tokens[$0].lower) || isObligation(tokens, at: $0) }),
                  let weekday = DateWords.weekday(year: date.year, month: date.month, day: date.day), narrated.contains(weekday) else { continue }
            return (date.year, date.month, date.day)
        }
        return nil
    }

    /// The weekdays the text narrates its news on: after "on" ("said on Wednesday") or as wire copy writes them after the verb
    /// ("said Friday", "gathered here Tuesday", see `isWireWeekday`), capitalized.
    static func narratedWeekdays(_ tokens: [Token]) -> [Int] {
        var found: [Int] = []
        for index in tokens.indices where index > 0 && tokens[index].kind == .word && tokens[index].isCapitalized {
            guard let weekday = DateWords.weekdays[tokens[index].lower], tokens[index - 1].lower == "on" || isWireWeekday(tokens, at: index),
                  !found.contains(weekday) else { continue }
            found.append(weekday)
        }
        return found
    }

    /// The day the text writes that falls on a weekday it narrates its news on: the news and its report share the day
    /// ("..., the ministry said on Wednesday" over "“On September 14, 2022, in Tashkent, a ceremony ... was held”"; "Putin
    /// said Friday" over "At the one-day summit held on July 10"; "the talks on Monday" over "the joint statement of 3 May").
    /// The day is written with its month, with its year, or in `year` when the text dates it otherwise; not in a clause
    /// about the future ("the summit will open on July 10"). It must be the only such day, and no day or year the text
    /// writes is later: a day of history that happens to share the weekday is older than the news.
    static func narratedWeekdayDay(_ tokens: [Token], weekdays: [Int], year: Int?) -> (year: Int, month: Int, day: Int)? {
        guard !weekdays.isEmpty else { return nil }
        let sentences = SentenceSplitter.sentences(tokens)
        var written: [(year: Int, month: Int, day: Int, starts: Bool)] = []
        let full = fullDates(in: tokens, range: tokens.indices)
        for index in tokens.indices where tokens[index].isCapitalized {
            guard let month = DateWords.month(tokens[index]) else { continue }
            // The day after the month ("July 10", "Sept. 14") or before it ("10 July"), and the year when the date gives one.
            let after = index + 1 < tokens.count && tokens[index + 1].text == "." ? index + 2 : index + 1
            let dayAt = [after, index - 1].first { $0 >= 0 && $0 < tokens.count && tokens[$0].kind == .number && tokens[$0].text.count <= 2 }
            guard let dayAt, let day = Int(tokens[dayAt].text), (1...31).contains(day) else { continue }
            let dated = full.first { ($0.start == min(index, dayAt)) && $0.month == month && $0.day == day }
            guard let dateYear = dated?.year ?? year, DateWords.isValid(year: dateYear, month: month, day: day) else { continue }
            if let sentence = sentences.first(where: { $0.contains(index) }),
               (sentence.lowerBound..<index).contains(where: { futureWords.contains(tokens[$0].lower) || isObligation(tokens, at: $0) }) { continue }
            // A thing's start ("the union, created ... on January 1, 2015", "came into force on Jan. 1, 2015"): background,
            // which may share the weekday by chance; it still bounds the news.
            let clause = (max(0, min(index, dayAt) - 12)..<min(index, dayAt)).reversed().prefix { ![",", ".", ";"].contains(tokens[$0].text) }
            // A day the text recalls ("the group first met ... on May 23", "had earlier met on"), or one of a span of days ("on
            // 8-9 June"): history, or an occasion of several days.
            let recalled = clause.contains { ["first", "earlier", "previously", "once", "ago"].contains(tokens[$0].lower) }
            let span = [dayAt - 1, dayAt + 1].contains { $0 >= 0 && $0 < tokens.count && ["-", "–", "—"].contains(tokens[$0].text) }
            let starts = clause.contains { Self.startWords.contains(tokens[$0].lower) } || recalled || span
            written.append((dateYear, month, day, starts))
        }
        let onWeekday = written.filter { date in
            !date.starts && DateWords.weekday(year: date.year, month: date.month, day: date.day).map(weekdays.contains) == true
        }.map { (year: $0.year, month: $0.month, day: $0.day) }
        guard let news = onWeekday.first, onWeekday.allSatisfy({ $0 == news }),
              !written.contains(where: { ($0.year, $0.month, $0.day) > (news.year, news.month, news.day) }),
              !tokens.contains(where: { $0.kind == .number && $0.text.count == 4 && (Int($0.text).map { $0 > news.year && $0 <= 2100 } ?? false) })
        else { return nil }
        return news
    }

    /// Words of a thing's start, which date what exists since then, not news: "created", "founded", "came into force", "took
    /// effect", "since".
    static let startWords: Set<String> = ["created", "founded", "established", "formed", "proclaimed", "force", "effect", "since", "existence"]

    /// Whether the comma at `comma` closes a line's opening name, one to three capitalized words ("Armenpress, April 2003",
    /// "YEREVAN, May 2004"): an outlet's or a place's, as a dateline gives them.
    static func followsOutlet(_ tokens: [Token], comma: Int) -> Bool {
        guard comma >= 1, tokens[comma].text == "," else { return false }
        var start = comma - 1
        while start > 0, tokens[start].newlinesBefore == 0, comma - start < 3 { start -= 1 }
        // Not a sentence's opening phrase: "In Yerevan, May 2004".
        guard start == 0 || tokens[start].newlinesBefore > 0, !["in", "on", "at", "by", "from", "since", "until", "after", "before"].contains(tokens[start].lower) else { return false }
        return tokens[start..<comma].allSatisfy { $0.kind == .word && $0.isCapitalized }
    }

    /// A line in the head that repeats the title with the page's date stamp beside it, before it or glued after it
    /// ("Politics 23/03/2024 <the title>", "<the title>October 19, 2011 | 15:34"): the headline as the page shows it, so its
    /// date is the page's. What stands beside the title is the full date with at most a time, field separators and three
    /// label words; a line that only quotes part of the title, or a sentence that goes on after it, dates nothing.
    static func titleLineDate(title: String?, body: String) -> (year: Int, month: Int, day: Int)? {
        guard let title = title?.trimmingCharacters(in: .whitespaces), title.split(separator: " ").count >= 3 else { return nil }
        for line in body.split(separator: "\n", omittingEmptySubsequences: true).prefix(6) {
            let text = line.trimmingCharacters(in: .whitespaces)
            let rest: String
            if text.count > title.count, text.hasPrefix(title) { rest = String(text.dropFirst(title.count)) }
            else if text.count > title.count, text.hasSuffix(title) { rest = String(text.dropLast(title.count)) }
            else { continue }
            let tokens = Tokenizer.tokenize(MatchText(rest).scalars)
            guard let date = fullDates(in: tokens, range: 0..<tokens.count).first else { continue }
            let words = tokens.filter { $0.kind == .word && DateWords.month($0) == nil && DateWords.weekdays[$0.lower] == nil }.count
            if words <= 3 { return (date.year, date.month, date.day) }
        }
        return nil
    }

    /// Whether the line holding token `index` gives a time of day ("08:27, June 08, 2012", "31 August 2020, 16:44"): hours,
    /// a colon and minutes.
    static func lineHasTime(_ tokens: [Token], at index: Int) -> Bool {
        var end = index + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        return (lineStart(tokens, at: index) + 1..<max(lineStart(tokens, at: index) + 1, end - 1)).contains {
            // "15:47", also with its half of the day run on ("3:41pm").
            tokens[$0].text == ":" && tokens[$0 - 1].kind == .number && tokens[$0 + 1].text.first?.isNumber == true
        }
    }

    /// Whether the date starting at token `index` begins its line.
    static func startsLine(_ tokens: [Token], at index: Int) -> Bool { index == 0 || tokens[index].newlinesBefore > 0 }

    /// Verbs that make a date the subject of a sentence of history ("January 14, 1992 marks the establishment of ...",
    /// "25 May 1992 saw the signing of ...", "21 December 1991 went down in history as ...").
    static let dateSubjectVerbs: Set<String> = ["marks", "marked", "is", "was", "remains", "remained", "became", "becomes", "saw", "sees",
                                                "went", "goes", "will", "has", "had", "entered", "enters", "opened", "began", "brought"]

    /// Whether the full date of year `year` at token `index` opens a sentence it is the subject of: a verb in small letters
    /// follows the year on the same line, and the line runs on as prose. Such a date is one of history the text tells
    /// about, not the page's date line, even when it opens its line; a stamp's words after a date ("14 May 2019 updated
    /// 10:20", "3 March 2021 at 12:04") are not verbs of a subject.
    static func isSentenceSubject(_ tokens: [Token], dateAt index: Int, year: Int) -> Bool {
        guard let yearIndex = (index..<min(tokens.count, index + 7)).first(where: { tokens[$0].kind == .number && Int(tokens[$0].text) == year }),
              yearIndex + 1 < tokens.count, tokens[yearIndex + 1].newlinesBefore == 0 else { return false }
        let verb = tokens[yearIndex + 1]
        guard verb.kind == .word, verb.isLowercase,
              dateSubjectVerbs.contains(verb.lower) || isPastVerb(verb) && !isPublicationWord(verb) && !["updated", "modified", "edited"].contains(verb.lower)
        else { return false }
        var end = yearIndex + 2
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        return tokens[(yearIndex + 2)..<end].filter { $0.kind == .word }.count >= 3
    }

    /// Whether the date at token `index` opens its line after nothing but a time, as a site's stamp runs the time first and
    /// the place and the byline after the date ("16:39, 28 November 2019, Bishkek - 24.kg news agency"): the line's first
    /// tokens are hours, a colon and minutes, then at most a comma.
    static func startsLineAfterTime(_ tokens: [Token], at index: Int) -> Bool {
        let start = lineStart(tokens, at: index)
        let before = tokens[start..<index]
        guard before.count == 3 || before.count == 4 && before.last?.text == "," else { return false }
        return tokens[start].kind == .number && tokens[start + 1].text == ":" && tokens[start + 2].kind == .number
    }

    /// What separates the fields of a page's header line.
    static let fieldSeparators: Set<String> = ["|", "·", "•"]

    /// Whether token `index` separates a header's fields: one of `fieldSeparators`, a slash with spaces around it
    /// ("Civil.Ge | Tbilisi / 29 Aug.'08 / 17:32"; not the slash of "29/08/2008"), or a semicolon on a short line.
    static func separatesFields(_ tokens: [Token], at index: Int) -> Bool {
        fieldSeparators.contains(tokens[index].text)
            || tokens[index].text == "/" && tokens[index].spaceBefore && index + 1 < tokens.count && tokens[index + 1].spaceBefore
            || tokens[index].text == ";" && isShortLine(tokens, at: index)
    }

    /// Whether the line holding token `index` is a header's, a dozen tokens at most ("AP Worldstream; Jun 24, 2006", "Itar-Tass;
    /// 12 May 2004"): there a semicolon parts an outlet's name from its date, as press databases print a source line; in a
    /// sentence it parts clauses.
    static func isShortLine(_ tokens: [Token], at index: Int) -> Bool {
        var end = index + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        return end - lineStart(tokens, at: index) <= 12
    }

    /// Whether token `index` closes a section's label in brackets that opens its line ("[ Politics ] 22 February 2022 18:05"):
    /// a field of its own.
    static func closesLabel(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].text == "]", let open = (max(0, index - 12)..<index).last(where: { tokens[$0].text == "[" }) else { return false }
        return (open == 0 || tokens[open].newlinesBefore > 0) && !tokens[(open + 1)...index].contains { $0.newlinesBefore > 0 }
    }

    /// Whether the date starting at token `index` stands on a line of its own (possibly with a time or a weekday).
    static func isAlone(_ tokens: [Token], at index: Int) -> Bool {
        var start = index
        // "Georgia Materials 14 August 2008 20:07 (UTC +04:00)": a date stamped with its time may follow a section's label of
        // a few capitalized words (not a page's stamp: "Printed: 14.02.2026 10:31").
        var lineEnd = index + 1
        while lineEnd < tokens.count, tokens[lineEnd].newlinesBefore == 0 { lineEnd += 1 }
        let lineStart = Self.lineStart(tokens, at: index)
        // The time may also come first ("17:56 UTC+8, 2024-07-04").
        let timed = (index + 1..<max(index + 1, min(lineEnd - 1, index + 10))).contains { tokens[$0].text == ":" && tokens[$0 - 1].kind == .number && tokens[$0 + 1].kind == .number }
            || (min(index, max(lineStart + 1, index - 8))..<index).contains { tokens[$0].text == ":" && tokens[$0 - 1].kind == .number && $0 + 1 < index && tokens[$0 + 1].kind == .number }
        // "Uzbekistan 12/05/2008": a date in digits closing a line that one capitalized word opens, a site's section and its
        // stamp.
        let sectionStamp = index - lineStart == 1 && tokens[lineStart].kind == .word && index + 1 < tokens.count && ["/", "."].contains(tokens[index + 1].text)
            && fullDates(in: tokens, range: index..<lineEnd).first.map { $0.start == index && lineEnd - index == 5 } ?? false
        var labelWords = 0
        // "Centre for Post-Soviet Studies · Published every Monday · 26 February 2024": the fields before the date's own do
        // not count either.
        // Nor does a stamp's age before a timed date, as a site prints its author, how long ago it posted, and the date ("Jane
        // Doe 2 minutes ago Thu 02nd December 2021 | 11:45 AM").
        while start > 0, tokens[start].newlinesBefore == 0, !separatesFields(tokens, at: start - 1), !closesLabel(tokens, at: start - 1) {
            start -= 1
            // "Last updated at: (Beijing Time) Thursday, May 15, 2003": the stamp's time zone in brackets is none of its words.
            if let open = timeZoneBracket(tokens, closingAt: start) { start = open; continue }
            if tokens[start].kind == .word, DateWords.weekdays[tokens[start].lower] == nil, DateWords.month(tokens[start]) == nil,
               !pageStampLabels.contains(tokens[start].lower), !(timed && isStampAge(tokens, at: start)) {
                labelWords += 1
                guard timed || sectionStamp, tokens[start].isCapitalized, labelWords <= 3, !stampWords.contains(tokens[start].lower) else { return false }
            }
        }
        var end = index + 1
        var words = 0
        // "16:08 23/02/2024 | NEWS.am | Politics": a page header's fields, the date one of them; the words of the other
        // fields do not count.
        // "Friday, June 08, 2001, updated at 09:36(GMT+8)": a stamp's own labels and a time zone are not words of a sentence.
        while end < tokens.count, tokens[end].newlinesBefore == 0, !separatesFields(tokens, at: end) {
            if tokens[end].kind == .word, DateWords.month(tokens[end]) == nil, !(timed && (pageStampLabels.contains(tokens[end].lower) || timeZones.contains(tokens[end].lower))) {
                words += 1
            }
            end += 1
        }
        return words <= 2
    }

    /// Whether the word at token `index` tells a stamp's age ("2 minutes ago", "an hour ago", "3 hours ago"): "ago", or a
    /// unit of time right before it.
    static func isStampAge(_ tokens: [Token], at index: Int) -> Bool {
        let units: Set<String> = ["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs"]
        return tokens[index].lower == "ago" && index > 0 && units.contains(tokens[index - 1].lower)
            || units.contains(tokens[index].lower) && index + 1 < tokens.count && tokens[index + 1].lower == "ago"
            || ["an", "a"].contains(tokens[index].lower) && index + 2 < tokens.count && units.contains(tokens[index + 1].lower) && tokens[index + 2].lower == "ago"
    }

    /// The index of the opening bracket of a time zone in brackets closing at `index` ("(Beijing Time)", "(GMT+8)", "(Moscow
    /// time)"): up to four tokens on one line, one of them "time" or a zone's abbreviation; nil for any other bracket.
    static func timeZoneBracket(_ tokens: [Token], closingAt index: Int) -> Int? {
        guard tokens[index].text == ")", let open = (max(0, index - 5)..<index).last(where: { tokens[$0].text == "(" }),
              !(open + 1...index).contains(where: { tokens[$0].newlinesBefore > 0 }),
              (open + 1..<index).contains(where: { tokens[$0].lower == "time" || timeZones.contains(tokens[$0].lower) }) else { return nil }
        return open
    }

    /// Time zones a page's stamp writes after its time ("09:36 (GMT+8)", "15:47 UTC").
    static let timeZones: Set<String> = ["gmt", "utc", "msk"]

    /// Whether the line holding token `index` is nothing but a date as a page's header prints it, however it punctuates its
    /// fields: a weekday, a day, a month's name and a year with commas, slashes or bars between them, maybe a time and an
    /// ordinal's letters ("Saturday, 23, November, 2024", "Sat | 23 | Nov | 2024", "Monday 4th of March, 2019 10:12",
    /// "Thursday / 7 / May / 2020"). A month's name and a year must both be there; any other word (a place, a label, a
    /// verb) makes the line something else ("Published: 4 March 2019", "Astana, 4 March 2019").
    static func isDateWordsLine(_ tokens: [Token], at index: Int) -> Bool {
        let start = lineStart(tokens, at: index)
        var end = start + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        let line = tokens[start..<end]
        let fillers: Set<String> = ["of", "st", "nd", "rd", "th", "am", "pm", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
        return line.contains { DateWords.month($0) != nil } && line.contains { $0.kind == .number && $0.text.count == 4 }
            && line.allSatisfy { token in
                switch token.kind {
                case .number: true
                case .word: DateWords.month(token) != nil || DateWords.weekdays[token.lower] != nil || fillers.contains(token.lower)
                default: [",", ".", "/", "|", "-", "–", ":", "·", "•"].contains(token.text)
                }
            }
    }

    /// The index of the first token on the line holding the token at `index`.
    static func lineStart(_ tokens: [Token], at index: Int) -> Int {
        var start = index
        while start > 0, tokens[start].newlinesBefore == 0 { start -= 1 }
        return start
    }

    /// Whether the date at token `index` closes a letter or a statement on a line of its own after the place it was written
    /// in ("Baku, 23 May 2022", "Astana, 3 March 2024."): one to three capitalized words and a comma open the line, and
    /// nothing but a stop follows the date on it.
    static func isPlaceDateLine(_ tokens: [Token], dateAt index: Int) -> Bool {
        let lineStart = Self.lineStart(tokens, at: index)
        guard index - lineStart >= 2, index - lineStart <= 4, tokens[index - 1].text == ",",
              (lineStart..<(index - 1)).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && DateWords.month(tokens[$0]) == nil && DateWords.weekdays[tokens[$0].lower] == nil })
        else { return false }
        return fullDateEndsLine(tokens, dateAt: index)
    }

    /// Whether the date at token `index` closes the article as its source's credit, run on after the last sentence past a
    /// separator, as ministries' and agencies' pages sign their copy ("... and humanism.///MFA Turkmenistan, 8 February 2023",
    /// "... of the talks. — Press Service of the President, 08.02.2023", "... | Ministry of Foreign Affairs, February 8,
    /// 2023"): slashes, a dash (a hyphen, as matching writes dashes plain) or a bar after a stop or at the line's start, one
    /// to six words of a name (capitalized, or the small words of one), a comma, and the date filling the rest of the line. A sentence that ends on a place and a date
    /// ("signed in Ashgabat, 8 February 2023") has no separator, and a date in a sentence after one ("— signed in Ashgabat,
    /// 8 February 2023") has words in small letters before its comma.
    static func isClosingCredit(_ tokens: [Token], dateAt index: Int) -> Bool {
        guard index >= 3, tokens[index - 1].text == ",", tokens[index].newlinesBefore == 0, fullDateEndsLine(tokens, dateAt: index) else { return false }
        let nameWords: Set<String> = ["of", "the", "and", "for"]
        // An outlet's name may set a capital inside a word ("///nCa, 22 September 2024").
        func named(_ token: Token) -> Bool { token.isCapitalized || token.isAllCaps || token.text.dropFirst().contains(where: \.isUppercase) }
        var start = index - 1
        while start > 0, index - start <= 6, tokens[start].newlinesBefore == 0, tokens[start - 1].kind == .word,
              named(tokens[start - 1]) || nameWords.contains(tokens[start - 1].lower) { start -= 1 }
        guard start < index - 1, named(tokens[start]), start > 0, tokens[start].newlinesBefore == 0 else { return false }
        var separator = start - 1
        guard ["/", "|", "—", "–", "-", "--"].contains(tokens[separator].text) else { return false }
        while separator > 0, tokens[separator].newlinesBefore == 0, ["/", "|", "—", "–", "-", "--"].contains(tokens[separator - 1].text) { separator -= 1 }
        return tokens[separator].newlinesBefore > 0 || separator == 0 || [".", "!", "?", "”", "\"", ")"].contains(tokens[separator - 1].text)
    }

    /// Whether a full date begins at token `index` and fills the rest of its line: the date's own tokens (day, month, comma,
    /// year; or digits and their separators), then at most a full stop.
    static func fullDateEndsLine(_ tokens: [Token], dateAt index: Int) -> Bool {
        var lineEnd = index + 1
        while lineEnd < tokens.count, tokens[lineEnd].newlinesBefore == 0 { lineEnd += 1 }
        guard let date = fullDates(in: tokens, range: index..<lineEnd).first, date.start == index else { return false }
        var end = index
        while end < lineEnd, tokens[end].kind == .number || DateWords.month(tokens[end]) != nil || ordinalDay(tokens[end]) != nil
            || ([",", ".", "/", "-"].contains(tokens[end].text) && end + 1 < lineEnd && tokens[end + 1].kind == .number) { end += 1 }
        return end == lineEnd || end + 1 == lineEnd && tokens[end].text == "."
    }

    /// Whether the place-and-date line at token `index` closes a letter's signature block, wherever the page's furniture
    /// leaves it ("Ilham Aliyev\nPresident of the Republic of Azerbaijan\nBaku, July 7, 2014" above links and a copyright
    /// line): the two lines above it each hold only a name or a title, two to ten capitalized words and the small words of
    /// a title ("of", "the", "and"), no stop.
    static func closesSignature(_ tokens: [Token], dateAt index: Int) -> Bool {
        func isSignatureLine(_ start: Int, _ end: Int) -> Bool {
            let count = end - start
            guard count >= 2, count <= 10 else { return false }
            return (start..<end).allSatisfy { position in
                let token = tokens[position]
                return token.kind == .word && (token.isCapitalized || ["of", "the", "and", "for"].contains(token.lower))
            }
        }
        let dateLine = lineStart(tokens, at: index)
        guard dateLine > 0 else { return false }
        let office = lineStart(tokens, at: dateLine - 1)
        guard office > 0, isSignatureLine(office, dateLine) else { return false }
        let name = lineStart(tokens, at: office - 1)
        return isSignatureLine(name, office)
    }

    /// Whether the line above the one at token `index` also holds nothing but a date: a column of stamps, as a page lists
    /// the times of its other posts ("17 April 2024 12:00\n16 April 2024 20:33\n..."), which dates none of them the article.
    static func followsDateLine(_ tokens: [Token], at index: Int) -> Bool {
        let lineStart = Self.lineStart(tokens, at: index)
        guard lineStart > 0 else { return false }
        let above = Self.lineStart(tokens, at: lineStart - 1)
        return fullDates(in: tokens, range: above..<lineStart).contains { $0.start == above && isAlone(tokens, at: $0.start) }
    }

    /// Participles that say when a page was published, in English and in the languages of the sites that syndicate English
    /// copy ("published on 13 August 2015", "gepubliceerd op donderdag 13 augustus 2015", "veröffentlicht am", "publié le").
    static let publicationWords: Set<String> = ["published", "posted", "gepubliceerd", "veröffentlicht", "publié", "publicado", "pubblicato", "опубликовано"]

    /// Whether a word is a publication participle: one of `publicationWords`, or any form of the Russian participle's stem
    /// ("опубликован", "опубликована", "опубликовано", and a site's doubled "опубликованно").
    static func isPublicationWord(_ token: Token) -> Bool {
        publicationWords.contains(token.lower) || token.lower.hasPrefix("опубликован")
    }

    /// Whether the full date at token `index` fills a field of its own on a header line a page splits into fields with
    /// vertical bars ("Source: Xinhua| 2017-07-10 22:08:29|Editor: An", "Politics | 12 March 2019 | Views: 1240", "By A B |
    /// March 12, 2019, 10:45"): the page's stamp beside its source, author or section. The field holds the date and at most
    /// its time (digits, colons, a comma); a date inside a sentence of a field ("Summit ends | Leaders met on 12 March
    /// 2019") is an event's.
    static func isStampField(_ tokens: [Token], dateAt index: Int) -> Bool {
        let start = lineStart(tokens, at: index)
        guard index == start || tokens[index - 1].text == "|" else { return false }
        var end = index + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0, tokens[end].text != "|" { end += 1 }
        let line = start..<((end..<tokens.count).first { tokens[$0].newlinesBefore > 0 } ?? tokens.count)
        guard line.contains(where: { tokens[$0].text == "|" }),
              let date = fullDates(in: tokens, range: index..<end).first, date.start == index else { return false }
        // The field holds nothing but the date and its time: digits, a month's name, and the marks between them.
        return (index..<end).allSatisfy { at in
            tokens[at].kind == .number || DateWords.month(tokens[at]) != nil || [":", ",", ".", "-", "/"].contains(tokens[at].text)
                || isoDayBeforeTime(tokens[at]) != nil || ordinalDay(tokens[at]) != nil
        }
    }

    /// Words that number a periodical's issue on its masthead ("Vol. 9", "Volume 12", "Issue 4"). Not "No." alone, which
    /// numbers a document too ("Resolution No. 45, 12 November 2019").
    static let issueWords: Set<String> = ["vol", "volume", "issue"]

    /// Words a page's counter writes after its number ("599 views", "12 comments").
    static let counterWords: Set<String> = ["views", "view", "comments", "reads", "hits"]

    /// Whether the full date at token `index` stands on a header line that is no sentence, in either of two shapes a page
    /// prints its stamp in without a time: a periodical's masthead that numbers its issue before the date ("RFE/RL NEWSLINE
    /// Vol. 9, No. 19, Part I, 31 January 2005", "Volume 12, Issue 4, March 3, 2010", "Weekly Bulletin - Issue 17 - 5 May
    /// 2008"), or a section's label of up to three capitalized words with the count of the page's views after the date
    /// ("Events 16 June 2021 599", "Politics, 5 April 2018, 1203 views"). Every word of the line beside the date's is
    /// capitalized, or an issue's or a counter's word: a sentence has words in small letters ("On 16 June 2021 599 delegates
    /// arrived", "Issue 4 of the journal appeared on March 3, 2010"). A document's number is no issue ("Decree No. 12, 3 March
    /// 2015"), nor is a number after the date that reads as a year or a time.
    static func isMastheadStamp(_ tokens: [Token], dateAt index: Int) -> Bool {
        let start = lineStart(tokens, at: index)
        var end = index + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        guard end - start <= 24, let date = fullDates(in: tokens, range: index..<end).first, date.start == index,
              let year = (index..<end).first(where: { tokens[$0].kind == .number && tokens[$0].text == String(date.year) }) else { return false }
        let label = start..<index, tail = (year + 1)..<end
        let plain = label.allSatisfy { tokens[$0].kind != .word || tokens[$0].isCapitalized || issueWords.contains(tokens[$0].lower) }
            && tail.allSatisfy { tokens[$0].kind != .word || counterWords.contains(tokens[$0].lower) }
        guard plain, !label.isEmpty else { return false }
        // The masthead: an issue's word and its number before the date.
        if label.contains(where: { word in
            issueWords.contains(tokens[word].lower) && tokens[word].isCapitalized && tokens[(word + 1)..<index].first(where: { $0.text != "." })?.kind == .number
        }) { return true }
        // The counter: one to three capitalized words (and a comma or a separator) before the date, a number after it, not a
        // year's or a time's, and at most the counter's word.
        let labelWords = label.filter { tokens[$0].kind == .word }
        guard (1...3).contains(labelWords.count), label.allSatisfy({ tokens[$0].kind == .word || [",", "|", "-"].contains(tokens[$0].text) }) else { return false }
        let counter = tail.filter { ![",", "|"].contains(tokens[$0].text) }
        guard let number = counter.first, tokens[number].kind == .number, tokens[number].text.count != 4 || Int(tokens[number].text).map({ !(1900...2100).contains($0) }) == true
        else { return false }
        return counter.dropFirst().allSatisfy { tokens[$0].kind == .number && tokens[$0].text.count == 3 || counterWords.contains(tokens[$0].lower) }
    }

    /// Whether the date at token `index` is the page's own stamp told in words, anywhere on a line of the head: a publication
    /// participle at most three words before it on the same line, the words between in small letters or a weekday ("...
    /// EUobserver, published on Thursday 13 August 2015, 9:31", "gepubliceerd op donderdag 13 augustus 2015"), the participle
    /// opening the line or a field or capitalized. Not "signed on" or any other participle, which dates an event, nor a
    /// report's "published on" inside a sentence.
    static func isPublicationStamp(_ tokens: [Token], dateAt index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 4, tokens[cursor + 1].newlinesBefore == 0 {
            // The participle opens its line or its field, or is capitalized as a label: not "the report published on".
            if isPublicationWord(tokens[cursor]) {
                return tokens[cursor].isCapitalized || cursor == 0 || tokens[cursor].newlinesBefore > 0 || [",", "|", "(", "-"].contains(tokens[cursor - 1].text)
                    || namesThisPage(tokens, before: cursor)
            }
            guard tokens[cursor].kind == .word, tokens[cursor].isLowercase || DateWords.weekdays[tokens[cursor].lower] != nil else { return false }
            cursor -= 1
        }
        return false
    }

    /// Nouns a page calls itself by when it says when it was published ("This article was published on ...", "This is an
    /// archive story published on ..."): not a document the text reports on ("the report published on").
    static let pageNouns: Set<String> = ["article", "story", "page", "post", "piece"]

    /// Whether the publication participle at token `participle` tells the page's own publication: "this" and one of
    /// `pageNouns` after it stand before the participle on its line, within eight tokens ("This is an archive article
    /// published on April 17, 2011", "This story was first published on 3 May 2019"). Not "the report published on", nor
    /// "This week the ministry's review, published on ...".
    static func namesThisPage(_ tokens: [Token], before participle: Int) -> Bool {
        let start = max(lineStart(tokens, at: participle), participle - 8)
        guard let this = (start..<participle).first(where: { tokens[$0].lower == "this" }) else { return false }
        return (this + 1..<participle).contains { pageNouns.contains(tokens[$0].lower) }
    }

    /// Whether the full date at token `index` closes a byline on a line of the head, as papers and agencies print their
    /// author or agency beside the page's date ("By bne IntelliNews December 17, 2013", "By ANIFriday, April 23, 2010" with
    /// the weekday run on, "By Jane Doe, Reuters 3 March 2019 10:15 GMT"): "By" opens the line, one to six tokens of the
    /// name (no colon, semicolon or past verb) stand before the date, and only the date and its time fill the rest of the
    /// line. Not a sentence that opens with "By" ("By March 3, 2019 the talks had ended", "By then, on 3 March 2019, the
    /// envoys agreed").
    static func isBylineStamp(_ tokens: [Token], dateAt index: Int) -> Bool {
        let start = lineStart(tokens, at: index)
        guard tokens[start].text == "By", (2...7).contains(index - start),
              !tokens[(start + 1)..<index].contains(where: { [";", ":"].contains($0.text) || isPastVerb($0) }),
              let date = fullDates(in: tokens, range: index..<min(tokens.count, index + 8)).first, date.start == index,
              let year = (index..<min(tokens.count, index + 8)).first(where: { tokens[$0].kind == .number && tokens[$0].text == String(date.year) })
        else { return false }
        var end = year + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 {
            let token = tokens[end]
            guard token.kind == .number || [":", ",", "|", "-", "(", ")", "+", "."].contains(token.text)
                    || ["am", "pm"].contains(token.lower) || timeZones.contains(token.lower) else { return false }
            end += 1
        }
        return true
    }

    /// Whether the date at token `index` closes a line that credits the page's publication to its outlet, anywhere in the
    /// body, as a page's foot prints it ("Published in Dawn, June 25th, 2022", "First published by The Moscow Times on 3 May
    /// 2021", "Originally posted at Eurasianet, 12 March 2019"): a capitalized publication participle opens the line (after at
    /// most "First", "Originally" or "Also"), then only prepositions, the outlet's capitalized words and commas, and the date
    /// closes the line. Not a sentence that goes on after the date ("Published in 1997, the report ..."), nor a participle
    /// inside one.
    static func isPublishedInLine(_ tokens: [Token], dateAt index: Int) -> Bool {
        let start = lineStart(tokens, at: index)
        var cursor = start
        if ["first", "originally", "also"].contains(tokens[cursor].lower), tokens[cursor].isCapitalized { cursor += 1 }
        guard cursor < index, isPublicationWord(tokens[cursor]), tokens[cursor].isCapitalized || cursor > start, index - cursor <= 9,
              ((cursor + 1)..<index).allSatisfy({ position in
                  let token = tokens[position]
                  return [",", "-", ":", "."].contains(token.text) || token.kind == .word && (token.isCapitalized || ["in", "on", "by", "at", "the", "of"].contains(token.lower))
              }),
              ((cursor + 1)..<index).contains(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { return false }
        return fullDateEndsLine(tokens, dateAt: index)
    }

    /// Labels of a page's own date that name the publication ("Date", "Published", "Date of publication"), not a later change
    /// ("Updated", "Edited").
    static let publicationLabels: Set<String> = ["date", "published", "posted", "publication", "tarihi", "tarih", "yayinlanma"]

    /// Whether the date at token `index` is a page's stamp under its label, anywhere in the body, as a page's foot prints it
    /// ("Date\n2018.05.20 / 15:37\nAuthor\n...", "Date: 20.05.2018"): the date alone on its line (a time may follow), and
    /// before it on the same line or alone on the line above only the label's words, one of them naming the publication.
    static func isLabelledStamp(_ tokens: [Token], dateAt index: Int) -> Bool {
        guard isAlone(tokens, at: index) else { return false }
        func isLabel(_ range: Range<Int>) -> Bool {
            !range.isEmpty && range.allSatisfy { tokens[$0].text == ":" || pageStampLabels.contains(tokens[$0].lower) }
                && range.contains { publicationLabels.contains(tokens[$0].lower) }
        }
        let lineStart = Self.lineStart(tokens, at: index)
        if lineStart < index { return isLabel(lineStart..<index) }
        guard lineStart > 0 else { return false }
        let above = Self.lineStart(tokens, at: lineStart - 1)
        return isLabel(above..<lineStart)
    }

    /// Whether the date at token `index` closes an agency's credit in brackets on a line of its own, anywhere in the body
    /// ("(Xinhua News Agency August 13, 2008)"): the bracket opens the line, only the outlet's capitalized name (up to five
    /// words, no comma: not a place's "(Ashgabat, December 24, 1993)") stands before the date, and the bracket closes the
    /// line right after it.
    static func isCreditLine(_ tokens: [Token], dateAt index: Int) -> Bool {
        guard let open = (max(0, index - 6)..<index).last(where: { tokens[$0].text == "(" }), open == 0 || tokens[open].newlinesBefore > 0,
              index - open >= 2, (open + 1..<index).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && tokens[$0].newlinesBefore == 0 }),
              let date = fullDates(in: tokens, range: index..<min(tokens.count, index + 6)).first, date.start == index,
              let close = (index + 1..<min(tokens.count, index + 7)).first(where: { tokens[$0].text == ")" }),
              !(index + 1...close).contains(where: { tokens[$0].newlinesBefore > 0 }) else { return false }
        return close + 1 == tokens.count || tokens[close + 1].newlinesBefore > 0
    }

    /// Whether the full date at `index` opens the lead after a photo's caption run on the same line, as RFE/RL pages scrape:
    /// "... outside St. Petersburg on 25 January (epa) 25 January 2006 -- Uzbekistan today became ...". The caption closes
    /// with its credit in brackets, one to three tokens with no space inside ("(epa)", "(AFP)", "(RFE/RL)"); the date has its
    /// year, and a dash after the year ("--", "—") opens the lead, a capitalized word on the same line. A date a sentence
    /// holds ("(epa) on 25 January 2006, the leaders met") has no such dash.
    static func followsCaptionCredit(_ tokens: [Token], dateAt index: Int) -> Bool {
        guard index >= 3, tokens[index].newlinesBefore == 0, tokens[index - 1].text == ")",
              let open = (max(0, index - 5)..<(index - 1)).last(where: { tokens[$0].text == "(" }), open + 1 < index - 1,
              ((open + 1)...(index - 1)).allSatisfy({ tokens[$0].newlinesBefore == 0 }),
              ((open + 1)..<(index - 1)).allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "/" }),
              ((open + 2)...(index - 1)).allSatisfy({ !tokens[$0].spaceBefore }),
              let year = (index..<min(tokens.count, index + 6)).first(where: { tokens[$0].kind == .number && tokens[$0].text.count == 4 }) else { return false }
        var cursor = year + 1
        var dashes = 0
        while cursor < tokens.count, tokens[cursor].newlinesBefore == 0, ["-", "--", "–", "—"].contains(tokens[cursor].text) { cursor += 1; dashes += 1 }
        return dashes > 0 && cursor < tokens.count && tokens[cursor].newlinesBefore == 0 && tokens[cursor].kind == .word && tokens[cursor].isCapitalized
    }

    /// Index of the first token of the body's first line of prose (fifteen tokens or more, closing with a full stop), looked
    /// for in the first `lines` lines; nil when none is. What stands above it is the page's header, however many lines of
    /// menus, rates and weather a scraped page puts there.
    static func firstProseLine(_ tokens: [Token], lines: Int) -> Int? {
        var start = 0, seen = 0
        while start < tokens.count, seen < lines {
            var end = start + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            if end - start >= 15, tokens[end - 1].text == "." { return start }
            start = end
            seen += 1
        }
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

    /// The date in an address that stands alone on one of the body's first lines ("https://www.example.com/2017/10/02/...").
    static func urlLine(_ body: String) -> String? {
        for line in body.split(separator: "\n", maxSplits: 6, omittingEmptySubsequences: true).prefix(6) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.contains(" "), trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") || isHost(trimmed.prefix { $0 != "/" }) && trimmed.contains("/") else { continue }
            return fromURL(trimmed)
        }
        return nil
    }

    /// Whether an address's first part names a host ("www.example.com", "uza.uz"): an address copied without its scheme
    /// ("uza.uz/en/posts/2021/07/03/..."), not a date ("23.02.2024/...") or a sentence.
    static func isHost(_ part: Substring) -> Bool {
        let labels = part.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
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

    /// A dateline near the top: at most a dozen tokens into a line (a place, an agency: "MOSCOW,",
    /// "KIEV.", "BAKU, Azerbaijan,", "AKIpress news agency, Bishkek,"), then after a comma or full stop
    /// "December 30" / "Dec. 30" / "30 December", an optional year, then `.`, `/`, `(`, `-`, `:` or `,`.
    static func dateline(_ tokens: [Token]) -> (month: Int, day: Int, year: Int?)? {
        let limit = headTokens(tokens, lines: 8)
        var lineStart = 0
        // What may follow the dateline's date: its stop, the agency's, or the bracket the line opened with ("[ Moscow,
        // 22.02.2022 ] - APA", "(Tashkent, 3 May 2021) UzA") or that opened before the date ("MOSCOW (Agency - 9 September,
        // 2021)").
        func closesDateline(_ index: Int) -> Bool {
            [".", "/", "(", "-", ":", ","].contains(tokens[index].text)
                || tokens[index].text == "]" && tokens[lineStart].text == "["
                || tokens[index].text == ")" && (tokens[lineStart].text == "(" || agencyBracket(before: index))
        }
        // A bracket that opens after the place, on the agency's name: capitalized words before it and after it ("MOSCOW
        // (Agency News / Wire - ..."), not an aside in a sentence ("The ministers (who met in Baku, 14 March 2019)").
        func agencyBracket(before index: Int) -> Bool {
            guard let open = tokens[lineStart..<index].firstIndex(where: { $0.text == "(" }), open + 1 < index else { return false }
            return tokens[lineStart..<open].allSatisfy { $0.kind != .word || $0.isCapitalized } && tokens[open + 1].isCapitalized
        }
        // "Baltic States news & analytics Thursday, 20.01.2022, 10:50": a weekday, the date and the time of day are a site's
        // clock in its header, the day the page was viewed, not a dateline; a dateline further down ("BC, Vilnius,
        // 25.08.2008.") is the article's. The clock is the answer only when no other dateline is found.
        // So is a weekday and the date run on after a word of the menu or an icon's label, no mark between ("Flag Thursday, 21
        // November 2024"): a dateline's place is set off from its date by a comma or a stop.
        var clockStamp: (month: Int, day: Int, year: Int?)?
        func isClockStamp(dateAt index: Int, end: Int) -> Bool {
            guard index >= 2, tokens[index - 1].text == ",", DateWords.weekdays[tokens[index - 2].lower] != nil else { return false }
            if index >= 3, tokens[index - 3].kind == .word, tokens[index - 2].newlinesBefore == 0 { return true }
            return (end..<min(tokens.count, end + 3)).contains {
                $0 > 0 && $0 + 1 < tokens.count && tokens[$0].text == ":" && tokens[$0].newlinesBefore == 0 && tokens[$0 - 1].kind == .number
                    && tokens[$0 + 1].kind == .number
            }
        }
        while lineStart < limit {
            var index = lineStart + 1
            while index < min(limit, lineStart + 14), index < tokens.count, tokens[index].newlinesBefore == 0 {
                defer { index += 1 }
                // "MOSCOW. KAZINFORM - 12 November 2025.": the agency's name before a dash, then the date. "Washington DC (UPI)
                // Jun 25, 2006 In a further ...": the agency's bracket after the place, then the date.
                let afterAgency = tokens[index - 1].text == ")" && agencyBracket(before: index - 1)
                // A colon parts the place from its date as a comma does ("Rashtrapati Bhavan : 08.09.2015", "New Delhi: 10
                // July 2015", "Kremlin, Moscow: July 10, 2015"), after a place's capitalized words alone: not a stamp's label
                // ("Update : 03.03.2022", "Ahmet Yildiz |02.03.2022 - Update : 03.03.2022"), which the stamp rules weigh.
                let placeColon = tokens[index - 1].text == ":" && index - 1 > lineStart && (lineStart..<(index - 1)).allSatisfy { at in
                    tokens[at].text == "," || tokens[at].kind == .word && tokens[at].isCapitalized
                        && !pageStampLabels.contains(tokens[at].lower) && !tokens[at].lower.hasPrefix("update")
                }
                guard [",", ".", "-"].contains(tokens[index - 1].text) || placeColon || afterAgency else { continue }
                // A dateline starts with a place or an agency, not a weekday ("Sunday, 29 November 2026" is a page header),
                // nor a preposition or a word that places a time relative to now: "On Sunday, 24 March, ...", "By Friday, March
                // 22, ...", "Last Sunday, April 26, ...", "Next Friday, 3 June, ...", "Early Monday, May 4, ..." open a sentence
                // of the body.
                let place = (lineStart..<(index - 1)).contains { tokens[$0].kind == .word && DateWords.weekdays[tokens[$0].lower] == nil && DateWords.month(tokens[$0]) == nil }
                guard place, !["on", "by", "at", "in", "from", "since", "until", "till", "before", "after", "as", "of",
                               "last", "this", "next", "early", "late", "earlier", "later"].contains(tokens[lineStart].lower)
                    || tokens[lineStart].text.allSatisfy(\.isUppercase) else { continue }
                // "Georgia withdrew from the bloc on Tuesday, August 18.": a weekday after a word in small letters dates the
                // sentence's event, not the page; a dateline's place is no such phrase. Such a date with its year ("on Friday,
                // April 19th, 2024,") still dates a lead that has no dateline, as before.
                let inSentence = index >= lineStart + 3 && DateWords.weekdays[tokens[index - 2].lower] != nil && tokens[index - 3].kind == .word && tokens[index - 3].isLowercase
                var cursor = index
                var month: Int?, day: Int?
                if let m = DateWords.month(tokens[cursor]) {
                    cursor += 1
                    if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
                    if cursor < tokens.count, let d = tokens[cursor].kind == .number ? Int(tokens[cursor].text) : ordinalDay(tokens[cursor]) { month = m; day = d; cursor += 1 }
                } else if let d = tokens[cursor].kind == .number ? Int(tokens[cursor].text) : ordinalDay(tokens[cursor]),
                          case let monthAt = cursor + (ordinalDay(tokens[cursor]) != nil && cursor + 1 < tokens.count && tokens[cursor + 1].lower == "of" ? 2 : 1),
                          monthAt < tokens.count, let m = DateWords.month(tokens[monthAt]) {
                    // "9 September", "09th September", "21st of June"
                    month = m; day = d; cursor = monthAt + 1
                } else if let numeric = fullDates(in: tokens, range: cursor..<min(tokens.count, cursor + 5)).first, numeric.start == cursor {
                    // "DUSHANBE, 20.03.2023 /Khovar/.", "TASHKENT, 2023-03-20 (UzA)": a dateline in digits.
                    var end = cursor
                    while end < min(tokens.count, cursor + 5), tokens[end].kind == .number || ["-", "."].contains(tokens[end].text) && end + 1 < tokens.count && tokens[end + 1].kind == .number && !tokens[end + 1].spaceBefore { end += 1 }
                    guard end < tokens.count, closesDateline(end) || tokens[end].newlinesBefore > 0 else { continue }
                    if isClockStamp(dateAt: index, end: end) { clockStamp = clockStamp ?? (numeric.month, numeric.day, numeric.year); continue }
                    if isFootCredit(tokens, lineStart: lineStart, dateEnd: end) { continue }
                    return (numeric.month, numeric.day, numeric.year)
                }
                guard let month, let day, (1...31).contains(day) else { continue }
                var year: Int?
                if cursor + 1 < tokens.count, tokens[cursor].text == ",", tokens[cursor + 1].kind == .number, tokens[cursor + 1].text.count == 4 {
                    year = Int(tokens[cursor + 1].text); cursor += 2
                } else if cursor < tokens.count, tokens[cursor].kind == .number, tokens[cursor].text.count == 4 {
                    year = Int(tokens[cursor].text); cursor += 1
                }
                if inSentence, year == nil { continue }
                // After the agency's bracket, a date with its year is the dateline whatever follows it: the lead may run on
                // on the same line with no stop between.
                guard cursor < tokens.count, closesDateline(cursor) || tokens[cursor].newlinesBefore > 0 || afterAgency && year != nil else { continue }
                if year != nil, isClockStamp(dateAt: index, end: cursor) { clockStamp = clockStamp ?? (month, day, year); continue }
                if year != nil, isFootCredit(tokens, lineStart: lineStart, dateEnd: cursor) { continue }
                return (month, day, year)
            }
            // Next line.
            lineStart = index
            while lineStart < limit, tokens[lineStart].newlinesBefore == 0 { lineStart += 1 }
        }
        return dateFirstLine(tokens, limit: limit) ?? clockStamp
    }

    /// Whether a dateline's place and date at `lineStart` close a short article as its source's credit ("ITAR-TASS,
    /// 27.08.2005" under the text, then "Printer-friendly version"), while a date line at the head gives the page's own date
    /// ("28.08.05 16:00"): the date ends its line, prose stands above it, no line of prose follows it (only lines of at most
    /// six tokens), and a date alone on one of the first lines. The head's date is then the page's; the credit dates the
    /// story it syndicates.
    static func isFootCredit(_ tokens: [Token], lineStart: Int, dateEnd: Int) -> Bool {
        guard lineStart > 0, dateEnd == tokens.count || tokens[dateEnd].newlinesBefore > 0 else { return false }
        var prose = false
        var start = 0
        while start < lineStart {
            var end = start + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            if end - start >= 15 { prose = true }
            start = end
        }
        guard prose else { return false }
        start = dateEnd
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            if end - start > 6 { return false }
            start = end
        }
        let head = headTokens(tokens, lines: 3)
        return fullDates(in: tokens, range: 0..<min(head, lineStart)).contains { startsLine(tokens, at: $0.start) && isAlone(tokens, at: $0.start) }
    }

    /// A dateline whose date opens its line: wire copy with the agency in brackets and no place ("January 1 (Reuters) -
    /// Egypt ...", "12 March 2019 (AKIpress) -"), or a date line whose place follows the date ("June 10, The Kremlin, Moscow"),
    /// also after its weekday and with the lead running on after a dash ("Saturday, July 4, Vilnius - The President sent
    /// ..."). A weekday and a date alone ("Sunday, 29 November 2026") are a page's header, no dateline.
    static func dateFirstLine(_ tokens: [Token], limit: Int) -> (month: Int, day: Int, year: Int?)? {
        var lineStart = 0
        while lineStart < limit {
            var end = lineStart + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            defer { lineStart = end }
            var cursor = lineStart
            // "Saturday, July 4, Vilnius - ...": the weekday before the date.
            let weekdayFirst = end - lineStart >= 5 && tokens[cursor].isCapitalized && DateWords.weekdays[tokens[cursor].lower] != nil && tokens[cursor + 1].text == ","
            if weekdayFirst { cursor += 2 }
            var month: Int?, day: Int?
            if end - lineStart >= 3, let m = DateWords.month(tokens[cursor]) {
                cursor += 1
                if tokens[cursor].text == "." { cursor += 1 }
                if cursor < end, tokens[cursor].kind == .number, let d = Int(tokens[cursor].text) { month = m; day = d; cursor += 1 }
            } else if end - lineStart >= 3, tokens[cursor].kind == .number, let d = Int(tokens[cursor].text), let m = DateWords.month(tokens[cursor + 1]) {
                month = m; day = d; cursor += 2
            }
            guard let month, let day, (1...31).contains(day), cursor < end else { continue }
            var year: Int?
            if cursor + 1 < end, tokens[cursor].text == ",", tokens[cursor + 1].kind == .number, tokens[cursor + 1].text.count == 4 {
                year = Int(tokens[cursor + 1].text); cursor += 2
            }
            guard cursor < end else { continue }
            // ", Vilnius - The President ...": a place of one to three capitalized words, a dash, and the lead.
            if tokens[cursor].text == ",", cursor + 2 < end, let dash = (cursor + 2..<min(end, cursor + 5)).first(where: { ["-", "--", "–", "—"].contains(tokens[$0].text) }),
               dash + 1 < end, (cursor + 1..<dash).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && DateWords.weekdays[tokens[$0].lower] == nil }),
               tokens[dash + 1].isCapitalized {
                return (month, day, year)
            }
            if weekdayFirst { continue }
            // "(Reuters) -": capitalized words in brackets, then a dash.
            if tokens[cursor].text == "(", let close = (cursor + 2..<min(end, cursor + 6)).first(where: { tokens[$0].text == ")" }),
               (cursor + 1..<close).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized || tokens[$0].text == "/" }),
               close + 1 < end, ["-", "--", "–", "—"].contains(tokens[close + 1].text) {
                return (month, day, year)
            }
            // ", The Kremlin, Moscow": the rest of the line a place, capitalized words and commas.
            if tokens[cursor].text == ",", end - cursor >= 2,
               tokens[(cursor + 1)..<end].allSatisfy({ $0.text == "," || $0.kind == .word && ($0.isCapitalized || $0.lower == "the") }) {
                return (month, day, year)
            }
        }
        return nil
    }
}

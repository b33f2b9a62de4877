import Foundation

/// Publication dates, part of `PublicationDate`: dates as they are written: a date field, full dates in running text
/// ("30 December 2017", "December 30, 2017", "30.12.2017"), two-digit years, and a caption's compact stamp
/// ("9Aug2014").
extension PublicationDate {
    /// A date written without spaces, as photo captions stamp it ("9Aug2014", "29May2014"): day, month and year.
    static func compactDate(_ token: Token) -> (year: Int, month: Int, day: Int)? {
        let text = token.lower
        guard text.count >= 8, text.count <= 15, let first = text.first, first.isNumber, let last = text.last, last.isNumber else { return nil }
        let dayDigits = text.prefix(while: \.isNumber)
        let rest = text.dropFirst(dayDigits.count)
        let letters = rest.prefix(while: \.isLetter)
        let yearDigits = rest.dropFirst(letters.count)
        guard (1...2).contains(dayDigits.count), letters.count >= 3, yearDigits.count == 4, yearDigits.allSatisfy(\.isNumber),
              let day = Int(dayDigits), let year = Int(yearDigits), let month = DateWords.months[String(letters)],
              DateWords.isValid(year: year, month: month, day: day) else { return nil }
        return (year, month, day)
    }

    /// "2017-12-30", "2017-12-30T10:00:00Z", "30 December 2017", "December 30, 2017", "Sat, 30 Dec 2017 10:00:00 +0300", "30.12.2017".
    static func parse(_ text: String) -> String? {
        // ISO 8601 with a time ("2022-04-03T10:00:00Z", "2022-04-03 10:00"): the date part.
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars.prefix(10))
        if scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
           let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))), let month = Int(String(String.UnicodeScalarView(scalars[5..<7]))),
           let day = Int(String(String.UnicodeScalarView(scalars[8..<10]))), DateWords.isValid(year: year, month: month, day: day) {
            return DateWords.iso(year, month, day)
        }
        let tokens = Tokenizer.tokenize(MatchText(text).scalars)
        if let first = fullDates(in: tokens, range: 0..<tokens.count).first { return DateWords.iso(first.year, first.month, first.day) }
        if tokens.count >= 1, tokens[0].kind == .number, tokens[0].text.count == 4, let year = Int(tokens[0].text), (1900...2100).contains(year) {
            if tokens.count >= 3, tokens[1].text == "-", let month = Int(tokens[2].text), (1...12).contains(month) { return DateWords.iso(year, month, nil) }
            return DateWords.iso(year, nil, nil)
        }
        return nil
    }

    /// A day of the month written as an ordinal with its English suffix ("19th", "1st", "09th"), as some outlets date
    /// their copy ("April 19th, 2024", "09th September, 2021").
    static func ordinalDay(_ token: Token) -> Int? {
        guard token.kind == .word else { return nil }
        let digits = token.lower.prefix(while: \.isNumber)
        guard (1...2).contains(digits.count), ["st", "nd", "rd", "th"].contains(String(token.lower.dropFirst(digits.count))) else { return nil }
        return Int(digits)
    }

    /// Complete dates (day, month and year) in a token range.
    static func fullDates(in tokens: [Token], range: Range<Int>) -> [(year: Int, month: Int, day: Int, start: Int)] {
        var found: [(Int, Int, Int, Int)] = []
        var index = range.lowerBound
        func text(_ i: Int) -> String { i < range.upperBound && i < tokens.count ? tokens[i].text : "" }
        func number(_ i: Int) -> Int? { i < range.upperBound && i < tokens.count && tokens[i].kind == .number ? Int(tokens[i].text) : nil }
        func dayOfMonth(_ i: Int) -> Int? { number(i) ?? (i < range.upperBound && i < tokens.count ? ordinalDay(tokens[i]) : nil) }
        func year(_ i: Int) -> Int? { number(i).flatMap { (1900...2100).contains($0) && tokens[i].text.count == 4 ? $0 : nil } }
        // A year, or one a page's stamp glued to its time ("26 November 202018:51", see `yearGluedToTime`).
        func yearOrStamp(_ i: Int) -> Int? { year(i) ?? (i < range.upperBound ? yearGluedToTime(tokens, at: i) : nil) }
        // A year after a month's name: "2017", or "'08" as page headers abbreviate it ("29 Aug.'08"), or after a spaced slash
        // ("08 november / 2017"). The index after it.
        func yearAfterMonth(_ i: Int) -> (year: Int, next: Int)? {
            if let y = yearOrStamp(i) { return (y, i + 1) }
            // "08 november / 2017": a site's stamp that sets the year apart by a spaced slash.
            if text(i) == "/", i < tokens.count, tokens[i].spaceBefore, let y = year(i + 1), tokens[i + 1].spaceBefore { return (y, i + 2) }
            if text(i) == "'", let short = number(i + 1), tokens[i + 1].text.count == 2 { return (century(short), i + 2) }
            return nil
        }
        // The token after a month's name and its abbreviation's full stop ("Dec. 30").
        func afterMonth(_ i: Int) -> Int { text(i + 1) == "." && tokens[i].text.count <= 4 ? i + 2 : i + 1 }
        while index < range.upperBound {
            let token = tokens[index]
            // 30 December 2017, 30 Dec. 2017, 30th December 2017, 30th of December, 2017
            let ordinalOf = number(index) == nil && text(index + 1) == "of"
            // "Sun 21 - March 2021 - 01:23": a stamp's line that parts the day from the month by a spaced dash (its first word, or
            // after a weekday that opens the line; never in a sentence, where "20 - 21 March" is a range).
            let dashed = text(index + 1) == "-" && tokens[index + 1].spaceBefore && number(index) != nil
                && (startsLine(tokens, at: index) || index > 0 && DateWords.weekday(named: tokens[index - 1]) != nil && startsLine(tokens, at: index - 1))
            if let day = dayOfMonth(index), index + 2 < range.upperBound, case let monthIndex = ordinalOf || dashed ? index + 2 : index + 1,
               monthIndex < range.upperBound, let month = DateWords.month(tokens[monthIndex]) {
                let next = afterMonth(monthIndex)
                if let (y, after) = yearAfterMonth(text(next) == "," ? next + 1 : next), DateWords.isValid(year: y, month: month, day: day) {
                    found.append((y, month, day, index)); index = after; continue
                }
            }
            // December 30, 2017, Dec. 30, 2017, December 30th, 2017
            if let month = DateWords.month(token), case let dayIndex = afterMonth(index), let day = dayOfMonth(dayIndex) {
                let yearIndex = text(dayIndex + 1) == "," ? dayIndex + 2 : dayIndex + 1
                // "February 28, 22": a year shortened after the day's comma (see `shortYear`).
                let short = text(dayIndex + 1) == "," && yearIndex < range.upperBound ? shortYear(tokens, at: yearIndex) : nil
                if let y = yearOrStamp(yearIndex) ?? short, DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index = yearIndex + 1; continue }
            }
            // 2017-12-30, and with its time glued on as ISO 8601 writes it ("2021-10-25T12:05", see `isoDayBeforeTime`)
            if let y = year(index), index + 4 < range.upperBound, tokens[index + 1].text == "-", let month = number(index + 2), tokens[index + 3].text == "-",
               let day = number(index + 4) ?? isoDayBeforeTime(tokens[index + 4]),
               DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index += 5; continue }
            // "2022 05 11": year, month and day in digits parted by spaces, a line of their own, as a ministry's page stamps a
            // release (never inside a sentence).
            if let y = year(index), index + 2 < range.upperBound, startsLine(tokens, at: index), index + 3 == tokens.count || tokens[index + 3].newlinesBefore > 0,
               tokens[index + 1].text.count == 2, tokens[index + 2].text.count == 2, tokens[index + 1].spaceBefore, tokens[index + 2].spaceBefore,
               let month = number(index + 1), let day = number(index + 2), DateWords.isValid(year: y, month: month, day: day) {
                found.append((y, month, day, index)); index += 3; continue
            }
            // 2018.05.20, 2018/05/20: year first, with the month and the day in two digits each, as some sites stamp an item
            // ("Date 2018.05.20 / 15:37").
            if let y = year(index), index + 4 < range.upperBound, [".", "/"].contains(tokens[index + 1].text), !tokens[index + 1].spaceBefore,
               tokens[index + 3].text == tokens[index + 1].text, !tokens[index + 3].spaceBefore, !tokens[index + 4].spaceBefore,
               tokens[index + 2].text.count == 2, tokens[index + 4].text.count == 2, let month = number(index + 2), let day = number(index + 4),
               DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index += 5; continue }
            // 19-11-2001
            if let day = number(index), index + 4 < range.upperBound, tokens[index + 1].text == "-", let month = number(index + 2), tokens[index + 3].text == "-",
               let y = year(index + 4), tokens[index].text.count <= 2, DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index += 5; continue }
            // 30.12.2017, 30/12/2017 (day first, as the region's outlets write it); 08/05/21 with a time after it, as page
            // headers stamp an item ("08/05/21 15:22"), or as a header's field of its own ("NEWS.am | 12:41 | 23.02.24 | Politics").
            if let day = number(index), index + 4 < range.upperBound, [".", "/"].contains(tokens[index + 1].text), !tokens[index + 1].spaceBefore, let month = number(index + 2),
               tokens[index + 3].text == tokens[index + 1].text {
                let field = index > 0 && separatesFields(tokens, at: index - 1) && (index + 5 == tokens.count || tokens[index + 5].newlinesBefore > 0 || separatesFields(tokens, at: index + 5))
                let short = number(index + 4).flatMap { tokens[index + 4].text.count == 2 && (number(index + 5) != nil && text(index + 6) == ":" || field) ? century($0) : nil }
                if let y = year(index + 4) ?? short, DateWords.isValid(year: y, month: month, day: day) {
                    // "Tue, 06/05/2012 - 13:47": the weekday written before the date tells which number is the month.
                    if statedWeekdayFitsMonthFirst(tokens, dateAt: index, year: y, first: day, second: month) { found.append((y, day, month, index)) }
                    else { found.append((y, month, day, index)) }
                    index += 5; continue
                }
                // "3/22/2024 7:09:33 PM", "02/24/2026 | Press release", "DATE=8/25/1999": month first, as US sites stamp an item,
                // only where the day cannot be a month and a time follows, or the date is a field of a header line (a separator
                // beside it on its line), or it closes a line where one word and its "=" or ":" label it (a lone "3/22/2024" is
                // no stamp).
                let headerField = index + 5 < range.upperBound && tokens[index + 5].newlinesBefore == 0 && separatesFields(tokens, at: index + 5)
                    || index > 0 && tokens[index].newlinesBefore == 0 && separatesFields(tokens, at: index - 1)
                let closesLine = index + 5 == tokens.count || tokens[index + 5].newlinesBefore > 0
                let labelled = index >= 2 && ["=", ":"].contains(tokens[index - 1].text) && tokens[index - 2].kind == .word
                    && (index == 2 || tokens[index - 2].newlinesBefore > 0)
                if tokens[index + 1].text == "/", month > 12, day <= 12, let y = year(index + 4), number(index + 5) != nil && text(index + 6) == ":" || headerField || closesLine && labelled,
                   DateWords.isValid(year: y, month: day, day: month) { found.append((y, day, month, index)); index += 5; continue }
            }
            index += 1
        }
        return found.map { (year: $0.0, month: $0.1, day: $0.2, start: $0.3) }
    }

    /// Whether the weekday written right before a date in digits ("Tue, 06/05/2012", "Monday 03.04.2019") fits the date
    /// read month first (June 5, 2012, a Tuesday) and not day first (6 May 2012, a Sunday): such a stamp is a US site's,
    /// month first. `first` and `second` are the date's first two numbers.
    static func statedWeekdayFitsMonthFirst(_ tokens: [Token], dateAt index: Int, year: Int, first: Int, second: Int) -> Bool {
        guard first <= 12, first != second, index >= 1, tokens[index].newlinesBefore == 0 else { return false }
        let at = tokens[index - 1].text == "," && index >= 2 && tokens[index - 1].newlinesBefore == 0 ? index - 2 : index - 1
        guard let stated = DateWords.weekday(named: tokens[at]) else { return false }
        return DateWords.weekday(year: year, month: second, day: first) != stated && DateWords.weekday(year: year, month: first, day: second) == stated
    }

    /// A year a page's stamp glued to the time after it, the space lost in scraping ("26 November 202018:51"): six digits, a
    /// year of 1900–2100 and an hour of 00–23, then a colon and two digits of minutes.
    static func yearGluedToTime(_ tokens: [Token], at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .number, token.text.count == 6, index + 2 < tokens.count, tokens[index + 1].text == ":", !tokens[index + 1].spaceBefore,
              tokens[index + 2].kind == .number, tokens[index + 2].text.count == 2, let minutes = Int(tokens[index + 2].text), minutes < 60,
              let year = Int(token.text.prefix(4)), (1900...2100).contains(year), let hour = Int(token.text.suffix(2)), hour < 24 else { return nil }
        return year
    }

    /// The day of an ISO 8601 date with its time glued on ("25T12" in "2021-10-25T12:05"): two digits, "T", the hour.
    static func isoDayBeforeTime(_ token: Token) -> Int? {
        guard token.kind == .word else { return nil }
        let text = token.lower
        let day = text.prefix(while: \.isNumber), rest = text.dropFirst(day.count)
        guard day.count == 2, rest.first == "t", case let hour = rest.dropFirst(), (1...2).contains(hour.count), hour.allSatisfy(\.isNumber),
              let h = Int(hour), h < 24 else { return nil }
        return Int(day)
    }

    /// A two-digit year in the century that puts it no later than this year ("'08" → 2008, "'97" → 1997).
    static func century(_ short: Int) -> Int { 2000 + short <= currentYear ? 2000 + short : 1900 + short }

    /// A year shortened to two digits after a month's day and a comma, as a quotation or a signature may write it ("signed
    /// on February 28, 22", "Feb. 28, 22."): the year in the century that puts it no later than this year. Nil when a word, a
    /// number, a dash or a colon follows on the line ("On March 5, 12 soldiers ...", "March 5, 12-14", "May 5, 22:00"):
    /// a count, a span or a time.
    static func shortYear(_ tokens: [Token], at index: Int) -> Int? {
        guard index >= 3, index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 2, let short = Int(tokens[index].text),
              tokens[index - 1].text == ",", tokens[index - 2].kind == .number, tokens[index - 2].text.count <= 2,
              let day = Int(tokens[index - 2].text) else { return nil }
        let monthAt = tokens[index - 3].text == "." && index >= 4 ? index - 4 : index - 3
        guard let month = DateWords.month(tokens[monthAt]) else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].newlinesBefore == 0 {
            let next = tokens[index + 1]
            guard next.kind == .punctuation, !["-", "–", "—", ":", "%", "/", "."].contains(next.text) || next.text == "." && isSentenceEnd(tokens, at: index + 1) else { return nil }
        }
        let year = century(short)
        return DateWords.isValid(year: year, month: month, day: day) ? year : nil
    }

    /// Whether the full stop at `index` ends the text's sentence (the end, or a capitalized word or a line break after it),
    /// not a decimal point.
    static func isSentenceEnd(_ tokens: [Token], at index: Int) -> Bool {
        index + 1 == tokens.count || tokens[index + 1].newlinesBefore > 0 || tokens[index + 1].spaceBefore && tokens[index + 1].kind != .number
    }
}

import Foundation

/// Finds an article's publication date, in order of trust:
/// a date field from the input, a date in the URL, the dateline ("MOSCOW, December 30. /TASS/.")
/// with its year taken from an explicit date near the top or inferred from weekday words
/// ("said on Saturday") and the years the text mentions, and finally an explicit full date in the
/// first lines. A date at the very top that disagrees with the dateline is a page's render date and is ignored.
enum PublicationDate {
    /// What the text states outright: a full date, or only a dateline's month and day.
    struct Stated {
        var date: String?
        var monthDay: (month: Int, day: Int)?
        /// The month a digest's title names without its year ("Foreign Policy Chronicle: October"): the year is inferred.
        var month: Int?
    }

    static func stated(article: Article, tokens: [Token]) -> Stated {
        if let text = article.dateText, let date = parse(text) { return Stated(date: date) }
        if let url = article.url, let date = fromURL(url) { return Stated(date: date) }
        // A page saved with its address on a line of its own near the top of the body: the same as the URL field.
        if let date = urlLine(article.body) { return Stated(date: date) }
        let head = headTokens(tokens, lines: 6)
        // A line that holds nothing but a date is the article's date line; a date inside a sentence is history. The date
        // may also close the article, on its last lines ("... and Atlanta.\n\nAugust 18, 2009").
        let tail = tailTokens(tokens, lines: 2)
        let dateLines = fullDates(in: tokens, range: 0..<head).filter { isAlone(tokens, at: $0.start) || startsLine(tokens, at: $0.start) }
            + fullDates(in: tokens, range: max(head, tail)..<tokens.count).filter { isAlone(tokens, at: $0.start) && startsLine(tokens, at: $0.start) }
        if let dateline = dateline(tokens) {
            if let year = dateline.year { return Stated(date: DateWords.iso(year, dateline.month, dateline.day)) }
            if let match = dateLines.first(where: { $0.month == dateline.month && $0.day == dateline.day }) {
                return Stated(date: DateWords.iso(match.year, match.month, match.day))
            }
            return Stated(monthDay: (dateline.month, dateline.day))
        }
        let titleTokens = Tokenizer.tokenize(MatchText(article.title ?? "").scalars)
        // "Messages and telegrams of the President of Russia: May 2010": a title that closes with a month and its year, no day,
        // is a digest's, whose entries' date lines ("May 8, 2010 | Condolences to ...") date the entries, not the page.
        if titleTokens.count >= 3, let month = DateWords.month(titleTokens[titleTokens.count - 2]), let last = titleTokens.last, last.kind == .number,
           last.text.count == 4, let year = Int(last.text), titleTokens[titleTokens.count - 3].kind != .number, !dateLines.isEmpty {
            return Stated(date: DateWords.iso(year, month, nil))
        }
        if let first = dateLines.first { return Stated(date: DateWords.iso(first.year, first.month, first.day)) }
        if let stamp = titleLineDate(title: article.title, body: article.body) { return Stated(date: DateWords.iso(stamp.year, stamp.month, stamp.day)) }
        // "22 February" or "February 22" on a line of its own near the top: a date line without its year.
        if let line = monthDayLine(tokens, limit: head) { return Stated(monthDay: line) }
        // A headline about the future ("Armenia will chair the CSTO in January 2026", "Georgia to quit the bloc on 18 August
        // 2009"): its date is the event's, not the page's.
        let titleWords = titleTokens.map(\.lower)
        let headlineAhead = titleWords.contains { futureWords.contains($0) } || isHeadlineInfinitive(titleTokens)
        // "NEWS IN BRIEF — 04.07.2024": a digest's title that closes with its full date (not a page's stamp: "Printed
        // 15.01.2026"; not a headline about a date in history: "Treaty of 25 May 1992 renewed"; not a headline about the
        // future, nor one whose date the body gives to an event still ahead: "Georgia quits the bloc August 18, 2009" over
        // "Georgia will leave on August 18, 2009").
        if let date = fullDates(in: titleTokens, range: 0..<titleTokens.count).last,
           titleTokens[date.start...].allSatisfy({ $0.kind != .word || DateWords.month($0) != nil }),
           !titleTokens[0..<date.start].contains(where: { stampWords.contains($0.lower) }),
           !headlineAhead, !datesEventAhead(tokens, year: date.year, month: date.month, day: date.day) {
            return Stated(date: DateWords.iso(date.year, date.month, date.day))
        }
        // "Foreign policy digest: November 2015": a month and a year in the title. Not a date the headline's news takes effect
        // or ends ("New partners to join from January 2025", "Visa regime extended until March 2026", "Armenia will chair the
        // CSTO in January 2026"): a month after a preposition of a time's start or end, or in a headline about the future,
        // dates an event, not an issue.
        for (index, token) in titleTokens.enumerated() where index + 1 < titleTokens.count {
            if headlineAhead || index > 0 && boundaryPrepositions.contains(titleTokens[index - 1].lower) { continue }
            if let month = DateWords.month(token), titleTokens[index + 1].kind == .number, titleTokens[index + 1].text.count == 4, let year = Int(titleTokens[index + 1].text) {
                return Stated(date: DateWords.iso(year, month, nil))
            }
        }
        // "Eurasianet monthly digest | December 2011": a month and its year, no day, as the last field of a header line (or
        // alone on it) dates a monthly issue.
        if let issue = monthYearLine(tokens, limit: headTokens(tokens, lines: 3)) { return Stated(date: DateWords.iso(issue.year, issue.month, nil)) }
        // "On 2 October, the presidents held talks in Ashgabat": with nothing else to date it, the lead's day is the article's.
        if let lead = leadMonthDay(tokens) { return Stated(monthDay: lead) }
        // "Chronicle: October": a month alone after the title's last separator.
        if titleTokens.count >= 3, let last = titleTokens.last, last.kind == .word, last.isCapitalized, let month = DateWords.month(last),
           [":", "-", "|"].contains(titleTokens[titleTokens.count - 2].text) {
            return Stated(month: month)
        }
        return Stated()
    }

    /// Whether a headline speaks of the future in the infinitive, as headlines do ("Georgia to quit the bloc", "Tokayev to
    /// visit Moscow"): "to" before a verb in small letters, not before an article, a possessive or a name ("Message to the
    /// nation", "Letter to Putin").
    static func isHeadlineInfinitive(_ titleTokens: [Token]) -> Bool {
        let notVerbs: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "all", "both", "this", "that", "these",
                                     "those", "mark", "date", "be"]
        return zip(titleTokens, titleTokens.dropFirst()).contains { to, next in
            to.text == "to" && next.kind == .word && next.isLowercase && !notVerbs.contains(next.lower)
                && DateWords.month(next) == nil && !next.lower.hasSuffix("s") && !next.lower.hasSuffix("ing")
        }
    }

    /// Whether the body dates an event still ahead by this full date: a sentence that names it after a future word or a
    /// modal of obligation ("Georgia will formally leave the bloc on August 18, 2009", "is to take effect on 18 August 2009").
    static func datesEventAhead(_ tokens: [Token], year: Int, month: Int, day: Int?) -> Bool {
        let sentences = SentenceSplitter.sentences(tokens)
        return fullDates(in: tokens, range: tokens.indices).contains { date in
            guard date.year == year, date.month == month, date.day == day,
                  let sentence = sentences.first(where: { $0.contains(date.start) }) else { return false }
            return (sentence.lowerBound..<date.start).contains { futureWords.contains(tokens[$0].lower) || isObligation(tokens, at: $0) }
        }
    }

    /// Whether an anniversary in these words is the occasion of what they plan ("will be held on the occasion of the 25th
    /// anniversary", "events dedicated to the 30th anniversary", "in honour of the anniversary"): the plan is for the year
    /// marked. Not the anniversary planned itself ("will celebrate the 25th anniversary", "plans to mark").
    static func isOccasion(_ words: [String]) -> Bool {
        words.indices.contains { at in
            guard words[at] == "anniversary" else { return false }
            let lead = words[max(0, at - 6)..<at]
            guard let cue = lead.lastIndex(where: { ["of", "to"].contains($0) }), cue > lead.startIndex,
                  words[(cue + 1)..<at].count <= 4, !words[(cue + 1)..<at].contains(where: { [",", ".", "and"].contains($0) }) else { return false }
            let before = words[cue - 1]
            return words[cue] == "of" ? ["occasion", "honour", "honor"].contains(before) : ["dedicated", "devoted", "timed"].contains(before)
        }
    }

    /// Whether words name the year after the article's: "next year", "the coming year", "in the upcoming year" (not "the
    /// coming years").
    static func namesNextYear(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { ["next", "coming", "upcoming"].contains($0) && $1 == "year" }
    }

    /// Whether a sentence's words open with the next year as its subject ("The coming year is noteworthy.", "Next year will be
    /// special."): what the sentences after it in the paragraph plan is of that year.
    static func opensWithNextYear(_ words: [String]) -> Bool {
        let opening = words.first == "the" ? Array(words.dropFirst().prefix(3)) : Array(words.prefix(3))
        return opening.count == 3 && namesNextYear(Array(opening.prefix(2))) && ["is", "will", "promises", "marks", "brings"].contains(opening[2])
    }

    /// Prepositions that make a month the start or the end of a span ("from January 2025", "until March 2026", "starting
    /// January 2025"): the date an event takes effect or ends, not one a page is issued for.
    static let boundaryPrepositions: Set<String> = ["from", "since", "until", "till", "by", "before", "after", "starting", "effective", "through"]

    /// The day and month that open the body's first sentence ("On 2 October, ...", "On Monday, October 2, ..."), when that
    /// sentence narrates the past.
    static func leadMonthDay(_ tokens: [Token]) -> (month: Int, day: Int)? {
        guard let sentence = SentenceSplitter.sentences(tokens).first, tokens.first?.lower == "on" else { return nil }
        var cursor = 1
        if cursor + 1 < tokens.count, DateWords.weekdays[tokens[cursor].lower] != nil, tokens[cursor + 1].text == "," { cursor += 2 }
        guard cursor + 2 < sentence.upperBound else { return nil }
        var found: (month: Int, day: Int)?
        if let day = Int(tokens[cursor].text), tokens[cursor].kind == .number, let month = DateWords.month(tokens[cursor + 1]) { found = (month, day) }
        else if let month = DateWords.month(tokens[cursor]), tokens[cursor + 1].kind == .number, let day = Int(tokens[cursor + 1].text) { found = (month, day) }
        guard let found, (1...31).contains(found.day), tokens[cursor + 2].text == "," else { return nil }
        if tokens[sentence].contains(where: { futureWords.contains($0.lower) }) || sentence.contains(where: { isObligation(tokens, at: $0) }) { return nil }
        return found
    }

    /// The day and month of the news the body's first sentence reports, anywhere in it ("Lukashenko said at the session in
    /// Moscow on 15 May.", "... met on Monday, October 2"), once and without a year, when that sentence narrates the past or
    /// the present: with a year the text dates otherwise (an anniversary it marks), the article's day. Not a sentence about
    /// the future ("will meet on 15 May").
    static func leadDay(_ tokens: [Token]) -> (month: Int, day: Int)? {
        guard let sentence = SentenceSplitter.sentences(tokens).first else { return nil }
        if tokens[sentence].contains(where: { futureWords.contains($0.lower) }) || sentence.contains(where: { isObligation(tokens, at: $0) }) { return nil }
        var found: [(month: Int, day: Int)] = []
        for index in sentence where tokens[index].lower == "on" {
            var cursor = index + 1
            if cursor + 1 < sentence.upperBound, DateWords.weekdays[tokens[cursor].lower] != nil, tokens[cursor + 1].text == "," { cursor += 2 }
            guard cursor + 1 < sentence.upperBound else { continue }
            var date: (month: Int, day: Int)?
            var after = cursor + 2
            if tokens[cursor].kind == .number, tokens[cursor].text.count <= 2, let day = Int(tokens[cursor].text), let month = DateWords.month(tokens[cursor + 1]) {
                date = (month, day)
            } else if let month = DateWords.month(tokens[cursor]) {
                if tokens[cursor + 1].text == ".", cursor + 2 < sentence.upperBound { cursor += 1; after += 1 }
                if tokens[cursor + 1].kind == .number, tokens[cursor + 1].text.count <= 2, let day = Int(tokens[cursor + 1].text) { date = (month, day) }
            }
            guard let date, (1...31).contains(date.day) else { continue }
            // "on 15 May 2012", "on May 15, 2012": a date with its year is history or a date line, not this.
            if after < sentence.upperBound, tokens[after].kind == .number || tokens[after].text == "," && after + 1 < sentence.upperBound && tokens[after + 1].kind == .number { return nil }
            found.append(date)
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Words of a page's stamp before its date ("Printed: 14.02.2026", "Page generated 15.01.2026 08:41", "Accessed 3 March 2025").
    static let stampWords: Set<String> = ["printed", "generated", "accessed", "retrieved", "saved", "downloaded", "rendered"]

    /// Index of the first token of the last `lines` lines.
    static func tailTokens(_ tokens: [Token], lines: Int) -> Int {
        var seen = 0
        for index in tokens.indices.reversed() where tokens[index].newlinesBefore > 0 {
            seen += 1
            if seen >= lines { return index }
        }
        return 0
    }

    /// A line that holds only a day and a month ("22 February", "Feb. 22"), with at most a weekday or a time.
    static func monthDayLine(_ tokens: [Token], limit: Int) -> (month: Int, day: Int)? {
        var index = 0
        while index < limit {
            var end = index + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            let line = tokens[index..<end].filter { $0.text != "," && $0.text != "." }
            let words = line.filter { $0.kind == .word && DateWords.month($0) == nil && DateWords.weekdays[$0.lower] == nil }
            let numbers = line.filter { $0.kind == .number }
            if words.isEmpty, let monthToken = line.first(where: { DateWords.month($0) != nil }), let month = DateWords.month(monthToken),
               let dayToken = numbers.first, numbers.allSatisfy({ $0.text.count <= 2 || $0.text.contains(":") }), line.count <= 6,
               let day = Int(dayToken.text), (1...31).contains(day) {
                return (month, day)
            }
            index = end
        }
        return nil
    }

    /// A line in the head that closes with a month and a four-digit year, the line's only field or its last after a field
    /// separator ("Eurasianet monthly digest | December 2011", "December 2011").
    static func monthYearLine(_ tokens: [Token], limit: Int) -> (month: Int, year: Int)? {
        for index in 1..<max(1, min(limit, tokens.count)) where tokens[index].kind == .number && tokens[index].text.count == 4 {
            let month = index - 1
            guard let monthNumber = DateWords.month(tokens[month]), tokens[month].isCapitalized, let year = Int(tokens[index].text),
                  index + 1 == tokens.count || tokens[index + 1].newlinesBefore > 0,
                  month == 0 || tokens[month].newlinesBefore > 0 || separatesFields(tokens, at: month - 1) || followsOutlet(tokens, comma: month - 1) else { continue }
            return (monthNumber, year)
        }
        return nil
    }

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

    /// Whether the date starting at token `index` begins its line.
    static func startsLine(_ tokens: [Token], at index: Int) -> Bool { index == 0 || tokens[index].newlinesBefore > 0 }

    /// What separates the fields of a page's header line.
    static let fieldSeparators: Set<String> = ["|", "·", "•"]

    /// Whether token `index` separates a header's fields: one of `fieldSeparators`, or a slash with spaces around it
    /// ("Civil.Ge | Tbilisi / 29 Aug.'08 / 17:32"; not the slash of "29/08/2008").
    static func separatesFields(_ tokens: [Token], at index: Int) -> Bool {
        fieldSeparators.contains(tokens[index].text)
            || tokens[index].text == "/" && tokens[index].spaceBefore && index + 1 < tokens.count && tokens[index + 1].spaceBefore
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
        var lineStart = index
        while lineStart > 0, tokens[lineStart].newlinesBefore == 0 { lineStart -= 1 }
        // The time may also come first ("17:56 UTC+8, 2024-07-04").
        let timed = (index + 1..<max(index + 1, min(lineEnd - 1, index + 8))).contains { tokens[$0].text == ":" && tokens[$0 - 1].kind == .number && tokens[$0 + 1].kind == .number }
            || (min(index, max(lineStart + 1, index - 8))..<index).contains { tokens[$0].text == ":" && tokens[$0 - 1].kind == .number && $0 + 1 < index && tokens[$0 + 1].kind == .number }
        // "Uzbekistan 12/05/2008": a date in digits closing a line that one capitalized word opens, a site's section and its
        // stamp.
        let sectionStamp = index - lineStart == 1 && tokens[lineStart].kind == .word && index + 1 < tokens.count && ["/", "."].contains(tokens[index + 1].text)
            && fullDates(in: tokens, range: index..<lineEnd).first.map { $0.start == index && lineEnd - index == 5 } ?? false
        var labelWords = 0
        // "Centre for Post-Soviet Studies · Published every Monday · 26 February 2024": the fields before the date's own do
        // not count either.
        while start > 0, tokens[start].newlinesBefore == 0, !separatesFields(tokens, at: start - 1), !closesLabel(tokens, at: start - 1) {
            start -= 1
            if tokens[start].kind == .word, DateWords.weekdays[tokens[start].lower] == nil, DateWords.month(tokens[start]) == nil,
               !["published", "updated", "posted", "date", "on", "at"].contains(tokens[start].lower) {
                labelWords += 1
                guard timed || sectionStamp, tokens[start].isCapitalized, labelWords <= 3, !stampWords.contains(tokens[start].lower) else { return false }
            }
        }
        var end = index + 1
        var words = 0
        // "16:08 23/02/2024 | NEWS.am | Politics": a page header's fields, the date one of them; the words of the other
        // fields do not count.
        while end < tokens.count, tokens[end].newlinesBefore == 0, !separatesFields(tokens, at: end) {
            if tokens[end].kind == .word, DateWords.month(tokens[end]) == nil { words += 1 }
            end += 1
        }
        return words <= 2
    }

    /// What the text implies about the year of publication.
    struct Clues {
        var monthDay: (month: Int, day: Int)?
        /// 1 = Sunday ... 7 = Saturday, from "said on Saturday".
        var weekday: Int?
        /// The weekday the dateline or date line writes beside its own day ("Monday, September 29", "MOSCOW, Tuesday 12
        /// May"): the article's day is that weekday, with no lag.
        var statedWeekday: Int?
        /// Years the text mentions in the past or present tense: the article is not older than any of them.
        var pastYears: [Int] = []
        /// Of those, the ones that date an event (not "since 1994", nor a document's date: "the treaty signed on 25 May
        /// 1992"): the article is probably near the newest.
        var eventYears: [Int] = []
        /// Years in sentences about the future ("in 2022 our countries will celebrate") or that a span ends by ("until 2030",
        /// but not a comparison's base: "compared to 2022"): the article is older.
        var futureYears: [Int] = []
        /// Years that anniversaries and membership events imply (the reference date of what is
        /// celebrated plus the ordinal; the reference date of a country's joining), a caption's compact date near the top
        /// ("9Aug2014"), and the year after an event the text calls last year's ("last year's election").
        var anchorYears: [Int] = []
        /// Years the text calls the present one ("the outgoing 2003", "this year, 2010,", "in 2017, A and B are celebrating the
        /// 25th anniversary"): the year of publication, whatever the other years mentioned say (a year of plans, "contacts at the highest level in 2004", may not read as future).
        var currentYears: [Int] = []
        /// Terms of office of the persons the text names with their office; the date must fall in one of each.
        var officeTerms: [[(from: String?, to: String?)]] = []
        /// Past events dated by month and year ("the summit in Kazan in October 2024", "on December 22, 2022"): the article
        /// is not older.
        var pastMonths: [(year: Int, month: Int)] = []
        /// Event years dated to their month or day ("in November 2023", "on July 4, 2023", "4 July 2023").
        var monthDatedYears: [Int] = []
        /// Every weekday narrated ("on Sunday", "On Monday"): the article's day is one of them, and the most recent.
        var weekdays: [Int] = []
        /// A holiday of fixed date the text says falls on a weekday this year ("This year Nowruz falls on Friday"): the
        /// year makes that date that weekday.
        var holidayWeekdays: [(month: Int, day: Int, weekday: Int)] = []
    }

    /// Holidays of fixed date, as lowercase word sequences.
    static let fixedHolidays: [(words: [String], month: Int, day: Int)] = [
        (["nowruz"], 3, 21), (["navruz"], 3, 21), (["novruz"], 3, 21), (["nauryz"], 3, 21), (["nooruz"], 3, 21), (["nawruz"], 3, 21), (["victory", "day"], 5, 9), (["new", "year", "'s", "day"], 1, 1),
        (["russia", "day"], 6, 12), (["international", "women", "'s", "day"], 3, 8),
    ]

    /// "This year Nowruz falls on Friday", "Victory Day, which falls on a Saturday this year": the holiday's date and
    /// weekday, when the clause before the weekday says the holiday falls on it (this year, not another).
    static func holidayWeekday(_ tokens: [Token], weekdayAt index: Int, sentence: Range<Int>) -> (month: Int, day: Int, weekday: Int)? {
        guard let weekday = DateWords.weekdays[tokens[index].lower] else { return nil }
        var cursor = index - 1
        if cursor > sentence.lowerBound, ["a", "an"].contains(tokens[cursor].lower) { cursor -= 1 }
        guard cursor > sentence.lowerBound, tokens[cursor].lower == "on", ["falls", "fall", "fell", "falling"].contains(tokens[cursor - 1].lower) else { return nil }
        let words = tokens[sentence].map(\.lower)
        if zip(words, words.dropFirst()).contains(where: { ["next", "last"].contains($0) && $1 == "year" }) { return nil }
        let lead = tokens[max(sentence.lowerBound, cursor - 8)..<(cursor - 1)].map(\.lower)
        for holiday in fixedHolidays where lead.indices.contains(where: { lead[$0...].starts(with: holiday.words) }) {
            return (holiday.month, holiday.day, weekday)
        }
        return nil
    }

    /// Words that place a year relative to the year of publication ("the outgoing 2003", "next year, in 2020", "the coming
    /// 2004"): the year's distance from it.
    static let relativeYearWords: [String: Int] = ["outgoing": 0, "current": 0, "this": 0, "present": 0, "next": 1, "coming": 1, "upcoming": 1,
                                                   "last": -1, "previous": -1]

    /// This year: no article is published after it.
    static let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    static let futureWords: Set<String> = ["will", "would", "next", "upcoming", "plans", "plan", "shall", "'ll", "expected", "forthcoming",
                                           "intends", "intend", "intention", "aims", "planned", "planning",
                                           "prepares", "preparing"]
    /// A verb in the past tense, as far as a word shows it: "announced", "believed", and the irregular verbs of saying and
    /// thinking ("said", "thought").
    static func isPastVerb(_ token: Token) -> Bool {
        token.kind == .word && token.isLowercase && (token.lower.count > 4 && token.lower.hasSuffix("ed") || ["said", "told", "thought", "knew", "felt", "wrote"].contains(token.lower))
    }

    /// Past participles that date a document ("the treaty signed on 25 May 1992").
    static let documentVerbs: Set<String> = ["signed", "adopted", "concluded", "ratified", "approved", "initialled", "initialed"]

    /// Nouns of documents that a participle after them dates.
    static let documentNouns: Set<String> = ["treaty", "treaties", "declaration", "statement", "agreement", "agreements", "accord", "accords",
                                             "charter", "memorandum", "protocol", "document", "documents", "pact", "convention", "communique", "deal"]

    /// Whether the year at `index` dates a document the text cites, in a participle after the document's name ("the Joint
    /// Statement of the two presidents signed on 1 September 2018", "the Treaty on Allied Relations, signed in Tashkent on
    /// December 22, 2022"): the participle directly followed by the date's preposition (a place may come between), not a
    /// finite verb ("was signed on", "the presidents signed a declaration on"), and a document's noun before it in the
    /// sentence.
    static func isDocumentDate(_ tokens: [Token], yearAt index: Int, clauseStart: Int, sentence: Range<Int>) -> Bool {
        guard let verb = (max(sentence.lowerBound, index - 9)..<index).last(where: { documentVerbs.contains(tokens[$0].lower) }),
              verb > sentence.lowerBound, ["on", "in", "at"].contains(tokens[verb + 1].lower) else { return false }
        let before = tokens[verb - 1].lower
        guard !["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "that", "which", "who", "they", "we", "he", "she",
                "it", "jointly", "also", "then", "recently", "later"].contains(before) else { return false }
        return (max(sentence.lowerBound, verb - 30)..<verb).contains { documentNouns.contains(tokens[$0].lower) }
    }

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

    /// Nouns of a stretch of time: a year after their "of" ("the end of 2025", "the spring of 2021") is when, not a name.
    static let timeNouns: Set<String> = ["end", "beginning", "start", "middle", "half", "quarter", "spring", "summer", "autumn", "fall", "winter",
                                         "course", "rest", "part", "months", "year", "years", "period", "term"]

    /// Nouns of an event that takes place at a time: a year after their "of" dates the event, not a thing that exists since.
    static let eventNouns: Set<String> = ["summit", "summits", "meeting", "meetings", "session", "sessions", "election", "elections", "visit",
                                          "forum", "congress", "conference", "talks", "games", "olympics", "championship", "festival",
                                          "exhibition", "parade", "ceremony", "exercises", "drills", "census", "referendum"]

    /// Verbs of taking up a topic: a year in their infinitive's object says nothing of when the talks took place.
    static let topicVerbs: Set<String> = ["discuss", "consider", "negotiate", "examine", "explore", "study", "review", "debate"]

    /// Verbs of proposing: a year in the infinitive they govern ("proposed to designate 2025 as the Year of ...") is a
    /// target, while a year dating the proposal itself ("proposed convening the Conference in 1992") is history.
    static let proposalWords: Set<String> = ["proposed", "proposes", "propose", "suggested", "suggests", "suggest", "offered", "offers"]

    /// Historical events wire copy counts anniversaries of, and their years ("the 65th anniversary of the Great
    /// Victory", "the 75th anniversary of the end of the Second World War"): each dates the text it is marked in.
    static let historicalEvents: [(words: [String], year: Int)] = [
        (["great", "victory"], 1945), (["victory"], 1945), (["end", "of", "the", "second", "world", "war"], 1945), (["end", "of", "world", "war", "ii"], 1945),
        (["end", "of", "the", "great", "patriotic", "war"], 1945), (["beginning", "of", "the", "great", "patriotic", "war"], 1941),
        (["start", "of", "the", "great", "patriotic", "war"], 1941), (["collapse", "of", "the", "soviet", "union"], 1991), (["breakup", "of", "the", "soviet", "union"], 1991),
    ]

    /// Years marked by anniversaries of historical events ("the 65th anniversary of the Great Victory" → 2010), of a
    /// thing the phrase dates by its year ("the 10th anniversary of the UN General Assembly resolution of 1995" → 2005),
    /// and of a thing another sentence dates ("the 32nd anniversary of the Declaration" ... "The Declaration, adopted on
    /// August 23, 1990," → 2022).
    static func historicalAnchors(_ tokens: [Token], sentences: [Range<Int>], monthDay: (month: Int, day: Int)?) -> [Int] {
        var years: [Int] = []
        for sentence in sentences {
            for index in sentence {
                guard let number = NumberWords.read(tokens, at: index), number.ordinal, number.end + 1 < tokens.count,
                      tokens[number.end].lower == "anniversary", tokens[number.end + 1].lower == "of" else { continue }
                var cursor = number.end + 2
                if cursor < tokens.count, tokens[cursor].lower == "the" { cursor += 1 }
                let rest = tokens[cursor..<min(tokens.count, cursor + 7)].map(\.lower)
                // "the Victory in the Great Patriotic War" or "the Great Victory", not "the Victory Day parade" of a given year.
                let event = historicalEvents.first(where: { rest.starts(with: $0.words) && rest.dropFirst($0.words.count).first != "day" })?.year
                    ?? datedThing(tokens, from: cursor) ?? datedElsewhere(tokens, sentences: sentences, from: cursor, except: sentence)
                guard let event else { continue }
                // Future or past anniversaries ("will mark the 80th anniversary of Victory next year") do not date the text, unless
                // dated to a month still ahead ("On 12 December Turkmenistan will celebrate ..."): that is this year's.
                let lead = tokens[max(0, index - 8)..<index].map(\.lower)
                if lead.contains("last") { continue }
                if lead.contains(where: futureWords.contains), !isLaterThisYear(tokens[sentence], monthDay: monthDay) { continue }
                years.append(event + number.value)
            }
        }
        return years
    }

    /// The year of the noun phrase at `start` that names it with "of" ("the UN General Assembly resolution of 1995", "the
    /// events of 1991"), before its phrase ends; not "in 2011", which may date the celebration.
    static func datedThing(_ tokens: [Token], from start: Int) -> Int? {
        for index in start..<min(tokens.count, start + 10) {
            let token = tokens[index]
            if token.kind == .punctuation || ["and", "which", "that", "when", "in", "on"].contains(token.lower) { return nil }
            if token.kind == .number, token.text.count == 4, tokens[index - 1].lower == "of", let year = Int(token.text), (1900...2100).contains(year) { return year }
        }
        return nil
    }

    /// Verbs that date a document or a body in the past participle or the past tense ("The Declaration, adopted on August
    /// 23, 1990,", "the Charter was signed in 1993").
    static let foundingVerbs: Set<String> = ["adopted", "signed", "proclaimed", "ratified", "founded", "established", "created", "declared"]

    /// The year another sentence dates the thing an anniversary names by its first capitalized word ("the 32nd anniversary
    /// of the adoption of the Declaration of Independence" ... "The Declaration, adopted by the Supreme Council on August
    /// 23, 1990, ..."): the word, then within eight tokens a founding verb, then within ten more a year, all in one sentence;
    /// only when the text gives one such year.
    static func datedElsewhere(_ tokens: [Token], sentences: [Range<Int>], from start: Int, except own: Range<Int>) -> Int? {
        // Only the act's noun may come before the thing's name ("the adoption of the Declaration", "the signing of the
        // Charter"), not a relation between parties ("the establishment of diplomatic relations between Armenia and ...").
        let acts: Set<String> = ["adoption", "signing", "proclamation", "ratification", "founding", "creation", "establishment", "of", "the"]
        var cursor = start
        while cursor < min(tokens.count, start + 6), acts.contains(tokens[cursor].lower), !tokens[cursor].isCapitalized { cursor += 1 }
        guard cursor < min(tokens.count, start + 6), tokens[cursor].kind == .word, tokens[cursor].isCapitalized, tokens[cursor].text.count > 2,
              DateWords.month(tokens[cursor]) == nil, DateWords.weekdays[tokens[cursor].lower] == nil,
              cursor + 1 == tokens.count || tokens[cursor + 1].lower != "'s" else { return nil }
        let noun = tokens[cursor].text
        var years: Set<Int> = []
        for sentence in sentences where sentence != own {
            for index in sentence where tokens[index].text == noun {
                guard let verb = ((index + 1)..<min(sentence.upperBound, index + 9)).first(where: { foundingVerbs.contains(tokens[$0].lower) }),
                      let at = ((verb + 1)..<min(sentence.upperBound, verb + 11)).first(where: { tokens[$0].kind == .number && tokens[$0].text.count == 4 }),
                      let year = Int(tokens[at].text), (1900...currentYear).contains(year) else { continue }
                years.insert(year)
            }
        }
        return years.count == 1 ? years.first : nil
    }

    /// Whether a sentence about the future dates it within the article's year: "this year" ("will mark 31 years of relations
    /// later this year"), or a month later than the dateline's (any month, with no dateline): "in October", "next month, in
    /// July"; not "next year" nor "next January".
    static func isLaterThisYear(_ sentence: ArraySlice<Token>, monthDay: (month: Int, day: Int)?) -> Bool {
        let words = sentence.map(\.lower)
        let pairs = zip(words, words.dropFirst())
        if pairs.contains(where: { $0 == "next" && ($1 == "year" || DateWords.months[$1] != nil) }) { return false }
        return pairs.contains { $0 == "this" && $1 == "year" }
            || sentence.contains { token in token.isCapitalized && DateWords.month(token).map { $0 > (monthDay?.month ?? 0) } ?? false }
    }

    /// A weekday as wire copy writes it without "on", after the verb or "here" ("gathered here Wednesday", "said Tuesday",
    /// "announced Friday that"), not before a possessive ("won Sunday's election").
    static func isWireWeekday(_ tokens: [Token], at index: Int) -> Bool {
        guard index > 0, index + 1 == tokens.count || tokens[index + 1].lower != "'s" else { return false }
        return ["here", "there"].contains(tokens[index - 1].lower) || isPastVerb(tokens[index - 1])
    }

    /// Nouns a year names the plan of ("the 2001 budget"): adopted before the year, spent in it and reported after it, the
    /// year bounds nothing.
    static let plannedNouns: Set<String> = ["budget", "budgets"]

    /// "Putin, who turned 60 on Sunday, was born on 7 October 1952": the years a birthday marks, the birth year the text
    /// gives (when it gives one) plus the birthday's ordinal ("his 60th birthday"), unless dated otherwise ("last year").
    static func birthdayAnchors(_ tokens: [Token], sentences: [Range<Int>]) -> [Int] {
        var born: Set<Int> = [], ordinals: Set<Int> = []
        for sentence in sentences {
            let words = tokens[sentence].map(\.lower)
            for at in words.indices where words[at] == "born" {
                born.formUnion(tokens[(sentence.lowerBound + at)..<sentence.upperBound].prefix(6).compactMap { token in
                    token.kind == .number && token.text.count == 4 ? Int(token.text) : nil
                })
            }
            if words.contains(where: { ["last", "ago", "next"].contains($0) || $0.count == 4 && Int($0) != nil }) { continue }
            for index in sentence {
                if let number = NumberWords.read(tokens, at: index), number.ordinal, number.end < sentence.upperBound,
                   tokens[number.end].lower == "birthday" {
                    ordinals.insert(number.value)
                }
            }
        }
        guard born.count == 1, let year = born.first else { return [] }
        return ordinals.map { year + $0 }
    }

    static func clues(tokens: [Token], monthDay: (month: Int, day: Int)?) -> Clues {
        var clues = Clues(monthDay: monthDay)
        let sentences = SentenceSplitter.sentences(tokens)
        clues.anchorYears += historicalAnchors(tokens, sentences: sentences, monthDay: monthDay)
        clues.anchorYears += birthdayAnchors(tokens, sentences: sentences)
        // A date alone on a line that the dateline disagreed with is a page's render date: its year says nothing.
        let header = headTokens(tokens, lines: 6)
        // So is a stamp above the dateline that gives another day ("Printed: 14.02.2026 10:31 | Ministry ...", "Accessed 3
        // March 2025"): the page was printed, saved or rendered then; the article's day is the dateline's.
        let statedAt = monthDay.flatMap { statedMonthDay(tokens, $0, limit: header) } ?? -1
        if statedAt >= 0 { clues.statedWeekday = statedWeekday(tokens, monthAt: statedAt) }
        let ignored = Set(fullDates(in: tokens, range: 0..<header).filter { date in
            isAlone(tokens, at: date.start) || date.start < statedAt && (date.month, date.day) != (monthDay?.month ?? 0, monthDay?.day ?? 0)
        }.flatMap { $0.start..<($0.start + 5) })
        for sentence in sentences {
            for index in sentence {
                let token = tokens[index]
                let previous = index > 0 ? tokens[index - 1].lower : ""
                // A year, or one shortened after a month's day ("on February 28, 22").
                if token.kind == .number, let year = token.text.count == 4 ? Int(token.text) : shortYear(tokens, at: index), (1985...2100).contains(year), !ignored.contains(index) {
                    // "elected a non-permanent member of the Security Council for 2017-2018": a term, which may lie ahead of
                    // the article or behind it.
                    if isTermSpan(tokens, yearAt: index) { continue }
                    if index + 1 < sentence.upperBound, plannedNouns.contains(tokens[index + 1].lower) { continue }
                    // The clause holding the year: future tense there makes it a target, not history.
                    var (start, end) = clause(tokens, around: index, in: sentence)
                    // A year fronted before the clause it dates ("In 2026, the two countries will mark ..."): that clause.
                    if start == sentence.lowerBound || start == sentence.lowerBound + 1, end < sentence.upperBound, tokens[end].text == ",", end - start <= 3 {
                        end = clause(tokens, around: end + 1, in: sentence).end
                    }
                    // "will officially leave the organisation, as far as the bloc is concerned, on August 18, 2009": a date set
                    // off by a comma, with no verb of its own, belongs to the clause before it, past an aside.
                    start = governingClauseStart(tokens, dateClause: start..<end, in: sentence)
                    // "met to discuss possible gas purchases from 2010": the year of a topic, which may lie ahead or behind.
                    if (start..<index).contains(where: { tokens[$0].lower == "to" && $0 + 1 < index && topicVerbs.contains(tokens[$0 + 1].lower) }) { continue }
                    let proposal = (start..<index).first { proposalWords.contains(tokens[$0].lower) }
                    // A modal of obligation governs only what follows it: "must be closed after 2014" is ahead, "the ceasefire
                    // in force since 1994 must be maintained" is not.
                    // "has held observer status since 2004 and has no plans to apply": a state that began then and holds now
                    // is history, whatever else its clause says.
                    // "in June 2002 Tashkent announced it would withdraw", "nobody in 1997 believed the forum would last": a future
                    // in the past after the year is the reported one's; the year dates the past verb.
                    let reported = ((index + 1)..<end).first { isPastVerb(tokens[$0]) } ?? end
                    // "Bishkek announced its intention to join the Customs Union in April 2011": an intention a past verb
                    // reports, as a noun, before the year; the year may date the report or the plan, on either side of the
                    // article, and bounds nothing. ("said it would withdraw in 1998" stays a target: the year is the act's.)
                    if let planned = (start..<index).first(where: { ["intention", "intentions"].contains(tokens[$0].lower) }),
                       (start..<planned).contains(where: { isPastVerb(tokens[$0]) }) { continue }
                    // So is a plan it reports ("In February 2023, the government announced its plans to denounce ...").
                    let future = previous != "since" && ((start..<end).contains { futureWords.contains(tokens[$0].lower) && $0 <= reported || $0 < index && isObligation(tokens, at: $0) }
                        || (max(start, index - 4)..<index).contains { isTermsEnd(tokens, at: $0) }
                        || proposal.map { verb in (verb + 1..<index).contains { tokens[$0].lower == "to" } } ?? false)
                    // "In 2017, Kazakhstan and Azerbaijan are celebrating the 25th anniversary of their relations": what the year
                    // names is celebrated now, so it is the article's.
                    if previous == "in", !future, celebratesNow(tokens, after: index, in: sentence) { clues.currentYears.append(year) }
                    // "twenty years ago, in March 1994": the year and its distance from the article's.
                    if let distance = yearsAgo(tokens, yearAt: index, sentence: sentence) { clues.anchorYears.append(year + distance) }
                    // "next year, in 2020" / "last year (2016)" / "the outgoing 2003" / "the outgoing year 2003" / "this year,
                    // 2010," / "the coming 2004": the year named relative to the year of publication.
                    let lead = (max(sentence.lowerBound, index - 4)..<index).map { tokens[$0].lower }
                    // Only punctuation and "in" between "year" and the number ("This year and in 2025" names two years).
                    let modifier = lead.last.flatMap { relativeYearWords[$0] } ?? lead.lastIndex(of: "year").flatMap { at in
                        at > 0 && lead[(at + 1)...].allSatisfy { [",", "(", "in", ":", "-"].contains($0) } ? relativeYearWords[lead[at - 1]] : nil
                    }
                    // Not a span of years ("the current 2021-2025 programme").
                    let span = index + 1 < sentence.upperBound && ["-", "–"].contains(tokens[index + 1].text)
                    if let modifier, !span {
                        if modifier == 0 { clues.currentYears.append(year) } else { clues.anchorYears.append(year - modifier) }
                        // "the coming 2004" is after the article, whatever the clause's tense.
                        if modifier > 0 { clues.futureYears.append(year); continue }
                    }
                    // "the 1992 Collective Security Treaty", "its 2015 programme": a year naming a thing dates that thing,
                    // whatever the tense of the clause; the article is not older.
                    // So does "of" after a noun that is no stretch of time ("should not lose the spirit of 1999", "the treaty of
                    // 1997"), unlike "by the end of 2025" or "in the spring of 2021".
                    // An event's year ("the first summit of 2013 is scheduled for the autumn") dates the event, which the
                    // clause's tense places, also when the schedule follows the year.
                    let event = previous == "of" && index >= 2 && eventNouns.contains(tokens[index - 2].lower)
                    let attributive = ["the", "a", "its", "their", "his", "her"].contains(previous) && index + 1 < sentence.upperBound
                        && tokens[index + 1].kind == .word && (tokens[index + 1].isCapitalized || !["and", "or", "to", "of"].contains(tokens[index + 1].lower))
                        || previous == "of" && !event && index >= 2 && tokens[index - 2].kind == .word && !timeNouns.contains(tokens[index - 2].lower)
                        && DateWords.month(tokens[index - 2]) == nil
                    if attributive, year <= currentYear {
                        clues.pastYears.append(year)
                    } else if future || event && index + 1 < sentence.upperBound && isObligation(tokens, at: index + 1) || year > currentYear
                                || ["by", "until", "till", "before", "through", "to"].contains(previous) && !isComparisonBase(tokens, yearAt: index) {
                        clues.futureYears.append(year)
                    } else {
                        clues.pastYears.append(year)
                        // "the Joint Statement ... signed on 1 September 2018", "the Treaty ..., signed in Tashkent on December 22,
                        // 2022": a document's date, which the text cites; the article is not older, but it is no news to
                        // date the article by.
                        if previous != "since", previous != "from", !isDocumentDate(tokens, yearAt: index, clauseStart: start, sentence: sentence) {
                            clues.eventYears.append(year)
                            if index > 0 && DateWords.month(tokens[index - 1]) != nil
                                || index >= 3 && previous == "," && tokens[index - 2].kind == .number && DateWords.month(tokens[index - 3]) != nil {
                                clues.monthDatedYears.append(year)
                            }
                        }
                        if index > 0, let month = DateWords.month(tokens[index - 1]), !["since", "from"].contains(index > 1 ? tokens[index - 2].lower : "") {
                            clues.pastMonths.append((year, month))
                        } else if index >= 3, previous == ",", tokens[index - 2].kind == .number, let month = DateWords.month(tokens[index - 3]),
                                  !["since", "from"].contains(index > 3 ? tokens[index - 4].lower : "") {
                            // "on December 22, 2022": the month before the day.
                            clues.pastMonths.append((year, month))
                        }
                    }
                } else if token.kind == .word, let compact = compactDate(token) {
                    // "... meets his Armenian counterpart in Sochi, 9Aug2014": a photo's caption stamps the day pictured. Near
                    // the top, it dates the news the article reports (an anchor for the year); elsewhere, a past event.
                    if index < header {
                        clues.anchorYears.append(compact.year)
                    } else if compact.year <= currentYear {
                        clues.pastYears.append(compact.year)
                        clues.eventYears.append(compact.year)
                        clues.monthDatedYears.append(compact.year)
                        clues.pastMonths.append((compact.year, compact.month))
                    }
                } else if token.kind == .word, token.isCapitalized, let holiday = holidayWeekday(tokens, weekdayAt: index, sentence: sentence) {
                    // The holiday's weekday, not a day the text narrates.
                    clues.holidayWeekdays.append(holiday)
                } else if token.kind == .word, token.isCapitalized, let weekday = DateWords.weekdays[token.lower],
                          ["on", "last", "this", "early", "late"].contains(previous) || isWireWeekday(tokens, at: index) {
                    if clues.weekday == nil { clues.weekday = weekday }
                    // A weekday in a clause about the future ("will stay for the session on Wednesday", "is scheduled to meet
                    // the premier on Tuesday") is not narrated.
                    let (start, end) = clause(tokens, around: index, in: sentence)
                    // "told reporters on Friday that Moscow would seek clarification": a future in the past after the weekday
                    // that a past verb before it reports is the reported one's; the day dates the past verb.
                    let reporting = (start..<index).contains { isPastVerb(tokens[$0]) }
                    let future = (start..<end).contains { futureWords.contains(tokens[$0].lower) && !(reporting && tokens[$0].lower == "would" && $0 > index)
                        || $0 < index && isObligation(tokens, at: $0) }
                    if !future, !clues.weekdays.contains(weekday) { clues.weekdays.append(weekday) }
                }
            }
        }
        clues.anchorYears += lastYearsEvents(tokens)
        return clues
    }

    /// Whether the year at `index` is the base a figure is compared to ("up 30 percent compared to 2022", "in comparison to
    /// 2019", "as opposed to 2020"): a past year, not a deadline the "to" sets.
    static func isComparisonBase(_ tokens: [Token], yearAt index: Int) -> Bool {
        index >= 2 && tokens[index - 1].lower == "to" && ["compared", "comparison", "opposed", "relative"].contains(tokens[index - 2].lower)
    }

    /// Verbs of marking an occasion in the present tense ("celebrate", "marks"); their "-ing" forms count after "is"/"are".
    static let celebrationVerbs: Set<String> = ["celebrate", "celebrates", "mark", "marks", "commemorate", "commemorates", "observe", "observes"]

    /// Whether the clause a year at `index` opens marks an anniversary in the present tense: "in 2017, A and B are celebrating
    /// the 25th anniversary", "in 2022 the two countries mark 30 years of relations". Not in the past ("in 2017 they
    /// celebrated", "were marking") nor the future ("will celebrate", "are to mark"), nor after another verb of its own.
    static func celebratesNow(_ tokens: [Token], after index: Int, in sentence: Range<Int>) -> Bool {
        var cursor = index + 1
        if cursor < sentence.upperBound, tokens[cursor].text == "," { cursor += 1 }
        let end = min(sentence.upperBound, cursor + 14)
        var verb: Int?
        for at in cursor..<end {
            let word = tokens[at].lower
            if [";", ":", "."].contains(word) || futureWords.contains(word) || isPastVerb(tokens[at]) || isObligation(tokens, at: at)
                || ["was", "were", "had", "did"].contains(word) { return false }
            if celebrationVerbs.contains(word) && tokens[at].isLowercase
                || ["celebrating", "marking", "commemorating", "observing"].contains(word) && at > cursor && ["is", "are", "'re"].contains(tokens[at - 1].lower) {
                verb = at; break
            }
        }
        guard let verb else { return false }
        return tokens[(verb + 1)..<min(sentence.upperBound, verb + 8)].contains { ["anniversary", "anniversaries", "years"].contains($0.lower) }
    }

    /// "last year's disputed presidential election" beside "a presidential election in August 2020": the event the text dates
    /// elsewhere by its year ("the election in 2020", "the election of 2020", "the 2020 election") took place last year, so
    /// the article is of the year after (one year for each such event; nothing when they disagree is left to `inferYear`).
    static func lastYearsEvents(_ tokens: [Token]) -> [Int] {
        func singular(_ word: String) -> String { word.hasSuffix("s") && word != "talks" ? String(word.dropLast()) : word }
        func year(_ i: Int) -> Int? {
            guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].text.count == 4, let value = Int(tokens[i].text) else { return nil }
            return (1985...currentYear).contains(value) ? value : nil
        }
        var found: [Int] = []
        for index in tokens.indices where index + 3 < tokens.count && tokens[index].lower == "last" && tokens[index + 1].lower == "year" && tokens[index + 2].lower == "'s" {
            guard let noun = ((index + 3)..<min(tokens.count, index + 7)).first(where: { eventNouns.contains(tokens[$0].lower) }) else { continue }
            let word = singular(tokens[noun].lower)
            for other in tokens.indices where other != noun && tokens[other].kind == .word && singular(tokens[other].lower) == word {
                if let dated = year(other - 1) { found.append(dated + 1); break }
                // "in August 2020", "of 2020", "in 2020": a preposition, at most a month's name, then the year.
                guard other + 2 < tokens.count, ["in", "of"].contains(tokens[other + 1].lower) else { continue }
                if let dated = year(other + 2) ?? (DateWords.month(tokens[other + 2]) != nil ? year(other + 3) : nil) { found.append(dated + 1); break }
            }
        }
        return found
    }

    /// The reference's full date of an event its sentence reports for a weekday ("Belarus on Thursday became ..."), when it
    /// falls in the `year` inferred on that weekday, or dates in full as the article's lead; nil for an event dated otherwise
    /// ("last July", "a year ago", "in 2015").
    static func reportedDay(_ date: String?, sentence tokens: [Token], lead: Bool, year: Int?) -> String? {
        guard let date, date.count == 10, let eventYear = DateWords.year(of: date), year == nil || year == eventYear,
              let month = Int(date.dropFirst(5).prefix(2)), let day = Int(date.suffix(2)) else { return nil }
        if lead, fullDates(in: tokens, range: tokens.indices).contains(where: { DateWords.iso($0.year, $0.month, $0.day) == date }) { return date }
        guard year != nil, let actual = DateWords.weekday(year: eventYear, month: month, day: day) else { return nil }
        let words = tokens.map(\.lower)
        if words.contains(where: { ["ago", "last", "yesterday"].contains($0) || $0.count == 4 && Int($0) != nil }) { return nil }
        let named = zip(words, words.dropFirst()).compactMap { $0 == "on" ? DateWords.weekdays[$1] : nil }
        return named == [actual] ? date : nil
    }

    /// Words that end a clause: the tense of one clause says nothing of the next.
    static let clauseBoundaries: Set<String> = [",", ";", ":", "which", "who", "when", "where", "while", "but"]

    /// The clause around token `index`, bounded by `clauseBoundaries` within the sentence. The commas of a full date
    /// ("will enter into force on January 1, 2015, once ratified") are inside it.
    static func clause(_ tokens: [Token], around index: Int, in sentence: Range<Int>) -> (start: Int, end: Int) {
        var start = index, end = index + 1
        while start > sentence.lowerBound {
            let previous = start - 1
            // "January 1, 2015": the comma between the day and the year.
            if tokens[previous].text == ",", previous - 2 >= sentence.lowerBound, tokens[previous - 1].kind == .number,
               DateWords.month(tokens[previous - 2]) != nil {
                start = previous - 2
                continue
            }
            if clauseBoundaries.contains(tokens[previous].lower) { break }
            start -= 1
        }
        while end < sentence.upperBound {
            // "on January 1, 2015": the comma before the year.
            if tokens[end].text == ",", end >= 2, end + 1 < sentence.upperBound, tokens[end - 1].kind == .number,
               DateWords.month(tokens[end - 2]) != nil, tokens[end + 1].kind == .number, tokens[end + 1].text.count == 4 {
                end += 2
                continue
            }
            if clauseBoundaries.contains(tokens[end].lower) { break }
            end += 1
        }
        return (start, end)
    }

    /// Words a date phrase is made of ("on August 18, 2009", "in March 2010", "by the end of 2015").
    static let datePhraseWords: Set<String> = ["on", "in", "by", "of", "the", "end", "beginning", "start", "early", "late", "mid", ",", ".", "-"]

    /// Words that open an aside between commas ("as far as the bloc is concerned", "according to the charter", "if all goes
    /// well", "it said"): not the clause a date after it belongs to.
    static let asideOpeners: Set<String> = ["as", "according", "if", "unless", "it", "he", "she", "they", "officials", "sources"]

    /// The start of the clause a date clause belongs to: the date clause's own start, unless it is a bare date phrase set
    /// off by a comma ("..., on August 18, 2009"), which belongs to the clause before the comma, past up to two asides
    /// between commas ("..., as far as the bloc is concerned, on ..."). Within the sentence.
    static func governingClauseStart(_ tokens: [Token], dateClause: Range<Int>, in sentence: Range<Int>) -> Int {
        let start = dateClause.lowerBound
        guard start - 2 >= sentence.lowerBound, tokens[start - 1].text == ",",
              dateClause.allSatisfy({ tokens[$0].kind == .number || DateWords.month(tokens[$0]) != nil || datePhraseWords.contains(tokens[$0].lower) }),
              dateClause.contains(where: { tokens[$0].kind == .number }) else { return start }
        var previous = clause(tokens, around: start - 2, in: sentence)
        for _ in 0..<2 where asideOpeners.contains(tokens[previous.start].lower) && previous.start - 2 >= sentence.lowerBound && tokens[previous.start - 1].text == "," {
            previous = clause(tokens, around: previous.start - 2, in: sentence)
        }
        return asideOpeners.contains(tokens[previous.start].lower) ? start : previous.start
    }

    /// Whether the year at token `index` is one end of a span of years after "for" ("for 2017-2018", "for the 2021–2025
    /// term").
    static func isTermSpan(_ tokens: [Token], yearAt index: Int) -> Bool {
        func isYear(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number && tokens[i].text.count == 4 }
        func isDash(_ i: Int) -> Bool { i >= 0 && i < tokens.count && ["-", "–", "/"].contains(tokens[i].text) }
        let first = isDash(index + 1) && isYear(index + 2) ? index : isDash(index - 1) && isYear(index - 2) ? index - 2 : nil
        guard let first else { return false }
        var lead = first - 1
        if lead >= 0, tokens[lead].lower == "the" { lead -= 1 }
        return lead >= 0 && tokens[lead].lower == "for"
    }

    /// Where the dateline's or the date line's day and month stand in the head ("29 June", "May 29", "ASTANA, October 22").
    static func statedMonthDay(_ tokens: [Token], _ monthDay: (month: Int, day: Int), limit: Int) -> Int? {
        func isDay(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count, tokens[index].kind == .number else { return false }
            return Int(tokens[index].text) == monthDay.day
        }
        for index in 0..<min(limit, tokens.count) where DateWords.month(tokens[index]) == monthDay.month {
            // "29 June", "June 29", "Oct. 22".
            if isDay(index - 1) || isDay(index + 1) || isDay(index + 2) { return index }
        }
        return nil
    }

    /// The weekday written beside the stated day and month at `index` (the month's token), in the same line: before it
    /// ("Monday, September 29", "Tuesday 12 May") or after it ("September 29, Monday").
    static func statedWeekday(_ tokens: [Token], monthAt index: Int) -> Int? {
        func isDay(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number && tokens[i].text.count <= 2 }
        let first = isDay(index - 1) ? index - 1 : index
        var last = isDay(index + 1) ? index + 1 : index
        if last == index, index + 2 < tokens.count, tokens[index + 1].text == ".", isDay(index + 2) { last = index + 2 }
        func weekday(_ i: Int) -> Int? {
            guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
            return DateWords.weekdays[tokens[i].lower]
        }
        func sameLine(_ from: Int, _ to: Int) -> Bool { (from + 1...to).allSatisfy { tokens[$0].newlinesBefore == 0 } }
        if let day = weekday(first - 1), sameLine(first - 1, first) { return day }
        if first >= 2, tokens[first - 1].text == ",", let day = weekday(first - 2), sameLine(first - 2, first) { return day }
        if let day = weekday(last + 1), sameLine(last, last + 1) { return day }
        if last + 2 < tokens.count, tokens[last + 1].text == ",", let day = weekday(last + 2), sameLine(last, last + 2) { return day }
        return nil
    }

    /// A modal of obligation or a schedule at token `index`: "should be closed", "must", "is to start", "are due to expire",
    /// "is scheduled for". What it governs lies ahead of the article, like the future tense; "should have" is not.
    static func isObligation(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens[index].lower
        let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
        if word == "should" || word == "must" { return next != "have" }
        guard ["is", "are", "'s"].contains(word) else { return false }
        if next == "to" { return true }
        return ["due", "scheduled"].contains(next) && index + 2 < tokens.count && ["to", "for"].contains(tokens[index + 2].lower)
    }

    /// A term's end in the present tense at token `index` ("whose agreement expires in 2014", "the lease runs out in 2042"):
    /// the year it governs is when the term is due to end, still ahead, like "is due to expire".
    static func isTermsEnd(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens[index].lower
        return ["expires", "lapses", "elapses"].contains(word) || word == "runs" && index + 1 < tokens.count && tokens[index + 1].lower == "out"
    }

    /// The distance "N years ago" gives to the year next to it, in the same phrase: "twenty years ago, in March 1994", "two
    /// decades ago (in 1994)", "in March 1994, twenty years ago". Nil when they are apart ("signed in 1994, expired ten years
    /// ago": two events).
    static func yearsAgo(_ tokens: [Token], yearAt index: Int, sentence: Range<Int>) -> Int? {
        func distance(count: Int, unit: Int) -> Int? {
            guard sentence.contains(count), sentence.contains(unit) else { return nil }
            let scale: Int
            switch tokens[unit].lower {
            case "year", "years": scale = 1
            case "decade", "decades": scale = 10
            default: return nil
            }
            let word = tokens[count].lower
            var value: Int? = NumberWords.cardinalWords[word]
            if word == "a" { value = 1 }
            if tokens[count].kind == .number { value = Int(tokens[count].text) }
            guard let value, value < 100 else { return nil }
            return value * scale
        }
        // Before the year: "N years ago, in [Month] YEAR", "N years ago (in YEAR", "N years ago, on October 10, 1997", "N
        // years ago, on 10 October 1997".
        var cursor = index - 1
        if cursor - 2 >= sentence.lowerBound, tokens[cursor].text == ",", tokens[cursor - 1].kind == .number, DateWords.month(tokens[cursor - 2]) != nil {
            cursor -= 3
        } else if cursor - 1 >= sentence.lowerBound, DateWords.month(tokens[cursor]) != nil, tokens[cursor - 1].kind == .number {
            cursor -= 2
        } else if cursor >= sentence.lowerBound, DateWords.month(tokens[cursor]) != nil {
            cursor -= 1
        }
        if cursor >= sentence.lowerBound, ["in", "on"].contains(tokens[cursor].lower) { cursor -= 1 }
        if cursor >= sentence.lowerBound, [",", "("].contains(tokens[cursor].text) { cursor -= 1 }
        if cursor - 2 >= sentence.lowerBound, tokens[cursor].lower == "ago", let found = distance(count: cursor - 2, unit: cursor - 1) { return found }
        // After it: "in [Month] YEAR, N years ago".
        cursor = index + 1
        if cursor < sentence.upperBound, [",", "("].contains(tokens[cursor].text) { cursor += 1 }
        if cursor < sentence.upperBound, ["exactly", "some", "nearly", "almost", "about"].contains(tokens[cursor].lower) { cursor += 1 }
        if cursor + 2 < sentence.upperBound, tokens[cursor + 2].lower == "ago", let found = distance(count: cursor, unit: cursor + 1) { return found }
        return nil
    }

    /// How many years before the article an event the sentence dates relatively took place: "last year", "a year ago",
    /// "two years ago" count back by years; "last July" is the most recent July before the article's month (a year back
    /// when the article's month is not later). Nil when the sentence dates the event otherwise or not at all.
    static func relativeDistance(_ words: [String], articleMonth: Int?) -> Int? {
        // "Armenia became a member on Friday, as the treaty signed on October 10 last year entered into force": an event
        // dated to a weekday or to today is this week's; the relative date belongs to another event of the sentence.
        if words.contains(where: { ["today", "yesterday", "tonight"].contains($0) }) || zip(words, words.dropFirst()).contains(where: { $0 == "on" && DateWords.weekdays[$1] != nil }) {
            return nil
        }
        for index in words.indices {
            let word = words[index]
            if word == "ago", index >= 2, ["year", "years"].contains(words[index - 1]) {
                let count = words[index - 2]
                if count == "a" || count == "one" { return 1 }
                if let value = NumberWords.cardinalWords[count] ?? Int(count), value < 100 { return value }
                return nil
            }
            guard word == "last", index + 1 < words.count else { continue }
            if words[index + 1] == "year" { return 1 }
            if words[index + 1].count > 3, let month = DateWords.months[words[index + 1]], let articleMonth { return month >= articleMonth ? 1 : 0 }
        }
        return nil
    }

    /// How many years after (or before) the newest event a year checked by a weekday may lie for that event to pick it:
    /// a weekday falls on the same date every five, six or eleven years, so an event further back names none of them.
    static let maxWeekdayPickDistance = 5

    /// Whether `year` fits every hard constraint of the clues.
    static func inferYear(_ clues: Clues, latest: Int, anchorsOnly year: Int) -> Bool {
        var single = clues
        single.anchorYears = [year]
        return inferYear(single, latest: latest) == year
    }

    static func inferYear(_ clues: Clues, latest: Int = currentYear) -> Int? {
        let lowest = clues.pastYears.max() ?? 1991
        let highest = min(latest, clues.futureYears.min() ?? latest)
        // How many days the article may follow a narrated weekday: none, unless no year fits both the weekday and the
        // office-holders ("arrived in Baku on Wednesday evening" in Thursday's copy, "the attack carried out on Tuesday"
        // in Thursday's).
        var lag = 0
        func date(_ year: Int, bounded: Bool = true) -> String? {
            guard !bounded || year >= lowest && year <= highest else { return nil }
            guard let (month, day) = clues.monthDay else { return String(year) }
            guard DateWords.isValid(year: year, month: month, day: day) else { return nil }
            // The article's day is one of the weekdays the text narrates in the past tense (else the first weekday it names).
            if let weekday = clues.weekday, let actual = DateWords.weekday(year: year, month: month, day: day),
               !(clues.weekdays.isEmpty ? [weekday] : clues.weekdays).contains(where: { (actual - $0 + 7) % 7 <= lag }) { return nil }
            if let stated = clues.statedWeekday, DateWords.weekday(year: year, month: month, day: day) != stated { return nil }
            if clues.holidayWeekdays.contains(where: { DateWords.weekday(year: year, month: $0.month, day: $0.day) != $0.weekday }) { return nil }
            // Not older than an event it dates by month ("in October 2024" rules out 3 January 2024).
            if clues.pastMonths.contains(where: { $0.year > year || $0.year == year && $0.month > month }) { return nil }
            return DateWords.iso(year, month, day)
        }
        /// How far back the narrated weekdays reach from a date: the smaller, the more recent the days the text names.
        func weekdaySpan(_ year: Int) -> Int {
            guard let (month, day) = clues.monthDay, let actual = DateWords.weekday(year: year, month: month, day: day) else { return 0 }
            return clues.weekdays.map { (actual - $0 + 7) % 7 }.max() ?? 0
        }
        // The text says which year it is now: that year, when the dateline's day and the weekdays agree with it.
        if case let current = Set(clues.currentYears), current.count == 1, let year = current.first, year <= latest, date(year, bounded: false) != nil {
            return year
        }
        func officesHeld(_ year: Int) -> Int {
            guard let date = date(year) else { return -1 }
            return clues.officeTerms.filter { terms in terms.contains { ReferenceIndex.covers(date, from: $0.from, to: $0.to) } }.count
        }
        // Office-holders named for history ("signed in 1992 by President Akayev") can contradict those of
        // the day: a year must fit as many of them as any year does.
        var best = lowest <= highest ? (lowest...highest).map(officesHeld).max() ?? -1 : -1
        // The fewest days back that let the most office-holders fit.
        if clues.weekday != nil, !clues.officeTerms.isEmpty, best < clues.officeTerms.count, lowest <= highest {
            var fewest = 0
            for days in 1...6 {
                lag = days
                let lagged = (lowest...highest).map(officesHeld).max() ?? -1
                if lagged > best { best = lagged; fewest = days }
            }
            lag = fewest
        }
        func fits(_ year: Int) -> Bool { best >= 0 && officesHeld(year) == best }
        let anchored = Set(clues.anchorYears).filter(fits)
        if anchored.count == 1 { return anchored.first }
        // A weekday may belong to another event in the text ("the meeting held on Friday"): an anniversary
        // that fits everything else still wins.
        if anchored.isEmpty, clues.weekday != nil {
            var relaxed = clues
            relaxed.weekday = nil
            let fitting = Set(clues.anchorYears).filter { year in inferYear(relaxed, latest: latest, anchorsOnly: year) }
            if fitting.count == 1 { return fitting.first }
        }
        // Without a dateline's month and day, only an anchor dates the text.
        guard clues.monthDay != nil, lowest <= highest else { return nil }
        let fitting = (lowest...highest).filter(fits)
        // Several weekdays narrated ("the fire on Sunday", "On Monday, the minister visited"): the date that makes them
        // the most recent days.
        let nearest = fitting.map(weekdaySpan).min()
        let candidates = fitting.filter { weekdaySpan($0) == nearest }
        // The fitting year nearest the newest year an event is dated (ties go to the later one), only where a narrated
        // weekday checked it against the dateline's day, or the event is dated to its month or day and falls in that year
        // or the one before ("skipped the summit in November 2023" in a February article). A year far from every year
        // that fits ("signed on May 15, 1992" beside "won the 2020 election" or an office held since 2017) dates history,
        // not the article.
        // With a weekday, the newest event still picks only within a few years: one far before every year that fits ("the
        // organisation, created in 2001," beside a Thursday that fits 2019 and 2024) says nothing of which.
        if let newest = clues.eventYears.max(), let closest = candidates.min(by: { (abs($0 - newest), -$0) < (abs($1 - newest), -$1) }),
           (clues.weekday != nil || clues.statedWeekday != nil) && abs(closest - newest) <= maxWeekdayPickDistance
            || (0...1).contains(closest - newest) && clues.monthDatedYears.contains(newest) {
            return closest
        }
        // Otherwise trust only a single fitting year.
        return candidates.count == 1 ? candidates.first : nil
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

    /// Complete dates (day, month and year) in a token range.
    static func fullDates(in tokens: [Token], range: Range<Int>) -> [(year: Int, month: Int, day: Int, start: Int)] {
        var found: [(Int, Int, Int, Int)] = []
        var index = range.lowerBound
        func text(_ i: Int) -> String { i < range.upperBound && i < tokens.count ? tokens[i].text : "" }
        func number(_ i: Int) -> Int? { i < range.upperBound && i < tokens.count && tokens[i].kind == .number ? Int(tokens[i].text) : nil }
        func year(_ i: Int) -> Int? { number(i).flatMap { (1900...2100).contains($0) && tokens[i].text.count == 4 ? $0 : nil } }
        // A year after a month's name: "2017", or "'08" as page headers abbreviate it ("29 Aug.'08"). The index after it.
        func yearAfterMonth(_ i: Int) -> (year: Int, next: Int)? {
            if let y = year(i) { return (y, i + 1) }
            if text(i) == "'", let short = number(i + 1), tokens[i + 1].text.count == 2 { return (century(short), i + 2) }
            return nil
        }
        // The token after a month's name and its abbreviation's full stop ("Dec. 30").
        func afterMonth(_ i: Int) -> Int { text(i + 1) == "." && tokens[i].text.count <= 4 ? i + 2 : i + 1 }
        while index < range.upperBound {
            let token = tokens[index]
            // 30 December 2017, 30 Dec. 2017
            if let day = number(index), index + 2 < range.upperBound, let month = DateWords.month(tokens[index + 1]) {
                let next = afterMonth(index + 1)
                if let (y, after) = yearAfterMonth(text(next) == "," ? next + 1 : next), DateWords.isValid(year: y, month: month, day: day) {
                    found.append((y, month, day, index)); index = after; continue
                }
            }
            // December 30, 2017, Dec. 30, 2017
            if let month = DateWords.month(token), case let dayIndex = afterMonth(index), let day = number(dayIndex) {
                let yearIndex = text(dayIndex + 1) == "," ? dayIndex + 2 : dayIndex + 1
                // "February 28, 22": a year shortened after the day's comma (see `shortYear`).
                let short = text(dayIndex + 1) == "," && yearIndex < range.upperBound ? shortYear(tokens, at: yearIndex) : nil
                if let y = year(yearIndex) ?? short, DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index = yearIndex + 1; continue }
            }
            // 2017-12-30
            if let y = year(index), index + 4 < range.upperBound, tokens[index + 1].text == "-", let month = number(index + 2), tokens[index + 3].text == "-", let day = number(index + 4),
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
                if let y = year(index + 4) ?? short, DateWords.isValid(year: y, month: month, day: day) { found.append((y, month, day, index)); index += 5; continue }
                // "3/22/2024 7:09:33 PM": month first, as US sites stamp an item, only where the day cannot be a month and a
                // time follows.
                if tokens[index + 1].text == "/", month > 12, day <= 12, let y = year(index + 4), number(index + 5) != nil, text(index + 6) == ":",
                   DateWords.isValid(year: y, month: day, day: month) { found.append((y, day, month, index)); index += 5; continue }
            }
            index += 1
        }
        return found.map { (year: $0.0, month: $0.1, day: $0.2, start: $0.3) }
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

    /// A dateline near the top: at most a dozen tokens into a line (a place, an agency: "MOSCOW,",
    /// "KIEV.", "BAKU, Azerbaijan,", "AKIpress news agency, Bishkek,"), then after a comma or full stop
    /// "December 30" / "Dec. 30" / "30 December", an optional year, then `.`, `/`, `(`, `-`, `:` or `,`.
    static func dateline(_ tokens: [Token]) -> (month: Int, day: Int, year: Int?)? {
        let limit = headTokens(tokens, lines: 8)
        var lineStart = 0
        // What may follow the dateline's date: its stop, the agency's, or the bracket the line opened with ("[ Moscow,
        // 22.02.2022 ] - APA", "(Tashkent, 3 May 2021) UzA").
        func closesDateline(_ index: Int) -> Bool {
            [".", "/", "(", "-", ":", ","].contains(tokens[index].text)
                || tokens[index].text == "]" && tokens[lineStart].text == "[" || tokens[index].text == ")" && tokens[lineStart].text == "("
        }
        while lineStart < limit {
            var index = lineStart + 1
            while index < min(limit, lineStart + 14), index < tokens.count, tokens[index].newlinesBefore == 0 {
                defer { index += 1 }
                // "MOSCOW. KAZINFORM - 12 November 2025.": the agency's name before a dash, then the date.
                guard [",", ".", "-"].contains(tokens[index - 1].text) else { continue }
                // A dateline starts with a place or an agency, not a weekday ("Sunday, 29 November 2026" is a page header),
                // nor a preposition: "On Sunday, 24 March, ...", "By Friday, March 22, ..." open a sentence of the body.
                let place = (lineStart..<(index - 1)).contains { tokens[$0].kind == .word && DateWords.weekdays[tokens[$0].lower] == nil && DateWords.month(tokens[$0]) == nil }
                guard place, !["on", "by", "at", "in", "from", "since", "until", "till", "before", "after", "as", "of"].contains(tokens[lineStart].lower) || tokens[lineStart].text.allSatisfy(\.isUppercase) else { continue }
                var cursor = index
                var month: Int?, day: Int?
                if let m = DateWords.month(tokens[cursor]) {
                    cursor += 1
                    if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
                    if cursor < tokens.count, tokens[cursor].kind == .number, let d = Int(tokens[cursor].text) { month = m; day = d; cursor += 1 }
                } else if tokens[cursor].kind == .number, let d = Int(tokens[cursor].text), cursor + 1 < tokens.count, let m = DateWords.month(tokens[cursor + 1]) {
                    month = m; day = d; cursor += 2
                } else if let numeric = fullDates(in: tokens, range: cursor..<min(tokens.count, cursor + 5)).first, numeric.start == cursor {
                    // "DUSHANBE, 20.03.2023 /Khovar/.", "TASHKENT, 2023-03-20 (UzA)": a dateline in digits.
                    var end = cursor
                    while end < min(tokens.count, cursor + 5), tokens[end].kind == .number || ["-", "."].contains(tokens[end].text) && end + 1 < tokens.count && tokens[end + 1].kind == .number && !tokens[end + 1].spaceBefore { end += 1 }
                    guard end < tokens.count, closesDateline(end) || tokens[end].newlinesBefore > 0 else { continue }
                    return (numeric.month, numeric.day, numeric.year)
                }
                guard let month, let day, (1...31).contains(day) else { continue }
                var year: Int?
                if cursor + 1 < tokens.count, tokens[cursor].text == ",", tokens[cursor + 1].kind == .number, tokens[cursor + 1].text.count == 4 {
                    year = Int(tokens[cursor + 1].text); cursor += 2
                } else if cursor < tokens.count, tokens[cursor].kind == .number, tokens[cursor].text.count == 4 {
                    year = Int(tokens[cursor].text); cursor += 1
                }
                guard cursor < tokens.count, closesDateline(cursor) || tokens[cursor].newlinesBefore > 0 else { continue }
                return (month, day, year)
            }
            // Next line.
            lineStart = index
            while lineStart < limit, tokens[lineStart].newlinesBefore == 0 { lineStart += 1 }
        }
        return dateFirstLine(tokens, limit: limit)
    }

    /// A dateline whose date opens its line: wire copy with the agency in brackets and no place ("January 1 (Reuters) -
    /// Egypt ...", "12 March 2019 (AKIpress) -"), or a date line whose place follows the date ("June 10, The Kremlin, Moscow").
    static func dateFirstLine(_ tokens: [Token], limit: Int) -> (month: Int, day: Int, year: Int?)? {
        var lineStart = 0
        while lineStart < limit {
            var end = lineStart + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            defer { lineStart = end }
            var cursor = lineStart
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

import Foundation

/// Publication dates, part of `PublicationDate`: what a text implies about its year when no date gives it: the years it
/// mentions and their tense, weekdays, holidays, terms of office; and `inferYear`, which weighs them.
extension PublicationDate {
    /// What the text implies about the year of publication.
    struct Clues {
        var monthDay: (month: Int, day: Int)?
        /// 1 = Sunday ... 7 = Saturday, from "said on Saturday".
        var weekday: Int?
        /// The weekday the dateline or date line writes beside its own day ("Monday, September 29", "MOSCOW, Tuesday 12
        /// May"): the article's day is that weekday, with no lag.
        var statedWeekday: Int?
        /// Years the text mentions in the past or present tense: the article is not older than any of them. Not a date alone on
        /// its line in the head (a page's own date or render date), nor a column of stamps below it (`stampColumn`).
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
        /// 25th anniversary", "The year 2011 is a special year", "In 2023, this fee is ..."): the year of publication, whatever the other years mentioned say (a year of plans, "contacts at the highest level in 2004", may not read as future).
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
        /// Future events dated by month and year ("will attain the status from January 1, 2025", "are set to join starting
        /// January 1, 2025"): the article is not later.
        var futureMonths: [(year: Int, month: Int)] = []
        /// Of those, the ones dated to the day ("will be launched on January 1, 2015"): the article is not later than that day.
        var futureDays: [(year: Int, month: Int, day: Int)] = []
        /// Weekdays the text writes with their own day and month and no year ("revealed on Friday (14 April)", "on Tuesday, May
        /// 3"): the year makes that day that weekday.
        var datedWeekdays: [(month: Int, day: Int, weekday: Int)] = []
        /// A holiday of fixed date the text says falls on a weekday this year ("This year Nowruz falls on Friday"): the
        /// year makes that date that weekday.
        var holidayWeekdays: [(month: Int, day: Int, weekday: Int)] = []

        /// Whether an article of `month` in `year` (on `day`, when known) would be older than an event the text dates by month
        /// in the past ("in October 2024" rules out 3 January 2024) or later than one still ahead ("from January 1, 2025" rules
        /// out 24 December 2025, and 2 January 2025 too).
        func contradictsDatedMonths(year: Int, month: Int, day: Int? = nil) -> Bool {
            pastMonths.contains { $0.year > year || $0.year == year && $0.month > month }
                || futureMonths.contains { $0.year < year || $0.year == year && $0.month < month }
                || day.map { day in futureDays.contains { ($0.year, $0.month, $0.day) < (year, month, day) } } ?? false
        }
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

    /// Past participles that date a document ("the treaty signed on 25 May 1992").
    static let documentVerbs: Set<String> = ["signed", "adopted", "concluded", "ratified", "approved", "initialled", "initialed"]

    /// Nouns of documents that a participle after them dates.
    static let documentNouns: Set<String> = ["treaty", "treaties", "declaration", "statement", "agreement", "agreements", "accord", "accords",
                                             "charter", "memorandum", "memorandums", "memoranda", "protocol", "protocols", "document", "documents", "pact", "convention",
                                             "communique", "deal", "declarations", "charters"]

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

    /// A weekday as wire copy writes it without "on", after the verb or "here" ("gathered here Wednesday", "said Tuesday",
    /// "announced Friday that"), not before a possessive ("won Sunday's election").
    static func isWireWeekday(_ tokens: [Token], at index: Int) -> Bool {
        guard index > 0, index + 1 == tokens.count || tokens[index + 1].lower != "'s" else { return false }
        return ["here", "there"].contains(tokens[index - 1].lower) || isPastVerb(tokens[index - 1])
    }

    /// Nouns a year names the plan of ("the 2001 budget"): adopted before the year, spent in it and reported after it, the
    /// year bounds nothing.
    static let plannedNouns: Set<String> = ["budget", "budgets"]

    static func clues(tokens: [Token], monthDay: (month: Int, day: Int)?, events: [(words: [String], year: Int)]) -> Clues {
        var clues = Clues(monthDay: monthDay)
        let sentences = SentenceSplitter.sentences(tokens)
        var newYears: Set<Int> = []
        clues.anchorYears += historicalAnchors(tokens, sentences: sentences, monthDay: monthDay, events: events)
        clues.anchorYears += birthdayAnchors(tokens, sentences: sentences)
        clues.anchorYears += agoEventsDatedElsewhere(tokens, sentences: sentences)
        // With no dateline's day: the year the lead dates its news by ("signed into law on April 4, 2025, a bill ...").
        if monthDay == nil, let lead = leadNewsYear(tokens) { clues.anchorYears.append(lead) }
        // A page that embeds a post and narrates no weekday, or one the day before the post's ("arrived in Baku on Monday"
        // over "— A (@a) June 13, 2023", a Tuesday): the story runs beside the post, in its year. Not a post of a day
        // after the one narrated (`embeddedPostDate`), nor past a dateline's day in the year (a post of December under a
        // January dateline is last year's).
        if let post = newestEmbeddedPost(tokens), let weekday = DateWords.weekday(year: post.year, month: post.month, day: post.day),
           case let narrated = narratedWeekdays(tokens), narrated.isEmpty || narrated.contains((weekday + 5) % 7 + 1),
           monthDay.map({ ($0.month, $0.day) >= (post.month, post.day) }) ?? true {
            clues.anchorYears.append(post.year)
        }
        // A date alone on a line that the dateline disagreed with is a page's render date: its year says nothing.
        let header = headTokens(tokens, lines: 6)
        // So is a stamp above the dateline that gives another day ("Printed: 14.02.2026 10:31 | Ministry ...", "Accessed 3
        // March 2025"): the page was printed, saved or rendered then; the article's day is the dateline's.
        let statedAt = monthDay.flatMap { statedMonthDay(tokens, $0, limit: header) } ?? -1
        if statedAt >= 0 { clues.statedWeekday = statedWeekday(tokens, monthAt: statedAt) }
        // So are the dates of a column of stamps below the head, as a page lists the times of its other posts ("17 April 2024
        // 12:00\n16 April 2024 20:33"): no event of the text.
        let column = stampColumn(tokens, from: header)
        let ignored = Set(fullDates(in: tokens, range: 0..<header).filter { date in
            isAlone(tokens, at: date.start) || date.start < statedAt && (date.month, date.day) != (monthDay?.month ?? 0, monthDay?.day ?? 0)
        }.flatMap { $0.start..<($0.start + 5) }).union(column)
            // A header's line of date words however punctuated ("Saturday, 23, November, 2024"), which no rule reads as the
            // page's date: the date the page was rendered, whose year must not veto the year the text supports.
            .union((0..<header).filter { tokens[$0].kind == .number && tokens[$0].text.count == 4 && isDateWordsLine(tokens, at: $0) })
        for sentence in sentences {
            for index in sentence {
                let token = tokens[index]
                let previous = index > 0 ? tokens[index - 1].lower : ""
                if token.kind == .word, token.isCapitalized, let weekday = DateWords.weekdays[token.lower], let own = ownDate(tokens, afterWeekdayAt: index, in: sentence) {
                    clues.datedWeekdays.append((own.month, own.day, weekday))
                }
                // A year, or one shortened after a month's day ("on February 28, 22").
                if token.kind == .number, let year = token.text.count == 4 ? Int(token.text) : shortYear(tokens, at: index), (1985...2100).contains(year), !ignored.contains(index) {
                    // "elected a non-permanent member of the Security Council for 2017-2018": a term, which may lie ahead of
                    // the article or behind it.
                    if isTermSpan(tokens, yearAt: index) { continue }
                    // "greetings on the New Year 2020", "the 2020 New Year": the holiday the text greets is not behind the article.
                    if namesNewYear(tokens, yearAt: index) { clues.futureYears.append(year); newYears.insert(year); continue }
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
                    // "the meeting will plan several steps, in particular the chairmanship in 2017": an elaboration set off by a
                    // comma, with no verb of its own, takes the tense of the clause it elaborates.
                    start = elaboratedClauseStart(tokens, clauseStart: start, yearAt: index, in: sentence)
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
                    // "It will be recalled that in late June 2012 ...", "It should be noted that": the writer's frame, whose modal
                    // says nothing of the tense of what it introduces.
                    let future = !opensSincePhrase(tokens, yearAt: index, in: sentence) && ((start..<end).contains { !isDiscourseFrame(tokens, at: $0)
                            && (futureWords.contains(tokens[$0].lower) && $0 <= reported || $0 < index && isObligation(tokens, at: $0)) }
                        || (max(start, index - 4)..<index).contains { isTermsEnd(tokens, at: $0) }
                        || proposal.map { verb in (verb + 1..<index).contains { tokens[$0].lower == "to" } } ?? false)
                    // "In 2017, Kazakhstan and Azerbaijan are celebrating the 25th anniversary of their relations": what the year
                    // names is celebrated now, so it is the article's.
                    if previous == "in", !future, celebratesNow(tokens, after: index, in: sentence) { clues.currentYears.append(year) }
                    // "The year 2011 is a special year for the bloc", "In 2023, the fee is 5.8 million": the year the text says
                    // is, in the present tense, is now.
                    else if !future, statesPresentYear(tokens, yearAt: index, in: sentence) { clues.currentYears.append(year) }
                    // "twenty years ago, in March 1994": the year and its distance from the article's.
                    if let distance = yearsAgo(tokens, yearAt: index, sentence: sentence) { clues.anchorYears.append(year + distance) }
                    // "As we mark one year since the earthquake that struck Turkiye in February 2023": the year and the time
                    // passed since it, marked now.
                    if let distance = yearsSince(tokens, yearAt: index, sentence: sentence) { clues.anchorYears.append(year + distance) }
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
                                || ["by", "until", "till", "before", "through", "to"].contains(previous) && !isComparisonBase(tokens, yearAt: index)
                                    && !opensPastFrame(tokens, yearAt: index, in: sentence) {
                        clues.futureYears.append(year)
                        if future, let month = monthBefore(tokens, yearAt: index) {
                            clues.futureMonths.append((year, month))
                            if tokens[index - 1].text == ",", let day = Int(tokens[index - 2].text) { clues.futureDays.append((year, month, day)) }
                        }
                    } else {
                        clues.pastYears.append(year)
                        // "the Joint Statement ... signed on 1 September 2018", "the Treaty ..., signed in Tashkent on December 22,
                        // 2022": a document's date, which the text cites; the article is not older, but it is no news to
                        // date the article by.
                        // "The CSTO was founded on October 7, 2002 by ...": a thing's founding told in the passive is its history,
                        // which the article recalls, not news to date it by.
                        // "since 2012", "Since January 1, 2012", "from 1 March 2015": the start of a state that holds now, not
                        // an event.
                        let opening = wordBeforeDate(tokens, yearAt: index)
                        if !spanStarts.contains(opening), !isDocumentDate(tokens, yearAt: index, clauseStart: start, sentence: sentence),
                           !isFoundingRecalled(tokens, before: index, clauseStart: start) {
                            clues.eventYears.append(year)
                            if index > 0 && DateWords.month(tokens[index - 1]) != nil
                                || index >= 3 && previous == "," && tokens[index - 2].kind == .number && DateWords.month(tokens[index - 3]) != nil {
                                clues.monthDatedYears.append(year)
                            }
                        }
                        // "in October 2024", "on December 22, 2022": the month before the day.
                        if !spanStarts.contains(opening), let month = monthBefore(tokens, yearAt: index) {
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
        // "New Year 2020" in a text that looks ahead to "the coming year" ("success in the coming year"): the greeting is sent
        // in the year before.
        let words = tokens.map(\.lower)
        if newYears.count == 1, let newYear = newYears.first, namesNextYear(words) { clues.anchorYears.append(newYear - 1) }
        return clues
    }

    /// Whether the year at `index` names a New Year: "New Year 2020", "the New Year of 2020", "New Year's 2020", "the 2020 New
    /// Year" (the words capitalized).
    static func namesNewYear(_ tokens: [Token], yearAt index: Int) -> Bool {
        func isNewYear(_ at: Int) -> Bool {
            at >= 0 && at + 1 < tokens.count && tokens[at].lower == "new" && tokens[at].isCapitalized && tokens[at + 1].text == "Year"
        }
        var before = index - 1
        if before >= 0, ["of", "'s"].contains(tokens[before].lower) { before -= 1 }
        return isNewYear(before - 1) || isNewYear(index + 1)
    }

    /// The month of a full date or a month and year that ends at the year at `index` ("January 1, 2025", "1 January 2025",
    /// "January 2025").
    static func monthBefore(_ tokens: [Token], yearAt index: Int) -> Int? {
        if index >= 1, let month = DateWords.month(tokens[index - 1]) { return month }
        if index >= 3, tokens[index - 1].text == ",", tokens[index - 2].kind == .number, let month = DateWords.month(tokens[index - 3]) { return month }
        return nil
    }

    /// Words that open a span at the date after them ("since January 1, 2012", "from March 2015"): the date starts a state
    /// of affairs, it dates no event.
    static let spanStarts: Set<String> = ["since", "from"]

    /// The word before the date that ends at the year at `index`, in small letters: "since" in "since 2012", "since March
    /// 2012", "Since January 1, 2012" and "since 1 January 2012"; "" at the text's start.
    static func wordBeforeDate(_ tokens: [Token], yearAt index: Int) -> String {
        var start = index
        if index >= 3, tokens[index - 1].text == ",", tokens[index - 2].kind == .number, DateWords.month(tokens[index - 3]) != nil {
            start = index - 3
        } else if index >= 1, DateWords.month(tokens[index - 1]) != nil {
            start = index >= 2 && tokens[index - 2].kind == .number && tokens[index - 2].text.count <= 2 ? index - 2 : index - 1
        }
        return start > 0 ? tokens[start - 1].lower : ""
    }

    /// The day and month written right after the weekday at `index`, with no year after them: "Friday (14 April)", "Friday,
    /// April 14", "Tuesday 3 May". Nil for "Friday, April 14, 2017" (a full date) or a weekday alone.
    static func ownDate(_ tokens: [Token], afterWeekdayAt index: Int, in sentence: Range<Int>) -> (month: Int, day: Int)? {
        var cursor = index + 1
        if cursor < sentence.upperBound, [",", "("].contains(tokens[cursor].text) { cursor += 1 }
        guard cursor + 1 < sentence.upperBound else { return nil }
        var found: (month: Int, day: Int)?
        if tokens[cursor].kind == .number, tokens[cursor].text.count <= 2, let day = Int(tokens[cursor].text), let month = DateWords.month(tokens[cursor + 1]),
           tokens[cursor + 1].isCapitalized { found = (month, day) }
        else if let month = DateWords.month(tokens[cursor]), tokens[cursor].isCapitalized, tokens[cursor + 1].kind == .number, tokens[cursor + 1].text.count <= 2,
                let day = Int(tokens[cursor + 1].text) { found = (month, day) }
        guard let found, (1...31).contains(found.day) else { return nil }
        var next = cursor + 2
        if next < sentence.upperBound, [",", ")"].contains(tokens[next].text) { next += 1 }
        if next < sentence.upperBound, tokens[next].kind == .number { return nil }
        return found
    }

    /// Verbs of recalling or remarking that a writer's frame puts in the passive ("It will be recalled that", "It should be
    /// noted that", "It must be stressed that", "It is to be reminded that").
    static let frameVerbs: Set<String> = ["recalled", "noted", "reminded", "stressed", "emphasized", "emphasised", "mentioned", "underlined",
                                          "remembered", "added", "said", "pointed", "recollected", "clarified"]

    /// Whether the modal at token `index` opens a writer's frame: "it" before it, a passive of recalling or remarking after it
    /// (within three words: "be", "to be"), then "that" or a comma ("It will be recalled that in late June 2012 Uzbekistan
    /// sent a note", "It should be noted, ..."). What follows has its own tense.
    static func isDiscourseFrame(_ tokens: [Token], at index: Int) -> Bool {
        guard index > 0, tokens[index - 1].lower == "it", ["will", "would", "should", "must", "shall", "is", "'s"].contains(tokens[index].lower) else { return false }
        guard let verb = (index + 1..<min(tokens.count, index + 4)).first(where: { frameVerbs.contains(tokens[$0].lower) }),
              (index + 1..<verb).allSatisfy({ ["be", "to"].contains(tokens[$0].lower) }), verb + 1 < tokens.count else { return false }
        return ["that", ","].contains(tokens[verb + 1].lower)
    }

    /// Participles of founding ("was founded", "were established", "was set up").
    static let passiveFoundingVerbs: Set<String> = ["founded", "established", "created", "formed", "set", "launched", "inaugurated"]

    /// Whether the clause of the year at `index` tells a founding in the passive before it ("The CSTO was founded on October
    /// 7, 2002", "the organisation was set up in 2001"): a thing's history, recalled, not the news the article reports.
    static func isFoundingRecalled(_ tokens: [Token], before index: Int, clauseStart: Int) -> Bool {
        (max(clauseStart, index - 8)..<index).contains { position in
            position > 0 && ["was", "were"].contains(tokens[position - 1].lower) && passiveFoundingVerbs.contains(tokens[position].lower)
                && (tokens[position].lower != "set" || position + 1 < tokens.count && tokens[position + 1].lower == "up")
        }
    }

    /// Whether the year at `index` closes a span that opens its sentence ("Until 2017, Turkmenistan celebrated the day on ...",
    /// "Till 2010 the post was held by ...", "Until 2014 Ukraine took part in the summits"): the frame of a state of affairs
    /// that ended then, history, not a deadline ahead ("the treaty stays in force until 2030"). A future in its clause
    /// ("Until 2030, the quota will stay") keeps it ahead, as the caller's tense check does.
    /// So is the end of a span of two years that a verb in the past tense narrates, wherever the sentence puts the span
    /// ("Since 1995 until 2003 the fund received ...", "the envoy served from 1996 to 2004", "From 1992 through 2000, the
    /// library was given ...", "between 1994 and 2001 ... delivered"): both years are behind the article. Not a span in the
    /// present or the future ("the treaty is in force from 1999 until 2029", "will run from 2021 to 2025").
    /// So is the end of a state that its own clause tells in the past tense ("remained part of the Soviet Union until 1991",
    /// "the union, which until 1991 included fifteen republics", "was governed from Moscow till 1990"): the state ended then,
    /// behind the article. Not a term set by a past act for what lies ahead ("extended the treaty until 2030", "agreed to
    /// keep the troops until 2025"; `deferringVerbs`, a "to" before the year), nor a clause in the future ("said it would
    /// stay until 2030").
    static func opensPastFrame(_ tokens: [Token], yearAt index: Int, in sentence: Range<Int>) -> Bool {
        if index >= 1 && index - 1 == sentence.lowerBound && ["until", "till"].contains(tokens[index - 1].lower) { return true }
        if index >= 1, ["until", "till"].contains(tokens[index - 1].lower) {
            let (start, end) = clause(tokens, around: index, in: sentence)
            // A participle after a present auxiliary ("is regulated by the strategy until 2025") is no past tense.
            let told = (start..<end).filter { at in
                (isPastVerb(tokens[at]) && !(at > start && ["is", "are", "be", "been", "being", "'s", "remains", "stays"].contains(tokens[at - 1].lower)))
                    || ["was", "were", "had"].contains(tokens[at].lower)
            }
            if !told.isEmpty, !(start..<end).contains(where: { futureWords.contains(tokens[$0].lower) || isObligation(tokens, at: $0) }),
               !(start..<end).contains(where: { deferringVerbs.contains(tokens[$0].lower) }),
               !((told.min().map { min($0, index) } ?? index)..<index).contains(where: { tokens[$0].lower == "to" }) { return true }
        }
        return closesPastSpan(tokens, yearAt: index, in: sentence)
    }

    /// Past verbs that set a term ahead of themselves: "extended the mandate until 2030" is a deadline, not a past state.
    static let deferringVerbs: Set<String> = ["extended", "prolonged", "postponed", "delayed", "deferred", "renewed", "suspended",
                                              "adjourned", "scheduled", "planned", "agreed", "decided", "pledged", "promised"]

    /// Whether the year at `index` dates the point a "since" before it opens, in a phrase with no verb of its own between
    /// them ("the first trip abroad since the start of the pandemic in February 2020", "the first talks since the collapse of
    /// the deal in May 2018", "since 2014"): that point is behind the article, whatever the tense of the clause around it
    /// ("what would be his first visit since ..."). Not a year a verb of its own dates ("since the talks will resume in 2030").
    static func opensSincePhrase(_ tokens: [Token], yearAt index: Int, in sentence: Range<Int>) -> Bool {
        for at in stride(from: index - 1, through: max(sentence.lowerBound, index - 12), by: -1) {
            let word = tokens[at].lower
            if word == "since" { return true }
            if [";", ":", "(", ")", "."].contains(word) || word == "," && !(at >= 1 && tokens[at - 1].kind == .number && DateWords.month(tokens[max(0, at - 2)]) != nil) { return false }
            if futureWords.contains(word) || isPastVerb(tokens[at]) || ["is", "are", "was", "were", "has", "have", "had"].contains(word) { return false }
        }
        return false
    }

    /// Whether the year at `index` closes a span its sentence opens with an earlier year and narrates in the past tense (see
    /// `opensPastFrame`).
    static func closesPastSpan(_ tokens: [Token], yearAt index: Int, in sentence: Range<Int>) -> Bool {
        guard index - 3 >= sentence.lowerBound, ["until", "till", "to", "through", "and"].contains(tokens[index - 1].lower),
              tokens[index - 2].kind == .number, tokens[index - 2].text.count == 4, let first = Int(tokens[index - 2].text),
              let last = Int(tokens[index].text), first < last,
              ["from", "since", "between"].contains(tokens[index - 3].lower) else { return false }
        let words = tokens[sentence]
        return words.contains { isPastVerb($0) || ["was", "were", "had"].contains($0.lower) }
            && !words.contains { futureWords.contains($0.lower) } && !sentence.contains { isObligation(tokens, at: $0) }
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

    /// Words after a present "is"/"are" that put what it says ahead ("is expected to", "are set to", "is due", "is likely",
    /// "is projected"), or make it a passive of the past ("is dated", "was").
    static let presentYearBlockers: Set<String> = ["expected", "to", "set", "due", "scheduled", "likely", "going", "projected", "planned", "forecast",
                                                   "estimated", "supposed", "slated", "not", "unlikely", "about"]

    /// Whether the year at `index` is said to be, in the present tense: the subject of "is" or "marks" that names a year
    /// ("The year 2011 is a special year for the Commonwealth", "2024 marks the Year of ..."), or an anniversary or a count
    /// of years the year itself, or its month, marks or celebrates ("2019 marks the 25th anniversary of the treaty", "March
    /// 2012 marks 20 years of membership", "“2021 celebrates three decades of ties"), or a year fronted before a
    /// short subject and its present "is"/"are" ("In 2023, this fee is 5.8 million lei", "In 2019 the two states are
    /// partners"). Not in the past ("In 2023, the fee was", "2011 was a special year", "2019 marked the 25th anniversary"),
    /// nor what lies ahead ("In 2030, the share is expected to double", "2029 will mark 25 years"), nor after a verb of the
    /// subject's own ("In 2023, the ministry said the fee is"). A year after the article's (a deadline: "the year 2030 is the
    /// deadline") is the caller's to weigh.
    static func statesPresentYear(_ tokens: [Token], yearAt index: Int, in sentence: Range<Int>) -> Bool {
        func presentAt(_ at: Int) -> Bool {
            guard at + 1 < sentence.upperBound, ["is", "are", "marks", "celebrates", "commemorates"].contains(tokens[at].lower) else { return false }
            return !presentYearBlockers.contains(tokens[at + 1].lower) && !futureWords.contains(tokens[at + 1].lower) && !isPastVerb(tokens[at + 1])
                && tokens[at + 1].kind != .punctuation
        }
        let previous = index > sentence.lowerBound ? tokens[index - 1].lower : ""
        // What opens the sentence before the year: nothing, or the year's month ("March 2012 marks ..."), maybe after a
        // quotation mark, also one that opens a quotation run on after the last one's close ("... arena.”“2019 marks ..."),
        // where no sentence break was seen.
        func isQuote(_ at: Int) -> Bool { TextCleaner.openingQuotes.contains { String($0) == tokens[at].text } || ["”", "»"].contains(tokens[at].text) }
        let month = index > sentence.lowerBound && DateWords.month(tokens[index - 1]) != nil && tokens[index - 1].isCapitalized ? index - 1 : index
        let opensSentence = month == sentence.lowerBound
            || month > sentence.lowerBound && isQuote(month - 1) && tokens[month - 1].text != "”" && tokens[month - 1].text != "»"
            && (month - 1 == sentence.lowerBound || isQuote(month - 2) || [".", "…", "!", "?"].contains(tokens[month - 2].text))
        // The year as the subject: "The year 2011 is ...", "2011 is a special year", "2019 marks the 25th anniversary".
        if previous == "year" && index - 1 <= sentence.lowerBound + 1 || opensSentence {
            guard index + 1 < sentence.upperBound, presentAt(index + 1) else { return false }
            let predicate = tokens[(index + 2)..<min(sentence.upperBound, index + 8)].map(\.lower)
            return previous == "year" || predicate.contains("year")
                || predicate.contains { ["anniversary", "anniversaries", "jubilee", "years", "decades"].contains($0) }
        }
        // "In 2023, this fee is ...": "in" opening the sentence, the year, an optional comma, a subject of at most four
        // words with no verb among them, then the present.
        guard previous == "in", index - 1 == sentence.lowerBound else { return false }
        var cursor = index + 1
        if cursor < sentence.upperBound, tokens[cursor].text == "," { cursor += 1 }
        let subjectStart = cursor
        while cursor < min(sentence.upperBound, subjectStart + 5), tokens[cursor].kind == .word, !["is", "are"].contains(tokens[cursor].lower) {
            if isPastVerb(tokens[cursor]) || futureWords.contains(tokens[cursor].lower)
                || ["says", "has", "have", "had", "was", "were", "did", "does", "do", "can", "may"].contains(tokens[cursor].lower) { return false }
            cursor += 1
        }
        return cursor > subjectStart && cursor < sentence.upperBound && presentAt(cursor)
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

    /// The tokens of the dates, from token `start` on, that stand alone at the start of their line with another such line
    /// right above or below them: a column of stamps, the times of a site's other posts ("17 April 2024 12:00\n16 April 2024
    /// 20:33\n..."). A single date line (a letter's closing date) is none.
    static func stampColumn(_ tokens: [Token], from start: Int) -> Set<Int> {
        guard start < tokens.count else { return [] }
        let lines = fullDates(in: tokens, range: start..<tokens.count).filter { startsLine(tokens, at: $0.start) && isAlone(tokens, at: $0.start) }.map(\.start)
        func nextLine(_ index: Int) -> Int {
            var end = index + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            return end
        }
        let starts = Set(lines)
        var column: Set<Int> = []
        for line in lines where starts.contains(nextLine(line)) {
            column.formUnion(line..<min(tokens.count, line + 5))
            column.formUnion(nextLine(line)..<min(tokens.count, nextLine(line) + 5))
        }
        return column
    }

    /// Words that open an elaboration of what the clause before names ("..., in particular the chairmanship in 2017",
    /// "..., including the summit in 2019", "..., notably", "..., such as", "..., among them").
    static let elaborationOpeners: [[String]] = [["in", "particular"], ["including"], ["notably"], ["namely"], ["especially"], ["such", "as"], ["among", "them"],
                                                 ["among", "others"], ["specifically"], ["particularly"]]

    /// The start of the clause a year's clause belongs to when it elaborates the one before the comma: it opens with an
    /// elaboration's word (`elaborationOpeners`) and has no verb of its own before the year ("the meeting will plan several
    /// steps, in particular the chairmanship in 2017": the future is the chairmanship's). Otherwise `start`, the year's own
    /// clause ("..., including those that were signed in 2015" has a verb of its own).
    static func elaboratedClauseStart(_ tokens: [Token], clauseStart start: Int, yearAt index: Int, in sentence: Range<Int>) -> Int {
        guard start - 2 >= sentence.lowerBound, start < index, tokens[start - 1].text == "," else { return start }
        let words = tokens[start..<index].map(\.lower)
        guard elaborationOpeners.contains(where: { words.starts(with: $0) }) else { return start }
        if tokens[start..<index].contains(where: { isPastVerb($0) || ["is", "are", "was", "were", "has", "have", "had", "be", "been"].contains($0.lower) }) { return start }
        return clause(tokens, around: start - 2, in: sentence).start
    }

    /// Whether the year at token `index` is one end of a span of years after "for" ("for 2017-2018", "for the 2021–2025
    /// term"), or after "in" that closes a plan's name ("the Comprehensive Program for Bilateral Cooperation in 2022-2026",
    /// "the roadmap for trade in 2024–2026"): a term, which may lie ahead of the article or behind it.
    static func isTermSpan(_ tokens: [Token], yearAt index: Int) -> Bool {
        func isYear(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number && tokens[i].text.count == 4 }
        func isDash(_ i: Int) -> Bool { i >= 0 && i < tokens.count && ["-", "–", "/"].contains(tokens[i].text) }
        let first = isDash(index + 1) && isYear(index + 2) ? index : isDash(index - 1) && isYear(index - 2) ? index - 2 : nil
        guard let first else { return false }
        var lead = first - 1
        if lead >= 0, tokens[lead].lower == "the" { lead -= 1 }
        guard lead >= 0 else { return false }
        if tokens[lead].lower == "for" { return true }
        return tokens[lead].lower == "in" && (max(0, lead - 6)..<lead).reversed().prefix { tokens[$0].kind == .word }.contains { planNouns.contains(tokens[$0].lower) }
    }

    /// Nouns that name a plan for a span of years ("the Program for Bilateral Cooperation in 2022-2026").
    static let planNouns: Set<String> = ["programme", "program", "programmes", "programs", "plan", "plans", "strategy", "roadmap", "concept"]

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

    /// The time the present marks since the event the year at `index` dates: "As we mark one year since the earthquake that
    /// struck Turkiye in February 2023", "This week marks ten years since the floods of 2010", "It has been five years since
    /// the two states signed the accord in 2015". A count of years or decades, then "since" opens the clause that holds the
    /// year (no other year between), and the count follows a verb of the present: "mark(s)", "marking", "is", or "has/have
    /// been". Nil for the past ("it had been ten years since ... in 1992"), a future ("will mark 30 years since"), and a
    /// count that is no time passed ("the first time in two years since 2015" has no present verb before it).
    static func yearsSince(_ tokens: [Token], yearAt index: Int, sentence: Range<Int>) -> Int? {
        guard let since = (max(sentence.lowerBound, index - 16)..<index).last(where: { tokens[$0].lower == "since" }), since >= sentence.lowerBound + 3,
              !((since + 1)..<index).contains(where: { tokens[$0].kind == .number && tokens[$0].text.count == 4 || [";", ":"].contains(tokens[$0].text) }),
              !tokens[sentence].contains(where: { futureWords.contains($0.lower) }) else { return nil }
        let scale: Int
        switch tokens[since - 1].lower {
        case "year", "years": scale = 1
        case "decade", "decades": scale = 10
        default: return nil
        }
        let word = tokens[since - 2].lower
        guard let count = word == "a" ? 1 : tokens[since - 2].kind == .number ? Int(tokens[since - 2].text) : NumberWords.cardinalWords[word], count > 0, count < 100 else { return nil }
        var verb = since - 3
        if ["exactly", "nearly", "almost", "some", "full", "fully"].contains(tokens[verb].lower), verb > sentence.lowerBound { verb -= 1 }
        let present = ["mark", "marks", "marking", "is"].contains(tokens[verb].lower)
            || tokens[verb].lower == "been" && verb > sentence.lowerBound && ["has", "have"].contains(tokens[verb - 1].lower)
        return present ? count * scale : nil
    }

    /// How many years before the article an event the sentence dates relatively took place: "last year", "a year ago",
    /// "two years ago" count back by years; "last July" is the most recent July before the article's month (a year back
    /// when the article's month is not later). Nil when the sentence dates the event otherwise or not at all, or the relative
    /// date is in a clause "since" opens (it dates the period's start).
    static func relativeDistance(_ words: [String], articleMonth: Int?) -> Int? {
        // "Armenia became a member on Friday, as the treaty signed on October 10 last year entered into force": an event
        // dated to a weekday or to today is this week's; the relative date belongs to another event of the sentence.
        if words.contains(where: { ["today", "yesterday", "tonight"].contains($0) }) || zip(words, words.dropFirst()).contains(where: { $0 == "on" && DateWords.weekdays[$1] != nil }) {
            return nil
        }
        for index in words.indices {
            let word = words[index]
            // "Since the union started to function one year ago, it enlarged with the accession of A": the relative date is the
            // start of the period "since" opens, not the event the sentence reports.
            if word == "ago" || word == "last", words[..<index].reversed().prefix(while: { ![",", ";", ".", ":"].contains($0) }).contains("since") { return nil }
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

    /// How many months a dateline's day may follow the newest event the text dates by its month for that event to pick the
    /// year ("skipped the summit in November 2023" in February copy is 2024): an event nearly a year back ("In February 2023,
    /// the government announced plans" in January copy) fits the year after it and the one after that alike.
    static let maxMonthsAfterEvent = 10

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
            // A weekday written with its day and month falls in the year that puts that day nearest the dateline's (any of
            // them in the article's year when there is none).
            if clues.datedWeekdays.contains(where: { dated in
                let shift = clues.monthDay.map { dated.month - $0.month > 6 ? -1 : $0.month - dated.month > 6 ? 1 : 0 } ?? 0
                return DateWords.weekday(year: year + shift, month: dated.month, day: dated.day) != dated.weekday
            }) { return nil }
            guard let (month, day) = clues.monthDay else { return String(year) }
            guard DateWords.isValid(year: year, month: month, day: day) else { return nil }
            // The article's day is one of the weekdays the text narrates in the past tense (else the first weekday it names).
            if let weekday = clues.weekday, let actual = DateWords.weekday(year: year, month: month, day: day),
               !(clues.weekdays.isEmpty ? [weekday] : clues.weekdays).contains(where: { (actual - $0 + 7) % 7 <= lag }) { return nil }
            if let stated = clues.statedWeekday, DateWords.weekday(year: year, month: month, day: day) != stated { return nil }
            if clues.holidayWeekdays.contains(where: { DateWords.weekday(year: year, month: $0.month, day: $0.day) != $0.weekday }) { return nil }
            if clues.contradictsDatedMonths(year: year, month: month) { return nil }
            return DateWords.iso(year, month, day)
        }
        /// How many months the dateline's day in `year` lies after the newest month the text dates an event of `eventYear` to
        /// (0 when the text gives no such month).
        func monthsAfter(_ eventYear: Int, in year: Int) -> Int {
            guard let month = clues.monthDay?.month, let eventMonth = clues.pastMonths.filter({ $0.year == eventYear }).map(\.month).max() else { return 0 }
            return (year - eventYear) * 12 + month - eventMonth
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
        // Without a dateline's month and day, only an anchor dates the text, or a weekday written with its own day and
        // month ("revealed on Friday (14 April)") when a single year fits it and the office-holders.
        guard clues.monthDay != nil || !clues.datedWeekdays.isEmpty, lowest <= highest else { return nil }
        let fitting = (lowest...highest).filter(fits)
        if clues.monthDay == nil { return fitting.count == 1 ? fitting.first : nil }
        // Several weekdays narrated ("the fire on Sunday", "On Monday, the minister visited"): the date that makes them
        // the most recent days.
        let nearest = fitting.map(weekdaySpan).min()
        let candidates = fitting.filter { weekdaySpan($0) == nearest }
        // The fitting year nearest the newest year an event is dated (ties go to the later one), only where a narrated
        // weekday checked it against the dateline's day, or the event is dated to its month or day and falls in that year
        // or the one before ("skipped the summit in November 2023" in a February article), at most ten months before the
        // dateline's day (`maxMonthsAfterEvent`). A year far from every year
        // that fits ("signed on May 15, 1992" beside "won the 2020 election" or an office held since 2017) dates history,
        // not the article.
        // With a weekday, the newest event still picks only within a few years: one far before every year that fits ("the
        // organisation, created in 2001," beside a Thursday that fits 2019 and 2024) says nothing of which.
        if let newest = clues.eventYears.max(), let closest = candidates.min(by: { (abs($0 - newest), -$0) < (abs($1 - newest), -$1) }),
           (clues.weekday != nil || clues.statedWeekday != nil) && abs(closest - newest) <= maxWeekdayPickDistance
            || (0...1).contains(closest - newest) && clues.monthDatedYears.contains(newest) && monthsAfter(newest, in: closest) <= maxMonthsAfterEvent {
            return closest
        }
        // Otherwise trust only a single fitting year.
        return candidates.count == 1 ? candidates.first : nil
    }
}

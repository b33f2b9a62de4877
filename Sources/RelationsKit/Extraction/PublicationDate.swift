import Foundation

/// Finds an article's publication date, in order of trust:
/// a date field from the input, a date in the URL, the dateline ("MOSCOW, December 30. /TASS/.")
/// with its year taken from an explicit date near the top or inferred from weekday words
/// ("said on Saturday") and the years the text mentions, and finally an explicit full date in the
/// first lines, or a labelled stamp, an agency's credit, an outlet's publication line or a letter's place and date under its
/// signature anywhere ("Date\n2018.05.20 / 15:37", "(Xinhua News Agency August 13, 2008)", "Published in Dawn, June 25th,
/// 2022"), a line saying how current the page is ("Data as of June 1995"), an embedded post or a caption of the day the text
/// narrates. A date at the very top that disagrees with the dateline is a page's render date and is ignored; a source's
/// credit closing a short story yields to the page's own stamp at the head.
///
/// The parts live beside this file: `+Parsing` (dates as written), `+Lines` (where a page prints its date), `+Clues`
/// (what the text implies about the year, and `inferYear`) and `+Anchors` (years that what the text marks implies).
enum PublicationDate {
    /// What the text states outright: a full date, or only a dateline's month and day.
    struct Stated {
        var date: String?
        var monthDay: (month: Int, day: Int)?
        /// The month a digest's title names without its year ("Foreign Policy Chronicle: October"): the year is inferred.
        var month: Int?
        /// Whether `monthDay` only dates the event the text reports ("On 2 October, the presidents held talks"), not the time
        /// of writing: it helps infer the year, but the article gets the year alone (the annotation guide's published_on
        /// bullet "The day of the event the text reports is not the page's day").
        var eventDay = false
    }

    static func stated(article: Article, tokens: [Token]) -> Stated {
        if let text = article.dateText, let date = parse(text) { return Stated(date: date) }
        if let url = article.url, let date = fromURL(url) { return Stated(date: date) }
        // A page saved with its address on a line of its own near the top of the body: the same as the URL field.
        if let date = urlLine(article.body) { return Stated(date: date) }
        let head = headTokens(tokens, lines: 6)
        // A line that holds nothing but a date is the article's date line; a date inside a sentence, or opening one as its
        // subject ("January 14, 1992 marks the establishment of ..."), is history. The date
        // may also close the article, on its last lines ("... and Atlanta.\n\nAugust 18, 2009"), also after the place a letter
        // was written in ("Baku, 23 May 2022"); not in a column of stamps, a list of the site's other posts.
        let tail = tailTokens(tokens, lines: 2)
        let dateLines = fullDates(in: tokens, range: 0..<head).filter {
            isAlone(tokens, at: $0.start) || startsLine(tokens, at: $0.start) || startsLineAfterTime(tokens, at: $0.start) || isPublicationStamp(tokens, dateAt: $0.start)
                || isStampField(tokens, dateAt: $0.start) || isMastheadStamp(tokens, dateAt: $0.start) || isBylineStamp(tokens, dateAt: $0.start)
        }.filter { !isSentenceSubject(tokens, dateAt: $0.start, year: $0.year) }
            // A date and its time alone on a line of the header a scraped page runs above its first line of prose, past its
            // menus, rates and weather ("Main Page > News\n 9 October 2019, 12:34\n BAKU. KAZINFORM The decision ...").
            + fullDates(in: tokens, range: head..<max(head, firstProseLine(tokens, lines: 30) ?? head)).filter {
                isAlone(tokens, at: $0.start) && (startsLine(tokens, at: $0.start) || startsLineAfterTime(tokens, at: $0.start))
                    && !followsDateLine(tokens, at: $0.start)
            }
            // A stamp with its time may follow a rubric's name there ("Letters 2023-05-11 18:34:00").
            + fullDates(in: tokens, range: max(head, tail)..<tokens.count).filter {
                (isAlone(tokens, at: $0.start) && (startsLine(tokens, at: $0.start) || lineHasTime(tokens, at: $0.start)) || isPlaceDateLine(tokens, dateAt: $0.start))
                    && !followsDateLine(tokens, at: $0.start)
            }
            // A stamp under its label, an agency's credit in brackets, a line crediting the page to its outlet, or a letter's
            // place and date under its signature, anywhere in the body ("Date\n2018.05.20 / 15:37", "(Xinhua News Agency
            // August 13, 2008)", "Published in Dawn, June 25th, 2022", "Ilham Aliyev\nPresident of ...\nBaku, July 7, 2014");
            // on the last lines, the source's credit run on after the last sentence ("... humanism.///MFA Turkmenistan,
            // 8 February 2023"), also in a page short enough for its head to reach it.
            + fullDates(in: tokens, range: tokens.indices).filter {
                isLabelledStamp(tokens, dateAt: $0.start) || isCreditLine(tokens, dateAt: $0.start) || isPublishedInLine(tokens, dateAt: $0.start)
                    || isPlaceDateLine(tokens, dateAt: $0.start) && closesSignature(tokens, dateAt: $0.start)
                    || $0.start >= tail && isClosingCredit(tokens, dateAt: $0.start)
            }
            // "... on 25 January (epa) 25 January 2006 -- Uzbekistan today became ...": the lead's dated dash after a
            // caption's credit in the head.
            + fullDates(in: tokens, range: 0..<head).filter { followsCaptionCredit(tokens, dateAt: $0.start) }
        if let dateline = dateline(tokens) {
            if let year = dateline.year { return Stated(date: DateWords.iso(year, dateline.month, dateline.day)) }
            if let match = dateLines.first(where: { $0.month == dateline.month && $0.day == dateline.day }) {
                return Stated(date: DateWords.iso(match.year, match.month, match.day))
            }
            // "08:27, June 08, 2012" over "BEIJING, June 7 (Xinhua) --": the page's timed stamp the day after the dateline's,
            // as an agency posts its evening copy the next morning: the stamp is the page's date (not a render date, which
            // lies further off).
            if let stamp = dateLines.first(where: { stamp in
                // The dateline's day in the stamp's year, or on 31 December in the year before.
                stamp.start < head && lineHasTime(tokens, at: stamp.start) && [stamp.year, stamp.year - 1].contains { year in
                    DateWords.dayAfter(year: year, month: dateline.month, day: dateline.day).map { $0 == (stamp.year, stamp.month, stamp.day) } == true
                }
            }) {
                return Stated(date: DateWords.iso(stamp.year, stamp.month, stamp.day))
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
        // "Uzbekistan04/09/2007Tajik leader ...": a header's date glued to its neighbours in scraping.
        if let glued = gluedHeaderDate(article.body) { return Stated(date: DateWords.iso(glued.year, glued.month, glued.day)) }
        if let stamp = titleLineDate(title: article.title, body: article.body) { return Stated(date: DateWords.iso(stamp.year, stamp.month, stamp.day)) }
        // "Aliyev was in Russia earlier today (22 February)": the day the body calls today, its year inferred when not given.
        if let today = todayDate(tokens) {
            if let year = today.year { return Stated(date: DateWords.iso(year, today.month, today.day)) }
            return Stated(monthDay: (today.month, today.day))
        }
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
           !headlineAhead, !datesEventAhead(tokens, year: date.year, month: date.month, day: date.day),
           !narratesLater(tokens, year: date.year, month: date.month, day: date.day) {
            return Stated(date: DateWords.iso(date.year, date.month, date.day))
        }
        // "Foreign policy digest: November 2015": a month and a year in the title. Not a date the headline's news takes effect
        // or ends ("New partners to join from January 2025", "Visa regime extended until March 2026", "Armenia will chair the
        // CSTO in January 2026"): a month after a preposition of a time's start or end, or in a headline about the future,
        // dates an event, not an issue; nor the month of a full date ("Summit Communique, 23 May 2006, Kyiv"), which the rule
        // above has weighed.
        for (index, token) in titleTokens.enumerated() where index + 1 < titleTokens.count {
            if headlineAhead || index > 0 && (boundaryPrepositions.contains(titleTokens[index - 1].lower) || titleTokens[index - 1].kind == .number) { continue }
            if let month = DateWords.month(token), titleTokens[index + 1].kind == .number, titleTokens[index + 1].text.count == 4, let year = Int(titleTokens[index + 1].text) {
                return Stated(date: DateWords.iso(year, month, nil))
            }
        }
        // "Eurasianet monthly digest | December 2011": a month and its year, no day, as the last field of a header line (or
        // alone on it) dates a monthly issue.
        if let issue = monthYearLine(tokens, limit: headTokens(tokens, lines: 3)) { return Stated(date: DateWords.iso(issue.year, issue.month, nil)) }
        // "Data as of June 1995": a line that says how current the page is, anywhere in it.
        if let current = asOfLine(tokens) { return Stated(date: DateWords.iso(current.year, current.month, current.day)) }
        // "... in Riga on Tuesday" over an embedded post signed "— A (@a) March 2, 2021": the post's day, narrated.
        if let post = embeddedPostDate(tokens) { return Stated(date: DateWords.iso(post.year, post.month, post.day)) }
        // "The presidents ... at the summit in Kiev May 23, 2006" over "A on Tuesday meets the leaders of ...": the day a
        // caption pictures, narrated.
        if let caption = captionDate(tokens) { return Stated(date: DateWords.iso(caption.year, caption.month, caption.day)) }
        // The day of the event the text reports gives the year only (the annotation guide: "The day of the event the text
        // reports is not the page's day"; a report often appears a day or more after the event).
        // "“On September 14, 2022, ... the ceremony was held,” the ministry said on Wednesday": the year of the day the text
        // writes on the weekday it narrates its news.
        // Unless the head prints that day in full on a line with its clock time, a stamp no rule above reads ("Fri Jan 9, 2009
        // 3:41pm EST", "Source: B92, Tanjug Wednesday, February 13, 2019 | 11:44"): the page's own date.
        if let day = narratedWeekdayDay(tokens, weekdays: narratedWeekdays(tokens), year: nil) {
            let stamped = fullDates(in: tokens, range: 0..<head).contains {
                ($0.year, $0.month, $0.day) == (day.year, day.month, day.day) && lineHasTime(tokens, at: $0.start)
            }
            return Stated(date: stamped ? DateWords.iso(day.year, day.month, day.day) : String(day.year))
        }
        // "On September 28, 2016 the secretary met ...": the lead's year, when nothing in the text is later.
        if let lead = leadFullDate(tokens) { return Stated(date: String(lead.year)) }
        // "On 2 October, the presidents held talks in Ashgabat": the lead's day and month still weigh the clues to the year.
        if let lead = leadMonthDay(tokens) { return Stated(monthDay: lead, eventDay: true) }
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

    /// Whether the body narrates an event dated after this full date, not in a clause about the future ("On December 2, 1994,
    /// the president made a statement" under a title that closes with "(Ashgabat, December 24, 1993)"): the title's date is
    /// then an earlier document's or event's, not the page's.
    static func narratesLater(_ tokens: [Token], year: Int, month: Int, day: Int?) -> Bool {
        let sentences = SentenceSplitter.sentences(tokens)
        return fullDates(in: tokens, range: tokens.indices).contains { date in
            guard (date.year, date.month, date.day) > (year, month, day ?? 31), let sentence = sentences.first(where: { $0.contains(date.start) }) else { return false }
            return !(sentence.lowerBound..<date.start).contains { futureWords.contains(tokens[$0].lower) || isObligation(tokens, at: $0) }
        }
    }

    /// Prepositions that make a month the start or the end of a span ("from January 2025", "until March 2026", "starting
    /// January 2025"): the date an event takes effect or ends, not one a page is issued for.
    static let boundaryPrepositions: Set<String> = ["from", "since", "until", "till", "by", "before", "after", "starting", "effective", "through"]

    /// Units of a stretch of time that date an event from another one the text told before ("two years later", "a decade
    /// earlier", "months after"); not days or weeks, which news counts from its own day ("the day before he signed").
    static let spanUnits: Set<String> = ["year", "years", "month", "months", "decade", "decades"]

    /// Words of a page's stamp before its date ("Printed: 14.02.2026", "Page generated 15.01.2026 08:41", "Accessed 3 March 2025").
    static let stampWords: Set<String> = ["printed", "generated", "accessed", "retrieved", "saved", "downloaded", "rendered"]

    /// This year: no article is published after it.
    static let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    static let futureWords: Set<String> = ["will", "would", "next", "upcoming", "plans", "plan", "shall", "'ll", "expected", "forthcoming",
                                           "intends", "intend", "intention", "aims", "planned", "planning",
                                           "prepares", "preparing"]
    /// A verb in the past tense, as far as a word shows it: "announced", "believed", and the irregular verbs of saying and
    /// thinking ("said", "thought").
    /// Irregular past forms a lead reports its news with ("On June 16, 2004, the presidents met ...", "held talks", "sent"),
    /// beside the regular ones `isPastVerb` reads.
    static let irregularPasts: Set<String> = ["met", "held", "sent", "took", "gave", "made", "spoke", "began", "became", "won", "paid", "led", "flew", "came", "went"]

    static func isPastVerb(_ token: Token) -> Bool {
        token.kind == .word && token.isLowercase && (token.lower.count > 4 && token.lower.hasSuffix("ed") || ["said", "told", "thought", "knew", "felt", "wrote"].contains(token.lower))
    }

    /// A modal of obligation or a schedule at token `index`: "should be closed", "must", "is to start", "are due to expire",
    /// "is scheduled for", "are set to join". What it governs lies ahead of the article, like the future tense; "should have" is not.
    static func isObligation(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens[index].lower
        let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
        if word == "should" || word == "must" { return next != "have" }
        guard ["is", "are", "'s"].contains(word) else { return false }
        if next == "to" { return true }
        return ["due", "scheduled", "set"].contains(next) && index + 2 < tokens.count && ["to", "for"].contains(tokens[index + 2].lower)
    }
}

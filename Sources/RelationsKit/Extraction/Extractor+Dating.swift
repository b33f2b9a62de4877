import Foundation

/// Dating an article whose text does not state its date, part of `Extractor`: a first pass over the undated document
/// collects the clues `PublicationDate` weighs (years mentioned and their tense, weekdays, office-holders) and the anchors
/// only the reference can give (the year an anniversary marks, the reference's date of a membership event or a treaty's
/// signing reported as news, of a joining or leaving scheduled to a month); `inferredDate` turns them into the most precise
/// date they support.
extension Extractor {
    /// What the anniversaries a text marks now say beyond their year.
    struct MarkedDate {
        /// "This month, the two countries celebrate the 30th anniversary of relations": the year marked and the month the
        /// reference dates what is marked.
        var month: (year: Int, month: Int)?
        /// "Today marks 25 years since the establishment of diplomatic relations ... dated December 27, 1991": the day the
        /// text and the reference date it.
        var day: String?
    }

    /// The date of an article that states none (`stated` holds what its head gives: a day and month, a month), as precise as
    /// the clues of `undated` (the article read without a date) support; nil when they fix no year.
    func inferredDate(of article: Article, undated: Document, stated: PublicationDate.Stated) -> String? {
        let tokens = undated.tokens
        var clues = PublicationDate.clues(tokens: tokens, monthDay: stated.monthDay, events: reference.historicalEvents)
        // Anchors: what the text marks now (not "will celebrate in 2022"), and events it does not date itself.
        let body = Array(article.body.unicodeScalars)
        func sentenceTokens(_ start: Int, _ end: Int) -> [Token] {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: body[start..<end])
            return Tokenizer.tokenize(MatchText(String(view)).scalars)
        }
        func words(_ start: Int, _ end: Int) -> [String] { sentenceTokens(start, end).map { $0.lower } }
        // Whether the sentence before the one at body offset `start`, in its paragraph, is about the next year: "The coming
        // year is noteworthy.", "Next year will be special."
        func opensAboutNextYear(before start: Int) -> Bool {
            guard let at = undated.sentences.firstIndex(where: { undated.bodySpan($0.lowerBound, $0.upperBound).start == start }), at > 0,
                  tokens[undated.sentences[at].lowerBound].newlinesBefore == 0 else { return false }
            return PublicationDate.opensWithNextYear(tokens[undated.sentences[at - 1]].map(\.lower))
        }
        var marked = MarkedDate()
        let anniversaryRules = AnniversaryRules(document: undated, reference: reference)
        clues.anchorYears += anniversaryRules.extract().compactMap { anniversary in
            let sentence = words(anniversary.start, anniversary.end)
            if zip(sentence, sentence.dropFirst()).contains(where: { $0 == "this" && $1 == "month" }), let base = reference.baseDate(of: anniversary),
               let (year, month, _) = DateWords.parts(of: base), let month {
                marked.month = (year + anniversary.ordinal, month)
            }
            if let base = reference.baseDate(of: anniversary), let day = PublicationDate.markedToday(sentence, base: base, ordinal: anniversary.ordinal, text: tokens) {
                marked.day = day
            }
            // A future anniversary dated to a month after the dateline's, with no "next year" ("the 30th anniversary of
            // relations, which will be marked on April 4" in a February article), falls in the article's year.
            // So does one the reference dates to a day in the month after the dateline's ("DUSHANBE, September 8" over "the
            // upcoming 34th anniversary of independence", proclaimed on September 9): days ahead, within the article's year. A
            // day further off may be next year's ("MOSCOW, July 20 ... will celebrate the 30th anniversary" of relations of
            // October 22) and dates nothing.
            let baseSoon = reference.baseDate(of: anniversary).flatMap(DateWords.parts(of:)).map { base in
                guard let dateline = stated.monthDay, let month = base.month, let day = base.day else { return false }
                let ahead = (month - dateline.month) * 31 + day - dateline.day
                return ahead > 0 && ahead <= 31 && !PublicationDate.namesNextYear(sentence)
            } ?? false
            let laterThisYear = baseSoon || PublicationDate.isLaterThisYear(sentenceTokens(anniversary.start, anniversary.end)[...], monthDay: stated.monthDay)
            // "In April 1999 Uzbekistan joined the group in Washington, where NATO was celebrating its 50th anniversary": an
            // anniversary its sentence dates by the year marked is history, which that year bounds like any other.
            // Not when the sentence narrates the present ("an information campaign dedicated to the 30th anniversary ... from May 1
            // to May 30, 2022 is taking place"): that year is now.
            // Unless that sentence is the lead, which dates its news by a month of the year marked, and nothing in the text is
            // later ("On 5 March 2019, on the occasion of the 25th anniversary of relations, the ministers exchanged messages",
            // "sent a message on the country's 28th Independence Anniversary on September 1st, 2019"): the news is the
            // anniversary's, in the year it marks. A year alone ("In 2017, A and B celebrated the 25th anniversary") recalls.
            if let marked = reference.baseYear(of: anniversary).map({ $0 + anniversary.ordinal }), sentence.contains(String(marked)),
               !PublicationDate.narratesPresent(sentence) {
                let isLead = undated.sentences.first.map { undated.bodySpan($0.lowerBound, $0.upperBound).start == anniversary.start } ?? false
                let text = sentenceTokens(anniversary.start, anniversary.end)
                let monthDated = text.indices.contains { at in
                    text[at].text == String(marked) && text[max(0, at - 3)..<at].contains { DateWords.month($0) != nil }
                }
                return isLead && monthDated && !sentence.contains(where: PublicationDate.futureWords.contains) && !PublicationDate.mentionsYearAfter(tokens, marked) ? marked : nil
            }
            // "Last year marked the 30th anniversary of diplomatic relations", "last December we celebrated ...": the year marked
            // plus the distance back (not "N years ago", which in an anniversary's sentence is the anniversary's own count).
            if sentence.contains("last"), let distance = PublicationDate.relativeDistance(sentence, articleMonth: stated.monthDay?.month) {
                return reference.baseYear(of: anniversary).map { $0 + anniversary.ordinal + distance }
            }
            // "Next year we will celebrate the 25th anniversary of the Treaty", "in the coming year", also after a sentence of the
            // same paragraph about that year ("The coming year is noteworthy. Our countries will celebrate ..."): the year
            // before the one marked.
            if PublicationDate.namesNextYear(sentence) || PublicationDate.futureWords.contains(where: sentence.contains) && opensAboutNextYear(before: anniversary.start) {
                return reference.baseYear(of: anniversary).map { $0 + anniversary.ordinal - 1 }
            }
            // "Events will be held on the occasion of the 25th anniversary of relations": the future is the events', held in
            // the year of the anniversary they are for, with no "next year".
            let occasion = PublicationDate.isOccasion(sentence)
            return sentence.contains(where: PublicationDate.futureWords.contains) && !laterThisYear && !occasion ? nil
                : reference.baseYear(of: anniversary).map { $0 + anniversary.ordinal }
        }
        let events = MembershipRules(document: undated, reference: reference).extract()
        clues.anchorYears += events.compactMap { event in
            let sentence = words(event.start, event.end)
            if sentence.contains(where: { $0.count == 4 && Int($0) != nil }) { return nil }
            // A step before the joining ("has ratified the treaty on Armenia's accession", "signed the accession agreement")
            // took place on a day of its own, not on the reference's date of the joining; unless the sentence reports the
            // joining itself ("became a full member as the heads of state signed the protocol on its accession").
            if event.action == "joined", sentence.contains(where: { ["signed", "signs", "sign", "ratified", "ratifies", "ratify", "initialled", "initialed"].contains($0) }),
               sentence.contains(where: PublicationDate.documentNouns.contains),
               !sentence.contains(where: { ["became", "becomes", "joined", "joins", "admitted", "entered", "acceded"].contains($0) }) { return nil }
            // An event narrated for a weekday ("was admitted on Friday") two days or more from the reference's date is not the
            // one the reference dates (a day apart is the same event, reported across a time zone or the day after).
            let weekdaysNamed = DateWords.weekdaysAfterOn(sentence)
            if !weekdaysNamed.isEmpty, let actual = reference.date(of: event).flatMap(DateWords.weekday(of:)),
               !weekdaysNamed.contains(where: { [0, 1, 6].contains(($0 - actual + 7) % 7) }) { return nil }
            // "announced on June 13 that Uzbekistan pulls out", "signed memorandums on its joining on June 24": a day of the
            // sentence's own that the reference's date rules out is another event's (an announcement, a step).
            if PublicationDate.datesAnotherDay(sentenceTokens(event.start, event.end), reference: reference.date(of: event), dateline: stated.monthDay) { return nil }
            // "The meeting comes six months after Uzbekistan suspended its membership", "It has been a year since Iran joined":
            // the news counted forward from the event, on the reference's date of the event plus the span.
            if let span = PublicationDate.newsSpanAfterEvent(sentence) {
                if let date = reference.date(of: event) { return PublicationDate.year(of: date, plus: span) }
                return span.days == 0 && span.months % 12 == 0 ? referenceYear(of: event, words: sentence).map { $0 + span.months / 12 } : nil
            }
            // "Last July, Belarus became a full member", "Iran joined a year ago": the reference year plus the distance.
            if let distance = PublicationDate.relativeDistance(sentence, articleMonth: stated.monthDay?.month) { return referenceYear(of: event, words: sentence).map { $0 + distance } }
            // "..., a year after Iran was admitted": dated from another event, not from the article. "On that day ... became
            // founding members", "the same year": dated by a day or year the text named before.
            // "The leaders met in Astana on 8-9 June 2017. At the meeting, the status of a full member was granted to India": an
            // occasion the sentence before dates by its year.
            let opensOnAnOccasionBefore = sentence.count > 2 && ["at", "during"].contains(sentence[0]) && sentence[1] == "the"
                && ["meeting", "summit", "session", "talks", "ceremony", "forum", "conference"].contains(sentence[2])
                && undated.sentences.firstIndex(where: { undated.bodySpan($0.lowerBound, $0.upperBound).start == event.start }).map { at in
                    at > 0 && tokens[undated.sentences[at - 1]].contains { $0.kind == .number && $0.text.count == 4 && Int($0.text).map { (1900...2100).contains($0) } == true }
                } == true
            // "Uzbekistan joined two years later", "suspended its membership seven years later", "were joined by A and B the
            // following year", "a decade earlier", "later that year": dated from an event the text told before.
            // "Armenia earlier froze its participation", "had previously suspended": the background of the news, told before it.
            let dated = sentence.contains("ago") || sentence.contains("last") || opensOnAnOccasionBefore || PublicationDate.toldAsBackground(sentence)
                || zip(sentence, sentence.dropFirst()).contains { pair in
                PublicationDate.spanUnits.contains(pair.0) && ["after", "before", "later", "earlier"].contains(pair.1)
                    || ["that", "same", "following"].contains(pair.0) && ["day", "year", "month"].contains(pair.1)
            }
            return dated ? nil : referenceYear(of: event, words: sentence)
        }
        clues.anchorYears += undated.sentences.compactMap { scheduledStepYear(in: $0, of: undated, dateline: stated.monthDay) }
        clues.anchorYears += signingsReported(in: undated, names: anniversaryRules)
        clues.anchorYears += foundingsReported(in: undated)
        // A plan named by its month alone ("to become members in June") and by that month and year ("the summit in June 2017").
        let title = Tokenizer.tokenize(MatchText(article.title ?? "").scalars)
        if let year = PublicationDate.comingMonthYear(tokens, sentences: undated.sentences, title: title, monthDay: stated.monthDay,
                                                      futureMonths: clues.futureMonths) {
            clues.anchorYears.append(year)
        }
        // An office held "then" ("Nursultan Nazarbayev, then President of Kazakhstan") dates history, not the article; so does
        // one the text dates to another time or ends by a death (see `isOfficeOfTheDay`).
        clues.officeTerms = LeaderRules(document: undated, reference: reference).extract().filter { leader in
            !words(leader.start, leader.end).contains("then") && isOfficeOfTheDay(leader, in: undated)
        }.compactMap { leader in
            let role = reference.roleForOffice[leader.office]
            var terms = reference.terms(of: leader.name, on: nil).filter { $0.country == leader.country && (role == nil || $0.role == role) }
            // The terms under the title the text gives, when the reference has any: "Heydar Aliyev, chairman of Azerbaijan's
            // Supreme Soviet" is not yet the president, "President Heydar Aliyev" no longer the chairman.
            if case let titled = terms.filter({ $0.office.localizedCaseInsensitiveContains(leader.office) }), !titled.isEmpty { terms = titled }
            // An office the reference keeps no terms of ("Defence Minister Serzh Sargsyan"): his other offices say nothing
            // of when he held this one.
            else if role == nil { return nil }
            // An office just won ("on his election as President"): the reference dates the term from the inauguration,
            // which news of the election precedes by weeks.
            let won = isOfficeJustWon(leader, in: undated)
            return terms.isEmpty ? nil : terms.map { (from: won ? $0.from.map { Self.monthsBefore($0, Self.electionLead) } : $0.from, to: $0.to) }
        }
        let inferred = PublicationDate.inferYear(clues)
        // No dateline's day: an event the text reports for a weekday ("Belarus on Thursday became the tenth member"), or the
        // lead dates in full ("The treaty ... entered into force on August 12, 2015"), on the day the reference dates it
        // dates the article's year: the day of the event reported is not the page's (the annotation guide's published_on
        // bullet), and neither is a day the lead reports its news on, below.
        let lead = undated.sentences.first.map { undated.bodySpan($0.lowerBound, $0.upperBound).start }
        // Not a day that an event the text dates by month rules out ("Armenia on Friday put its signature to the treaty on its
        // accession" in copy that says the union "will be launched on January 1, 2015": the Friday is the signing's, in 2014,
        // not the reference's day of the joining in 2015).
        if stated.monthDay == nil, stated.month == nil, let day = events.lazy.compactMap({ event in
            PublicationDate.reportedDay(self.reference.date(of: event), sentence: sentenceTokens(event.start, event.end), lead: event.start == lead, year: inferred)
        }).first(where: { day in
            guard let (year, month, date) = DateWords.parts(of: day), let month else { return true }
            return !clues.contradictsDatedMonths(year: year, month: month, day: date)
        }), let year = DateWords.year(of: day) {
            return String(year)
        }
        guard let year = inferred else { return nil }
        if stated.monthDay == nil, stated.month == nil, let day = marked.day, DateWords.year(of: day) == year { return day }
        // The day of the event the text reports ("... at the session in Moscow on 15 May", "On 2 October, the presidents held
        // talks", "Putin said Friday" over "the summit held on July 10") gives the year alone.
        if stated.eventDay { return String(year) }
        let month = stated.monthDay?.month ?? stated.month ?? marked.month.flatMap { $0.year == year ? $0.month : nil }
        return DateWords.iso(year, month, stated.monthDay?.day)
    }

    /// The year the reference dates a membership event in: its column's date for a joining, a leaving, a suspension or an
    /// observer status; for a step towards one, which the tables date only in the prose of their `note` column
    /// (`noteStepYear`), the year the note gives the step the sentence `words` names. The annotation guide reads both as
    /// clues to the year.
    func referenceYear(of event: ArticleFacts.Membership, words: [String]) -> Int? {
        reference.year(of: event) ?? noteStepYear(of: event, words: words)
    }

    /// Kinds of step towards leaving or joining that the reference's notes date: the word stems the text names each with,
    /// and those the note writes it with.
    static let noteSteps: [(action: String, text: [String], note: [String])] = [
        ("plans_to_leave", ["notif", "notice", "inform"], ["notif"]),
        ("plans_to_leave", ["announc"], ["announc"]),
        ("plans_to_join", ["appl", "request"], ["appli", "request"]),
    ]

    /// The year a reference note dates the step the text reports in (a notice of withdrawal: "notified withdrawal
    /// 2008-08-18", "notified withdrawal by letter of 2005-05-03"; an announcement: "Announced a pull-out in June 2002"; an
    /// application: "applied October 2005", "(applied 2004)", "requested in August 2024"): the step's kind is the one a word
    /// of the sentence names ("has informed the CIS that it is pulling out", "received Georgia's notice", "signed the
    /// application"), and the year stands at most eight tokens after the note's word for it, within its sentence of the note.
    /// Nil for any other action, for a step the sentence names in other words ("granted candidate status" is no application),
    /// or when the note dates such steps in several years.
    func noteStepYear(of event: ArticleFacts.Membership, words: [String]) -> Int? {
        let steps = Self.noteSteps.filter { step in
            step.action == event.action && words.contains { word in step.text.contains(where: word.hasPrefix) }
        }
        guard !steps.isEmpty else { return nil }
        let notes = reference.data.memberships.filter { $0.organisation == event.org && $0.country == event.country }.compactMap(\.note)
        var years: Set<Int> = []
        for note in notes {
            let tokens = Tokenizer.tokenize(MatchText(note).scalars)
            for (index, token) in tokens.enumerated() where token.kind == .word && steps.contains(where: { $0.note.contains(where: token.lower.hasPrefix) }) {
                let window = tokens[(index + 1)..<min(tokens.count, index + 9)].prefix { ![".", ";"].contains($0.text) }
                if let year = window.first(where: { $0.kind == .number && $0.text.count == 4 }).flatMap({ Int($0.text) }), (1985...2100).contains(year) {
                    years.insert(year)
                }
            }
        }
        return years.count == 1 ? years.first : nil
    }

    /// "Belarus will become a full member of the SCO at the summit in July", "Georgia is to leave the CIS on August 18",
    /// "membership is expected to be formalized in Astana on July 4": a joining or a leaving still ahead that the sentence
    /// dates to a month (and day) without its year, of a country and an organisation the sentence names, falls in the year the
    /// reference dates that step to that month (and day, a day apart allowed); the article is of that year, or of the year
    /// before when its dateline's month is later than the step's. A month the reference does not give the step (a date
    /// planned and then missed: "will join on May 1" for a joining of August) dates nothing, and neither does a sentence with a
    /// year of its own or "next year".
    func scheduledStepYear(in sentence: Range<Int>, of document: Document, dateline: (month: Int, day: Int)?) -> Int? {
        let tokens = document.tokens
        let words = tokens[sentence].map(\.lower)
        guard !tokens[sentence].contains(where: { $0.kind == .number && $0.text.count == 4 }),
              !zip(words, words.dropFirst()).contains(where: { ["next", "last", "previous"].contains($0) && $1 == "year" }),
              words.contains(where: PublicationDate.futureWords.contains) || sentence.contains(where: { PublicationDate.isObligation(tokens, at: $0) })
        else { return nil }
        // The step itself, not membership as a topic ("will reopen the debate over Georgia's membership in the CIS on
        // December 8"): a verb or noun of joining, "become a member", or a membership formalised or granted; nothing weighed.
        guard !words.contains(where: MembershipRules.weighing.contains) else { return nil }
        let joining = words.contains(where: Self.joiningWords.contains)
            || words.contains(where: { ["member", "members"].contains($0) }) && words.contains(where: { ["become", "becomes", "becoming"].contains($0) })
            || words.contains("membership") && words.contains(where: Self.completingWords.contains)
        let leaving = words.contains(where: Self.leavingWords.contains)
        guard joining != leaving else { return nil }
        // The month named as a date ("in July", "on July 4", "4 July"), not the modal "may".
        var named: (month: Int, day: Int?)?
        for index in sentence where index > sentence.lowerBound && tokens[index].isCapitalized {
            guard let month = DateWords.month(tokens[index]) else { continue }
            func day(_ at: Int) -> Int? {
                guard sentence.contains(at), tokens[at].kind == .number, tokens[at].text.count <= 2, let day = Int(tokens[at].text), (1...31).contains(day) else { return nil }
                return day
            }
            let day = day(index + 1) ?? day(index - 1)
            guard day != nil || ["in", "on", "by", "from", "until", "this", "next"].contains(tokens[index - 1].lower) else { continue }
            // "Ukraine will quit the treaties, the president said ... on May 20": a day a verb of saying after the step reports
            // is the report's, not the step's.
            let ahead = (sentence.lowerBound..<index).last { PublicationDate.futureWords.contains(tokens[$0].lower) || PublicationDate.isObligation(tokens, at: $0) }
            guard let ahead, !(ahead..<index).contains(where: { Self.sayingVerbs.contains(tokens[$0].lower) }) else { continue }
            if named != nil { return nil }
            named = (month, day)
        }
        guard let named else { return nil }
        let spans = document.spans.filter { sentence.contains($0.start) }
        let countries = Set(spans.compactMap(\.entity.country))
        let organisations = Set(spans.compactMap { span -> String? in if case let .organisation(code) = span.entity { return code } else { return nil } })
        let years = Set(reference.data.memberships.compactMap { row -> Int? in
            guard organisations.contains(row.organisation), countries.contains(row.country), row.role == "member" || leaving,
                  let date = leaving ? row.left : row.joined, let (year, month, day) = DateWords.parts(of: date), month == named.month,
                  day.flatMap { day in named.day.map { abs($0 - day) > 1 } } != true else { return nil }
            return dateline.map { $0.month > named.month } == true ? year - 1 : year
        })
        return years.count == 1 ? years.first : nil
    }

    /// Words of joining an organisation, and of leaving one, that tell which step a scheduled sentence reports: the forms and
    /// nouns of the membership rules' own verbs (`MembershipRules.lexicon`), and "admitted".
    static let joiningWords = MembershipRules.forms(of: ["join", "accede"]).union(["admitted"])
    static let leavingWords = MembershipRules.forms(of: ["leave", "withdraw", "quit", "exit"])
    /// Verbs of saying in the past, which date a report.
    static let sayingVerbs: Set<String> = ["said", "told", "announced", "stated", "noted", "added", "reported", "declared", "confirmed",
                                           "explained", "stressed", "speaking", "wrote"]
    /// Words that complete a membership ("membership is expected to be formalised", "will be granted membership").
    static let completingWords: Set<String> = ["formalized", "formalised", "formalize", "formalise", "registration", "registered", "granted",
                                               "finalized", "finalised", "completed", "complete"]

    /// The first and last tokens of a leader's phrase, by binary search on their body offsets; nil when they lie past the
    /// tokens.
    func tokenRange(of leader: ArticleFacts.Leader, in document: Document) -> (first: Int, last: Int)? {
        let tokens = document.tokens
        func tokenIndex(endingAfter offset: Int) -> Int {
            var low = 0, high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if document.bodySpan(middle, middle + 1).end <= offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let first = tokenIndex(endingAfter: leader.start), last = tokenIndex(endingAfter: leader.end - 1)
        return first < tokens.count && last < tokens.count ? (first, last) : nil
    }

    /// How many months before a term's first day the news of the election that won it may come out: the reference dates a
    /// term from the inauguration, which follows a presidential election by weeks (Mongolia, Turkmenistan) or months.
    static let electionLead = 3

    /// Whether the text names a leader's office as one just won, not yet or only just taken up: an election, an
    /// inauguration or an oath to it within six tokens before the office or the name, or in the phrase itself ("congratulated
    /// A on his election as President of B", "on being elected Prime Minister", "President-elect A", "on his inauguration as
    /// B's new president", "sworn in as president", "on winning B's presidential election", "on his victory in the
    /// election"). Not an election the office's holder calls or holds ("President A, who called the election") nor one the
    /// sentence dates elsewhere: the window stops at the sentence's start and at a comma.
    func isOfficeJustWon(_ leader: ArticleFacts.Leader, in document: Document) -> Bool {
        guard let (first, last) = tokenRange(of: leader, in: document) else { return false }
        let sentence = document.sentence(containing: first)
        let opening = (max(sentence.lowerBound, first - 6)..<first).reversed().prefix { document.tokens[$0].text != "," }.reversed()
        let window = Array(opening) + Array(first...last)
        let words = window.map { document.tokens[$0].lower }
        return window.indices.contains { at in
            let word = words[at], next = at + 1 < words.count ? words[at + 1] : ""
            return ["elected", "inaugurated", "sworn"].contains(word)
                || word == "elect" && at > 0 && words[at - 1] == "-"
                || ["election", "inauguration"].contains(word) && next == "as"
                || ["winning", "won", "victory"].contains(word) && words[(at + 1)...].prefix(4).contains("election")
        }
    }

    /// The ISO date `months` months before a date given to the month or the day ("2022-03-19" → "2021-12-19"); a year alone
    /// stays as it is.
    static func monthsBefore(_ iso: String, _ months: Int) -> String {
        guard let (year, month, day) = DateWords.parts(of: iso), let month else { return iso }
        let count = year * 12 + month - 1 - months
        return DateWords.iso(count / 12, count % 12 + 1, day)
    }

    /// Whether a leader's office is the one held on the article's day, as far as the sentence shows: not in a sentence the
    /// text dates to another time by a month or a relative time opening it ("In May, Prime Minister X sent ...", "Last year,
    /// ...", "Earlier this month, ..."), nor of a person whose death it reports ("the death of President X", "the late
    /// President X", "President X, who died on ..."), nor one the title says was held before ("former President X").
    func isOfficeOfTheDay(_ leader: ArticleFacts.Leader, in document: Document) -> Bool {
        let tokens = document.tokens
        guard let (first, last) = tokenRange(of: leader, in: document) else { return true }
        let sentence = document.sentence(containing: first)
        let opening = tokens[sentence].prefix(2).map(\.lower)
        if opening.count == 2, ["in", "last", "earlier"].contains(opening[0]), DateWords.months[opening[1]] != nil || ["year", "month", "week", "this"].contains(opening[1]) {
            return false
        }
        let before = tokens[max(sentence.lowerBound, first - 2)..<first].map(\.lower)
        if before.last == "late" || before.count == 2 && ["death", "funeral", "passing", "memory"].contains(before[0]) && before[1] == "of" { return false }
        // An office the title says was held before: "former President X", "ex-President X", "X, the country's former
        // president,".
        let held = tokens[max(sentence.lowerBound, first - 2)...last].map(\.lower)
        // The apposition after a comma, up to the next comma.
        var apposition: [String] = []
        if last + 1 < sentence.upperBound, tokens[last + 1].text == "," {
            for index in (last + 2)..<max(last + 2, min(sentence.upperBound, last + 7)) {
                if tokens[index].text == "," { break }
                apposition.append(tokens[index].lower)
            }
        }
        // "X, the country's former president,": the apposition's "former" is the person's only before an office's noun, not
        // before a state's ("Arnold Ruutel, President of Estonia, another former Soviet republic, said").
        let formerOffice = apposition.indices.contains { at in
            apposition[at] == "former" && apposition[(at + 1)...].prefix(2).contains(where: PublicationDate.officeNouns.contains)
        }
        if held.contains("former") || held.contains("ex") || formerOffice { return false }
        // "the first President of Kazakhstan X": a title of the office's first holder, held or not on the day.
        if zip(held, held.dropFirst()).contains(where: { $0 == "first" && ["president", "presidents"].contains($1) }) { return false }
        // "the declaration signed in 2000 by Presidents A and B": the agents of an act a participle dates by its year held
        // their offices then (not "the law adopted in 2020 was signed by President X", where the year is another act's).
        if let by = (max(sentence.lowerBound, first - 12)..<first).last(where: { tokens[$0].lower == "by" }),
           !tokens[(by + 1)..<first].contains(where: { [".", ";", ":", "("].contains($0.text) || PublicationDate.isPastVerb($0) }),
           let year = (max(sentence.lowerBound, by - 6)..<by).last(where: { tokens[$0].kind == .number && tokens[$0].text.count == 4 }),
           !tokens[year..<by].contains(where: { ["was", "were", "is", "are", "has", "have", "had", "been"].contains($0.lower) }) { return false }
        // A leader's phrase may run over a sentence break ("Chairman of the Council.\nName"): what follows is read in the
        // sentence where it ends.
        let closing = document.sentence(containing: last)
        let after = tokens[(last + 1)..<max(last + 1, min(closing.upperBound, last + 5))].map(\.lower)
        return !after.contains("died") && !zip(after, after.dropFirst()).contains { $0 == "passed" && $1 == "away" }
    }

    /// Whether the verb at token `verb` is dated to the article's day by a word of its own clause, wherever the clause puts
    /// it ("today signed", "signed on Monday", "signed the Agreement on the Eurasian Economic Union in Astana today", "Today,
    /// the presidents signed", "to be launched during the ongoing summit"), not another verb's ("today discussed the treaty
    /// signed by their predecessors": a past verb between).
    func isToday(verb: Int, in sentence: Range<Int>, of document: Document, parties: Parties) -> Bool {
        let clause = parties.clause(of: verb, in: sentence)
        return sentence.contains { day in
            let word = document.word(day)
            let now = word == "today" || DateWords.weekdays[word] != nil && document.word(day - 1) == "on"
                || ["ongoing", "current"].contains(word) && Self.occasionNouns.contains(document.word(day + 1))
            return now && clause.contains(day) && !(min(day, verb) + 1..<max(day, verb)).contains { at in
                PublicationDate.isPastVerb(document.tokens[at]) && at != verb
            }
        }
    }

    /// Nouns of a meeting that "ongoing" or "current" places now ("during the ongoing summit").
    static let occasionNouns: Set<String> = ["summit", "session", "meeting", "forum", "conference"]

    /// The years of the organisations the text reports founded as news: "the presidents today founded the Eurasian Economic
    /// Community", "the Shanghai Cooperation Organization (SCO), which is expected to be launched during the ongoing summit",
    /// "the CSTO was established in Chisinau on Friday" (the reference's founding year, when the sentence names one
    /// organisation, the founding verb's object or its passive's subject). Not a founding dated otherwise ("founded in 2001",
    /// "ten years ago"), recalled ("since its founding"), marked or ahead of the day ("will be launched next year"); not
    /// what the organisation itself launches ("the SCO launched a programme today").
    func foundingsReported(in document: Document) -> [Int] {
        let parties = Parties(document: document, reference: reference)
        let dated: Set<String> = ["ago", "last", "since", "anniversary", "anniversaries", "then", "next", "later", "after"]
        return document.sentences.compactMap { sentence in
            let organisations = document.entities(in: sentence).filter { if case .organisation = $0.entity { true } else { false } }
            let codes = Set(organisations.compactMap { span -> String? in if case let .organisation(code) = span.entity { code } else { nil } })
            guard codes.count == 1, let code = codes.first,
                  !sentence.contains(where: { dated.contains(document.word($0)) || document.tokens[$0].kind == .number && document.tokens[$0].text.count == 4 }) else { return nil }
            let founded = sentence.contains { verb in
                guard Self.foundingVerbs.contains(document.word(verb)), isToday(verb: verb, in: sentence, of: document, parties: parties) else { return false }
                // "was founded", "to be launched": the organisation before the verb is founded.
                if ["be", "been", "was", "were", "is", "are"].contains(document.word(verb - 1)) { return organisations.contains { $0.end <= verb } }
                // "founded the Eurasian Economic Community": the organisation right after the verb, past an article and words in
                // small letters.
                return organisations.contains { span in
                    span.start > verb && span.start - verb <= 4 && (verb + 1..<span.start).allSatisfy { document.tokens[$0].kind == .word && document.tokens[$0].isLowercase }
                }
            }
            guard founded, let organisation = reference.data.organisations.first(where: { $0.code == code }) else { return nil }
            return organisation.founded.flatMap { Int($0.prefix(4)) }
        }
    }

    /// Verbs of an organisation's founding.
    static let foundingVerbs: Set<String> = ["founded", "established", "launched", "created", "formed"]

    /// The years of the treaties the text reports signed as news: "the presidents today signed the Treaty on Friendship
    /// ... between Russia and Ukraine", "on Monday signed the Treaty of Good-Neighbourliness" (the reference's signing
    /// date, when one reference treaty of that name has all its parties named in the sentence). Not a signing dated
    /// otherwise ("signed in 1997", "five years ago"), recalled ("under the treaty signed"), marked or planned.
    /// `names` reads the treaties' names (the anchors' anniversary rules over the same document).
    func signingsReported(in document: Document, names: AnniversaryRules) -> [Int] {
        let parties = Parties(document: document, reference: reference)
        let dated: Set<String> = ["ago", "last", "since", "under", "anniversary", "anniversaries", "then"]
        return document.sentences.compactMap { sentence in
            guard sentence.contains(where: { document.tokens[$0].lower == "signed" }) else { return nil }
            let words = sentence.map { document.tokens[$0].lower }
            let news = words.indices.contains { words[$0] == "signed" && isToday(verb: sentence.lowerBound + $0, in: sentence, of: document, parties: parties) }
            guard news, !words.contains(where: { dated.contains($0) || PublicationDate.futureWords.contains($0) }),
                  !sentence.contains(where: { document.tokens[$0].kind == .number && document.tokens[$0].text.count == 4 }),
                  let name = names.treatyName(in: sentence)?.name else { return nil }
            let named = Set(parties.countries(in: sentence).map(\.code))
            let treaties = reference.treaties(keyed: ReferenceIndex.treatyKey(name)).filter { $0.parties.allSatisfy(named.contains) }
            return treaties.count == 1 ? DateWords.year(of: treaties[0].signed) : nil
        }
    }
}

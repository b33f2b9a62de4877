/// Turns one article into facts. Pure: no database, no I/O; safe to share between threads.
///
/// ```swift
/// let facts = Extractor().extract(article)
/// ```
public final class Extractor: Sendable {
    let reference: ReferenceIndex
    let gazetteer: Gazetteer
    /// Whether membership events go through the reference check (`MembershipCheck`); always, but for tests of the
    /// membership rules themselves, whose invented sentences may state events the reference contradicts.
    let checksMemberships: Bool

    public convenience init(reference: ReferenceData = .bundled) {
        self.init(reference: reference, checksMemberships: true)
    }

    init(reference: ReferenceData = .bundled, checksMemberships: Bool) {
        self.reference = ReferenceIndex(reference)
        self.gazetteer = Gazetteer(reference)
        self.checksMemberships = checksMemberships
    }

    /// `sha256` saves hashing the body again when the caller already has it.
    public func extract(_ article: Article, sha256: String? = nil) -> ArticleFacts {
        let prepared = prepare(article)
        let leaders = LeaderRules(document: prepared, reference: reference).found()
        let document = prepared.adding(leaders: leaders)
        var facts = ArticleFacts(source: article.source, sha256: sha256 ?? article.sha256, title: article.title, published_on: document.publishedOn)
        facts.mentions = mentions(document)
        facts.countries = Parties(document: document, reference: reference).namedCountries().sorted()
        facts.organisations = Set(facts.mentions.compactMap { if case let .organisation(code) = $0.entity { code } else { nil } }).sorted()
        facts.leaders = LeaderRules.facts(leaders)
        facts.anniversaries = AnniversaryRules(document: document, reference: reference).extract()
        // Resolved against the reference: events it flatly contradicts on the article's date are dropped.
        let events = MembershipRules(document: document, reference: reference).extract()
        facts.memberships = checksMemberships ? MembershipCheck(reference: reference, document: document).kept(events) : events
        facts.messages = MessageRules(document: document, reference: reference).extract()
        // A page that publishes a letter names its sender and addressee only in the title.
        if let title = TitleFacts(body: document, extractor: self) {
            facts.leaders += title.leaders(besides: facts.leaders)
            facts.messages += title.letterMessages().filter { letter in !facts.messages.contains { $0.from == letter.from && $0.to == letter.to } }
        }
        facts.relations = RelationRules(document: document, reference: reference).extract()
        return facts
    }

    /// Tokens, the publication date and resolved entities of an article.
    /// When the text does not state its year, a first pass without a date collects the clues
    /// (weekday, years mentioned, anniversaries, office-holders) and a second pass uses the inferred date.
    func prepare(_ article: Article) -> Document {
        let text = MatchText(article.body)
        let tokens = Tokenizer.tokenize(text)
        let matches = gazetteer.matches(in: tokens)
        let stated = PublicationDate.stated(article: article, tokens: tokens)
        // Sentences and paragraphs depend on the tokens alone: split once for every version of the document.
        let sentences = SentenceSplitter.sentences(tokens), paragraphs = SentenceSplitter.paragraphs(tokens)
        func document(_ date: String?) -> Document {
            Document(text: text, tokens: tokens, spans: resolve(matches, tokens: tokens, date: date), title: article.title, publishedOn: date,
                     sentences: sentences, paragraphs: paragraphs)
        }
        if let date = stated.date { return document(date) }
        let undated = document(nil)
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
        // "This month, the two countries celebrate the 30th anniversary of relations": the month the reference dates them.
        var monthMarked: (year: Int, month: Int)?
        // "Today marks 25 years since the establishment of diplomatic relations ... dated December 27, 1991": the day the text
        // and the reference date them.
        var dayMarked: String?
        let anniversaryRules = AnniversaryRules(document: undated, reference: reference)
        clues.anchorYears += anniversaryRules.extract().compactMap { anniversary in
            let sentence = words(anniversary.start, anniversary.end)
            if zip(sentence, sentence.dropFirst()).contains(where: { $0 == "this" && $1 == "month" }), let base = reference.baseDate(of: anniversary),
               base.count >= 7, let year = DateWords.year(of: base), let month = Int(base.dropFirst(5).prefix(2)) {
                monthMarked = (year + anniversary.ordinal, month)
            }
            if let base = reference.baseDate(of: anniversary), let day = PublicationDate.markedToday(sentence, base: base, ordinal: anniversary.ordinal, text: tokens) {
                dayMarked = day
            }
            // A future anniversary dated to a month after the dateline's, with no "next year" ("the 30th anniversary of
            // relations, which will be marked on April 4" in a February article), falls in the article's year.
            let laterThisYear = PublicationDate.isLaterThisYear(sentenceTokens(anniversary.start, anniversary.end)[...], monthDay: stated.monthDay)
            // "In April 1999 Uzbekistan joined the group in Washington, where NATO was celebrating its 50th anniversary": an
            // anniversary its sentence dates by the year marked is history, which that year bounds like any other.
            // Not when the sentence narrates the present ("an information campaign dedicated to the 30th anniversary ... from May 1
            // to May 30, 2022 is taking place"): that year is now.
            if let marked = reference.baseYear(of: anniversary).map({ $0 + anniversary.ordinal }), sentence.contains(String(marked)),
               !PublicationDate.narratesPresent(sentence) { return nil }
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
            // "Last July, Belarus became a full member", "Iran joined a year ago": the reference year plus the distance.
            if let distance = PublicationDate.relativeDistance(sentence, articleMonth: stated.monthDay?.month) { return reference.year(of: event).map { $0 + distance } }
            // "..., a year after Iran was admitted": dated from another event, not from the article. "On that day ... became
            // founding members", "the same year": dated by a day or year the text named before.
            // "The leaders met in Astana on 8-9 June 2017. At the meeting, the status of a full member was granted to India": an
            // occasion the sentence before dates by its year.
            let opensOnAnOccasionBefore = sentence.count > 2 && ["at", "during"].contains(sentence[0]) && sentence[1] == "the"
                && ["meeting", "summit", "session", "talks", "ceremony", "forum", "conference"].contains(sentence[2])
                && undated.sentences.firstIndex(where: { undated.bodySpan($0.lowerBound, $0.upperBound).start == event.start }).map { at in
                    at > 0 && tokens[undated.sentences[at - 1]].contains { $0.kind == .number && $0.text.count == 4 && Int($0.text).map { (1900...2100).contains($0) } == true }
                } == true
            let dated = sentence.contains("ago") || sentence.contains("last") || opensOnAnOccasionBefore || zip(sentence, sentence.dropFirst()).contains { pair in
                ["year", "years"].contains(pair.0) && ["after", "before"].contains(pair.1) || ["that", "same"].contains(pair.0) && ["day", "year", "month"].contains(pair.1)
            }
            return dated ? nil : reference.year(of: event)
        }
        clues.anchorYears += signingsReported(in: undated, names: anniversaryRules)
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
            return terms.isEmpty ? nil : terms.map { (from: $0.from, to: $0.to) }
        }
        let inferred = PublicationDate.inferYear(clues)
        // No dateline's day: an event the text reports for a weekday ("Belarus on Thursday became the tenth member"), or the
        // lead dates in full ("The treaty ... entered into force on August 12, 2015"), on the day the reference dates it
        // dates the article.
        let lead = undated.sentences.first.map { undated.bodySpan($0.lowerBound, $0.upperBound).start }
        // Not a day that an event the text dates by month rules out ("Armenia on Friday put its signature to the treaty on its
        // accession" in copy that says the union "will be launched on January 1, 2015": the Friday is the signing's, in 2014,
        // not the reference's day of the joining in 2015).
        if stated.monthDay == nil, stated.month == nil, let day = events.lazy.compactMap({ event in
            PublicationDate.reportedDay(self.reference.date(of: event), sentence: sentenceTokens(event.start, event.end), lead: event.start == lead, year: inferred)
        }).first(where: { day in
            guard let year = DateWords.year(of: day), let month = Int(day.dropFirst(5).prefix(2)), let date = Int(day.dropFirst(8).prefix(2)) else { return true }
            return !clues.contradictsDatedMonths(year: year, month: month, day: date)
        }) {
            return document(day)
        }
        guard let year = inferred else { return undated }
        if stated.monthDay == nil, stated.month == nil, let dayMarked, DateWords.year(of: dayMarked) == year { return document(dayMarked) }
        // No dateline: the day the lead reports its news on ("... at the session in Moscow on 15 May"), in the year the text
        // dates otherwise.
        if stated.monthDay == nil, stated.month == nil, monthMarked == nil, let lead = PublicationDate.leadDay(tokens),
           DateWords.isValid(year: year, month: lead.month, day: lead.day),
           !clues.pastMonths.contains(where: { $0.year > year || $0.year == year && $0.month > lead.month }) {
            return document(DateWords.iso(year, lead.month, lead.day))
        }
        let month = stated.monthDay?.month ?? stated.month ?? monthMarked.flatMap { $0.year == year ? $0.month : nil }
        return document(DateWords.iso(year, month, stated.monthDay?.day))
    }

    /// Whether a leader's office is the one held on the article's day, as far as the sentence shows: not in a sentence the
    /// text dates to another time by a month or a relative time opening it ("In May, Prime Minister X sent ...", "Last year,
    /// ...", "Earlier this month, ..."), nor of a person whose death it reports ("the death of President X", "the late
    /// President X", "President X, who died on ..."), nor one the title says was held before ("former President X").
    func isOfficeOfTheDay(_ leader: ArticleFacts.Leader, in document: Document) -> Bool {
        let tokens = document.tokens
        // The leader's first and last tokens, by binary search on their body offsets.
        func tokenIndex(endingAfter offset: Int) -> Int {
            var low = 0, high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if document.bodySpan(middle, middle + 1).end <= offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let first = tokenIndex(endingAfter: leader.start), last = tokenIndex(endingAfter: leader.end - 1)
        guard first < tokens.count, last < tokens.count else { return true }
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
            // The day next to the verb ("today signed", "on Monday signed", "signed on Monday"), not to another one.
            let days = words.indices.filter { words[$0] == "today" || DateWords.weekdays[words[$0]] != nil && $0 > 0 && words[$0 - 1] == "on" }
            let news = words.indices.contains { verb in words[verb] == "signed" && days.contains { abs($0 - verb) <= 3 } }
            guard news, !words.contains(where: { dated.contains($0) || PublicationDate.futureWords.contains($0) }),
                  !sentence.contains(where: { document.tokens[$0].kind == .number && document.tokens[$0].text.count == 4 }),
                  let name = names.treatyName(in: sentence)?.name else { return nil }
            let named = Set(parties.countries(in: sentence).map(\.code))
            let treaties = reference.treaties(keyed: ReferenceIndex.treatyKey(name)).filter { $0.parties.allSatisfy(named.contains) }
            return treaties.count == 1 ? DateWords.year(of: treaties[0].signed) : nil
        }
    }

    /// Chooses one entity for each match: the EAEC question by date, a shared surname by
    /// who was named in full earlier, then by who was in office on the article's date.
    func resolve(_ matches: [GazetteerMatch], tokens: [Token], date: String?) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var namedInFull: [String] = []
        let year = DateWords.year(of: date)
        var previousEnd = 0
        // Broadcasters named after a country ("France 24 reported"): every mention of the same name and number, also where
        // the words around it do not say so ("an interview to France 24 on Thursday").
        var channels = Set<[String]>()
        for match in matches where isChannelName(match, tokens: tokens) {
            for case let .country(code, kind) in match.entries where kind != .capital && kind != .demonym { channels.insert([code, tokens[match.end].text]) }
        }
        let stateSense = stateSenseCountries(matches, tokens: tokens)
        // "Columbus, Georgia" is the US state in an article that names the United States or one of its states otherwise;
        // in one that does not, "Batumi, Georgia" is a town of the country.
        let namesUnitedStates = !stateSense.isEmpty || matches.contains { $0.entries.contains { if case .country("USA", _) = $0 { true } else { false } } }
        for (position, match) in matches.enumerated() {
            let entries = match.entries
            defer { previousEnd = match.end }
            if entries.contains(.notCountry) { continue }
            // "Chad Smith", "Jordan Bardella": a name that is also a first name, then a capitalized word that begins no known
            // name (not "Jordan Foreign Minister"), a weekday or a month ("met Jordan Monday"); not as an office's complement
            // ("the King of Jordan Abdullah II").
            if !gazetteer.notCountryBeforeUnknownWord.isEmpty, match.end < tokens.count, case let next = tokens[match.end],
               !(match.start > 0 && tokens[match.start - 1].lower == "of" && spans.last.map { $0.end == match.start - 1 && $0.entity.office != nil } ?? false),
               next.kind == .word, next.spaceBefore, next.newlinesBefore == 0, next.isCapitalized, !next.isAllCaps,
               DateWords.weekdays[next.lower] == nil, DateWords.months[next.lower] == nil,
               position + 1 == matches.count || matches[position + 1].start != match.end,
               gazetteer.notCountryBeforeUnknownWord.contains(tokens[match.start..<match.end].map(\.text)) { continue }
            // "Columbus, Georgia": an unknown capitalized word, a comma, then a name that has a US-state twin; not a month or a
            // weekday ("Azerbaijan in September, Georgia in December"), nor before a state's office ("..., Berdimuhamedow,
            // Georgia President Salome Zourabichvili": a list of leaders whose spelling the reference lacks).
            let officeNext = position + 1 < matches.count && matches[position + 1].start == match.end
                && matches[position + 1].entries.contains { if case .office = $0 { true } else { false } }
            if namesUnitedStates, !officeNext, match.start >= 2, tokens[match.start - 1].text == ",", tokens[match.start - 2].isCapitalized, previousEnd <= match.start - 2,
               DateWords.months[tokens[match.start - 2].lower] == nil, DateWords.weekdays[tokens[match.start - 2].lower] == nil,
               gazetteer.notCountryAfterUnknownWord.contains([","] + tokens[match.start..<match.end].map(\.text)) { continue }
            var resolved: Resolved?
            let countries = entries.compactMap { if case let .country(code, kind) = $0 { (code, kind) } else { nil } }
            let organisations = entries.compactMap { if case let .organisation(code) = $0 { code } else { nil } }
            let persons = entries.compactMap { if case let .person(name, surnameOnly) = $0 { (name, surnameOnly) } else { nil } }
            let offices = entries.compactMap { if case let .office(name, plural) = $0 { (name, plural) } else { nil } }
            if let (code, kind) = countries.first {
                let officeComplement = match.start > 0 && tokens[match.start - 1].lower == "of"
                    && spans.last.map { $0.end == match.start - 1 && $0.entity.office != nil } ?? false
                // "the Alma-Ata Protocol", "the OSCE Minsk Group", "the Copenhagen criteria", "the 2008 Bucharest summit": a
                // capital naming a document, a body, a standard or an event, not a country; "Baghdad Amreyev", "Sofia
                // Petrova": a capital as a given name before a surname (`Gazetteer+CapitalNames`).
                if kind == .capital, Gazetteer.capitalNamesThing(match, tokens: tokens)
                    || Gazetteer.capitalIsGivenName(match, tokens: tokens, nextNameStart: position + 1 < matches.count ? matches[position + 1].start : nil,
                                                    afterOfficesOf: officeComplement) { continue }
                // "the 30 years since Tashkent", "a decade since Alma-Ata,": a capital as a point in time names what was signed
                // or held there, not the state; "since Moscow imposed ..." (a verb next) is the government.
                if kind == .capital, match.start > 0, tokens[match.start - 1].lower == "since",
                   match.end == tokens.count || tokens[match.end].kind == .punctuation && tokens[match.end].text != "'s" { continue }
                // "the Ukraina Hotel", "Hotel Rossiya", "Hotel Moscow", "the Minsk Arena": a country's or a capital's name next to
                // a capitalized venue noun is the venue's name. "7.5 billion US dollars": the name before a currency's noun names
                // the currency.
                if kind == .name || kind == .alias, match.end < tokens.count && (Self.venueNouns.contains(tokens[match.end].text) || Self.currencyNouns.contains(tokens[match.end].text))
                    || match.start > 0 && Self.venueNouns.contains(tokens[match.start - 1].text) { continue }
                if kind == .capital, match.end < tokens.count && Self.venueNouns.contains(tokens[match.end].text)
                    || match.start > 0 && Self.venueNouns.contains(tokens[match.start - 1].text) { continue }
                // "Monsieur Jordan", "Mr. Chad", "Ms Sofia": a country's or a capital's name right after a personal honorific is a
                // name.
                if kind == .name || kind == .alias || kind == .capital, Self.followsHonorific(match.start, tokens: tokens) { continue }
                if !channels.isEmpty, kind != .capital, kind != .demonym, match.end < tokens.count, channels.contains([code, tokens[match.end].text]) { continue }
                // In an article that uses the name for a US state, the name as a modifier ("the Georgia Department of Economic
                // Development", "Georgia Governor") or in a compound of manner ("Georgian-style") is the state's too; "Georgia's
                // Kakheti region" and "Ambassador of Georgia" still name the country.
                // Not after a state office's "of" ("Minister of Foreign Affairs of Georgia Eka Tkeshelashvili"): the name is
                // the office's complement, and the capitalized word after it begins the holder's name; nor before a state's
                // office ("Georgia President Salome Zourabichvili"), which no US state has.
                if stateSense.contains(code), !officeComplement, !officeNext, match.end + 1 < tokens.count, tokens[match.end].spaceBefore,
                   tokens[match.end].kind == .word, tokens[match.end].isCapitalized, kind == .name || kind == .officialName { continue }
                if stateSense.contains(code), kind == .demonym, match.end + 1 < tokens.count, tokens[match.end].text == "-", !tokens[match.end].spaceBefore,
                   tokens[match.end + 1].kind == .word, tokens[match.end + 1].isLowercase { continue }
                resolved = .country(code, kind)
            } else if !organisations.isEmpty, isOtherCommonwealth(match, tokens: tokens) {
                continue
            } else if !organisations.isEmpty {
                resolved = .organisation(organisations.count == 1 ? organisations[0] : chooseOrganisation(organisations, year: year, alreadySeen: spans))
            } else if !persons.isEmpty {
                // A bare surname must be capitalized as a name ("Putin"), not an all-caps word or a sentence-initial common word.
                let surnameOnly = persons.allSatisfy(\.1)
                let candidates = Array(Set(persons.map(\.0))).sorted()
                var person: String?
                if candidates.count == 1 {
                    person = candidates[0]
                } else if let earlier = namedInFull.last(where: candidates.contains) {
                    person = earlier
                } else {
                    let inOffice = candidates.filter { name in reference.terms(of: name, on: date).first.map { term in date.map { ReferenceIndex.covers($0, from: term.from, to: term.to) } ?? false } ?? false }
                    if inOffice.count == 1 { person = inOffice[0] }
                }
                if let person {
                    if !surnameOnly { namedInFull.append(person) }
                    resolved = .person(person, surnameOnly: surnameOnly)
                }
            } else if let (name, plural) = offices.first {
                resolved = .office(name, plural: plural)
            }
            if let resolved { spans.append(EntitySpan(start: match.start, end: match.end, entity: resolved)) }
        }
        return spans
    }

    /// Countries whose name the article also uses in the sense of a US state ("Atlanta, Georgia", "the State of Georgia").
    func stateSenseCountries(_ matches: [GazetteerMatch], tokens: [Token]) -> Set<String> {
        var named = Set<String>()
        // The country's name inside the phrase: the phrase without its first or its last word ("Atlanta, Georgia", "Georgia
        // Governor"). Such phrases are rare; the arrays are made only for them.
        for phrase in matches where phrase.entries.contains(.notCountry) && phrase.end - phrase.start > 1 {
            for part in [Array(tokens[(phrase.start + 1)..<phrase.end]), Array(tokens[phrase.start..<(phrase.end - 1)])] {
                for match in gazetteer.matches(in: part) {
                    for case let .country(code, .name) in match.entries { named.insert(code) }
                }
            }
        }
        return named
    }

    /// "Commonwealth" alone is the CIS in this copy, but not in "the British Commonwealth", "the Commonwealth of Nations",
    /// "the Commonwealth Games" or "the Commonwealth of Australia".
    func isOtherCommonwealth(_ match: GazetteerMatch, tokens: [Token]) -> Bool {
        guard match.end - match.start == 1, tokens[match.start].text == "Commonwealth" else { return false }
        if match.start > 0, ["British", "Australian"].contains(tokens[match.start - 1].text) { return true }
        guard match.end < tokens.count else { return false }
        if ["Games", "Secretariat", "Day"].contains(tokens[match.end].text) { return true }
        return tokens[match.end].text == "of" && match.end + 1 < tokens.count && tokens[match.end + 1].isCapitalized && tokens[match.end + 1].text != "Independent"
    }

    /// Capitalized nouns of buildings, venues and carriers that take a country's name as their own ("the Ukraina Hotel",
    /// "Malaysia Airlines").
    static let venueNouns: Set<String> = ["Hotel", "Stadium", "Cinema", "Restaurant", "Arena", "Theatre", "Theater", "Airlines", "Airways"]
    /// Honorifics written before a surname ("Mr Jordan", "Monsieur Jordan", "Mme. Chad").
    static let honorifics: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Monsieur", "Madame", "Mme", "Mlle", "Messrs", "Herr", "Frau", "Sir", "Dame", "Dr"]

    /// Whether an honorific stands right before `index` (past an abbreviation's full stop), or before one capitalized
    /// given name that stands right before it ("Mr Michael Jordan").
    static func followsHonorific(_ index: Int, tokens: [Token]) -> Bool {
        func isHonorific(before end: Int) -> Bool {
            var before = end - 1
            if before > 0, tokens[before].text == ".", !tokens[before].spaceBefore { before -= 1 }
            return before >= 0 && honorifics.contains(tokens[before].text)
        }
        if isHonorific(before: index) { return true }
        let given = index - 1
        return given > 0 && tokens[given].kind == .word && tokens[given].isCapitalized && !tokens[given].isAllCaps
            && tokens[index].spaceBefore && tokens[index].newlinesBefore == 0 && isHonorific(before: given)
    }

    /// Currencies named by their country ("US dollars").
    static let currencyNouns: Set<String> = ["dollar", "dollars"]

    /// "the France 24 television channel", "told Russia 24", "on Belarus 1": a country's name and a small number make a
    /// broadcaster's name, not the country. A count after the name ("visited Russia 3 times", "Russia 2, Kazakhstan 1")
    /// or a date ("Georgia 12 May") keeps the country.
    func isChannelName(_ match: GazetteerMatch, tokens: [Token]) -> Bool {
        guard match.end < tokens.count, tokens[match.end].kind == .number, tokens[match.end].spaceBefore, tokens[match.end].text.utf8.count <= 2,
              tokens[match.end].newlinesBefore == 0 else { return false }
        // "told France 24", "in an interview with France 24", "speaking to Russia 24": a name one speaks to.
        let before = match.start - 1
        if before >= 1, tokens[before].lower == "told"
            || ["with", "to"].contains(tokens[before].lower) && ["interview", "interviews", "speaking", "talking", "spoke", "talked"].contains(tokens[before - 1].lower) {
            return true
        }
        let after = match.end + 1
        guard after < tokens.count, tokens[after].newlinesBefore == 0 else { return false }
        return Self.channelNouns.contains(tokens[after].lower) || ["reported", "said", "reports", "says", "quoted", "broadcast", "aired"].contains(tokens[after].lower)
    }

    /// Words that follow a broadcaster's name ("the France 24 television channel", "Russia 24 TV").
    static let channelNouns: Set<String> = ["television", "tv", "channel", "broadcaster", "news", "radio", "network", "correspondent", "interview"]

    /// For a name shared by several organisations ("EAEC"): one already named in the article,
    /// else the one that existed in the article's year (the later one when both did).
    func chooseOrganisation(_ codes: [String], year: Int?, alreadySeen: [EntitySpan]) -> String {
        for span in alreadySeen.reversed() { if case let .organisation(code) = span.entity, codes.contains(code) { return code } }
        let organisations = reference.data.organisations.filter { codes.contains($0.code) }
        if let year {
            let alive = organisations.filter { org in
                (DateWords.year(of: org.founded) ?? 0) <= year && (DateWords.year(of: org.dissolved).map { year < $0 } ?? true)
            }
            if let latest = alive.max(by: { ($0.founded ?? "") < ($1.founded ?? "") }) { return latest.code }
        }
        return organisations.max(by: { ($0.founded ?? "") < ($1.founded ?? "") })?.code ?? codes[0]
    }

    func mentions(_ document: Document) -> [ArticleFacts.Mention] {
        document.spans.compactMap { span in
            let entity: ArticleFacts.Mention.Entity
            switch span.entity {
            case let .country(code, _): entity = .country(code)
            case let .organisation(code): entity = .organisation(code)
            case let .person(name, _): entity = .person(name)
            case .office: return nil
            }
            let range = document.bodySpan(span.start, span.end)
            let text = document.text.string(document.tokens[span.start].start, document.tokens[span.end - 1].end)
            return ArticleFacts.Mention(entity: entity, text: text, start: range.start, end: range.end)
        }
    }
}

/// Finding the two countries a statement is about: named in the sentence ("between Russia and
/// Armenia", "Russian-Uzbek"), implied by the persons it names (Putin → RUS), or, for "the two
/// countries", taken from the surrounding paragraph.
struct Parties {
    let document: Document
    let reference: ReferenceIndex

    /// Countries in token range, in order of appearance, with the token index of each mention.
    func countries(in range: Range<Int>) -> [(code: String, at: Int)] {
        var result: [(String, Int)] = []
        for span in document.entities(in: range) {
            switch span.entity {
            case let .country(code, _): result.append((code, span.start))
            case let .person(name, _):
                if let country = document.personCountries[name] ?? reference.office(of: name, on: document.publishedOn)?.country { result.append((country, span.start)) }
            default: break
            }
        }
        return result.map { (code: $0.0, at: $0.1) }
    }

    /// The pair for a statement at token `anchor`: from its sentence, else its paragraph, else the article's
    /// leading pair. Sorted alphabetically.
    func pair(around anchor: Int, sentence: Range<Int>) -> [String]? {
        if let pair = pick(countries(in: sentence), anchor: anchor, sentence: sentence) { return pair }
        let paragraph = document.paragraph(containing: anchor)
        let inSentence = Set(countries(in: sentence).map(\.code))
        let around = countries(in: paragraph.lowerBound..<max(paragraph.upperBound, sentence.upperBound))
        if inSentence.count == 1 {
            let only = inSentence.first!
            // "Relations with Russia ... are a strategic partnership. With China, Kyrgyzstan maintains ...": the other party
            // is one the paragraph named before (its topic), else the article's; a country in a later sentence belongs to
            // that sentence's own statement.
            if let other = nearestOther(around.filter { $0.at < sentence.lowerBound }, to: anchor, excluding: only) { return ordered([only, other]) }
            if around.contains(where: { $0.at >= sentence.upperBound && $0.code != only }), let top = topCountry(excluding: [only]),
               top != only { return ordered([only, top]) }
            if let other = nearestOther(around, to: anchor, excluding: only) { return ordered([only, other]) }
        }
        if let pair = pick(around, anchor: anchor, sentence: paragraph) { return pair }
        if inSentence.isEmpty, let pair = speakersPair(sentence: sentence, paragraph: paragraph, named: Set(around.map(\.code))) { return pair }
        // "This year we mark 25 years of diplomatic relations": the article's two most named countries.
        let all = countries(in: 0..<document.tokens.count)
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        for found in all {
            counts[found.code, default: 0] += 1
            first[found.code] = first[found.code] ?? found.at
        }
        let ranked = counts.keys.sorted { a, b in (counts[a]!, -first[a]!) > (counts[b]!, -first[b]!) }
        // "Medvedev sent messages to the prime ministers of A, B, C, ... He stressed the allied relations": the article's most
        // named other country completes the pair only when it is named more often than the next; a tie (one sender, many
        // addressees named alike) leaves the partner unknown.
        func mostNamed(excluding only: String) -> String? {
            let others = ranked.filter { $0 != only }
            guard let top = others.first else { return nil }
            return others.count > 1 && counts[others[1]]! == counts[top]! ? nil : top
        }
        if let only = inSentence.first, inSentence.count == 1 { return mostNamed(excluding: only).map { ordered([only, $0]) } }
        // "In his message to the Russian President the head of state noted ... 'The allied relations between our countries
        // ...'": a paragraph that names one country pairs it with the article's most named other, not the article's first two.
        let inParagraph = Set(around.map(\.code))
        if inSentence.isEmpty, inParagraph.count == 1, let only = inParagraph.first { return mostNamed(excluding: only).map { ordered([only, $0]) } }
        if inSentence.isEmpty, ranked.count >= 2, ranked.count == 2 || counts[ranked[2]]! < counts[ranked[1]]! { return ordered(Array(ranked.prefix(2))) }
        return nil
    }

    /// "Putin congratulated Tokayev and the people of Kazakhstan. / 'The relations of strategic partnership and alliance
    /// between our states are developing,' the telegram says.": a sentence in the first person plural ("our states", "our
    /// countries", "we") that names no country, in a paragraph that names at most one, speaks for the sender and the addressee
    /// the paragraphs before introduce: the countries named there and here, when they are two. A letter printed line by line
    /// ("The message of the President of X states:" / "Dear A!" / "I congratulate you and the people of Y" / "We have built a
    /// strategic partnership") is read back up to six paragraphs, until two countries are named. Not a paragraph before that
    /// names more, which leaves the pair to the article's ranking.
    func speakersPair(sentence: Range<Int>, paragraph: Range<Int>, named: Set<String>) -> [String]? {
        guard named.count <= 1, sentence.contains(where: { ["our", "we", "us"].contains(document.word($0)) }), paragraph.lowerBound > 0 else { return nil }
        var codes = named
        var start = paragraph.lowerBound
        for _ in 0..<6 where start > 0 && codes.count < 2 {
            let previous = document.paragraph(containing: start - 1)
            codes.formUnion(countries(in: previous).map(\.code))
            start = previous.lowerBound
        }
        return codes.count == 2 ? ordered(Array(codes)) : nil
    }

    /// "… with the Republic of Abkhazia and the Republic of South Ossetia", "between Russia and the two republics" after a
    /// bilateral subject: a list of two or more countries after "with" (or after "between A and"), each paired with the
    /// other party (the treaty's counterpart in the reference, else A or the one other country the sentence names, else the
    /// article's most named country).
    func pairsWithList(after anchor: Int, sentence: Range<Int>, treaty: String?) -> [[String]]? {
        let after = anchor..<sentence.upperBound
        var hub: String?
        // "Russia and the two breakaway regions will mark ...": a country coordinated with a counted plural is the other
        // party, wherever the sentence puts them.
        let coordinated = document.entities(in: sentence).first { span in
            span.entity.country != nil && document.word(span.end) == "and" && countedPlural(at: span.end + 1) != nil
        }
        guard var with = after.first(where: { document.word($0) == "with" }) ?? after.first(where: { document.word($0) == "between" }) ?? coordinated?.end else { return nil }
        if let coordinated, with == coordinated.end { hub = coordinated.entity.country }
        // "between Russia and the two republics": the country after "between" is the other party, the list follows "and".
        if document.word(with) == "between" {
            var cursor = with + 1
            if document.word(cursor) == "the" { cursor += 1 }
            guard let first = document.entity(at: cursor), let code = first.entity.country, document.word(first.end) == "and" else { return nil }
            hub = code
            with = first.end
        }
        var listed: [String] = []
        var cursor = with + 1
        while cursor < sentence.upperBound {
            if let place = document.entity(at: cursor), let code = place.entity.country {
                if !listed.contains(code), code != hub { listed.append(code) }
                cursor = place.end
                continue
            }
            guard ["the", "and", ",", "republic", "of"].contains(document.word(cursor)) else { break }
            cursor += 1
        }
        // "with the two republics", "with both countries": as many countries as the text named before, leaving out the hub
        // (the article's most named country), which is the other party.
        if listed.isEmpty, let count = countedPlural(at: with + 1), let hub = hub ?? topCountry(excluding: []) {
            for found in countries(in: 0..<with).reversed() where found.code != hub && !listed.contains(found.code) {
                listed.insert(found.code, at: 0)
                if listed.count == count { break }
            }
            if listed.count != count { return nil }
        }
        guard listed.count >= 2 else { return nil }
        let others = hub.map { Set([$0]) } ?? Set(countries(in: sentence.lowerBound..<with).map(\.code)).subtracting(listed)
        var pairs: [[String]] = []
        for code in listed {
            if let treaty, let known = reference.treaties(keyed: ReferenceIndex.treatyKey(treaty)).first(where: { $0.parties.contains(code) && $0.parties.count == 2 }) {
                pairs.append(ordered(known.parties))
            } else if others.count == 1 {
                pairs.append(ordered([others.first!, code]))
            } else if let top = topCountry(excluding: Set(listed)) {
                pairs.append(ordered([top, code]))
            } else {
                return nil
            }
        }
        return pairs
    }

    /// "Russia and Tajikistan, and Russia and Turkmenistan, celebrate ...", "between Russia and Armenia and between Russia and
    /// Azerbaijan": pairs, each joined by "and" or a hyphen, coordinated with nothing but a comma, "and" or "as well as"
    /// between them; nil for fewer than two.
    func coordinatedPairs(in sentence: Range<Int>) -> [[String]]? {
        let spans = document.entities(in: sentence).filter { $0.entity.country != nil }
        let joiners: Set<[String]> = [["and"], ["-"], ["and", "the"]]
        let coordinators: Set<[String]> = [[","], ["and"], [",", "and"], ["as", "well", "as"], [",", "as", "well", "as"]]
        var pairs: [[String]] = []
        var lastEnd: Int?
        var index = 0
        while index + 1 < spans.count {
            let first = spans[index], second = spans[index + 1]
            guard first.entity.country != second.entity.country, joiners.contains(document.tokens[first.end..<second.start].map(\.lower)) else {
                if pairs.count >= 2 { break }
                pairs = []; lastEnd = nil; index += 1
                continue
            }
            if let end = lastEnd, !coordinators.contains(document.tokens[end..<first.start].map(\.lower).filter { $0 != "the" && $0 != "between" }) {
                if pairs.count >= 2 { break }
                pairs = []
            }
            pairs.append(ordered([first.entity.country!, second.entity.country!]))
            lastEnd = second.end
            index += 2
        }
        return pairs.count >= 2 ? pairs : nil
    }

    /// A sentence about one country's ties with several others: the first country named (the hub) and two or more
    /// named after it, none of them joined to another by "and" or a hyphen ("Lavrov sent messages to the ministers
    /// of Abkhazia and South Ossetia"). Nil when the sentence pairs two countries itself.
    func hubPairs(in sentence: Range<Int>) -> [[String]]? {
        let found = countries(in: sentence)
        var distinct: [String] = []
        for item in found where !distinct.contains(item.code) { distinct.append(item.code) }
        guard distinct.count >= 3, distinct.count <= 5 else { return nil }
        let hub = distinct[0]
        guard let firstOther = found.first(where: { $0.code != hub })?.at, found.allSatisfy({ $0.code != hub || $0.at < firstOther }) else { return nil }
        let spans = document.entities(in: sentence).filter { $0.entity.country != nil }
        for (first, second) in zip(spans, spans.dropFirst()) where first.entity.country != second.entity.country {
            let between = document.tokens[first.end..<second.start].map { $0.lower }
            // "Armenia and Azerbaijan marked ...": a pair of its own; "the ministers of Abkhazia and South Ossetia",
            // "to Astana and Bishkek": a list of objects, each paired with the hub.
            var lead = first.start - 1
            while lead > sentence.lowerBound, ["the", "republic", "of"].contains(document.word(lead)) && !(document.word(lead) == "of" && document.word(lead - 1) != "republic") { lead -= 1 }
            let listed = ["of", "to", "with"].contains(document.word(lead))
            if !listed, between == ["and"] || between == ["-"] || between == ["and", "the"] || between == [","] { return nil }
        }
        if (sentence).contains(where: { document.word($0) == "between" }) { return nil }
        // The others form a list: "and" stands before the last one (and the one before it is not named again after it).
        guard let last = found.last(where: { $0.code == distinct.last! }), let previous = found.last(where: { $0.code == distinct[distinct.count - 2] }),
              previous.at < last.at, (previous.at..<last.at).contains(where: { document.word($0) == "and" }) else { return nil }
        return distinct.dropFirst().map { ordered([hub, $0]) }
    }

    static let pluralCountryNouns: Set<String> = ["republics", "states", "countries", "nations", "regions", "neighbours", "neighbors"]

    /// "the two republics", "both countries", "the three states", "the two breakaway regions" at token `index`: the number
    /// of countries meant.
    func countedPlural(at index: Int) -> Int? {
        var cursor = index
        if document.word(cursor) == "the" { cursor += 1 }
        // Up to two modifiers before the noun ("the two breakaway regions", "both neighbouring republics").
        guard let noun = ((cursor + 1)...(cursor + 3)).first(where: { Self.pluralCountryNouns.contains(document.word($0)) }),
              ((cursor + 1)..<noun).allSatisfy({ document.tokens[$0].kind == .word }) else { return nil }
        let word = document.word(cursor)
        if word == "both" { return 2 }
        guard document.word(cursor - 1) == "the", let value = NumberWords.cardinalWords[word], value >= 2, value <= 6 else { return nil }
        return value
    }

    /// The countries the article names, leaving out a capital that is only a venue ("the Charter was signed in Chisinau",
    /// "the CIS Executive Committee in Minsk", "the London-based institute") or a dateline's place, and a country's name
    /// inside a region's ("East Azerbaijan province"), an outlet's ("EURACTIV Romania reports") or a community body's ("the
    /// Joint Baltic American National Committee") when nothing else in the text names that country.
    func namedCountries() -> Set<String> {
        var named = Set<String>()
        var venues = Set<String>()
        for span in document.spans {
            guard case let .country(code, kind) = span.entity else { continue }
            if kind == .capital && (isDatelinePlace(span) || isVenueCapital(span) || isSeat(span)) || isDatelineCountry(span) {
                venues.insert(code)
            } else if isRegionName(span) || isOutletEdition(span) || isInsideBodyName(span) || isInPublicationTitle(span) {
                venues.insert(code)
            } else {
                named.insert(code)
            }
        }
        return named.union(venues.filter { code in named.contains(code) || document.personCountries.values.contains(code) })
    }

    /// A capital after "in" that is where something takes place ("signed in Chisinau", "a session held in Astana"), not the
    /// government ("officials in Astana", "concerns voiced in Washington", "in Moscow's view"). The title of the participants
    /// of a meeting ("the session of the CIS heads of government in Dushanbe", "the Council of Heads of Government in
    /// Minsk") is no government of the capital.
    func isVenueCapital(_ span: EntitySpan) -> Bool {
        let before = document.word(span.start - 2)
        let title = before == "government" && document.word(span.start - 3) == "of" && ["heads", "head"].contains(document.word(span.start - 4))
        return span.start > 0 && document.word(span.start - 1) == "in"
            && (span.start < 2 || !Self.governmentWords.contains(before) && !Self.stanceWords.contains(before) || title)
            && document.word(span.end) != "'s"
    }

    /// Whether a country's mention is only the venue of what a sentence reports: a venue capital, or the country in brackets
    /// after one ("held in Astana (Kazakhstan)").
    func isVenue(_ span: EntitySpan) -> Bool {
        guard case let .country(_, kind) = span.entity else { return false }
        if kind == .capital { return isVenueCapital(span) }
        guard span.start >= 2, document.word(span.start - 1) == "(", let before = document.spanAt[span.start - 2],
              case .country(_, .capital) = document.spans[before].entity else { return false }
        return isVenueCapital(document.spans[before])
    }

    /// "cooperation in the spirit of alliance, the President of Kyrgyzstan said at the CSTO session held in Astana
    /// (Kazakhstan)": a label in a sentence that names an organisation, whose only country besides the speaker's is the
    /// venue, is said of the organisation's members, not of the speaker's country and the host.
    func isOrganisationsLabelAtVenue(_ sentence: Range<Int>) -> Bool {
        let spans = document.entities(in: sentence)
        guard spans.contains(where: { if case .organisation = $0.entity { true } else { false } }) else { return false }
        let venues = spans.filter(isVenue)
        guard !venues.isEmpty else { return false }
        // The countries the sentence names otherwise, its persons' included: one, and not the venue's.
        let others = Set(countries(in: sentence).filter { found in !venues.contains { $0.start == found.at } }.map(\.code))
        return others.count == 1 && !venues.contains { $0.entity.country == others.first }
    }

    /// A country's name inside a region's, after a compass word and before the region's noun ("Iran's East Azerbaijan
    /// province", "the West Azerbaijan Province"): a place, kept only when the text names the country otherwise, like a venue.
    func isRegionName(_ span: EntitySpan) -> Bool {
        guard span.start > 0, ["East", "West", "North", "South"].contains(document.tokens[span.start - 1].text) else { return false }
        return ["province", "region", "oblast", "governorate"].contains(document.word(span.end))
    }

    /// A capital joined to "based" ("the London-based institute", "a Vienna-headquartered body"): the seat of a body, a
    /// place, not its government.
    func isSeat(_ span: EntitySpan) -> Bool {
        document.word(span.end) == "-" && ["based", "headquartered"].contains(document.word(span.end + 1))
    }

    /// A capital that opens a line in capitals, or before a dash or a date, is a dateline's place ("PRAGUE --", "Prague, 26
    /// April 1999 (RFE/RL) --"), also with its region or state between ("Washington, DC (JBANC) ----", "Tbilisi, Georgia --",
    /// "Baku, Azerbaijan, June 9");
    /// and one opening a sentence before a comma and a full date ("... of the institute. Moscow, 3 June 2018."), a writer's
    /// place and date: where the news was filed or signed, not its government.
    func isDatelinePlace(_ span: EntitySpan) -> Bool {
        let tokens = document.tokens
        guard span.end < tokens.count else { return false }
        guard span.start == 0 || tokens[span.start].newlinesBefore > 0 else {
            // After a sentence's full stop: the capital, a comma, then a day and a month or a month and a day.
            guard [".", "!", "?"].contains(tokens[span.start - 1].text), span.end + 2 < tokens.count, tokens[span.end].text == "," else { return false }
            let first = tokens[span.end + 1], second = tokens[span.end + 2]
            return first.kind == .number && DateWords.month(second) != nil || DateWords.month(first) != nil && second.kind == .number
        }
        if tokens[span.start].isAllCaps { return true }
        let next = tokens[span.end]
        guard next.kind == .punctuation else { return false }
        if ["-", "--", "—", "–", "("].contains(next.text) { return true }
        guard [",", "."].contains(next.text), span.end + 1 < tokens.count else { return false }
        let after = tokens[span.end + 1]
        if after.kind == .number || DateWords.month(after) != nil { return true }
        // "Washington, DC (JBANC) ----", "Washington, D.C. --": capitalized words and full stops on the line after the comma,
        // then the agency's bracket or a dash.
        guard next.text == "," else { return false }
        var cursor = span.end + 1
        while cursor < tokens.count, cursor - span.end <= 5, tokens[cursor].newlinesBefore == 0,
              tokens[cursor].kind == .word && tokens[cursor].isCapitalized || tokens[cursor].text == "." {
            cursor += 1
        }
        guard cursor > span.end + 1, cursor < tokens.count, tokens[cursor].newlinesBefore == 0 else { return false }
        if ["-", "--", "—", "–", "("].contains(tokens[cursor].text) { return true }
        // "Baku, Azerbaijan, June 9": the country after the capital, then a comma and the day.
        return tokens[cursor].text == "," && cursor + 1 < tokens.count && (tokens[cursor + 1].kind == .number || DateWords.month(tokens[cursor + 1]) != nil)
    }

    /// A country's name right after a dateline's capital and its comma ("BAKU, Azerbaijan, June 9", "ASTANA, Kazakhstan, May
    /// 21.", "Tbilisi, Georgia --"): the dateline's place too, as the capital is.
    func isDatelineCountry(_ span: EntitySpan) -> Bool {
        guard case let .country(_, kind) = span.entity, kind == .name || kind == .alias || kind == .officialName,
              span.start >= 2, document.tokens[span.start - 1].text == ",",
              let capital = document.spans.last(where: { $0.end == span.start - 1 }), case .country(_, .capital) = capital.entity else { return false }
        return isDatelinePlace(capital)
    }

    /// Nouns that end a body's name ("the Joint Baltic American National Committee").
    static let bodyNameNouns: Set<String> = ["Committee", "Council", "Association", "Foundation", "Institute", "Congress", "League", "Society",
                                             "Center", "Centre", "Fund", "Federation", "Chamber", "Coalition", "Network", "Forum", "Club"]

    /// A demonym inside a body's capitalized name, between capitalized words that name no country ("The Joint Baltic American
    /// National Committee"): the name of a community's body, not the state. Kept only when the text names the country
    /// otherwise, like a venue.
    func isInsideBodyName(_ span: EntitySpan) -> Bool {
        let tokens = document.tokens
        guard case .country(_, .demonym) = span.entity, span.start >= 2, span.end < tokens.count else { return false }
        let before = tokens[span.start - 1]
        guard before.kind == .word, before.isCapitalized, !before.isAllCaps, document.spanAt[span.start - 1] == nil, before.newlinesBefore == 0,
              tokens[span.start].newlinesBefore == 0, !["The", "A", "An"].contains(before.text),
              ![".", "!", "?", "\""].contains(tokens[span.start - 2].text) else { return false }
        var cursor = span.end
        while cursor < tokens.count, cursor - span.end < 4, tokens[cursor].kind == .word, tokens[cursor].isCapitalized, tokens[cursor].newlinesBefore == 0,
              document.spanAt[cursor] == nil {
            if Self.bodyNameNouns.contains(tokens[cursor].text) { return true }
            cursor += 1
        }
        return false
    }

    /// Verbs that attribute a report to its source ("EURACTIV Romania reports").
    static let reportingVerbs: Set<String> = ["reports", "reported", "writes", "wrote", "informs", "informed", "quotes", "quoted", "cites", "cited"]

    /// A country's name as the edition of an outlet ("EURACTIV Romania reports", "according to Sputnik Georgia"): right
    /// after a capitalized word the gazetteer does not know (in capitals, or not opening its sentence; no weekday or month),
    /// and before a verb of reporting or after "according to". A body's name, kept only when the text names the country
    /// otherwise, like a venue.
    func isOutletEdition(_ span: EntitySpan) -> Bool {
        let tokens = document.tokens
        guard case let .country(_, kind) = span.entity, kind != .capital, kind != .demonym, span.start >= 1 else { return false }
        let outlet = tokens[span.start - 1]
        guard outlet.kind == .word, outlet.isCapitalized, outlet.text.count >= 3, tokens[span.start].newlinesBefore == 0,
              document.spanAt[span.start - 1] == nil, DateWords.weekdays[outlet.lower] == nil, DateWords.month(outlet) == nil else { return false }
        let opensSentence = span.start - 1 == 0 || tokens[span.start - 1].newlinesBefore > 0 || [".", "!", "?", "\"", "("].contains(tokens[span.start - 2].text)
        guard outlet.isAllCaps || !opensSentence else { return false }
        let reported = span.end < tokens.count && Self.reportingVerbs.contains(tokens[span.end].lower)
        let according = span.start >= 3 && document.word(span.start - 3) == "according" && document.word(span.start - 2) == "to"
        return reported || according
    }

    /// A country in the title line of an outlet's regional bulletin ("RFE/RL Poland, Belarus and Ukraine Report", "RFE/RL
    /// Caucasus Report"): a line of the outlet's name in capitals, countries joined by commas and "and", and a noun of a
    /// publication last. The bulletin's name, kept only when the text names the country otherwise, like a venue.
    func isInPublicationTitle(_ span: EntitySpan) -> Bool {
        let tokens = document.tokens
        var start = span.start
        while start > 0, tokens[start].newlinesBefore == 0 { start -= 1 }
        var end = span.end
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        guard end - start <= 16, tokens[start].isAllCaps, Self.publicationNouns.contains(tokens[end - 1].text) else { return false }
        var cursor = start
        while cursor < end, tokens[cursor].isAllCaps || ["/", "-", "&"].contains(tokens[cursor].text) { cursor += 1 }
        guard cursor > start else { return false }
        while cursor < end - 1 {
            if let place = document.entity(at: cursor), place.start == cursor, place.entity.country != nil { cursor = place.end; continue }
            guard [",", "and"].contains(tokens[cursor].text) else { return false }
            cursor += 1
        }
        return cursor == end - 1
    }

    /// Nouns that close a bulletin's name.
    static let publicationNouns: Set<String> = ["Report", "Newsline", "Digest", "Bulletin", "Monitor", "Review", "Weekly", "Daily", "Brief", "Update"]

    /// Nouns before "in" that make a capital stand for its government ("officials in Astana", "the authorities in Kiev").
    static let governmentWords: Set<String> = ["officials", "authorities", "leadership", "government", "politicians", "diplomats", "sources", "circles", "policymakers"]

    /// Words before "in" that make a capital the government holding a view ("concerns voiced in Washington", "fears in Kiev").
    static let stanceWords: Set<String> = ["voiced", "expressed", "raised", "aired", "concern", "concerns", "fears", "criticism", "alarm", "irritation", "displeasure"]

    /// The country the article names most, leaving some out.
    func topCountry(excluding: Set<String>) -> String? {
        var counts: [String: Int] = [:]
        for found in countries(in: 0..<document.tokens.count) where !excluding.contains(found.code) { counts[found.code, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    func nearestOther(_ found: [(code: String, at: Int)], to anchor: Int, excluding code: String) -> String? {
        found.filter { $0.code != code }.min { abs($0.at - anchor) < abs($1.at - anchor) }?.code
    }

    private func pick(_ found: [(code: String, at: Int)], anchor: Int, sentence: Range<Int>) -> [String]? {
        let distinct = Array(Set(found.map(\.code)))
        if distinct.count < 2 { return nil }
        if distinct.count == 2 { return ordered(distinct) }
        // "A and B", "A-B", "between A and B": two countries joined by a conjunction or hyphen.
        let spans = document.entities(in: sentence).filter { $0.entity.country != nil }
        var joined: [[String]] = []
        var joinedAt: [Int] = []
        for (first, second) in zip(spans, spans.dropFirst()) where first.entity.country != second.entity.country {
            let between = document.tokens[first.end..<second.start].map { $0.lower }
            if between == ["and"] || between == ["-"] || between == ["and", "the"] {
                joined.append([first.entity.country!, second.entity.country!])
                joinedAt.append(first.start)
            }
        }
        // "Armenia and Russia marked 30 years of diplomatic relations, and Belarus and Kazakhstan signed a deal": the pair in
        // the anchor's own clause, however near the other. The pair is joined there, not only one of its countries named there
        // ("China will take the 30th anniversary of relations with Kyrgyzstan as a starting point, ..., and create a golden
        // period of China-Kazakhstan relations": the joined pair is the later clause's).
        let clause = clause(of: anchor, in: sentence)
        let own = zip(joined, joinedAt).filter { clause.contains($0.1) }.map(\.0)
        // The anchor's clause names a pair of its own and joins none: that pair, not one another clause joins.
        let clauseCountries = Set(found.filter { clause.contains($0.at) }.map(\.code))
        if own.isEmpty, !joined.isEmpty, clauseCountries.count == 2 { return ordered(Array(clauseCountries)) }
        // "Russia and China are the closest partners of Kazakhstan, and we have a strategic partnership with India": the
        // anchor's clause names one country and no pair, and the pair joined in another clause is that clause's statement. The
        // clause's country goes with the one other country the sentence names outside every joined pair.
        if own.isEmpty, !joined.isEmpty {
            let inClause = Set(found.filter { clause.contains($0.at) }.map(\.code))
            let paired = Set(joined.joined())
            let rest = Set(distinct).subtracting(paired).subtracting(inClause)
            if inClause.count == 1, let mine = inClause.first, !paired.contains(mine), rest.count == 1, let other = rest.first { return ordered([mine, other]) }
        }
        if let best = (own.isEmpty ? joined : own).min(by: { distance($0, anchor, found) < distance($1, anchor, found) }) { return ordered(best) }
        if distinct.contains("RUS"), let other = nearestOther(found, to: anchor, excluding: "RUS") { return ordered(["RUS", other]) }
        let nearest = found.sorted { abs($0.at - anchor) < abs($1.at - anchor) }.map(\.code)
        var pair: [String] = []
        for code in nearest where !pair.contains(code) { pair.append(code); if pair.count == 2 { break } }
        return ordered(pair)
    }

    /// The clause of the sentence that holds token `index`, between semicolons and the commas before "and", "but" or "while".
    func clause(of index: Int, in sentence: Range<Int>) -> Range<Int> {
        func boundary(_ position: Int) -> Bool {
            document.word(position) == ";" || ["and", "but", "while", "whereas"].contains(document.word(position)) && document.word(position - 1) == ","
        }
        let start = (sentence.lowerBound..<max(sentence.lowerBound, index)).last(where: boundary).map { $0 + 1 } ?? sentence.lowerBound
        let end = ((index + 1)..<max(index + 1, sentence.upperBound)).first(where: boundary).map { $0 - 1 } ?? sentence.upperBound
        return start..<end
    }

    private func distance(_ pair: [String], _ anchor: Int, _ found: [(code: String, at: Int)]) -> Int {
        found.filter { pair.contains($0.code) }.map { abs($0.at - anchor) }.min() ?? Int.max
    }

    func ordered(_ pair: [String]) -> [String] { pair.sorted() }
}

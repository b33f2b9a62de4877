import Foundation

/// Publication dates, part of `PublicationDate`: years that what a text marks implies: anniversaries of historical
/// events and of things the text dates, birthdays, "last year's" events, the reference's date of an event reported for
/// a weekday; and whether an anniversary is planned for the year after the article's.
extension PublicationDate {
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

    /// The day an anniversary its sentence says falls today marks ("Today marks 25 years since the establishment of
    /// diplomatic relations", "Today is the 30th anniversary of ...", "On this day 25 years ago, relations were
    /// established"): the reference's full date of what it marks, `ordinal` years on, when the text itself gives that day
    /// and month ("... relations, which date from December 27, 1991"): the day is then the text's, the reference only
    /// confirms it. Nil when the text or the reference gives no day ("Today we celebrate the 30th anniversary" alone dates
    /// the year), for a sentence that names the next year or a last one, and for a possessive ("today's meeting").
    static func markedToday(_ words: [String], base: String, ordinal: Int, text tokens: [Token]) -> String? {
        guard let (year, month, day) = DateWords.parts(of: base), let month, let day,
              statesMonthDay(tokens, month: month, day: day) else { return nil }
        func isToday(_ at: Int) -> Bool {
            guard words[at] == "today" else { return false }
            return at + 1 == words.count || words[at + 1] != "'s"
        }
        func isOnThisDay(_ at: Int) -> Bool {
            guard at > 0, at + 1 < words.count, words[at] == "this", words[at + 1] == "day" else { return false }
            return words[at - 1] == "on"
        }
        let today = words.indices.contains { isToday($0) || isOnThisDay($0) }
        guard today, !namesNextYear(words), !words.contains("last"), DateWords.isValid(year: year + ordinal, month: month, day: day) else { return nil }
        return DateWords.iso(year + ordinal, month, day)
    }

    /// Whether the text names this day of this month anywhere ("December 27, 1991", "27 December", "Dec. 27").
    static func statesMonthDay(_ tokens: [Token], month: Int, day: Int) -> Bool {
        tokens.indices.contains { index in
            guard index + 1 < tokens.count, let named = DateWords.month(tokens[index]), named == month, tokens[index].isCapitalized else { return false }
            let after = index + 1 < tokens.count && tokens[index + 1].text == "." ? index + 2 : index + 1
            if after < tokens.count, tokens[after].kind == .number, Int(tokens[after].text) == day { return true }
            return index > 0 && tokens[index - 1].kind == .number && Int(tokens[index - 1].text) == day
        }
    }

    /// Nouns of an office held ("the country's former president", "a former foreign minister"), as opposed to a state's ("a
    /// former Soviet republic").
    static let officeNouns: Set<String> = ["president", "minister", "premier", "leader", "chairman", "speaker", "ambassador", "head", "secretary",
                                           "chief", "prime", "foreign", "defence", "defense", "king", "mayor", "governor", "deputy", "vice"]

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

    /// Words of a proclamation or a founding before the name of the event it made ("the proclamation of", "the restoration
    /// of", "the founding of"), read past when the anniversary names a historical event.
    static let eventPrefixes: Set<String> = ["proclamation", "declaration", "founding", "foundation", "establishment", "creation", "formation", "restoration",
                                             "signing", "adoption"]

    /// Years marked by anniversaries: of historical events, by any name `events` (the reference's `historical_events.tsv`)
    /// gives them and past a proclamation's, founding's or signing's words (`eventPrefixes`: "the 65th anniversary of the
    /// Great Victory" → 2010, "of the proclamation of the Republic of Latvia" → 2023 for the 105th); of a thing the phrase
    /// dates by its year ("the 10th anniversary of the UN General Assembly resolution of 1995" → 2005); and of a thing
    /// another sentence dates ("the 32nd anniversary of the Declaration" ... "The Declaration, adopted on August 23, 1990,"
    /// → 2022).
    static func historicalAnchors(_ tokens: [Token], sentences: [Range<Int>], monthDay: (month: Int, day: Int)?,
                                  events: [(words: [String], year: Int)]) -> [Int] {
        var years: [Int] = []
        for sentence in sentences {
            for index in sentence {
                guard let number = NumberWords.read(tokens, at: index), number.ordinal, number.end + 1 < tokens.count,
                      tokens[number.end].lower == "anniversary", tokens[number.end + 1].lower == "of" else { continue }
                var cursor = number.end + 2
                if cursor < tokens.count, tokens[cursor].lower == "the" { cursor += 1 }
                // "of the Soviet Union's Victory in the Great Patriotic War": a possessive of capitalized words before the event
                // says whose it was (when the event's own name does not hold it: "Turkmenistan's neutrality").
                let possessed = (cursor..<min(tokens.count, cursor + 4)).first(where: { tokens[$0].lower == "'s" }).flatMap { owner in
                    owner > cursor && (cursor..<owner).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) ? owner + 1 : nil
                }
                if let possessed, !events.contains(where: { tokens[cursor..<min(tokens.count, cursor + 10)].map(\.lower).starts(with: $0.words) }) { cursor = possessed }
                var rest = tokens[cursor..<min(tokens.count, cursor + 10)].map(\.lower)
                // "of the proclamation of the Republic of Latvia": the republic proclaimed.
                if rest.count > 2, eventPrefixes.contains(rest[0]), rest[1] == "of" { rest.removeFirst(rest[2] == "the" ? 3 : 2) }
                // "the Victory in the Great Patriotic War" or "the Great Victory", not "the Victory Day parade" of a given year,
                // nor a thing of the event's ("the Republic of Estonia's independence").
                let event = events.first(where: { rest.starts(with: $0.words) && !["day", "'s"].contains(rest.dropFirst($0.words.count).first) })?.year
                    ?? datedThing(tokens, from: cursor) ?? bracketDatedThing(tokens, from: cursor, in: sentence)
                    ?? datedElsewhere(tokens, sentences: sentences, from: cursor, except: sentence)
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

    /// The year of a thing whose name a bracket holding its date closes ("the 20th anniversary of the Treaty on Strategic
    /// Partnership between A and B (May 24, 2005)", "of the Charter (signed on 22 January 1993)", "of the Declaration
    /// (1990)"): the bracket within the name's first twenty tokens, no comma, full stop or other clause mark before it, and
    /// in it only the date, after at most a participle and its preposition.
    static func bracketDatedThing(_ tokens: [Token], from start: Int, in sentence: Range<Int>) -> Int? {
        for open in start..<min(sentence.upperBound, start + 20) {
            let text = tokens[open].text
            if [",", ".", ";", ":", "\"", "“", "”"].contains(text) { return nil }
            guard text == "(" else { continue }
            guard let close = (open + 1..<min(sentence.upperBound, open + 9)).first(where: { tokens[$0].text == ")" }) else { return nil }
            var first = open + 1
            if first + 1 < close, foundingVerbs.contains(tokens[first].lower) || documentVerbs.contains(tokens[first].lower) { first += 1 }
            if first < close, ["on", "in"].contains(tokens[first].lower) { first += 1 }
            if close == first + 1, tokens[first].kind == .number, tokens[first].text.count == 4, let year = Int(tokens[first].text),
               (1900...currentYear).contains(year) { return year }
            guard let date = fullDates(in: tokens, range: first..<close).first, date.start == first, date.year <= currentYear else { return nil }
            return date.year
        }
        return nil
    }

    /// Whether words narrate the present, not the past: a form of "be" in the present before a participle in "-ing" ("an
    /// information campaign is taking place", "are marking"), or a verb of marking in the present ("celebrates", "marks"),
    /// and no past auxiliary ("was", "were", "had", "did").
    static func narratesPresent(_ words: [String]) -> Bool {
        if words.contains(where: { ["was", "were", "had", "did"].contains($0) }) { return false }
        return zip(words, words.dropFirst()).contains { ["is", "are", "'re", "am"].contains($0) && $1.count > 4 && $1.hasSuffix("ing") }
            || words.contains { ["celebrates", "marks", "commemorates", "celebrate", "mark", "commemorate"].contains($0) }
    }

    /// Whether a sentence dates the event it reports to a day and month of its own, with no year ("announced on June 13 that
    /// Uzbekistan pulls out", "signed memorandums ... on June 24"), that the reference's date of the event rules out: more
    /// than a day from the reference's day, or in another month when the reference gives only the month. The sentence
    /// reports another event (an announcement, a step) than the one the reference dates. The dateline's day is not the event's.
    static func datesAnotherDay(_ tokens: [Token], reference: String?, dateline: (month: Int, day: Int)?) -> Bool {
        guard let reference, let (year, month, day) = DateWords.parts(of: reference), let month else { return false }
        var stated: [(month: Int, day: Int)] = []
        for index in tokens.indices where index + 1 < tokens.count {
            var found: (month: Int, day: Int, next: Int)?
            if tokens[index].kind == .number, tokens[index].text.count <= 2, let d = Int(tokens[index].text), let m = DateWords.month(tokens[index + 1]),
               tokens[index + 1].isCapitalized { found = (m, d, index + 2) }
            else if let m = DateWords.month(tokens[index]), tokens[index].isCapitalized, tokens[index + 1].kind == .number, tokens[index + 1].text.count <= 2,
                    let d = Int(tokens[index + 1].text) { found = (m, d, index + 2) }
            guard let found, (1...31).contains(found.day) else { continue }
            // "June 13, 2005", "13 June 2005": a date with its year is weighed elsewhere.
            var next = found.next
            if next < tokens.count, tokens[next].text == "," { next += 1 }
            if next < tokens.count, tokens[next].kind == .number, tokens[next].text.count == 4 { continue }
            // The dateline's own day, when the sentence runs on from it ("(Tbilisi, June 14, Civil Georgia) - ..."), is the report's.
            if let dateline, dateline.month == found.month, dateline.day == found.day { continue }
            stated.append((found.month, found.day))
        }
        guard !stated.isEmpty else { return false }
        return !stated.contains { date in
            guard let day else { return date.month == month }
            return DateWords.isValid(year: year, month: date.month, day: date.day) && dayDistance(year: year, from: (month, day), to: (date.month, date.day)) <= 1
        }
    }

    /// Days between two dates of one year (absolute).
    static func dayDistance(year: Int, from: (month: Int, day: Int), to: (month: Int, day: Int)) -> Int {
        func ordinal(_ date: (month: Int, day: Int)) -> Int {
            (1..<date.month).reduce(date.day) { total, month in total + (1...31).last { DateWords.isValid(year: year, month: month, day: $0) }! }
        }
        return abs(ordinal(from) - ordinal(to))
    }

    /// Verbs that date a document or a body in the past participle or the past tense ("The Declaration, adopted on August
    /// 23, 1990,", "the Charter was signed in 1993").
    static let foundingVerbs: Set<String> = ["adopted", "signed", "proclaimed", "ratified", "founded", "established", "created", "declared"]

    /// The year another sentence dates the thing an anniversary names, by its whole name or by its first capitalized word
    /// alone ("the 32nd anniversary of the adoption of the Declaration of Independence" ... "The Declaration, adopted by the
    /// Supreme Council on August 23, 1990, ..."): the name, then within eight tokens a founding verb, then within ten more a
    /// year, all in one sentence; only when the text gives one such year. A name that shares only its first words with the
    /// anniversary's is another thing's ("the 20th anniversary of the creation of the Collective Security Treaty
    /// Organisation" ... "The Collective Security Treaty was signed on May 15, 1992": the treaty, not the organisation).
    static func datedElsewhere(_ tokens: [Token], sentences: [Range<Int>], from start: Int, except own: Range<Int>) -> Int? {
        // Only the act's noun may come before the thing's name ("the adoption of the Declaration", "the signing of the
        // Charter"), not a relation between parties ("the establishment of diplomatic relations between Armenia and ...").
        let acts: Set<String> = ["adoption", "signing", "proclamation", "ratification", "founding", "creation", "establishment", "of", "the"]
        var cursor = start
        while cursor < min(tokens.count, start + 6), acts.contains(tokens[cursor].lower), !tokens[cursor].isCapitalized { cursor += 1 }
        guard cursor < min(tokens.count, start + 6), tokens[cursor].kind == .word, tokens[cursor].isCapitalized, tokens[cursor].text.count > 2,
              DateWords.month(tokens[cursor]) == nil, DateWords.weekdays[tokens[cursor].lower] == nil,
              cursor + 1 == tokens.count || tokens[cursor + 1].lower != "'s" else { return nil }
        let noun = tokens[cursor].text, name = capitalizedName(tokens, at: cursor)
        var years: Set<Int> = []
        for sentence in sentences where sentence != own {
            for index in sentence where tokens[index].text == noun {
                let named = capitalizedName(tokens, at: index)
                guard named.count == 1 || named == name else { continue }
                guard let verb = ((index + 1)..<min(sentence.upperBound, index + 9)).first(where: { foundingVerbs.contains(tokens[$0].lower) }),
                      let at = ((verb + 1)..<min(sentence.upperBound, verb + 11)).first(where: { tokens[$0].kind == .number && tokens[$0].text.count == 4 }),
                      let year = Int(tokens[at].text), (1900...currentYear).contains(year) else { continue }
                years.insert(year)
            }
        }
        return years.count == 1 ? years.first : nil
    }

    /// The words of the capitalized name at token `start`, on its line: its capitalized words and the small words that join
    /// two of them ("Declaration of Independence", "Charter of the United Nations", "Treaty on Friendship and Cooperation",
    /// "Collective Security Treaty").
    static func capitalizedName(_ tokens: [Token], at start: Int) -> [String] {
        func isNameWord(_ at: Int) -> Bool { at < tokens.count && tokens[at].kind == .word && tokens[at].isCapitalized && (at == start || tokens[at].newlinesBefore == 0) }
        func isJoin(_ at: Int, _ words: Set<String>) -> Bool { at < tokens.count && words.contains(tokens[at].text) && tokens[at].newlinesBefore == 0 }
        var words: [String] = [], at = start
        while isNameWord(at) {
            words.append(tokens[at].text)
            at += 1
            // "of", "of the", "on", "for", "and" between two of its capitalized words.
            var join = at
            if isJoin(join, ["of", "on", "for", "and"]) { join += 1 }
            if join > at, isJoin(join, ["the"]) { join += 1 }
            if join > at, isNameWord(join) {
                words += tokens[at..<join].map(\.text)
                at = join
            }
        }
        return words
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

    /// Whether a sentence's words tell its event as what came before the news, by an adverb of earlier time ("Armenia earlier
    /// froze its participation", "Georgia had previously left the bloc", "Previously, Uzbekistan suspended its membership"):
    /// history, on a day the text does not give. Not "earlier this year", "earlier today" or "earlier this month", which
    /// place it in the article's own time.
    static func toldAsBackground(_ words: [String]) -> Bool {
        words.indices.contains { at in
            ["earlier", "previously", "formerly"].contains(words[at])
                && !(at + 1 < words.count && ["this", "today", "on", "in"].contains(words[at + 1]))
        }
    }

    /// "last year's disputed presidential election" beside "a presidential election in August 2020": the event the text dates
    /// elsewhere by its year ("the election in 2020", "the election of 2020", "the 2020 election") took place last year, so
    /// the article is of the year after (one year for each such event; nothing when they disagree is left to `inferYear`).
    /// Not an event held elsewhere: "last year's summit in Tashkent" is not "the 2015 summit in Ufa".
    static func lastYearsEvents(_ tokens: [Token]) -> [Int] {
        func singular(_ word: String) -> String { word.hasSuffix("s") && word != "talks" ? String(word.dropLast()) : word }
        func year(_ i: Int) -> Int? {
            guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].text.count == 4, let value = Int(tokens[i].text) else { return nil }
            return (1985...currentYear).contains(value) ? value : nil
        }
        // The place an event's noun names after "in" ("summit in Ufa"), the capitalized word.
        func venue(_ noun: Int) -> String? {
            guard noun + 2 < tokens.count, tokens[noun + 1].lower == "in", tokens[noun + 2].kind == .word, tokens[noun + 2].isCapitalized,
                  DateWords.month(tokens[noun + 2]) == nil else { return nil }
            return tokens[noun + 2].lower
        }
        var found: [Int] = []
        for index in tokens.indices where index + 3 < tokens.count && tokens[index].lower == "last" && tokens[index + 1].lower == "year" && tokens[index + 2].lower == "'s" {
            guard let noun = ((index + 3)..<min(tokens.count, index + 7)).first(where: { eventNouns.contains(tokens[$0].lower) }) else { continue }
            let word = singular(tokens[noun].lower)
            for other in tokens.indices where other != noun && tokens[other].kind == .word && singular(tokens[other].lower) == word {
                if let place = venue(noun), let otherPlace = venue(other), place != otherPlace { continue }
                if let dated = year(other - 1) { found.append(dated + 1); break }
                // "in August 2020", "of 2020", "in 2020": a preposition, at most a month's name, then the year.
                guard other + 2 < tokens.count, ["in", "of"].contains(tokens[other + 1].lower) else { continue }
                if let dated = year(other + 2) ?? (DateWords.month(tokens[other + 2]) != nil ? year(other + 3) : nil) { found.append(dated + 1); break }
            }
        }
        return found
    }

    /// "had it not joined NATO 20 years ago" beside "also joined NATO on March 29, 2004": an event the text counts back to by
    /// "N years ago" in one sentence and dates by its year in another (the same past verb and the same object, up to four
    /// words, then the year within eight tokens) took place that year, so the article is of that year plus N. The same for
    /// "became independent 30 years ago" ... "became independent on 16 December 1991", "signed the treaty a decade ago" is no
    /// count of years. Not a count in a clause "since" opens (it dates the period's start), nor a year a future or an
    /// intention governs.
    static func agoEventsDatedElsewhere(_ tokens: [Token], sentences: [Range<Int>]) -> [Int] {
        var found: [Int] = []
        for sentence in sentences {
            for ago in sentence where tokens[ago].lower == "ago" && ago - 3 >= sentence.lowerBound && ["years", "year"].contains(tokens[ago - 1].lower) {
                let countAt = ago - 2
                let word = tokens[countAt].lower
                guard let count = word == "a" || word == "one" ? 1 : NumberWords.cardinalWords[word] ?? (tokens[countAt].kind == .number ? Int(word) : nil),
                      (1...99).contains(count) else { continue }
                if tokens[sentence.lowerBound..<countAt].reversed().prefix(while: { ![",", ";", ".", ":"].contains($0.text) }).contains(where: { $0.lower == "since" }) { continue }
                // The past verb and its object before the count: "joined NATO", "became independent", "signed the treaty".
                guard let verb = (max(sentence.lowerBound, countAt - 5)..<countAt).last(where: { isPastVerb(tokens[$0]) || ["became", "left", "won", "took", "began"].contains(tokens[$0].lower) }),
                      verb + 1 < countAt, ((verb + 1)..<countAt).allSatisfy({ tokens[$0].kind == .word }) else { continue }
                let object = ((verb + 1)..<countAt).map { tokens[$0].lower }
                for other in sentences where other != sentence {
                    for at in other where tokens[at].lower == tokens[verb].lower && at + object.count < other.upperBound
                        && Array(tokens[(at + 1)...(at + object.count)].map(\.lower)) == object {
                        let rest = (at + object.count + 1)..<min(other.upperBound, at + object.count + 9)
                        guard !tokens[other].contains(where: { futureWords.contains($0.lower) }),
                              let yearAt = rest.first(where: { tokens[$0].kind == .number && tokens[$0].text.count == 4 }),
                              let year = Int(tokens[yearAt].text), (1900...currentYear).contains(year) else { continue }
                        found.append(year + count)
                    }
                }
            }
        }
        return found
    }

    /// The reference's full date of an event its sentence reports for a weekday ("Belarus on Thursday became ..."), when it
    /// falls in the `year` inferred on that weekday, or dates in full as the article's lead; or, in the year inferred, by its
    /// day and month in a lead that narrates the present or the past ("As of January 2, Armenia becomes a full member",
    /// "From 2 January the republic is a member", "Armenia joined the union on Jan. 2"; not "will join on January 2", which
    /// copy of the days before writes). Nil for an event dated otherwise ("last July", "a year ago", "in 2015").
    static func reportedDay(_ date: String?, sentence tokens: [Token], lead: Bool, year: Int?) -> String? {
        guard let date, let actual = DateWords.weekday(of: date), year == nil || year == DateWords.year(of: date) else { return nil }
        if lead, fullDates(in: tokens, range: tokens.indices).contains(where: { DateWords.iso($0.year, $0.month, $0.day) == date }) { return date }
        if lead, year != nil, let (_, month, day) = DateWords.parts(of: date), let month, let day, statesMonthDay(tokens, month: month, day: day),
           !tokens.indices.contains(where: { futureWords.contains(tokens[$0].lower) || isObligation(tokens, at: $0) || tokens[$0].kind == .number && tokens[$0].text.count == 4 }) {
            return date
        }
        guard year != nil else { return nil }
        let words = tokens.map(\.lower)
        if words.contains(where: { ["ago", "last", "yesterday"].contains($0) || $0.count == 4 && Int($0) != nil }) { return nil }
        return DateWords.weekdaysAfterOn(words) == [actual] ? date : nil
    }
}

extension PublicationDate {
    /// A stretch of time counted in whole months and days.
    struct Span: Equatable {
        var months: Int
        var days: Int
    }

    /// The news of the day a sentence names as the subject of a verb that counts it forward from an event: "the meeting
    /// comes", "the visit, which came", "it follows".
    static let newsNouns: Set<String> = [
        "meeting", "meetings", "visit", "talks", "trip", "summit", "session", "move", "decision", "statement", "announcement",
        "call", "remarks", "news", "development", "agreement", "deal", "vote", "report", "step", "appeal", "letter", "message",
        "it", "this",
    ]

    /// Words that soften or bound a count without changing it ("nearly six months", "more than a year", "just weeks").
    static let countQualifiers: Set<String> = ["just", "nearly", "almost", "some", "about", "around", "roughly", "exactly", "barely",
                                               "only", "over", "fully", "full", "than", "more", "less", "little"]

    /// How long after an event the sentence's own news takes place, when it counts the news forward from the event: a news
    /// noun (`newsNouns`) right before a verb of following ("The meeting comes six months after Uzbekistan suspended its
    /// membership", "The visit came a year after ...", "The talks, which come nearly two years after ...", "It follows by
    /// ..."; "The summit takes place a month after ..."), or the time passed up to now ("Six months have passed since ...",
    /// "It has been a year since ...", "Today marks two years since ..."). The event's reference date plus the span dates
    /// the article, where "N months after" alone dates the event from another one ("Uzbekistan joined two years after
    /// Kazakhstan"). Nil for a verb a modal, a negation or "to" governs ("will come", "does not come", "is expected to
    /// come": the news word does not stand right before it), for a subject that is the event or anything else ("Armenia's
    /// freeze came a year after the war"), and for a past count ("it had been a year since").
    static func newsSpanAfterEvent(_ words: [String]) -> Span? {
        for at in words.indices where at >= 3 && ["after", "since"].contains(words[at]) {
            // "Six months have passed since": the count before the verb.
            let passed = words[at] == "since" && words[at - 1] == "passed" && at >= 4 && ["has", "have"].contains(words[at - 2])
            let unit = passed ? at - 3 : at - 1
            let span: Span
            switch words[unit] {
            case "year", "years": span = Span(months: 12, days: 0)
            case "month", "months": span = Span(months: 1, days: 0)
            case "decade", "decades": span = Span(months: 120, days: 0)
            case "week", "weeks": span = Span(months: 0, days: 7)
            case "day", "days": span = Span(months: 0, days: 1)
            default: continue
            }
            let countWord = words[unit - 1]
            guard let count = ["a", "an", "one"].contains(countWord) ? 1 : Int(countWord) ?? NumberWords.cardinalWords[countWord], count > 0, count < 100 else { continue }
            let counted = Span(months: span.months * count, days: span.days * count)
            if passed { return counted }
            var verb = unit - 2
            while verb > 0, countQualifiers.contains(words[verb]) { verb -= 1 }
            if words[at] == "after" {
                // "comes", "came", "follows"; "takes place".
                var subject = verb - 1
                if ["place"].contains(words[verb]), verb > 0, ["takes", "take", "took"].contains(words[verb - 1]) { subject = verb - 2 }
                else if !["comes", "come", "came", "follows", "follow", "followed"].contains(words[verb]) { continue }
                // "The visit, which comes ...": the noun the relative clause hangs on.
                if subject >= 2, words[subject] == "which", words[subject - 1] == "," { subject -= 2 }
                if subject >= 0, newsNouns.contains(words[subject]) { return counted }
            } else {
                // "it has been ... since", "today marks ... since" (not "had been").
                let perfect = verb > 0 && ["has", "have", "'s", "'ve"].contains(words[verb - 1])
                if words[verb] == "been" && perfect && verb > 1 && words[verb - 2] == "it"
                    || ["marks", "mark"].contains(words[verb]) && verb > 0 && ["today", "this", "week", "month", "day"].contains(words[verb - 1]) {
                    return counted
                }
            }
        }
        return nil
    }

    /// The year of the day `span` after the date `iso` (a date, a month or a year as the reference writes it); nil when its
    /// precision cannot carry the span (a month counted from a year, days from a month).
    static func year(of iso: String, plus span: Span) -> Int? {
        guard let (year, month, day) = DateWords.parts(of: iso) else { return nil }
        guard let month else { return span.months % 12 == 0 && span.days == 0 ? year + span.months / 12 : nil }
        let total = year * 12 + month - 1 + span.months
        guard span.days > 0 else { return total / 12 }
        guard let day, let start = Calendar(identifier: .gregorian).date(from: DateComponents(year: total / 12, month: total % 12 + 1, day: day)),
              let end = Calendar(identifier: .gregorian).date(byAdding: .day, value: span.days, to: start) else { return nil }
        return Calendar(identifier: .gregorian).component(.year, from: end)
    }
}

extension PublicationDate {
    /// The year a plan named twice gives a yearless dateline: once by its month alone, ahead ("India and Pakistan to become
    /// members in June", "The summit will be held in October", "is due to take effect in January"), and once by that month
    /// and its year in a clause about the future ("at the summit in June 2017", "from January 1, 2026"). A month named alone
    /// ahead is the next one after the dateline's: the article is of that year when the month follows the dateline's, of the
    /// year before when it does not ("will join in January" under "MINSK, Nov 28" with "from January 1, 2026" is 2025).
    /// `futureMonths` are the months the clues date ahead with their year.
    /// Not a month "next" or "last" qualifies (a year may lie between), one with its day or year beside it, one in a text
    /// that names a year of its own, nor one in a clause that speaks of the past; not the dateline's own month, nor a month
    /// that several years date ahead.
    static func comingMonthYear(_ tokens: [Token], sentences: [Range<Int>], title: [Token], monthDay: (month: Int, day: Int)?,
                                futureMonths: [(year: Int, month: Int)]) -> Int? {
        guard let dateline = monthDay?.month else { return nil }
        var years: Set<Int> = []
        let texts = [(title, title.indices, isHeadlineInfinitive(title))] + sentences.map { (tokens, $0, false) }
        for (text, range, headlineAhead) in texts {
            // A text that names a year dates its month by that year.
            if text[range].contains(where: { $0.kind == .number && $0.text.count == 4 }) { continue }
            for index in range.dropFirst() where text[index].isCapitalized {
                guard let month = DateWords.month(text[index]), month != dateline, ["in", "for", "until", "by"].contains(text[index - 1].lower),
                      index + 1 == range.upperBound || text[index + 1].kind != .number else { continue }
                let before = range.lowerBound..<index
                guard headlineAhead || before.contains(where: { !isDiscourseFrame(text, at: $0) && futureWords.contains(text[$0].lower) || isObligation(text, at: $0) }),
                      !before.contains(where: { ["next", "last", "ago"].contains(text[$0].lower) || isPastVerb(text[$0]) }) else { continue }
                let dated = Set(futureMonths.filter { $0.month == month }.map(\.year))
                guard dated.count == 1, let year = dated.first else { continue }
                years.insert(month > dateline ? year : year - 1)
            }
        }
        return years.count == 1 ? years.first : nil
    }
}

/// Anniversaries: "25th anniversary of diplomatic relations", "25 years since the establishment of
/// diplomatic relations", "thirtieth anniversary", "a quarter of a century", "twenty-five years ago",
/// "will mark 30 years", "the 20th anniversary of the Treaty of …", "the 30th anniversary of the CIS".
/// Not anniversaries: "20th CIS summit", "73rd session", birthdays and ages, the span of a record ("the worst unrest in
/// 30 years of independence").
struct AnniversaryRules {
    let document: Document
    let reference: ReferenceIndex
    var tokens: [Token] { document.tokens }

    /// Spans of years written as phrases.
    static let spanPhrases: [(words: [String], years: Int)] = [
        (["a", "quarter", "of", "a", "century"], 25), (["quarter", "of", "a", "century"], 25),
        // "a quarter-century of the treaty", "a half-century of ties".
        (["a", "quarter", "-", "century"], 25), (["quarter", "-", "century"], 25), (["a", "half", "-", "century"], 50), (["half", "-", "century"], 50),
        (["half", "a", "century"], 50), (["a", "half", "century"], 50),
        (["a", "century"], 100), (["a", "decade"], 10),
        // "more than half a decade after ...": half of the unit, read whole, so that "a decade" in it is not read alone.
        (["half", "a", "decade"], 5),
        // "the silver jubilee of diplomatic relations", "the centenary of the treaty".
        (["silver", "jubilee"], 25), (["golden", "jubilee"], 50), (["diamond", "jubilee"], 60), (["centenary"], 100), (["centennial"], 100),
        (["silver", "anniversary"], 25), (["golden", "anniversary"], 50), (["diamond", "anniversary"], 60),
    ]
    /// Subjects that make the number something other than an anniversary of relations.
    /// Words of a country's joining an organisation or being its member ("of joining", "of Estonia's accession", "of membership").
    static let joiningWords: Set<String> = ["joining", "joined", "joins", "accession", "acceding", "acceded", "membership", "admission", "admitted"]
    static let excluded: Set<String> = ["birthday", "birth", "jubilee", "old", "age", "aged", "prison", "jail", "sentence", "term", "summit", "session", "meeting", "round", "congress", "forum"]

    func extract() -> [ArticleFacts.Anniversary] {
        var found: [ArticleFacts.Anniversary] = []
        var index = 0
        while index < tokens.count {
            if let candidate = trigger(at: index) {
                for anniversary in isApproximate(at: candidate.start) || isDuration(candidate) ? [] : complete(candidate) where !contradictsReference(anniversary) {
                    let duplicate = found.contains { $0.parties == anniversary.parties && $0.subject == anniversary.subject && $0.ordinal == anniversary.ordinal && $0.year == anniversary.year }
                    if !duplicate { found.append(anniversary) }
                }
                index = candidate.end
            } else {
                index += 1
            }
        }
        return found
    }

    struct Trigger {
        let ordinal: Int; let start: Int; let end: Int; let yearOffset: Int
        /// A count before "ago" that is no jubilee ("28 years ago"): it dates a past event, and marks an anniversary only of
        /// independence whose date the reference agrees with.
        var reckoned = false
    }

    /// A number of years stated as an anniversary, at token `index`.
    /// Words that can begin a number of years ("25", "twenty", "a quarter", "half", "two decades", "centenary").
    static let startWords: Set<String> = Set(NumberWords.cardinalWords.keys).union(NumberWords.ordinalWords.keys).union(["a", "half", "quarter", "silver", "golden", "diamond", "centenary", "centennial"])
    static let startFilter = WordFilter(startWords)

    /// `text.first?.isNumber == true` (a character is a number by its first scalar), without making the character;
    /// an ASCII text by its first byte.
    static func startsWithNumber(_ text: String) -> Bool {
        guard let byte = text.utf8.first else { return false }
        return byte < 0x80 ? byte >= 0x30 && byte <= 0x39 : text.unicodeScalars.first?.properties.numericType != nil
    }

    func trigger(at index: Int) -> Trigger? {
        // The token read in place (a copy would retain its strings): this runs on every token.
        guard tokens[index].kind == .number || Self.startFilter.mayContain(tokens[index].lower) && Self.startWords.contains(tokens[index].lower)
                || Self.startsWithNumber(tokens[index].lower) else { return nil }
        for phrase in Self.spanPhrases where matches(phrase.words, at: index) {
            let end = index + phrase.words.count
            return yearsTrigger(value: phrase.years, start: index, end: end)
        }
        // "two decades", "three decades"
        if let number = NumberWords.read(tokens, at: index), !number.ordinal, number.end < tokens.count, tokens[number.end].isWord("decades") {
            return yearsTrigger(value: number.value * 10, start: index, end: number.end + 1)
        }
        guard let number = NumberWords.read(tokens, at: index), number.value > 0, number.value <= 500 else { return nil }
        // A four-digit number is a year, not an ordinal.
        if tokens[index].kind == .number, tokens[index].text.count == 4 { return nil }
        var cursor = number.end
        // "the 20 th anniversary", "its 31 st anniversary": an ordinal whose suffix a lost superscript left as a word of its
        // own, the suffix the number takes.
        var ordinal = number.ordinal
        if !ordinal, tokens[index].kind == .number, cursor < tokens.count, tokens[cursor].spaceBefore,
           tokens[cursor].lower == Self.ordinalSuffix(number.value) {
            ordinal = true
            cursor += 1
        }
        // "will turn ten", "turns 20": a bare number after "turn".
        if !ordinal, ["turn", "turns", "turned", "turning"].contains(document.word(index - 1)), !["years", "year"].contains(document.word(cursor)) {
            return Trigger(ordinal: number.value, start: index, end: cursor, yearOffset: 0)
        }
        if ordinal {
            // "25th anniversary", "30TH ANNIVERSARY"
            // "the 25th jubilee of diplomatic relations" (not "his 70th jubilee", a birthday).
            // "NATO's 50th-anniversary summit": the same, hyphenated as a modifier.
            if document.word(cursor) == "-", document.word(cursor + 1) == "anniversary" { cursor += 1 }
            // "the 100th diplomatic anniversary between Mongolia and Russia": the anniversary of relations, named by its
            // adjective (`complete` takes it as the subject).
            if document.word(cursor) == "diplomatic", document.word(cursor + 1) == "anniversary" { cursor += 1 }
            if cursor < tokens.count, tokens[cursor].isWord("anniversary") || tokens[cursor].isWord("jubilee") && !["his", "her"].contains(document.word(index - 1)) {
                return Trigger(ordinal: number.value, start: index, end: cursor + 1, yearOffset: 0)
            }
            // "in the 30th year of the establishment of diplomatic relations", "the 25th year of the Treaty", "marks the tenth
            // year of the CSTO": a count of years reached is its anniversary (Tests/Fixtures/eval/README.md), when what is
            // counted follows the "of" (`opensCountedSubject`); not "the third year of his term" or "of the war".
            if document.word(cursor) == "year", document.word(cursor + 1) == "of", opensCountedSubject(at: cursor + 2) {
                return Trigger(ordinal: number.value, start: index, end: cursor + 1, yearOffset: 0)
            }
            // "its 30th Independence Day": the holiday counts the years of independence; the trigger leaves the name as its
            // subject.
            if document.word(cursor) == "independence", document.word(cursor + 1) == "day" {
                return Trigger(ordinal: number.value, start: index, end: cursor, yearOffset: 0)
            }
            // "its 26th Independence Anniversary", "the 70th founding anniversary of the ... diplomatic ties", "the 30th
            // establishment anniversary of relations": what is marked, written as the anniversary's modifier.
            if let end = compoundAnniversaryEnd(after: cursor) { return Trigger(ordinal: number.value, start: index, end: end, yearOffset: 0) }
            return isGapped(ordinalAt: index, end: cursor) ? Trigger(ordinal: number.value, start: index, end: cursor, yearOffset: 0) : nil
        }
        // "25-year anniversary", "the 25-year mark", "25 years"
        if cursor + 2 < tokens.count, tokens[cursor].text == "-", tokens[cursor + 1].isWord("year"), tokens[cursor + 2].isWord("anniversary") || tokens[cursor + 2].isWord("mark") || tokens[cursor + 2].isWord("jubilee") {
            return Trigger(ordinal: number.value, start: index, end: cursor + 3, yearOffset: 0)
        }
        guard cursor < tokens.count, tokens[cursor].isWord("years") else { return nil }
        cursor += 1
        return yearsTrigger(value: number.value, start: index, end: cursor)
    }

    /// The end of a trigger whose ordinal at `index` - 1 is followed by one or two words that name what is marked, then
    /// "anniversary" or "jubilee": independence ("Independence Anniversary", "State Independence anniversary") leaves the
    /// words to `complete` as the subject (which takes no jubilee of it, as of a birthday); a founding ("founding anniversary of the ... diplomatic ties", "establishment
    /// anniversary of the CSTO") ends after the noun, whose "of" names what was founded, as in "anniversary of the founding
    /// of". Nil for other words.
    func compoundAnniversaryEnd(after index: Int) -> Int? {
        var cursor = index
        while cursor < index + 2, Self.compoundSubjectWords.contains(document.word(cursor)) { cursor += 1 }
        guard cursor > index, ["anniversary", "jubilee"].contains(document.word(cursor)) else { return nil }
        let last = document.word(cursor - 1)
        if last == "independence" { return index }
        return Self.foundingNouns.contains(last) && last != "state" ? cursor + 1 : nil
    }

    /// Words that name what an anniversary marks when written before the noun: independence and its coming, a founding.
    static let compoundSubjectWords: Set<String> = ["independence", "state", "founding", "foundation", "establishment", "creation", "formation"]

    /// Whether the phrase at `index` (after "the Nth year of", maybe "their" or "its") opens with what an anniversary counts: relations, independence,
    /// the nouns of a founding or a signing ("the establishment of", "the signing of"), or a name (an organisation's, a treaty's
    /// capitalized).
    func opensCountedSubject(at index: Int) -> Bool {
        let head = ["the", "their", "its"].contains(document.word(index)) ? index + 1 : index
        guard head < tokens.count else { return false }
        if ["diplomatic", "relations", "independence", "establishment", "establishing", "founding", "foundation", "creation", "formation", "signing",
            "conclusion", "adoption"].contains(tokens[head].lower) { return true }
        if let span = document.entity(at: head), span.start == head, case .organisation = span.entity { return true }
        return tokens[head].isCapitalized && ["Treaty", "Agreement", "Declaration", "Charter"].contains(tokens[head].text)
    }

    /// The English suffix of an ordinal number: "st" for 1, 21, 101; "nd" for 2, 22; "rd" for 3, 23; "th" for the rest (11, 12
    /// and 13 included).
    static func ordinalSuffix(_ value: Int) -> String {
        if (11...13).contains(value % 100) { return "th" }
        switch value % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// "more than five years ago", "nearly 30 years since", "some 25 years of": a count given as an approximation measures a
    /// span; a jubilee is counted exactly.
    func isApproximate(at index: Int) -> Bool {
        let previous = document.word(index - 1)
        if Self.approximators.contains(previous) { return true }
        return Self.approximatorPairs[previous]?.contains(document.word(index - 2)) ?? false
    }

    static let approximators: Set<String> = ["over", "almost", "nearly", "roughly", "approximately", "some"]

    /// "the deadliest violence in 30 years of independence", "the first leader invited in the six years since the restoration
    /// of independence", "the worst drought during the 25 years of independence": a count of years (not an ordinal's
    /// anniversary) governed by "in", "during", "within" or "throughout" (an article, a possessive or "last", "past",
    /// "first" between) after a record in its clause (a superlative, "first", "only") measures the span the record holds
    /// for; it marks no jubilee. Without a record the count may be the jubilee itself ("have achieved a great deal in 30
    /// years of diplomatic relations" on the day), and "in its 30th anniversary year" keeps the ordinal's anniversary.
    /// A count of years quantified by "all" is a span whatever governs it ("pursued a balanced policy for all the 30 years
    /// of its independence", "all these 25 years of independence have shown", "throughout all of its 20 years of
    /// independence"): the years gone through one by one, not a jubilee marked.
    func isDuration(_ trigger: Trigger) -> Bool {
        let words = (trigger.start..<trigger.end).map { document.word($0) }
        guard words.contains(where: { ["years", "decades", "century", "decade"].contains($0) }), !words.contains("anniversary"),
              NumberWords.read(tokens, at: trigger.start)?.ordinal != true else { return false }
        var cursor = trigger.start - 1
        while trigger.start - cursor <= 4, Self.durationModifiers.contains(document.word(cursor)) || document.word(cursor) == "of" && document.word(cursor - 1) == "all" {
            if document.word(cursor) == "all" { return true }
            cursor -= 1
        }
        guard Self.durationPrepositions.contains(document.word(cursor)) else { return false }
        let sentence = document.sentence(containing: cursor)
        var back = cursor - 1
        while back >= sentence.lowerBound, cursor - back <= 14, document.word(back) != ";" {
            if Self.recordWords.contains(document.word(back)) { return true }
            back -= 1
        }
        return false
    }

    /// Prepositions that make a count of years a span ("in 30 years of independence").
    static let durationPrepositions: Set<String> = ["in", "during", "within", "throughout"]
    /// Words between such a preposition and the count ("in the past 25 years of", "during their six years since").
    static let durationModifiers: Set<String> = ["the", "its", "their", "our", "his", "her", "these", "those", "last", "past", "first", "all"]
    /// Words of a record that a span of years measures ("the deadliest ... in 30 years", "the first ... in six years").
    static let recordWords: Set<String> = ["first", "only", "most", "least", "worst", "best", "deadliest", "bloodiest", "largest", "biggest",
                                           "greatest", "highest", "lowest", "strongest", "weakest", "longest", "heaviest", "sharpest",
                                           "fewest", "fastest", "slowest", "closest", "coldest", "hottest", "severest", "gravest"]
    /// "more than", "less than", "fewer than", "at least", "close to", "upwards of": the second word and the first words it follows.
    static let approximatorPairs: [String: Set<String>] = ["than": ["more", "less", "fewer"], "least": ["at"], "to": ["close"], "of": ["upwards"]]

    /// "The CST marked its 30th anniversary this year, and the CSTO its 20th": an ordinal after "its" or "their" that ends
    /// its clause, in a clause coordinated after one that marks an anniversary, is that anniversary with its noun left out
    /// (not "and Minsk hosted its 20th summit").
    func isGapped(ordinalAt index: Int, end: Int) -> Bool {
        guard ["its", "their"].contains(document.word(index - 1)), end >= tokens.count || tokens[end].kind == .punctuation else { return false }
        let sentence = document.sentence(containing: index)
        guard let marked = (sentence.lowerBound..<index).last(where: { ["anniversary", "jubilee"].contains(document.word($0)) }) else { return false }
        return (marked..<index).contains { position in
            [";", "while", "whereas"].contains(document.word(position)) || document.word(position) == "and" && document.word(position - 1) == ","
        }
    }

    /// "N years" counts as an anniversary when followed by "since", "ago", "of", "have passed since",
    /// or preceded by "mark", "celebrate", "marks", "marked", "will mark".
    func yearsTrigger(value: Int, start: Int, end: Int) -> Trigger? {
        let next = document.word(end)
        let previous = document.word(start - 1)
        let before2 = document.word(start - 2)
        // "which Putin signed during his visit two years ago": a count that is no jubilee (not a multiple of five) before
        // "ago" dates a past event; it marks nothing.
        // Kept for independence, which `complete` checks against the reference ("gained independence 28 years ago" in the
        // country's Independence Day copy).
        if next == "ago", value % 5 != 0 {
            var trigger = Trigger(ordinal: value, start: start, end: end + 1, yearOffset: 0)
            trigger.reckoned = true
            return trigger
        }
        if ["since", "ago", "of", "after"].contains(next) { return Trigger(ordinal: value, start: start, end: end + 1, yearOffset: 0) }
        // "A quarter of a century later, this document remains the foundation": later than the event, now.
        if next == "later", value >= 10, isPresentClause(after: end + 1) { return Trigger(ordinal: value, start: start, end: end + 1, yearOffset: 0) }
        // "twenty years had passed since the Treaty ... was signed", "will have passed since".
        if ["have", "has", "had"].contains(next), ["passed", "elapsed", "gone"].contains(document.word(end + 1)) {
            return Trigger(ordinal: value, start: start, end: end + 2, yearOffset: 0)
        }
        if Self.markVerbs.contains(previous) || (previous == "the" && Self.markVerbs.contains(before2)) {
            return Trigger(ordinal: value, start: start, end: end, yearOffset: 0)
        }
        if next == "anniversary" { return Trigger(ordinal: value, start: start, end: end + 1, yearOffset: 0) }
        return nil
    }

    static let markVerbs: Set<String> = ["mark", "marks", "marked", "marking", "celebrate", "celebrates", "celebrated", "celebrating", "turns", "turned", "turn"]

    /// Whether the clause after token `index` speaks of the present ("this document remains", "the treaty is").
    func isPresentClause(after index: Int) -> Bool {
        let sentence = document.sentence(containing: max(0, index - 1))
        let present: Set<String> = ["remains", "remain", "is", "are", "has", "have", "continues", "continue", "stands", "serves", "serve"]
        for position in index..<min(sentence.upperBound, index + 8) {
            if [";", "but"].contains(document.word(position)) { return false }
            if present.contains(document.word(position)) { return true }
        }
        return false
    }

    func matches(_ words: [String], at index: Int) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        return words.enumerated().allSatisfy { tokens[index + $0.offset].lower == $0.element }
    }

    /// The end of the words after a trigger that may name what it celebrates: fourteen, not counting the numbers and months
    /// of a date in apposition ("Twenty years ago, on October 10, 1997, the Organization ... - GUAM was born"), and not past
    /// a semicolon, which opens another clause.
    func subjectWindowEnd(after start: Int, in sentence: Range<Int>) -> Int {
        var end = start, counted = 0
        while end < sentence.upperBound, counted < 14, document.word(end) != ";" {
            if tokens[end].kind != .number, DateWords.month(tokens[end]) == nil { counted += 1 }
            end += 1
        }
        return end
    }

    /// Finds the subject, the parties and the year for a trigger; none when there is no subject.
    func complete(_ trigger: Trigger) -> [ArticleFacts.Anniversary] {
        let sentence = document.sentence(containing: trigger.start)
        // The subject follows the trigger within a few words ("of the establishment of diplomatic relations",
        // "of the Treaty of ...", "of the CIS", "since the signing of the Treaty ..."), or precedes it
        // ("diplomatic relations were established 25 years ago").
        let window = trigger.end..<subjectWindowEnd(after: trigger.end, in: sentence)
        let words = window.map { document.word($0) }
        // "CICA's 30th anniversary", "NATO's 50th anniversary summit": an organisation's possessive names what is celebrated,
        // also by a summit; without one, "the 20th anniversary summit" celebrates nothing named.
        let owner = possessiveOrganisation(trigger)
        // "the 10th anniversary of the meeting ..., which laid down the foundation of GUAM": a meeting that founded an
        // organisation is no ordinal meeting.
        let foundingEvent = owner == nil ? foundedByTheEvent(after: trigger.end, in: sentence) : nil
        if owner == nil, foundingEvent == nil, let first = words.first, Self.excluded.contains(first) { return [] }
        // "the 20th anniversary of joining the alliance", "20 years of Estonia's membership in NATO", "20 years since Latvia
        // joined the EU": a country's joining or membership is no anniversary of the organisation, nor of anything else the
        // guide lists, unless relations, independence or a founding come first in the phrase.
        if owner == nil, let at = words.prefix(5).firstIndex(where: Self.joiningWords.contains),
           !words[..<at].contains(where: { ["relations", "independence", "treaty", "establishment", "founding", "creation"].contains($0) }) { return [] }
        if owner == nil, foundingEvent == nil, words.prefix(4).contains(where: { Self.excluded.contains($0) }) && !words.prefix(6).contains(where: { ["relations", "relationships"].contains($0) }) { return [] }
        if isAge(trigger) { return [] }
        // "shrugged off five decades of occupation and regained independence", "after 50 years of Soviet rule, Latvia declared
        // independence": a count "of" one state of affairs, then another clause or predicate (after "and" or a comma) with a
        // verb of independence's coming, counts what the coming ended, not the years of independence ("30 years of restored
        // independence" stays one).
        if document.word(trigger.end - 1) == "of", let coming = words.prefix(6).firstIndex(of: "independence"),
           let verb = words[..<coming].firstIndex(where: { Self.gainingVerbs.contains($0) }), words[..<verb].contains(where: { ["and", ","].contains($0) }) { return [] }
        var subject: String?
        var kind = ""
        var subjectIndex = trigger.end
        // A treaty reached through a referring noun ("the treaty", "the document"), whose antecedent is a guess.
        var referred = false
        // "the Treaty of Friendship ..., whose 30th anniversary will be marked": the subject is the antecedent of "whose",
        // not a name later in the sentence.
        // "the Treaty ... was signed, the thirtieth anniversary of which will be celebrated": "of which" refers back the same way.
        // "the Treaty ..., which will turn 25 in July, to the Declaration ...": a relative clause refers back the same way.
        let antecedent = document.word(trigger.start - 1) == "whose" || document.word(trigger.end) == "of" && document.word(trigger.end + 1) == "which"
            || opensRelativeClause(trigger, in: sentence)
        if let owner {
            subject = owner; kind = "organisation"
        } else if !antecedent, isIndependence(words) || isPossessedIndependence(after: trigger.end) {
            // "of Ukraine's independence, in a telegram that recalled the Treaty ...": independence heading the phrase after
            // the trigger is what it marks, not a treaty a later clause names.
            subject = "independence"; kind = "independence"
        } else if !antecedent, let offset = relationsOffset(in: window) {
            subject = "diplomatic relations"; kind = "relations"; subjectIndex = offset
        } else if !antecedent, document.word(trigger.end - 2) == "diplomatic" {
            subject = "diplomatic relations"; kind = "relations"; subjectIndex = trigger.end - 2
        } else if !antecedent, let offset = relationsOfTheAnniversary(trigger) {
            subject = "diplomatic relations"; kind = "relations"; subjectIndex = offset
        } else if !antecedent, let treaty = treatyName(in: window), !treaty.name.split(separator: " ").contains("Independence") {
            // "the Declaration of Independence", "the Act of Independence": no treaty, the coming of independence (below).
            subject = treaty.name; kind = "treaty"; subjectIndex = treaty.start
        } else if !antecedent, let org = organisationSubject(in: window, ordinal: trigger.ordinal) {
            subject = org; kind = "organisation"
        } else if !antecedent && (words.prefix(5).contains("independence") || independenceSince(trigger, in: sentence))
                    || antecedent && antecedentIsIndependence(trigger, in: sentence) {
            subject = "independence"; kind = "independence"
        } else if !antecedent, let org = foundingEvent {
            subject = org; kind = "organisation"
        } else {
            // "diplomatic relations were established twenty-five years ago", "the Treaty ..., which will turn ten
            // next year", "The Commonwealth of Independent States marked its 30th anniversary".
            var before = sentence.lowerBound..<trigger.start
            // "... signed the Treaty of Friendship. A quarter of a century later, this document remains ...": the event is
            // in the sentence before.
            let later = document.word(trigger.end - 1) == "later"
            // "Diplomatic relations ... were established in February 1992. Their 30th anniversary ...": a possessive opening
            // the sentence refers to the sentence before the same way.
            let opensWithPossessive = trigger.start - 1 == sentence.lowerBound && ["its", "their"].contains(document.word(sentence.lowerBound))
            if later || opensWithPossessive, sentence.lowerBound > 0 { before = document.sentence(containing: sentence.lowerBound - 1).lowerBound..<trigger.start }
            // "the CSTO will celebrate the 20th anniversary of its founding": the possessive is the clause's subject.
            // "the 20th anniversary of the signing of its Charter", "of the creation of their union": the same, through the
            // founding act.
            // "the 27th anniversary of its neutrality" is no founding: no organisation named before is celebrated.
            let foundingNouns = Self.foundingNouns
            let possessive = (trigger.end..<min(sentence.upperBound, trigger.end + 7)).contains { position in
                    ["its", "their"].contains(document.word(position)) && document.word(position - 1) == "of" && foundingNouns.contains(document.word(position + 1))
                        && (trigger.end..<position).allSatisfy { foundingNouns.contains(document.word($0)) || ["of", "the"].contains(document.word($0)) }
                } || foundingWithoutComplement(after: trigger.end)
            let looksBack = (["ago", "mark", "later"].contains(document.word(trigger.end - 1)) || isMarked(trigger) || possessive || antecedent)
                && !namesItsOwnSubject(trigger)
            // "...; the treaty itself, on which the CSTO still rests, marked its 30th anniversary": a referring noun opening the
            // clause is what marks it, not a name in the relative clause after it.
            // "..., and the organization itself turns ten in October": a coordinated clause has its own subject too.
            let clauseStart = (sentence.lowerBound..<trigger.start).last { position in
                document.word(position) == ";" || ["and", "but", "while"].contains(document.word(position)) && document.word(position - 1) == ","
            }.map { $0 + 1 } ?? sentence.lowerBound
            // "a short history of the organization, which marks its 25th anniversary": a referring noun as the antecedent.
            let noun = antecedent ? referringAntecedent(trigger, in: sentence) : referringSubject(at: clauseStart)
            if looksBack, let noun, let referent = referent(ofNoun: noun, before: noun) {
                switch referent {
                case let .organisation(code): subject = code; kind = "organisation"
                case let .treaty(name, start): subject = name; kind = "treaty"; subjectIndex = start; referred = true
                }
            } else if looksBack {
                func named(in range: Range<Int>) -> Bool {
                    if let offset = relationsOffset(in: range) {
                        subject = "diplomatic relations"; kind = "relations"; subjectIndex = offset
                    } else if let treaty = antecedent ? lastTreatyName(in: range) : treatyName(in: range) {
                        subject = treaty.name; kind = "treaty"; subjectIndex = treaty.start
                    // "The EAEU, which Armenia joined in January, will mark the first anniversary of its founding": the founding
                    // named is the organisation's, whatever the clause between says of a member.
                    } else if !later, let org = lastOrganisation(in: range), possessive || !joinedOrLeft(between: range, and: trigger.start) {
                        subject = org; kind = "organisation"
                    }
                    return subject != nil
                }
                // "Kazakhstan and Russia marked 33 years of diplomatic relations, and next year the CIS will turn 35": a
                // coordinated clause that names something marks that, not what the clause before names.
                if clauseStart == sentence.lowerBound || !named(in: clauseStart..<trigger.start), !named(in: before),
                   // "... signed on May 25, 1992. Next May will mark the fifth anniversary of its signing.": a possessive or a
                   // demonstrative ("of that step") whose sentence names nothing before it is of what the sentence before names.
                   possessive || ofDemonstrative(trigger), before.lowerBound == sentence.lowerBound, sentence.lowerBound > 0,
                   document.entities(in: before).isEmpty {
                    _ = named(in: document.sentence(containing: sentence.lowerBound - 1).lowerBound..<sentence.lowerBound)
                }
            }
        }
        // "The country gained independence 30 years ago", "proclaimed state sovereignty 28 years ago": the coming of
        // independence the clause before "ago" names. Sovereignty (also proclaimed before independence) and a count that is
        // no jubilee count only when the reference's independence date agrees (below).
        var sovereignty = false
        if subject == nil, document.word(trigger.end - 1) == "ago" {
            let clause = (sentence.lowerBound..<trigger.start).last { position in
                document.word(position) == ";" || ["and", "but", "while"].contains(document.word(position)) && document.word(position - 1) == ","
            }.map { $0 + 1 } ?? sentence.lowerBound
            if let word = (clause..<trigger.start).last(where: { ["independence", "sovereignty"].contains(document.word($0)) }),
               (max(clause, word - 4)..<word).contains(where: { Self.gainingVerbs.contains(document.word($0)) }) {
                subject = "independence"; kind = "independence"; sovereignty = document.word(word) == "sovereignty"
            }
        }
        // A subject named in an earlier sentence takes its parties from that sentence.
        var subjectSentence = subjectIndex < sentence.lowerBound ? document.sentence(containing: subjectIndex) : sentence
        // What is celebrated named by a definite noun for something named before: "the 20th anniversary of the
        // Organization", "20 years of the treaty", "the forum's 30th anniversary", "the bloc's 25th anniversary".
        if subject == nil, let noun = referringNoun(trigger) {
            if let referent = referent(ofNoun: noun, before: trigger.start) {
                switch referent {
                case let .organisation(code): subject = code; kind = "organisation"
                case let .treaty(name, start):
                    subject = name; kind = "treaty"; subjectIndex = start; referred = true
                    subjectSentence = document.sentence(containing: start)
                }
            }
        }
        guard var subject else { return [] }
        if trigger.reckoned, kind != "independence" { return [] }
        // A treaty is a subject only under its name in the reference ("the General Agreement on the Establishment of
        // Peace", an internal settlement, is not a treaty between two states the tables know).
        if kind == "treaty", reference.treaties(keyed: ReferenceIndex.treatyKey(subject)).isEmpty { return [] }
        var parties: [String] = []
        let year = statedYear(sentence: sentence, trigger: trigger)
        let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
        func anniversary(_ parties: [String], _ subject: String) -> ArticleFacts.Anniversary {
            let stated = ArticleFacts.Anniversary(parties: parties, subject: subject, ordinal: trigger.ordinal, year: year,
                                                  since: year.map { $0 - trigger.ordinal }, start: span.start, end: span.end)
            let marked = agreedYear(stated, in: sentence) ?? year ?? yearFromReference(stated)
            return ArticleFacts.Anniversary(parties: parties, subject: subject, ordinal: trigger.ordinal, year: marked,
                                            since: marked.map { $0 - trigger.ordinal }, start: span.start, end: span.end)
        }
        // "the Agreement on the Creation of the Commonwealth of Independent States": a treaty of more than two states is
        // theirs, as the reference lists them.
        if kind == "treaty", case let named = reference.treaties(keyed: ReferenceIndex.treatyKey(subject)), named.count == 1, let treaty = named.first,
           treaty.parties.count > 2, treaty.parties.allSatisfy({ reference.data.country($0) != nil }) {
            return datedAsCounted(anniversary(treaty.parties.sorted(), treaty.name), referred: referred)
        }
        if kind == "relations" || kind == "treaty" {
            // One statement about several bilateral ties: "relations with Abkhazia and South Ossetia",
            // "messages to the ministers of Abkhazia and South Ossetia on the 15th anniversary of diplomatic relations".
            let finder = Parties(document: document, reference: reference)
            if let pairs = finder.coordinatedPairs(in: subjectSentence) ?? finder.pairsWithList(after: subjectIndex, sentence: subjectSentence, treaty: kind == "treaty" ? subject : nil)
                ?? finder.hubPairs(in: subjectSentence), pairs.count > 1 {
                return pairs.filter { kind != "treaty" || isPartyToListedTreaty(subject, $0) }.map { pair in
                    anniversary(pair, kind == "treaty" ? treatyOfYear(reference.treaty(named: subject, parties: pair)?.name ?? subject, parties: pair, nameAt: subjectIndex, sentence: subjectSentence, ordinal: trigger.ordinal, marked: year) : subject)
                }
            }
            // "the 20th anniversary of the signing of the Treaty establishing the Union State": a treaty the reference lists once,
            // in a sentence that names no pair, is between the parties the reference gives it.
            guard let pair = finder.pair(around: subjectIndex, sentence: subjectSentence) ?? (kind == "treaty" ? referenceParties(ofTreaty: subject) : nil) else { return [] }
            parties = pair
            if kind == "treaty", let known = reference.treaty(named: subject, parties: pair) { subject = known.name }
            // "the 20th anniversary of the Treaty on Strategic Partnership and Allied Relations between Kazakhstan and
            // Azerbaijan": a treaty the reference lists under the name (or the start of it) only between other parties is
            // another treaty, which the reference does not know.
            if kind == "treaty", !isPartyToListedTreaty(subject, pair) { return [] }
            if kind == "treaty" { subject = treatyOfYear(subject, parties: pair, nameAt: subjectIndex, sentence: subjectSentence, ordinal: trigger.ordinal, marked: year) }
        } else if kind == "independence" {
            let owners = independenceOwners(trigger, in: sentence)
            guard let code = owners.first else { return [] }
            parties = [code]
            if trigger.reckoned || sovereignty {
                // "N years ago" counts back from the article's year, which must reach the reference's year of independence.
                let counted = anniversary(parties, subject)
                guard let base = reference.baseYear(of: counted), let year = document.year ?? counted.year, year - trigger.ordinal == base else { return [] }
                return [ArticleFacts.Anniversary(parties: parties, subject: subject, ordinal: trigger.ordinal, year: year, since: base, start: counted.start, end: counted.end)]
            }
            if owners.count > 1 { return owners.flatMap { datedAsCounted(anniversary([$0], subject), referred: referred) } }
        }
        return datedAsCounted(anniversary(parties, subject), referred: referred)
    }

    /// Whether a treaty of the name (folded as `treatyKey` folds it) that the reference lists has both parties of `pair`
    /// among its own.
    func isPartyToListedTreaty(_ name: String, _ pair: [String]) -> Bool {
        reference.treaties(keyed: ReferenceIndex.treatyKey(name)).contains { treaty in pair.allSatisfy(treaty.parties.contains) }
    }

    /// The two parties of the one treaty the reference lists under the name, else nil.
    func referenceParties(ofTreaty name: String) -> [String]? {
        let treaties = reference.treaties(keyed: ReferenceIndex.treatyKey(name))
        guard treaties.count == 1, treaties[0].parties.count == 2 else { return nil }
        return treaties[0].parties.sorted()
    }

    /// "The Charter ... was signed today. The document transforms the treaty concluded ten years ago": a treaty reached
    /// through a referring noun must have been signed when the years count from (give or take a year); one the reference
    /// dates otherwise is not what the count is of. A treaty named outright stays, for the conflicts report.
    func datedAsCounted(_ anniversary: ArticleFacts.Anniversary, referred: Bool) -> [ArticleFacts.Anniversary] {
        guard referred, let base = reference.baseYear(of: anniversary), let since = anniversary.since else { return [anniversary] }
        return abs(base - since) > 1 ? [] : [anniversary]
    }

    /// Nouns of a thing's coming into being ("the 20th anniversary of the founding of ...", "of the signing of its Charter").
    static let foundingNouns: Set<String> = ["founding", "foundation", "creation", "establishment", "formation", "inception", "charter", "signing", "adoption"]

    /// "the 20th anniversary of the establishment took place in ...", "marked the tenth anniversary of the founding.", "on
    /// the 25th anniversary of the creation, the leaders ...": a founding noun after "of" with no complement of its own ("of
    /// X", "between", "and ..."), the founding of what the clause named before, as "of its establishment" says.
    func foundingWithoutComplement(after index: Int) -> Bool {
        guard document.word(index) == "of" else { return false }
        let noun = document.word(index + 1) == "the" ? index + 2 : index + 1
        guard Self.foundingNouns.contains(document.word(noun)), noun + 1 < tokens.count else { return noun + 1 >= tokens.count && Self.foundingNouns.contains(document.word(noun)) }
        let next = tokens[noun + 1]
        if next.kind == .punctuation { return [",", ".", ";", ")"].contains(next.text) }
        return next.isLowercase && !["of", "between", "and", "or", "with", "by", "among", "in", "for"].contains(next.lower)
    }

    /// Nouns that stand for an organisation named before ("the forum's 30th anniversary", "of the Organization").
    static let organisationNouns: Set<String> = ["organization", "organisation", "union", "commonwealth", "bloc", "community", "forum", "conference", "grouping", "alliance"]
    /// Of those, the nouns that name an organisation's kind in its own name ("the Organization" after "the Collective Security
    /// Treaty" and "the CSTO" is the CSTO), read by `Coreference`; the others are the organisation named last in the paragraph.
    static let namingNouns: Set<String> = ["organization", "organisation", "union", "commonwealth", "bloc", "community"]
    /// Nouns that stand for a treaty named before ("the 20th anniversary of the treaty", "the pact's 30th anniversary").
    static let treatyNouns: Set<String> = ["treaty", "pact", "agreement", "accord", "document", "declaration"]

    /// The token of a definite noun that names what the trigger celebrates, when nothing is named: after the trigger
    /// ("the 20th anniversary of the treaty", "30 years of this organisation") or as a possessive before it ("the
    /// forum's 30th anniversary", "the Organization's 20th anniversary").
    func referringNoun(_ trigger: Trigger) -> Int? {
        // "of" ends the trigger of "20 years of the treaty" and follows that of "the 20th anniversary of the treaty".
        // "N years since the treaty was signed" the same; a year may name the document ("since the 1997 treaty").
        let of = ["of", "since"].contains(document.word(trigger.end - 1)) ? trigger.end - 1 : trigger.end
        // "the 16th anniversary of the founding of the organisation", "since the signing of the treaty": through the nouns of
        // its coming into being.
        var determiner = of + 1
        while true {
            let head = document.word(determiner) == "the" ? determiner + 1 : determiner
            guard Self.foundingNouns.contains(document.word(head)), document.word(head + 1) == "of" else { break }
            determiner = head + 2
        }
        if ["of", "since"].contains(document.word(of)), ["the", "this", "that"].contains(document.word(determiner)) {
            var noun = determiner + 1
            if noun < tokens.count, tokens[noun].kind == .number, tokens[noun].text.count == 4 { noun += 1 }
            // "of the regional bloc", "of the six-nation grouping": the noun after its modifiers.
            while noun < determiner + 5, isModifier(noun) { noun += 1 }
            if Self.organisationNouns.contains(document.word(noun)) || Self.treatyNouns.contains(document.word(noun)), document.spanAt[noun] == nil,
               !Self.modifiedNoun(document.word(noun + 1)) { return noun }
        }
        let possessive = trigger.start - 1
        var owner = possessive - 2
        while owner > possessive - 6, isModifier(owner) { owner -= 1 }
        if document.word(possessive) == "'s", ["the", "this"].contains(document.word(owner)) {
            let noun = possessive - 1
            if Self.organisationNouns.contains(document.word(noun)) || Self.treatyNouns.contains(document.word(noun)), document.spanAt[noun] == nil { return noun }
        }
        return nil
    }

    /// Whether the token at `position` may modify a referring noun after it: a word in small letters that names nothing and
    /// is no referring noun itself ("regional", "military"), or the hyphen of a compound ("six-nation").
    func isModifier(_ position: Int) -> Bool {
        guard position >= 0, position < tokens.count, document.spanAt[position] == nil else { return false }
        let word = document.word(position)
        if word == "-" { return true }
        return tokens[position].kind == .word && tokens[position].isLowercase && !["the", "this", "that", "of"].contains(word)
            && !Self.organisationNouns.contains(word) && !Self.treatyNouns.contains(word)
    }

    /// The token of a definite referring noun that opens a clause at `start` ("the treaty itself, ...", "The Organization,
    /// which ..."), when it names no document of its own ("the treaty on ...").
    func referringSubject(at start: Int) -> Int? {
        let noun = start + 1
        guard ["the", "this"].contains(document.word(start)), Self.organisationNouns.contains(document.word(noun)) || Self.treatyNouns.contains(document.word(noun)),
              document.spanAt[noun] == nil, !Self.modifiedNoun(document.word(noun + 1)) else { return nil }
        return noun
    }

    /// The token of a definite referring noun before the comma that opens the trigger's relative clause ("the organization,
    /// which marks its 25th anniversary", "the bloc, whose 20th anniversary", "the treaty, the 30th anniversary of which").
    func referringAntecedent(_ trigger: Trigger, in sentence: Range<Int>) -> Int? {
        guard let comma = (max(sentence.lowerBound, trigger.start - 6)..<trigger.start).last(where: { document.word($0) == "," }) else { return nil }
        return referringSubject(at: comma - 2)
    }

    /// "CICA's 30th anniversary", "the SCO's 20th anniversary": an organisation's name as the possessive before the trigger.
    /// So is the name as the anniversary's modifier after "the" ("the CIS 20th anniversary", "the SCO 20th anniversary
    /// summit"), as wire copy writes it; not a name the article opens no phrase with ("Russia and the CIS 20th ...").
    func possessiveOrganisation(_ trigger: Trigger) -> String? {
        let possessive = document.word(trigger.start - 1) == "'s"
        let end = possessive ? trigger.start - 1 : trigger.start
        guard end > 0, let index = document.spanAt[end - 1], document.spans[index].end == end,
              case let .organisation(code) = document.spans[index].entity else { return nil }
        guard possessive || document.word(document.spans[index].start - 1) == "the" else { return nil }
        return code
    }

    /// "the treaty text", "the union budget": a noun modifying another is not the referent; "the agreement on ..." names a
    /// document of its own.
    static func modifiedNoun(_ next: String) -> Bool { ["text", "budget", "member", "members", "states", "summit", "session", "on", "of", "to"].contains(next) }

    enum Referent { case organisation(String), treaty(name: String, start: Int) }

    /// What a referring noun at `noun` stands for: for an organisation noun, the organisation named before it; for a
    /// treaty noun, the nearer of the last treaty named and the last organisation whose name is a treaty's ("the Collective
    /// Security Treaty ... the 30th anniversary of the treaty" is the CST).
    func referent(ofNoun noun: Int, before start: Int) -> Referent? {
        let word = document.word(noun)
        let coreference = Coreference(document: document, reference: reference)
        // "the 30th anniversary of the Conference" after "the Conference on Interaction and Confidence-Building Measures in Asia
        // (CICA)": a capitalized noun is the head of a name the text gave, whatever the noun.
        if Self.namingNouns.contains(word) || tokens[noun].isCapitalized && Self.organisationNouns.contains(word), document.word(noun + 1) != "'s" {
            return coreference.organisation(referredToBy: noun).map { .organisation($0) }
        }
        if Self.organisationNouns.contains(word) {
            // "the forum's 30th anniversary", "the bloc's 25th anniversary": the organisation just named, not the article's topic.
            let paragraph = document.paragraph(containing: noun)
            return document.entities(in: paragraph.lowerBound..<noun).compactMap { if case let .organisation(code) = $0.entity { code } else { nil } }.last.map { .organisation($0) }
        }
        let treaty = lastTreatyName(in: 0..<start)
        let treatyOrganisation = document.entities(in: 0..<start).last { span in
            guard case let .organisation(code) = span.entity else { return false }
            return reference.data.organisations.first { $0.code == code }?.name.split(separator: " ").last.map { $0.lowercased() == "treaty" } ?? false
        }
        if let organisation = treatyOrganisation, case let .organisation(code) = organisation.entity, organisation.start > (treaty?.start ?? -1) {
            return .organisation(code)
        }
        return treaty.map { .treaty(name: $0.name, start: $0.start) }
    }

    /// "of the restoration of the state independence", "of the proclamation of its national independence", "of the Day of
    /// State Independence": independence after the nouns and modifiers that name its coming or its day.
    func isIndependence(_ words: [String]) -> Bool {
        // "of the Day of State Independence of the Republic of Tajikistan": the day's anniversary is independence's.
        let modifiers: Set<String> = ["of", "the", "its", "their", "restoration", "proclamation", "declaration", "state", "national", "gaining", "regaining", "attainment", "day"]
        return words.first { !modifiers.contains($0) } == "independence" || asIndependentState(words)
    }

    /// "the 20th anniversary as an independent and sovereign state", "30 years as a sovereign nation", "marks 25 years as an
    /// independent country": the years a state has been one, by the adjective of independence before a noun for a state.
    /// Not "20 years as a member state" or "as an independent deputy".
    func asIndependentState(_ words: [String]) -> Bool {
        guard words.count > 3, words[0] == "as", ["a", "an"].contains(words[1]),
              let noun = words.prefix(8).firstIndex(where: { ["state", "nation", "country", "republic"].contains($0) }) else { return false }
        let between = words[2..<noun]
        return between.contains { ["independent", "sovereign"].contains($0) } && between.allSatisfy { ["independent", "sovereign", "and", ",", "fully", "free"].contains($0) }
    }

    /// "32 years since the parliament adopted the Declaration of Independence", "30 years since the country gained its
    /// independence": the event the years count from is the coming of independence, however its clause names it.
    func independenceSince(_ trigger: Trigger, in sentence: Range<Int>) -> Bool {
        // "N years since" ends its trigger after "since", "N years have passed since" before it.
        let since = document.word(trigger.end - 1) == "since" ? trigger.end : trigger.end + 1
        guard document.word(since - 1) == "since" else { return false }
        for position in since..<min(sentence.upperBound, since + 14) {
            let word = document.word(position)
            if [",", ";", ":", "and", "but", "when", "while"].contains(word) { return false }
            if word == "independence" { return true }
        }
        return false
    }

    /// "the proclamation of India's independence, whose 75th anniversary ...", "independence, which turns 30 this year":
    /// a relative clause whose antecedent is independence.
    func antecedentIsIndependence(_ trigger: Trigger, in sentence: Range<Int>) -> Bool {
        guard let comma = (max(sentence.lowerBound, trigger.start - 6)..<trigger.start).last(where: { document.word($0) == "," }) else { return false }
        return ["whose", "which", "that"].contains(document.word(comma + 1)) && document.word(comma - 1) == "independence"
    }

    /// Whose independence the trigger marks, each of several countries coordinated after "of" or "in" ("the restoration of
    /// independence in both Estonia and Latvia", "the independence of Latvia, Lithuania and Estonia"), else the one
    /// `independenceOwner` finds.
    func independenceOwners(_ trigger: Trigger, in sentence: Range<Int>) -> [String] {
        if let word = (trigger.end..<min(sentence.upperBound, trigger.end + 8)).first(where: { document.word($0) == "independence" }),
           ["of", "in"].contains(document.word(word + 1)) {
            var cursor = word + 2
            if ["both", "the"].contains(document.word(cursor)) { cursor += 1 }
            var codes: [String] = []
            while cursor < sentence.upperBound, let span = document.entity(at: cursor), let code = span.entity.country {
                if !codes.contains(code) { codes.append(code) }
                cursor = span.end
                if document.word(cursor) == ",", document.entity(at: cursor + 1)?.entity.country != nil { cursor += 1; continue }
                guard document.word(cursor) == "and" else { break }
                cursor += 1
                if document.word(cursor) == "the" { cursor += 1 }
            }
            if codes.count > 1 { return codes }
        }
        return independenceOwner(trigger, in: sentence).map { [$0] } ?? []
    }

    /// Whose independence the trigger marks: the country "of" names after the word ("of independence of Uzbekistan", "of the
    /// independence of the Kyrgyz Republic") or whose possessive stands before it ("of Moldova's independence"); for a
    /// possessive that refers to a country ("its independence", "the country's independence", "our independence"), the
    /// country the sentence named last before the trigger (for "our" in a sentence that names none, the article's most named), a person's included ("congratulated President of Tajikistan X on the 32nd anniversary
    /// of the country's independence"). Else the country nearest the trigger.
    func independenceOwner(_ trigger: Trigger, in sentence: Range<Int>) -> String? {
        let finder = Parties(document: document, reference: reference)
        if let word = (trigger.end..<min(sentence.upperBound, trigger.end + 8)).first(where: { document.word($0) == "independence" }) {
            var after = word + 1
            // "of Independence Day of your country": the day's "of" names the owner as independence's does.
            if document.word(after) == "day", document.word(after + 1) == "of" { after += 1 }
            if document.word(after) == "of" {
                after += 1
                if document.word(after) == "the" { after += 1 }
                if let code = document.entity(at: after)?.entity.country { return code }
            }
            var owner = word - 1
            while ["state", "national"].contains(document.word(owner)) { owner -= 1 }
            if document.word(owner) == "'s", let index = document.spanAt[owner - 1], document.spans[index].end == owner,
               let code = document.spans[index].entity.country { return code }
            // "your independence", "your country's independence", "Independence Day of your country": a message's second
            // person, the country it is addressed to, not one the sentence names before (the sender's, often).
            let yours = document.word(owner) == "your" || document.word(owner - 2) == "your" && document.word(owner) == "'s"
                || document.word(after) == "your" && Self.countryNouns.contains(document.word(after + 1))
            let refers = ["its", "their", "our"].contains(document.word(owner))
                || document.word(owner) == "'s" && Self.countryNouns.contains(document.word(owner - 1))
                    && ["the", "this", "his", "her", "their", "our"].contains(document.word(owner - 2))
            // "I would like to congratulate Uzbekistan, ... and the Uzbek people fraternal to Russians, on the 20th anniversary of
            // the Republic's independence": the country a verb of congratulating takes as its object, when the sentence names
            // one, not a country named after it. (A country after "to" may be a person's, "In his message to Russian President
            // A, B noted that ... Armenia celebrated the 25th anniversary of its independence": the last country named stays.)
            let before = finder.countries(in: sentence.lowerBound..<trigger.start)
            let congratulated = before.last { isAddressee($0.at, in: sentence) && !["to", "the"].contains(document.word($0.at - 1)) }
            if refers, let code = congratulated?.code ?? before.last?.code { return code }
            // "the Central Asian country's independence", "the South Caucasus republic's", "the Baltic state's": a region
            // before the noun picks the last country of that region named before, not the nearest of any.
            if document.word(owner) == "'s", Self.countryNouns.contains(document.word(owner - 1)),
               let region = regionBefore(noun: owner - 1), let members = reference.countriesByRegionWords[region],
               let code = finder.countries(in: document.paragraph(containing: trigger.start).lowerBound..<trigger.start).last(where: { members.contains($0.code) })?.code {
                return code
            }
            // "the 25th anniversary of our independence" in a speaker's quotation that names no country before it: the
            // speaker's, the country the article names most.
            // So for "your" in a message's quotation: the addressee's country is the one the article is about (a sentence that
            // names countries finds the addressee's below).
            let ours = document.word(owner) == "our" || document.word(owner - 2) == "our"
            if ours || yours, finder.countries(in: sentence).isEmpty {
                let coreference = Coreference(document: document, reference: reference)
                if let code = coreference.mostNamedCountry(before: tokens.count) { return code }
            }
        }
        var found = finder.countries(in: sentence)
        // "A sent a letter to Armenia's President B on the 30th anniversary of independence", "A congratulated the President of
        // Kyrgyzstan B on ...": the country of the person a message goes to, whose independence the message marks, not the
        // sender's. Messages to several ("to President of Uzbekistan A and President of Kyrgyzstan B on the 30th anniversary of
        // independence of the two countries") are read as a list, below.
        let phrases = document.personPhrases.filter { sentence.contains($0.range.lowerBound) }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var addressees: [Range<Int>] = []
        for phrase in phrases {
            // The addressee's phrase, or one coordinated after it ("to A and B", "to A, B").
            let coordinated = ["and", ","].contains(document.word(phrase.range.lowerBound - 1))
                && addressees.contains { $0.upperBound == phrase.range.lowerBound - 1 }
            if coordinated || isAddressee(phrase.range.lowerBound, in: sentence) { addressees.append(phrase.range) }
        }
        let addressed = Set(found.filter { country in addressees.contains { $0.contains(country.at) } }.map(\.code))
        if addressed.count == 1, let code = addressed.first { return code }
        // "President of Kazakhstan X stressed that a quarter of a century of independence had been ... for the Armenian
        // people": a country that names a person's office describes the speaker, not whose independence it is.
        let described = found.filter { country in !document.personPhrases.contains { $0.range.contains(country.at) } }
        if !described.isEmpty { found = described }
        // "as the country prepares to mark 35 years of independence": a sentence naming no country refers to the
        // article's topic; in a lead that names none before it ("The country proclaimed ..." under a headline that names it),
        // the country the article names most.
        let coreference = Coreference(document: document, reference: reference)
        return found.min(by: { abs($0.at - trigger.start) < abs($1.at - trigger.start) })?.code
            ?? (refersToACountry(sentence) ? coreference.mostNamedCountry(before: trigger.start) ?? coreference.mostNamedCountry(before: tokens.count) : nil)
    }

    /// Whether the person phrase that starts at `index` is a message's addressee: the object of "to" or of a verb of
    /// congratulating right before it ("a letter to Armenia's President A", "congratulated the President of Kyrgyzstan A").
    func isAddressee(_ index: Int, in sentence: Range<Int>) -> Bool {
        var before = index - 1
        if document.word(before) == "the" { before -= 1 }
        guard sentence.contains(before) else { return false }
        return document.word(before) == "to" || ["congratulated", "congratulates", "congratulate", "felicitated", "felicitates", "greeted", "greets"].contains(document.word(before))
    }

    /// Nouns that stand for a country after a possessive ("the country's independence", "of your nation").
    static let countryNouns: Set<String> = ["country", "republic", "nation", "state"]

    /// The region that one to three words between "the" and the country noun at `noun` name ("the Central Asian country",
    /// "the South Caucasus republic", "the landlocked Central Asian nation"), in small letters; nil when no listed region
    /// ends there.
    func regionBefore(noun: Int) -> String? {
        for length in (1...3).reversed() where noun - length - 1 >= 0 {
            let words = (noun - length..<noun).map { document.word($0) }
            let phrase = words.joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
            for region in reference.countriesByRegionWords.keys where phrase == region || phrase.hasSuffix(" " + region) { return region }
        }
        return nil
    }

    /// Whether the sentence refers to a country by a noun ("the country", "the republic") rather than naming it.
    func refersToACountry(_ sentence: Range<Int>) -> Bool {
        sentence.contains { ["country", "republic", "nation"].contains(document.word($0)) && ["the", "this"].contains(document.word($0 - 1)) }
    }

    /// "of Armenia's independence", "of the Kyrgyz Republic's independence": a country's possessive, then independence; also
    /// after a noun of its coming ("of the restoration of Estonia's independence", "of the proclamation of Ukraine's
    /// independence"); or the state named, then the years it has been one ("of Uzbekistan as an independent state").
    func isPossessedIndependence(after index: Int) -> Bool {
        var cursor = index
        if document.word(cursor) == "of" { cursor += 1 }
        if document.word(cursor) == "the" { cursor += 1 }
        if Self.comingNouns.contains(document.word(cursor)), document.word(cursor + 1) == "of" {
            cursor += 2
            if document.word(cursor) == "the" { cursor += 1 }
        }
        // "of the Central Asian country's independence": a country named by its region (`regionBefore`).
        if let noun = (cursor..<min(tokens.count, cursor + 4)).first(where: { Self.countryNouns.contains(document.word($0)) }),
           document.word(noun + 1) == "'s", regionBefore(noun: noun) != nil {
            return isIndependence(Array((noun + 2)..<min(tokens.count, noun + 6)).map { document.word($0) })
        }
        guard let place = document.entity(at: cursor), place.entity.country != nil else { return false }
        // "the 19th anniversary of Uzbekistan as an independent and sovereign state": the years the state named has been one.
        if document.word(place.end) == "as" { return asIndependentState(Array(place.end..<min(tokens.count, place.end + 10)).map { document.word($0) }) }
        guard document.word(place.end) == "'s" else { return false }
        return isIndependence(Array((place.end + 1)..<min(tokens.count, place.end + 5)).map { document.word($0) })
    }

    /// Verbs of independence's coming before "independence" or "sovereignty" and "N years ago" ("gained", "proclaimed").
    static let gainingVerbs: Set<String> = ["gained", "proclaimed", "declared", "won", "achieved", "attained", "obtained", "regained", "restored", "became"]

    /// Nouns of independence's coming, between the trigger's "of" and a country's possessive.
    static let comingNouns: Set<String> = ["restoration", "proclamation", "declaration", "gaining", "regaining", "attainment", "achievement"]

    /// "marked its 30th anniversary", "turns 20", and through the article: "will mark the 32nd anniversary next month".
    func isMarked(_ trigger: Trigger) -> Bool {
        let previous = document.word(trigger.start - 1)
        return Self.markVerbs.contains(previous) || ["its", "their"].contains(previous) || previous == "the" && Self.markVerbs.contains(document.word(trigger.start - 2))
    }

    /// "the 32nd anniversary of that step", "20 years of this event": a demonstrative after the trigger's "of" refers back.
    func ofDemonstrative(_ trigger: Trigger) -> Bool {
        let of = document.word(trigger.end - 1) == "of" ? trigger.end - 1 : trigger.end
        return document.word(of) == "of" && Self.demonstratives.contains(document.word(of + 1))
    }

    static let demonstratives: Set<String> = ["this", "that", "these", "those"]

    /// "eight years of service", "the 75th anniversary of victory", "of its neutrality": a noun heading the phrase after the
    /// trigger's "of" is what is marked, so nothing named before it is. Not a demonstrative's noun or a relative
    /// pronoun, which refer back ("of that step", "the 30th anniversary of which"), nor a noun of coming into being or of
    /// existence ("of its signing", "of their establishment", "ten years of operation").
    func namesItsOwnSubject(_ trigger: Trigger) -> Bool {
        let of = document.word(trigger.end - 1) == "of" ? trigger.end - 1 : trigger.end
        guard document.word(of) == "of" else { return false }
        var head = of + 1
        if Self.demonstratives.contains(document.word(head)) || ["which", "whom"].contains(document.word(head)) { return false }
        while ["the", "a", "an", "its", "their"].contains(document.word(head)) { head += 1 }
        // A name the gazetteer knows is read as a subject where it stands; any other word names its own ("of the Victory",
        // and "of the Treaty", which the referring nouns resolve).
        return head < tokens.count && tokens[head].kind == .word && document.spanAt[head] == nil && !Self.leadToOrganisation.contains(document.word(head))
    }

    /// Whether the trigger stands in a relative clause right after its pronoun and a comma (", which will turn 25", ", which
    /// marks its 25th anniversary", ", that turned ten"): what is celebrated is the pronoun's antecedent, before it. Not
    /// when the anniversary names what it is of (", which celebrated the 30th anniversary of diplomatic relations").
    func opensRelativeClause(_ trigger: Trigger, in sentence: Range<Int>) -> Bool {
        // "N years of" ends its trigger with the "of" ("Kyrgyzstan, which marks 25 years of independence,").
        let of = document.word(trigger.end - 1) == "of" ? trigger.end - 1 : trigger.end
        if document.word(of) == "of", !["its", "their"].contains(document.word(of + 1)) { return false }
        let between: Set<String> = ["will", "would", "is", "was", "has", "have", "just", "recently", "soon", "turn", "turns", "turned",
                                    "mark", "marks", "marked", "celebrate", "celebrates", "celebrated", "its", "their", "the"]
        var cursor = trigger.start - 1
        while cursor > sentence.lowerBound, trigger.start - cursor <= 4, between.contains(document.word(cursor)) { cursor -= 1 }
        return ["which", "that"].contains(document.word(cursor)) && document.word(cursor - 1) == "," && cursor > sentence.lowerBound
    }

    /// Several treaties of one name between the same parties (`treaties.tsv`: the Russia–Turkmenistan Treaty of Friendship and
    /// Cooperation of 1992, and of 2002 under "... (2002)"): the one signed in the year the text gives near the name ("signed
    /// on 23 April 2002", "the 2002 Treaty", "of 2002"), else the one whose signing the anniversary counts from (the tenth
    /// in 2012 is of 2002), else the one whose year names the treaty by its head noun elsewhere in the text ("The 2002 Treaty
    /// marked the beginning of ...", "the treaty of 2002"; only when such years name one of them). With one treaty of the
    /// name, that one.
    func treatyOfYear(_ name: String, parties: [String], nameAt: Int, sentence: Range<Int>, ordinal: Int, marked: Int?) -> String {
        func base(_ name: String) -> String {
            // "Treaty of Friendship and Cooperation (2002)" is the treaty of that name signed in 2002.
            guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return ReferenceIndex.treatyKey(name) }
            return ReferenceIndex.treatyKey(String(name[..<open]))
        }
        let key = base(name)
        // The parties first: they are cheap to compare and leave a handful of treaties whose names to fold.
        let named = reference.data.treaties.filter { parties.allSatisfy($0.parties.contains) && base($0.name) == key }
        guard named.count > 1 else { return name }
        func signedYear(_ treaty: ReferenceData.Treaty) -> Int? { treaty.signed.flatMap { Int($0.prefix(4)) } }
        // The year nearest the name that one of them was signed in.
        let window = max(sentence.lowerBound, nameAt - 3)..<min(sentence.upperBound, nameAt + 24)
        let years = window.filter { tokens[$0].kind == .number && tokens[$0].text.count == 4 }.sorted { abs($0 - nameAt) < abs($1 - nameAt) }
        for index in years {
            if let treaty = named.first(where: { signedYear($0) == Int(tokens[index].text) }) { return treaty.name }
        }
        if let year = marked ?? document.year, let treaty = named.first(where: { signedYear($0).map { $0 + ordinal == year } ?? false }) { return treaty.name }
        // "The 2002 Treaty marked the beginning of ...", "the treaty of 2002": a year that names the treaty by its head noun
        // elsewhere in the text, when it names one of them only.
        let head = key.split(separator: " ").first.map(String.init) ?? ""
        var written = Set<String>()
        for index in tokens.indices where tokens[index].kind == .number && tokens[index].text.count == 4 {
            guard document.word(index + 1) == head || document.word(index - 1) == "of" && document.word(index - 2) == head,
                  let treaty = named.first(where: { signedYear($0) == Int(tokens[index].text) }) else { continue }
            written.insert(treaty.name)
        }
        if written.count == 1, let only = written.first { return only }
        return name
    }

    /// "the 70-year-old leader", "aged 65".
    func isAge(_ trigger: Trigger) -> Bool {
        document.word(trigger.end) == "-" && document.word(trigger.end + 1) == "old" || document.word(trigger.start - 1) == "aged"
    }

    /// The token index of "relations"/"ties" in "diplomatic relations", "diplomatic ties", "establishment of relations"; also
    /// "relationship(s)", as translations write it ("30 years of their diplomatic relationships").
    func relationsOffset(in range: Range<Int>) -> Int? {
        for index in range where ["relations", "ties", "relationship", "relationships"].contains(document.word(index)) {
            let previous = document.word(index - 1)
            if previous == "diplomatic" { return index }
            if previous == "of", ["establishment", "establishing"].contains(document.word(index - 2)) { return index }
            // "the two countries established relations", "Relations between Baku and Moscow were established thirty years ago":
            // relations that were established are diplomatic, unless a modifier makes them another kind ("trade relations").
            guard Self.plainRelationModifiers.contains(previous) || tokens[max(0, index - 1)].kind == .punctuation || document.spanAt[max(0, index - 1)] != nil else { continue }
            if ["established", "establishing"].contains(previous) { return index }
            // "relations established on March 2, 1992": a participle right after them the same.
            if (index + 1..<min(range.upperBound, index + 8)).contains(where: { position in
                document.word(position) == "established"
                    && (["were", "was", "been"].contains(document.word(position - 1)) || position == index + 1 && ["in", "on"].contains(document.word(position + 1)))
            }) {
                return index
            }
        }
        return nil
    }

    /// "the 30th anniversary of Turkish-Kyrgyz ties", "the golden 30th anniversary of Chinese-Kazakh relations", "the 70th
    /// anniversary of China-Mongolia ties", "the 25th jubilee of bilateral relations between A and B": the relations an
    /// anniversary's own "of" names, with no modifier but the parties' adjectives or names, "bilateral" or a possessive,
    /// count from their establishment, which is all two states' relations have to mark: diplomatic relations. The token of
    /// "relations", else nil. Not relations of another kind ("of trade relations") nor a document named after them ("of the
    /// friendly relations treaty"), and not a count of years ("30 years of relations" may measure a span).
    func relationsOfTheAnniversary(_ trigger: Trigger) -> Int? {
        guard ["anniversary", "jubilee"].contains(document.word(trigger.end - 1)), document.word(trigger.end) == "of" else { return nil }
        for index in (trigger.end + 1)..<min(tokens.count, trigger.end + 8) {
            let word = document.word(index)
            if ["relations", "ties", "relationship", "relationships"].contains(word) {
                return Self.documentHeads.contains(document.word(index + 1)) ? nil : index
            }
            let partOfPair = word == "-" && !tokens[index].spaceBefore || document.spanAt[index].map { document.spans[$0].entity.country != nil } == true
            guard partOfPair || Self.plainRelationModifiers.contains(word) else { return nil }
        }
        return nil
    }

    /// Words before "relations" that leave them plain ("bilateral relations were established", "30 years of relations, which
    /// were established"), beside a country's adjective.
    static let plainRelationModifiers: Set<String> = ["", "of", "the", "their", "our", "its", "bilateral", "interstate", "established", "establishing"]

    /// "the Treaty of Friendship, Cooperation and Mutual Assistance": a capitalized Treaty/Agreement/Declaration/Charter
    /// phrase, taken to its last capitalized word.
    func treatyName(in range: Range<Int>) -> (name: String, start: Int)? {
        for index in range where Self.documentHeads.contains(tokens[index].lower) {
            if let span = document.spanAt[index], case .organisation = document.spans[span].entity { continue }
            // "the signing of its Charter", "their Treaty": a document named by its owner, not by a name of its own.
            if ["its", "their", "his", "her", "our"].contains(document.word(index - 1)), !["of", "on"].contains(document.word(index + 1)) { continue }
            // "the Union State Treaty", "the Eurasian Economic Union Treaty": an organisation's name written before a
            // capitalized head names the treaty that created it, when the reference has one treaty of that head whose name
            // holds the organisation's name as written (not "the EAEU Treaty": no name holds the abbreviation).
            if tokens[index].isCapitalized, let owner = document.spanAt[index - 1], case .organisation = document.spans[owner].entity {
                let written = document.text.string(tokens[document.spans[owner].start].start, tokens[index - 1].end)
                let names = Set(reference.keyedTreaties.map(\.treaty.name).filter { $0.hasPrefix(tokens[index].text + " ") && $0.contains(written) })
                if names.count == 1, let name = names.first { return (name, document.spans[owner].start) }
            }
            // "the Treaty establishing the Union State", "the Agreement on the creation of the Eurasian Economic Union": a head
            // word, a noun or gerund of founding, then an organisation's name: the one treaty of that head the reference lists
            // whose name holds the organisation's name as written.
            if tokens[index].isCapitalized, let founded = foundedOrganisation(after: index + 1) {
                // The organisation's name as written, in any case ("the Union state").
                let written = document.text.string(tokens[founded.start].start, tokens[founded.end - 1].end).lowercased()
                let names = Set(reference.keyedTreaties.map(\.treaty.name).filter { $0.hasPrefix(tokens[index].text + " ") && $0.lowercased().contains(written) })
                if names.count == 1, let name = names.first { return (name, index) }
            }
            // "the Shusha Declaration on Allied Relations between ...", "the Budapest Memorandum": a name the reference knows
            // that opens with a place or another name before the head word; before the head's own reading, which would
            // take "Declaration on Allied Relations" for another pair's treaty.
            if let known = knownName(openingBefore: index, from: range.lowerBound) { return known }
            // "Treaties of friendship, cooperation and mutual assistance": a name the reference knows, in any case.
            if let known = knownTreatyName(at: index) { return (known, index) }
            // "the Belovezha Accords": a name the reference knows the treaty by, closed by its head word.
            if let known = knownName(endingAt: index, from: range.lowerBound) { return known }
            guard tokens[index].isCapitalized else { continue }
            var end = index + 1
            var last = index + 1
            while end < tokens.count, end < range.upperBound + 12 {
                let token = tokens[end]
                if token.isCapitalized { end += 1; last = end; continue }
                // A comma goes on to the next item of the name's list ("Friendship, Cooperation"), also the serial comma
                // before its last ("Friendship, Cooperation, and Mutual Assistance"), not to an apposition (", the Akorda
                // press service reports") nor to a clause (", and Russia signed").
                if token.text == ",", end + 1 < tokens.count, !tokens[end + 1].isCapitalized,
                   !(tokens[end + 1].text == "and" && end + 2 < tokens.count && tokens[end + 2].isCapitalized && document.spanAt[end + 2] == nil) { break }
                if ["of", "on", "and", "the", "for", ",", "-", "in", "a", "an", "between"].contains(token.text) { end += 1; continue }
                break
            }
            guard last > index + 1 else { continue }
            return (treatyName(from: index, to: last), index)
        }
        return nil
    }

    /// The organisation's name after words of founding at `index` ("establishing the", "on the creation of a", "creating the"),
    /// else nil.
    func foundedOrganisation(after index: Int) -> EntitySpan? {
        var cursor = index
        if document.word(cursor) == "on", Self.foundingNouns.contains(document.word(cursor + 1)) || document.word(cursor + 1) == "the" && Self.foundingNouns.contains(document.word(cursor + 2)) {
            cursor += document.word(cursor + 1) == "the" ? 2 : 1
            guard document.word(cursor + 1) == "of" else { return nil }
            cursor += 2
        } else if Self.foundingGerunds.contains(document.word(cursor)) {
            cursor += 1
        } else if document.word(cursor) == "on", Self.foundingGerunds.contains(document.word(cursor + 1)) {
            // "the Treaty on establishing the Union state": "on" and the gerund.
            cursor += 2
        } else {
            return nil
        }
        if ["the", "a", "an"].contains(document.word(cursor)) { cursor += 1 }
        guard let span = document.entity(at: cursor), span.start == cursor, case .organisation = span.entity else { return nil }
        return span
    }

    /// The words that head a document's name.
    static let documentHeads: Set<String> = ["treaty", "treaties", "agreement", "agreements", "declaration", "charter", "protocol", "accords", "memorandum"]

    /// The reference name of a treaty written at token `index` in small letters ("the treaty of friendship and
    /// cooperation"): the longest whose words follow, folded as `treatyKey` folds them.
    func knownTreatyName(at index: Int) -> String? {
        guard index + 2 < tokens.count, ["of", "on"].contains(tokens[index + 1].text), tokens[index + 2].kind == .word else { return nil }
        // "the bilateral Agreement on Friendship, cooperation and mutual assistance": a name in mixed case, its first topic
        // capitalized and the rest not, is read here too; one capitalized throughout is the capitalized reading's.
        let mixed = !tokens[index + 2].isLowercase && (index + 3..<min(tokens.count, index + 8)).contains { tokens[$0].kind == .word && tokens[$0].isLowercase && !["and", "of", "on", "the", "in"].contains(tokens[$0].text) }
        guard tokens[index + 2].isLowercase || mixed else { return nil }
        let end = min(tokens.count, index + 16)
        return longestKnownTreaty(in: document.text.string(tokens[index].start, tokens[end - 1].end), wholeWords: true)
    }

    /// The longest reference treaty name a phrase begins with, folded as `treatyKey` folds it and with a plural head read
    /// as one ("the Treaties of Friendship ... with A and B": one treaty's name, signed with each). With `wholeWords`, the
    /// name must end at a word's end. "the Agreement on Friendship, Cooperation and Mutual Assistance" for the reference's
    /// Treaty of that name: translations call one document by either head, so a long name (four topic words or more) is
    /// also read under the other head.
    func longestKnownTreaty(in phrase: String, wholeWords: Bool) -> String? {
        let text = ReferenceIndex.treatyKey(phrase).replacingOccurrences(of: "treaties ", with: "treaty ").replacingOccurrences(of: "agreements ", with: "agreement ")
        func longest(_ text: String, minimumWords: Int) -> String? {
            reference.keyedTreaties.filter { key, _ in
                text.hasPrefix(key) && (!wholeWords || text.count == key.count || !text[text.index(text.startIndex, offsetBy: key.count)].isLetter)
                    && key.split(separator: " ").count >= minimumWords
            }.map(\.treaty.name).max { $0.count < $1.count }
        }
        return longest(text, minimumWords: 0) ?? Self.otherHead(text).flatMap { longest($0, minimumWords: 6) }
    }

    /// A folded name with its head word swapped, "agreement" for "treaty" and back; nil under another head.
    static func otherHead(_ key: String) -> String? {
        if key.hasPrefix("agreement ") { return "treaty " + key.dropFirst("agreement ".count) }
        if key.hasPrefix("treaty ") { return "agreement " + key.dropFirst("treaty ".count) }
        return nil
    }

    /// The reference name (or alias) of a treaty whose name opens with up to four capitalized words before the head word at
    /// `index`, a place's or another name, and goes on after the head ("the Shusha Declaration on Allied Relations", "the
    /// Budapest Memorandum on Security Assurances"), with the name's first token; not before `start`. Only a name the
    /// reference lists: a place before a document's noun that names no listed treaty ("the Moscow Treaty on Strategic
    /// Partnership", "a treaty signed in Moscow") is left to the other readings, and so is a name that ends with the head
    /// (`knownName(endingAt:from:)`: "the Budapest Memorandum", "the Belavezha Accords").
    func knownName(openingBefore index: Int, from start: Int) -> (name: String, start: Int)? {
        let first = nameOpening(before: index, from: start)
        guard first < index else { return nil }
        let end = min(tokens.count, index + 16)
        for candidate in first..<index {
            let upToHead = ReferenceIndex.treatyKey(document.text.string(tokens[candidate].start, tokens[index].end))
            let text = ReferenceIndex.treatyKey(document.text.string(tokens[candidate].start, tokens[end - 1].end))
            let known = reference.keyedTreaties.filter { key, _ in
                key.count > upToHead.count && text.hasPrefix(key) && (text.count == key.count || !text[text.index(text.startIndex, offsetBy: key.count)].isLetter)
            }.map(\.treaty.name).max { $0.count < $1.count }
            if let known { return (known, candidate) }
        }
        return nil
    }

    /// The first token of the up to four capitalized words right before the head word at `index`, not before `start`;
    /// `index` when there are none.
    func nameOpening(before index: Int, from start: Int) -> Int {
        var first = index
        while first - 1 >= start, index - first < 4, tokens[first - 1].isCapitalized, tokens[first - 1].kind == .word { first -= 1 }
        return first
    }

    /// The reference name of a treaty known by a capitalized name that ends with the head word at `index` ("the Belovezha
    /// Accords"), with the name's first token; not before `start`.
    ///
    /// The name may also put its topics before the head word that the reference's name opens with ("the Friendship,
    /// Cooperation and Mutual Aid Treaty" is the "Treaty of Friendship, Cooperation and Mutual Assistance"): capitalized
    /// words, commas and "and", "aid" read as "assistance", as translations of one name vary.
    func knownName(endingAt index: Int, from start: Int) -> (name: String, start: Int)? {
        let first = nameOpening(before: index, from: start)
        for candidate in first..<index {
            let key = ReferenceIndex.treatyKey(document.text.string(tokens[candidate].start, tokens[index].end))
            if let treaty = reference.treaties(keyed: key).first { return (treaty.name, candidate) }
        }
        var topics = index
        while topics - 1 >= start, index - topics < 12 {
            let token = tokens[topics - 1]
            if token.kind == .word, token.isCapitalized, !Self.documentHeads.contains(token.lower) { topics -= 1; continue }
            if [",", "and"].contains(token.text), topics - 2 >= start, tokens[topics - 2].isCapitalized { topics -= 1; continue }
            break
        }
        for candidate in topics..<index where tokens[candidate].isCapitalized && tokens[candidate].kind == .word {
            let written = document.text.string(tokens[candidate].start, tokens[index - 1].end)
            let key = ReferenceIndex.treatyKey(tokens[index].text + " of " + written).replacingOccurrences(of: "mutual aid", with: "mutual assistance")
            if let treaty = reference.treaties(keyed: key).first { return (treaty.name, candidate) }
        }
        return nil
    }

    /// The treaty name in tokens `start..<end`: the longest known reference name it begins with,
    /// else the phrase cut before a trailing ", Word" or "between ..." that is not part of the name.
    func treatyName(from start: Int, to end: Int) -> String {
        if let known = longestKnownTreaty(in: document.text.string(tokens[start].start, tokens[end - 1].end), wholeWords: false) { return known }
        var last = end
        for index in start..<end where ["between", "with", "in"].contains(tokens[index].text) { last = min(last, index); break }
        // A name's list ends with "and Word": "Friendship, Cooperation and Mutual Assistance". A comma after that ends the name.
        if let and = (start..<last).last(where: { tokens[$0].text == "and" }), let comma = ((and + 1)..<last).first(where: { tokens[$0].text == "," }) { last = comma }
        while last > start + 1, !tokens[last - 1].isCapitalized { last -= 1 }
        return document.text.string(tokens[start].start, tokens[last - 1].end)
    }

    /// The last treaty named in a range (the antecedent of a "whose" after it).
    func lastTreatyName(in range: Range<Int>) -> (name: String, start: Int)? {
        var found: (name: String, start: Int)?
        var start = range.lowerBound
        while start < range.upperBound, let treaty = treatyName(in: start..<range.upperBound), treaty.start < range.upperBound {
            found = treaty
            start = treaty.start + 1
        }
        return found
    }

    /// "the Eurasian Economic Union, which the country joined nine years ago", "the CIS, which Georgia left 15 years ago": a verb
    /// of joining or leaving between the organisation and the trigger dates a country's membership, not the organisation's
    /// founding. Not a verb in a relative clause closed before the trigger ("The CIS, which Georgia left in 2009, turns 30"):
    /// the organisation is then the subject of what marks it.
    func joinedOrLeft(between range: Range<Int>, and trigger: Int) -> Bool {
        guard let last = document.entities(in: range).last(where: { if case .organisation = $0.entity { true } else { false } }) else { return false }
        return (last.end..<trigger).contains { verb in
            Self.membershipVerbs.contains(document.word(verb)) && !(verb..<trigger).contains { document.word($0) == "," }
        }
    }

    static let membershipVerbs: Set<String> = ["joined", "left", "acceded", "entered", "withdrew", "quit", "rejoined", "returned", "suspended", "admitted", "became"]

    /// The last organisation named in a range.
    func lastOrganisation(in range: Range<Int>) -> String? {
        document.entities(in: range).compactMap { if case let .organisation(code) = $0.entity { code } else { nil } }.last
    }

    /// An organisation named right after the trigger ("of the CIS", "of the Shanghai Cooperation Organisation").
    func organisationSubject(in range: Range<Int>, ordinal: Int) -> String? {
        // "the 75th anniversary of Victory in the Great Patriotic War to the leaders of the CIS": a name the gazetteer does
        // not know heads the phrase, so an organisation further on is not what is celebrated.
        // "NATO was celebrating its 50th anniversary, and the organization was renamed GUUAM": a name after the trigger is
        // what is celebrated only when the words after the trigger lead to it ("of", "since", "after"), or after a fronted
        // "N years ago".
        guard ["of", "since", "after", "ago"].contains(document.word(range.lowerBound - 1)) || ["of", "since", "after"].contains(document.word(range.lowerBound)) else { return nil }
        var head = range.lowerBound
        if document.word(head) == "of" { head += 1 }
        if document.word(head) == "the" { head += 1 }
        if head < range.upperBound, head > range.lowerBound, tokens[head].isCapitalized, tokens[head].kind == .word, document.spanAt[head] == nil { return nil }
        // "eight years after it suspended its membership of the CSTO": a clause of its own follows, the span between two
        // events; the organisation is the object of the later one, not what is celebrated.
        // The same with a named subject: "three years after Armenia joined the EAEU".
        // The same with a person ("ten years have passed since President X, speaking at the session of the UN General
        // Assembly, put forward the initiative").
        // "N years have passed since ..." ends its trigger before "since".
        // Unless the act founded it: "since Nazarbayev put forward the idea of CICA", "since Kazakhstan proposed convening
        // the Conference", in the year the reference dates the organisation from (not "20 years since X proposed the idea of
        // the Eurasian Union" in 2014, the year it was founded).
        let clause = ["after", "since"].contains(document.word(range.lowerBound)) ? range.lowerBound + 1 : range.lowerBound
        let actor = document.word(clause) == "the" ? clause + 1 : clause
        if ["after", "since"].contains(document.word(clause - 1)),
           ["it", "he", "she", "they", "we"].contains(document.word(actor)) || document.entity(at: actor).map({ span in
               span.entity.country != nil || span.entity.person != nil || span.entity.office != nil
           }) ?? false || document.personPhrases.contains(where: { [clause, actor].contains($0.range.lowerBound) }) {
            let sentence = document.sentence(containing: clause)
            guard let code = foundedByTheAct(in: clause..<range.upperBound, namedBefore: sentence.lowerBound..<clause) else { return nil }
            let founded = DateWords.year(of: reference.data.organisations.first { $0.code == code }?.founded)
            if let founded, let year = document.year, abs(year - ordinal - founded) > 1 { return nil }
            return code
        }
        // The recipient of a message ("on the 30th anniversary of independence to the heads of the CIS states") is no subject.
        let range = range.lowerBound..<((range.lowerBound..<range.upperBound).first { document.word($0) == "to" } ?? range.upperBound)
        // "two years of uncertainty over the republic's place in the Commonwealth", "30 years of cooperation within the SCO":
        // a common noun heading the phrase after "of" is what lasted; an organisation further on is not what is celebrated.
        // Only the nouns of its coming into being ("of the founding of the CIS") may stand before it.
        if document.word(range.lowerBound) == "of" || document.word(range.lowerBound - 1) == "of" {
            var position = document.word(range.lowerBound) == "of" ? range.lowerBound + 1 : range.lowerBound
            while position < range.upperBound, document.spanAt[position] == nil {
                let word = document.word(position)
                if tokens[position].kind == .word, tokens[position].isLowercase, !Self.leadToOrganisation.contains(word) { return nil }
                position += 1
            }
        }
        for span in document.entities(in: range) {
            if case let .organisation(code) = span.entity {
                // "of the CIS" / "since the CIS was founded": the organisation must be the head of the phrase, not "CIS summit".
                let next = document.word(span.end)
                if Self.excluded.contains(next) { return nil }
                return code
            }
            if span.entity.country != nil { return nil }
        }
        return nil
    }

    /// The organisation an act brought into being, its object after a noun of founding and "of" ("put forward the idea of
    /// CICA", "the initiative of convening a Conference ...") or after a gerund of founding ("proposed creating the SCO");
    /// not one where the act took place ("at the UN General Assembly", "addressed the OSCE"). A bare noun of the act ("three
    /// decades after X put forward the initiative from the rostrum of ...") founded the organisation named before it, in
    /// `namedBefore` ("The sixth summit of CICA opened ..."); not one with an object of its own ("the initiative on a gas union").
    func foundedByTheAct(in range: Range<Int>, namedBefore: Range<Int>) -> String? {
        for span in document.entities(in: range) {
            guard case let .organisation(code) = span.entity else { continue }
            var head = span.start - 1
            while ["the", "a", "an"].contains(document.word(head)) { head -= 1 }
            if Self.foundingGerunds.contains(document.word(head)) { return code }
            if document.word(head) == "of", Self.foundingActNouns.contains(document.word(head - 1)) { return code }
        }
        let bare = range.contains { position in
            ["the", "this", "his", "its", "their"].contains(document.word(position - 1)) && Self.foundingActNouns.contains(document.word(position))
                && !["of", "on", "to", "for", "about", "that"].contains(document.word(position + 1))
        }
        return bare ? lastOrganisation(in: namedBefore) : nil
    }

    static let foundingGerunds: Set<String> = ["creating", "establishing", "convening", "founding", "forming"]

    /// "the 10th anniversary of the meeting of four heads of state in Strasbourg on 10 October 1997, which laid down the
    /// foundation of GUAM cooperation": the organisation a relative clause says the event after the trigger's "of" founded
    /// ("which laid (down) the foundation(s) of", "that gave birth to", "which founded", "which created", "that established").
    /// The reference's founding year checks the count (`contradictsReference`): an event of another year marks nothing.
    func foundedByTheEvent(after index: Int, in sentence: Range<Int>) -> String? {
        guard document.word(index) == "of" || document.word(index - 1) == "of" else { return nil }
        guard let relative = (index..<sentence.upperBound).first(where: { ["which", "that"].contains(document.word($0)) && document.word($0 - 1) == "," }),
              !(index..<relative).contains(where: { [";", ":"].contains(document.word($0)) }) else { return nil }
        let clause = (relative + 1)..<min(sentence.upperBound, relative + 8)
        let words = clause.map { document.word($0) }
        let founds = words.first.map { ["founded", "created", "established"].contains($0) } == true
            || words.contains("laid") && words.contains(where: { ["foundation", "foundations", "basis"].contains($0) })
            || words.contains("gave") && words.contains("birth")
        guard founds, let organisation = document.entities(in: clause.lowerBound..<min(sentence.upperBound, clause.upperBound + 2)).first(where: {
            if case .organisation = $0.entity { true } else { false }
        }), case let .organisation(code) = organisation.entity else { return nil }
        // The organisation is the object: "of GUAM", "to the CIS", or right after the verb.
        let before = document.word(organisation.start - 1)
        return ["of", "to", "the", "founded", "created", "established"].contains(before) ? code : nil
    }
    static let foundingActNouns: Set<String> = ["idea", "initiative", "creation", "founding", "establishment", "formation", "foundation", "convening", "convocation"]

    /// Words that may stand between "of" and the organisation celebrated ("of the founding of the CIS", "of the signing of
    /// the CIS Charter", "of the establishment of the Shanghai Cooperation Organisation", "of the conclusion of the Collective
    /// Security Treaty"), and the nouns of the act that brought it into being (`foundingActNouns`: "of the initiative on
    /// convocation of the CICA", "of the idea of the Conference"), which `contradictsReference` holds to the year the
    /// reference dates the organisation from.
    static let leadToOrganisation: Set<String> = Set(["the", "of", "on", "its", "a", "founding", "foundation", "creation", "establishment", "formation",
                                                      "inception", "signing", "conclusion", "adoption", "birth", "existence", "activity", "activities", "work",
                                                      "operation", "functioning"]).union(foundingActNouns)

    /// The year marked, when the sentence does not say it: by arithmetic on the reference, the year what is celebrated
    /// began (the founding of the CIS in 1991, the establishment of relations) plus the ordinal, when that falls within
    /// a year of the article's date or the article is undated; else the article's year.
    func yearFromReference(_ anniversary: ArticleFacts.Anniversary) -> Int? {
        guard let base = reference.baseYear(of: anniversary) else { return document.year }
        let computed = base + anniversary.ordinal
        guard let articleYear = document.year else { return computed }
        return abs(computed - articleYear) <= 1 ? computed : articleYear
    }

    /// "the 10th anniversary of the UN General Assembly resolution of 1995", "the five-nation mechanism launched five years
    /// ago" turned into the SCO: an organisation's count from a year other than the reference's, give or take a year, between
    /// its founding and its start of work, is the anniversary of something else it names. (Relations and treaties counted
    /// from another year stay: they are what the text says, and the conflicts report shows them.)
    func contradictsReference(_ anniversary: ArticleFacts.Anniversary) -> Bool {
        guard let since = anniversary.since, let organisation = reference.data.organisations.first(where: { $0.code == anniversary.subject }),
              let founded = DateWords.year(of: organisation.founded) else { return false }
        let working = DateWords.year(of: organisation.operationalFrom) ?? founded
        return since < founded - 1 || since > max(founded, working) + 1
    }

    /// A year the sentence gives that the reference's base year plus the ordinal make: the year marked, even one long
    /// past ("joined in April 1999, at the NATO summit that marked the 50th anniversary of the Alliance").
    func agreedYear(_ anniversary: ArticleFacts.Anniversary, in sentence: Range<Int>) -> Int? {
        guard let base = reference.baseYear(of: anniversary) else { return nil }
        let year = base + anniversary.ordinal
        return sentence.contains { tokens[$0].kind == .number && tokens[$0].text.count == 4 && Int(tokens[$0].text) == year } ? year : nil
    }

    /// "in two years", "in three years' time", "two years from now" at token `index`: the years from the article's year
    /// to the one meant, and the end of the phrase.
    func yearsFromNow(at index: Int) -> (years: Int, end: Int)? {
        let start = document.word(index) == "in" ? index + 1 : index
        guard let number = NumberWords.read(tokens, at: start), !number.ordinal, number.value < 100, ["years", "year"].contains(document.word(number.end)) else { return nil }
        if start > index { return (number.value, number.end + 1) }
        return document.word(number.end + 1) == "from" && document.word(number.end + 2) == "now" ? (number.value, number.end + 3) : nil
    }

    /// Words that start another clause, whose years are not the anniversary's.
    static let clauseBoundaries: Set<String> = ["that", ";", "but", "while", "whereas", "although"]

    /// A year the sentence itself gives the anniversary. A relative year counts in the anniversary's clause only:
    /// "agreed that next year's summit will be held" speaks of another event, and so does one after a comma and a
    /// coordinator (", when the CIS will mark its 30th anniversary, and endorsed the plan for next year").
    func statedYear(sentence: Range<Int>, trigger: Trigger) -> Int? {
        let articleYear = document.year
        let boundaries = Self.clauseBoundaries
        /// Whether a clause boundary stands between the phrase and the trigger (", and" too), or the phrase dates a relative
        /// clause closed before the trigger ("The EAEU, which Armenia joined in January, will mark ...").
        func crossesClause(_ phrase: Range<Int>) -> Bool {
            let between = phrase.lowerBound < trigger.start ? phrase.upperBound..<trigger.start : trigger.end..<max(trigger.end, phrase.lowerBound)
            if phrase.upperBound <= trigger.start, between.contains(where: { document.word($0) == "," }),
               let comma = (sentence.lowerBound..<phrase.lowerBound).last(where: { document.word($0) == "," }),
               ["which", "who", "whom", "whose"].contains(document.word(comma + 1)) { return true }
            return between.contains { boundaries.contains(document.word($0)) || document.word($0) == "and" && document.word($0 - 1) == "," }
        }
        for index in sentence {
            let token = tokens[index]
            if token.kind == .number, token.text.count == 4, let year = Int(token.text), (1900...2100).contains(year) {
                let previous = document.word(index - 1)
                // "in 2017 ... celebrated": a year the sentence places the anniversary in; "since 1992" is the start.
                // "on January 1, 2025", "on 8 December 2026": a full date's year the same, in the anniversary's clause, and
                // not before the article's year ("which the two presidents signed on April 2, 1996" is the base).
                let dated = isDateYear(at: index) && articleYear.map { year >= $0 } ?? false
                if ["in", "of", "this"].contains(previous) || dated, !crossesClause(index..<(index + 1)), year - trigger.ordinal > 1700 {
                    // A year older than the article is history ("the treaty signed in 1993"), not the year marked.
                    if let articleYear, year < articleYear - 1 { continue }
                    return year
                }
                // "preparing for 2021, when the two countries will celebrate the centenary": the year a "when" clause holding
                // the anniversary describes.
                // Not across a relative clause that holds the trigger ("in June 2001, when it became the SCO, which will mark a
                // quarter of a century next June"): that clause has its own time.
                if index < trigger.start, document.word(index + 1) == "when" || document.word(index + 1) == "," && document.word(index + 2) == "when",
                   !((index + 1)..<trigger.start).contains(where: { [";", "but", "while"].contains(document.word($0))
                       || document.word($0) == "," && ["which", "who", "that"].contains(document.word($0 + 1)) }) {
                    return year
                }
            }
        }
        guard let articleYear else { return nil }
        // "This year marks thirty years since ..., and next year the members will celebrate the 20th anniversary": the
        // relative year nearest the anniversary.
        var nearest: (distance: Int, year: Int)?
        // The phrase `phrase` names `year`; the nearest one in the anniversary's clause wins.
        func consider(_ year: Int, _ phrase: Range<Int>) {
            if crossesClause(phrase) { return }
            let between = phrase.lowerBound < trigger.start ? phrase.upperBound..<trigger.start : trigger.end..<phrase.lowerBound
            if nearest.map({ between.count < $0.distance }) ?? true { nearest = (between.count, year) }
        }
        let tense = tense(of: trigger, in: sentence)
        for index in sentence {
            // "will mark its tenth anniversary on January 1" in December: a month named without its year.
            if tokens[index].kind == .word, let month = DateWords.month(tokens[index]), let dated = yearOfMonth(month, at: index, tense: tense) {
                consider(dated.year, dated.phrase)
            }
            // "whose twentieth anniversary will be marked in two years" (not the trigger itself: "in 30 years of relations";
            // nor a span in the past: "doubled their trade in ten years").
            if let later = yearsFromNow(at: index), !(index..<later.end).overlaps(trigger.start..<trigger.end),
               (sentence.lowerBound..<index).contains(where: { ["will", "shall"].contains(document.word($0)) }) {
                consider(articleYear + later.years, index..<later.end)
            }
            // "next month" in December, "last month" in January: the year next to the article's.
            if document.word(index) == "month", let month = document.month,
               document.word(index - 1) == "next" && month == 12 || document.word(index - 1) == "last" && month == 1 {
                consider(month == 12 ? articleYear + 1 : articleYear - 1, (index - 1)..<(index + 1))
            }
            guard document.word(index) == "year", index > sentence.lowerBound else { continue }
            let relative = document.word(index - 1)
            guard ["next", "last", "previous", "this"].contains(relative), document.word(index + 1) != "'s" else { continue }
            consider(relative == "next" ? articleYear + 1 : relative == "this" ? articleYear : articleYear - 1, (index - 1)..<(index + 1))
        }
        return nearest?.year
    }

    /// Whether the year at `index` closes a date after "on" or "in": "on 8 December 2026", "on January 1, 2025"; not a
    /// dateline's ("MOSCOW, May 20, 2023 -").
    func isDateYear(at index: Int) -> Bool {
        var start = document.word(index - 1) == "," ? index - 2 : index - 1
        if isDay(start) { start -= 1 }
        guard start >= 0, DateWords.month(tokens[start]) != nil else { return false }
        if isDay(start - 1) { start -= 1 }
        return ["on", "in"].contains(document.word(start - 1))
    }

    /// Whether the token at `position` is a day of the month: a number of one or two digits.
    func isDay(_ position: Int) -> Bool {
        position >= 0 && position < tokens.count && tokens[position].kind == .number && tokens[position].text.count <= 2
    }

    enum Tense { case past, future }

    /// The tense of the verb that marks the anniversary: "will mark", "would celebrate", "is to mark", "to celebrate" are
    /// ahead; "marked", "celebrated", "had passed", "was marked" have gone by; a present ("celebrate", "falls") says neither.
    func tense(of trigger: Trigger, in sentence: Range<Int>) -> Tense? {
        guard trigger.start > sentence.lowerBound else { return nil }
        var verb = trigger.start - 1
        while verb > sentence.lowerBound, ["the", "its", "their", "a", "his", "her", "our"].contains(document.word(verb)) { verb -= 1 }
        let clause = (sentence.lowerBound..<verb).last { position in
            [";", ":"].contains(document.word(position)) || ["and", "but", "while"].contains(document.word(position)) && document.word(position - 1) == ","
        }.map { $0 + 1 } ?? sentence.lowerBound
        let before = (clause..<trigger.start).map { document.word($0) }
        if before.contains(where: { ["will", "would", "shall", "'ll"].contains($0) }) || document.word(verb - 1) == "to" { return .future }
        let governing = document.word(verb)
        if before.contains(where: { ["was", "were", "had", "did"].contains($0) }) || governing.count > 3 && governing.hasSuffix("ed") && tokens[verb].isLowercase { return .past }
        return nil
    }

    /// The year of a month named without one ("on January 1", "next March", "in February"), from the article's month: the
    /// first such month after it for "next" or a verb ahead, the last before it for "last" or a verb gone by. The article's
    /// own month is its year (a dateline may be a day late). Nil when that is the article's year (the reference's arithmetic
    /// still reads the anniversary) or the article's month is unknown.
    func yearOfMonth(_ month: Int, at index: Int, tense: Tense?) -> (year: Int, phrase: Range<Int>)? {
        guard let articleYear = document.year, let articleMonth = document.month else { return nil }
        // "January 1, 2025", "October 1992", "in March next year": the year is named.
        if (index + 1..<min(tokens.count, index + 4)).contains(where: { tokens[$0].kind == .number && tokens[$0].text.count == 4 || document.word($0) == "year" }) { return nil }
        let lead = isDay(index - 1) ? index - 2 : index - 1
        let phrase = lead..<(isDay(index + 1) ? index + 2 : index + 1)
        switch document.word(lead) {
        case "next": return month > articleMonth ? nil : (articleYear + 1, phrase)
        case "last", "past": return month < articleMonth ? nil : (articleYear - 1, phrase)
        case "on", "in":
            if tense == .future, month < articleMonth { return (articleYear + 1, phrase) }
            if tense == .past, month > articleMonth { return (articleYear - 1, phrase) }
            return nil
        default: return nil
        }
    }
}

/// Messages, part of `MessageRules`: the occasion of a message, from its clause ("on Independence Day", "on the 30th
/// anniversary of ...", a win in a vote), else from its paragraph, else from the title or the first paragraph.
extension MessageRules {
    /// Whether the words name an occasion by a definite generic noun that refers back: "the national holiday", "the national
    /// day", "the jubilee", "the anniversary" (not "the anniversary of ...", which says whose).
    static func namesGenericOccasion(_ words: [String]) -> Bool {
        words.indices.contains { index in
            // "on Armenia's national holiday": a country's possessive is as definite as "the".
            if words[index] == "'s", index + 2 < words.count, words[index + 1] == "national" { return ["holiday", "day"].contains(words[index + 2]) }
            // "on today's anniversary", "on this jubilee", "on the day's anniversary": "today's" and "this" are as definite as "the".
            let definite = words[index] == "the" || words[index] == "this" || words[index] == "'s" && index > 0 && ["today", "day"].contains(words[index - 1])
            guard definite, index + 1 < words.count else { return false }
            if words[index + 1] == "national" { return index + 2 < words.count && ["holiday", "day"].contains(words[index + 2]) }
            return ["jubilee", "anniversary"].contains(words[index + 1]) && (index + 2 >= words.count || words[index + 2] != "of")
        }
    }

    /// An occasion the sentence gives as the message's ("on Russia Day", "on the occasion of the 30th anniversary",
    /// "on his 65th birthday", "on his victory in the presidential election").
    /// Not one in a quotation the sentence gives after its message word ("said in his message to B: '... who gave their life for
    /// freedom and independence'"): what the message says, not why it was sent.
    func statedOccasion(in sentence: Range<Int>) -> String? {
        let trigger = firstTrigger(in: sentence)
        for index in sentence where ["on", "occasion", "for", "over"].contains(document.word(index)) || isCongratulatingWith(index) {
            if let trigger, index > trigger, quotation(containing: index) != nil, quotation(containing: trigger) == nil { continue }
            if isElectionWin(after: index, in: sentence) { return "election victory" }
            if let found = occasion(in: (index + 1)..<min(sentence.upperBound, index + 9)) {
                // "on his jubilee", "on her 70th anniversary": a person's own anniversary, with nothing after it to say of what, is
                // a birthday.
                if found == "anniversary", isPersonalAnniversary(in: (index + 1)..<min(sentence.upperBound, index + 8)) { return "birthday" }
                // "on the occasion of the 77th anniversary of the Victory": the anniversary's own words may run past the cue's reach
                // and name the day it is.
                if found == "anniversary", let anniversary = ((index + 1)..<min(sentence.upperBound, index + 9)).first(where: { document.word($0) == "anniversary" }),
                   let day = occasion(in: anniversary..<min(sentence.upperBound, anniversary + 9)), day == "Victory Day" { return day }
                // "on the 28th anniversary of the restoration of the state independence": Independence Day.
                if found == "anniversary", anniversaryOccasion(in: (index + 1)..<min(sentence.upperBound, index + 16)) == "Independence Day" { return "Independence Day" }
                if found == "anniversary", statesFounding(in: (index + 1)..<min(sentence.upperBound, index + 16)) { return "national holiday" }
                if found == "national holiday", let specific = appositiveHoliday(after: index, in: sentence) { return specific }
                return found
            }
        }
        return nil
    }

    /// Whether the "with" at `index` gives a congratulation's cause, as translated copy writes it for "on" ("congratulated A with
    /// the victory in the elections", "congratulating him with the New Year", "congratulations with Independence Day", "sent his
    /// greetings with the 30th anniversary"): a "with" that follows a word of congratulating or greeting within its phrase (no
    /// comma, full stop or other preposition of cause between), not "met with", "together with" or "with a view to".
    func isCongratulatingWith(_ index: Int) -> Bool {
        guard document.word(index) == "with" else { return false }
        for back in stride(from: index - 1, through: max(0, index - 7), by: -1) {
            let word = document.word(back)
            if [",", ".", ";", ":", "on", "for", "over", "and"].contains(word) { return false }
            if let kind = Self.kindWords[word], kind != "condolence" { return true }
        }
        return false
    }

    /// The occasion of a sentence of a letter's own words that offers the congratulations or greetings it conveys, in the first
    /// person to the second ("Please accept my sincere congratulations on the occasion of your birthday", "I warmly congratulate
    /// you on Independence Day", "We send you our greetings on Nowruz"), when it states one; nil for any other sentence
    /// ("I wish you good health", "He congratulated the team on its win").
    /// `printed`: a sentence of a letter printed whole, which is to its addressee whether or not it says "you" ("Please accept my
    /// congratulations on Navruz", "Allow me to convey our congratulations on the holiday").
    func occasionInLetter(_ sentence: Range<Int>, printed: Bool = false) -> String? {
        let words = sentence.map { document.word($0) }
        guard printed || words.contains(where: { ["you", "your"].contains($0) }), words.contains(where: { ["i", "my", "we", "our", "me", "us"].contains($0) }),
              // ("It is my pleasure to extend to you my best wishes on the occasion of ...": good wishes offered are greetings.)
              words.contains(where: { ["congratulations", "congratulate", "congratulation", "greetings", "greet", "wishes"].contains($0) }) else { return nil }
        // "The letter reads: 'Please accept my congratulations on ...'": the letter's words begin at the quotation; the frame before
        // it only introduces them (`statedOccasion` would take its medium for a message whose quoted words are content).
        let quoted = sentence.first { quotation(containing: $0) != nil } ?? sentence.lowerBound
        return statedOccasion(in: quoted..<sentence.upperBound)
    }

    /// Whether the range opens with a personal possessive and an anniversary that says of nothing ("his jubilee,", "her 70th
    /// anniversary."): the person's round birthday, as wire copy translates it; not "his 25th anniversary in office", nor "his
    /// country's anniversary".
    func isPersonalAnniversary(in range: Range<Int>) -> Bool {
        guard let first = range.first, ["his", "her"].contains(document.word(first)) else { return false }
        var cursor = first + 1
        if let number = NumberWords.read(tokens, at: cursor), number.end < range.upperBound {
            cursor = number.end
            if ["st", "nd", "rd", "th"].contains(document.word(cursor)) { cursor += 1 }
        }
        guard cursor < range.upperBound, ["jubilee", "anniversary"].contains(document.word(cursor)) else { return false }
        let next = cursor + 1
        return next >= tokens.count || [",", ".", ";", "!", "and", "\""].contains(document.word(next))
    }

    /// Nouns of a state's coming into being.
    static let foundingNouns: Set<String> = ["founding", "foundation", "formation", "proclamation", "establishment", "creation"]

    /// Whether the range states the anniversary of a state's founding ("the 75th anniversary of the founding of the PRC", "the
    /// centenary of the proclamation of the Republic"), whose day is its national holiday; not an organisation's founding or the
    /// establishment of relations or of state independence.
    func statesFounding(in range: Range<Int>) -> Bool {
        range.contains { index in
            guard ["anniversary", "centenary", "jubilee"].contains(document.word(index)), document.word(index + 1) == "of" else { return false }
            var cursor = index + 2
            if document.word(cursor) == "the" { cursor += 1 }
            // "the 105th anniversary of the Azerbaijan Democratic Republic", "the centenary of the Republic of Turkey": the state
            // itself, by a name that says it is a republic, closing the phrase.
            if let end = republicNameEnd(from: cursor, in: range) { return end >= range.upperBound || [".", ",", ";", "!", "and"].contains(document.word(end)) }
            guard Self.foundingNouns.contains(document.word(cursor)), document.word(cursor + 1) == "of" else { return false }
            cursor += 2
            if document.word(cursor) == "the" { cursor += 1 }
            // "of the first Mongolian Statehood", "of the modern Kazakh state": a word of which state it was before its name.
            if ["first", "modern", "independent", "new"].contains(document.word(cursor)) { cursor += 1 }
            guard cursor < range.upperBound else { return false }
            if document.entity(at: cursor)?.entity.country != nil { return true }
            return ["republic", "state"].contains(document.word(cursor)) && document.word(cursor + 1) != "independence"
        }
    }

    /// The end of a state's name at `start` that says it is a republic: "Republic of" and a country ("the Republic of Turkey"), or
    /// a country and capitalized words ending in "Republic" ("the Azerbaijan Democratic Republic"); nil for any other words.
    func republicNameEnd(from start: Int, in range: Range<Int>) -> Int? {
        if tokens.indices.contains(start), tokens[start].text == "Republic", document.word(start + 1) == "of" {
            let place = document.word(start + 2) == "the" ? start + 3 : start + 2
            guard let span = document.entity(at: place), span.entity.country != nil else { return nil }
            return span.end
        }
        guard let country = document.entity(at: start), country.entity.country != nil else { return nil }
        var cursor = country.end
        while cursor < min(range.upperBound, country.end + 3), tokens[cursor].kind == .word, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil {
            if tokens[cursor].text == "Republic" { return cursor + 1 }
            cursor += 1
        }
        return nil
    }

    /// "on the main national holiday, the 25th anniversary of Independence", "on the state holiday - Victory Day": a generic
    /// holiday in apposition with the day it is, which is the occasion.
    func appositiveHoliday(after preposition: Int, in sentence: Range<Int>) -> String? {
        guard let holiday = ((preposition + 1)..<min(sentence.upperBound, preposition + 9)).first(where: { ["holiday", "day"].contains(document.word($0)) }) else { return nil }
        let marks: Set<String> = [",", "-", "("]
        var mark = holiday + 1
        // "the National Holiday of the friendly Georgia – the Independence Day": the state the holiday is of may stand before the
        // mark.
        if document.word(mark) == "of", let close = ((mark + 1)..<min(sentence.upperBound, mark + 7)).first(where: { tokens[$0].kind != .word || marks.contains(document.word($0)) }),
           marks.contains(document.word(close)),
           // ("the national holiday of your country - the Independence Day": or a noun for the addressee's state.)
           document.entities(in: (mark + 1)..<close).contains(where: { $0.entity.country != nil })
            || ((mark + 1)..<close).contains(where: { ["country", "state", "republic", "nation"].contains(document.word($0)) }) { mark = close }
        guard marks.contains(document.word(mark)) else { return nil }
        // The sentence may end at the mark itself ("... on the national holiday -").
        let start = mark + 1, limit = min(sentence.upperBound, start + 14)
        guard start < limit else { return nil }
        let end = (start..<limit).first { [",", ")", ";"].contains(document.word($0)) } ?? limit
        guard start < end else { return nil }
        let specific = occasion(in: start..<end)
        return ["national holiday", "anniversary", "election victory", nil].contains(specific) ? nil : specific
    }

    /// The occasion stated by its cause: a win whose phrase names a vote ("on his convincing and well-deserved victory in
    /// Sunday's presidential election", "on winning the presidential vote", "on his victory at the polls", "on his win in the
    /// race"); the phrase ends at its clause's comma. A victory in anything else ("of the national team in the final") is not.
    func isElectionWin(after preposition: Int, in sentence: Range<Int>) -> Bool {
        var end = min(sentence.upperBound, preposition + 16)
        guard let win = ((preposition + 1)..<end).first(where: { Self.winWords.contains(document.word($0)) || [",", ";"].contains(document.word($0)) }),
              Self.winWords.contains(document.word(win)) else { return false }
        var index = win + 1
        while index < end {
            let word = document.word(index)
            // "on the victory of the party, which you chair, in the parliamentary election": a relative clause set off by commas
            // about the winner; the vote comes after it.
            if word == ",", ["which", "who", "whom", "whose"].contains(document.word(index + 1)),
               let close = ((index + 2)..<min(sentence.upperBound, index + 10)).first(where: { [",", ";"].contains(document.word($0)) }), document.word(close) == "," {
                end = min(sentence.upperBound, end + close - index + 1)
                index = close + 1
                continue
            }
            if [",", ";", "and"].contains(word) { return false }
            if Self.voteWords.contains(word) { return true }
            index += 1
        }
        return false
    }

    static let addressingParticiples: Set<String> = ["congratulating", "wishing", "thanking", "urging", "assuring", "inviting", "informing"]
    /// The verbs and participles whose object is a message's addressee.
    static let addressingWords = recipientVerbs.union(addressingParticiples)
    static let winWords: Set<String> = ["victory", "win", "winning", "won", "triumph"]
    static let voteWords: Set<String> = ["election", "elections", "vote", "poll", "polls", "ballot", "race", "runoff", "run-off"]

    func occasion(in range: Range<Int>) -> String? {
        let words = range.map { document.word($0) }
        // "the 76th anniversary of the Soviet Union's Victory": a possessive of capitalized words before the Victory.
        for index in range where document.word(index) == "anniversary" && document.word(index + 1) == "of" {
            let start = document.word(index + 2) == "the" ? index + 3 : index + 2
            if start < range.upperBound, let owner = (start..<min(range.upperBound, start + 4)).first(where: { document.word($0) == "'s" }), owner > start, owner + 1 < range.upperBound,
               (start..<owner).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
               document.word(owner + 1) == "victory", tokens[owner + 1].isCapitalized { return "Victory Day" }
        }
        for (phrase, occasion) in Self.occasions {
            for index in words.indices where words.hasPhrase(phrase, at: index) {
                // Holidays are capitalized ("New Year", "Russia Day"), but a state's national day may be written in small letters.
                if phrase.count > 1, phrase.last == "day" || phrase.first == "new" || phrase.first == "spring", !tokens[range.lowerBound + index].isCapitalized,
                   phrase != ["national", "day"] || !isStatesNationalDay(at: range.lowerBound + index) { continue }
                return occasion
            }
        }
        return Self.namedDay(tokens[range]) ?? ownedDay(in: range)
    }

    /// Whether the "national day" in small letters at `index` is a state's own holiday, as translated copy and letters write it:
    /// under a determiner and saying whose it is after "of" (a state's name, "your country", "the Republic": "on the occasion of
    /// the national day of the Republic of Latvia", "on the national day of your country", "the national day of Hungary – Saint
    /// Stephen's Day", whose apposition `appositiveHoliday` reads). Not a day of something else ("the national day of mourning",
    /// "a national day of remembrance"), and not one that says of no state ("your national day", "the country's national day"):
    /// that refers back to the holiday the paragraph or the article names (`namesGenericOccasion`).
    /// A state's possessive before it says whose as well ("on Kyrgyzstan's national day", "the anniversary of the country's
    /// national day", "the republic's national day"), unless an "of" after it gives the day another subject ("the country's
    /// national day of mourning").
    func isStatesNationalDay(at index: Int) -> Bool {
        if index > 1, document.word(index - 1) == "'s", document.word(index + 2) != "of" {
            return document.spanAt[index - 2].map { document.spans[$0].entity.country != nil } == true || Self.stateNouns.contains(document.word(index - 2))
        }
        let owners: Set<String> = ["the", "this", "your", "its", "their", "our", "his", "her", "'s"]
        guard index > 0, owners.contains(document.word(index - 1)), document.word(index + 2) == "of" else { return false }
        var cursor = index + 3
        while owners.contains(document.word(cursor)) || document.word(cursor) == "friendly" { cursor += 1 }
        guard cursor < tokens.count else { return false }
        return document.entity(at: cursor)?.entity.country != nil || Self.stateNouns.contains(document.word(cursor))
    }

    /// Common nouns that stand for a state as the owner of its national day ("of your country", "the republic's").
    static let stateNouns: Set<String> = ["country", "state", "republic", "kingdom", "nation"]

    /// A day a country's possessive names ("Lithuania's State Restoration Day", "Estonia's Independence Restoration Day",
    /// "Ukraine's Constitution Day"): a national holiday, whatever its own name. Not an international or world day.
    func ownedDay(in range: Range<Int>) -> String? {
        for index in range where tokens[index].text == "Day" {
            var cursor = index - 1
            while cursor > range.lowerBound, cursor >= index - 4, tokens[cursor].kind == .word, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil,
                  !["International", "World"].contains(tokens[cursor].text) { cursor -= 1 }
            guard cursor < index - 1, document.word(cursor) == "'s", cursor > range.lowerBound,
                  document.spanAt[cursor - 1].map({ document.spans[$0].entity.country != nil }) == true else { continue }
            return "national holiday"
        }
        return nil
    }

    /// A holiday named "the Day of ..." ("the Day of Unity of the Peoples of Belarus and Russia", "the Day of the Republic", "Day of
    /// National Unity"): a national holiday, or the day it names; not an international or world day ("the International Day of Peace").
    static func namedDay(_ tokens: ArraySlice<Token>) -> String? {
        for index in tokens.indices where tokens[index].text == "Day" && index + 2 < tokens.endIndex && tokens[index + 1].lower == "of" {
            if index > tokens.startIndex, ["International", "World"].contains(tokens[index - 1].text) { continue }
            let named = tokens[index + 2].lower == "the" && index + 3 < tokens.endIndex ? tokens[index + 3] : tokens[index + 2]
            guard named.kind == .word, named.isCapitalized else { continue }
            return ["victory": "Victory Day", "independence": "Independence Day"][named.lower] ?? "national holiday"
        }
        return nil
    }

    /// Verbs that give a message's words after or before its medium ("the message reads", "..., reads the message").
    static let contentVerbs: Set<String> = ["reads", "read", "says", "said", "states", "stated", "notes", "continues"]

    /// Whether the medium at `trigger` (or its kind before the medium) follows a quotation and a verb that gives it the quoted
    /// words, and names nothing after it ("'For Belarus, China is a true friend,' reads the congratulatory message.", "..., says
    /// the telegram."): a message already reported, quoted. One that names its sender or addressee ("reads the congratulatory
    /// message of A to B") reports it.
    func isQuotedContentAttribution(_ trigger: Int) -> Bool {
        var determiner = trigger - 1, medium = trigger
        if Self.kindWords[document.word(trigger)] != nil, Self.mediumWords.contains(document.word(trigger + 1)) { medium += 1 }
        if Self.mediumWords.contains(document.word(trigger)), Self.kindWords[document.word(determiner)] != nil { determiner -= 1 }
        guard medium + 1 >= tokens.count || [".", ",", "!", ";"].contains(document.word(medium + 1)) else { return false }
        guard ["the", "this", "his", "her", "their"].contains(document.word(determiner)), Self.contentVerbs.contains(document.word(determiner - 1)) else { return false }
        return ["\"", ","].contains(document.word(determiner - 2))
    }

    /// Words after which a message's content begins: a reporting verb, "said", "that".
    static let contentOpeners = reportingVerbs.union(["said", "says", "that", "recalled", "reads", "spoke"])

    /// "anniversary" when the range states an anniversary the anniversary rules accept ("on the occasion of a quarter
    /// of a century since the establishment of diplomatic relations", "as the two countries mark 30 years of ties").
    /// An anniversary in what the message is reported to say ("Putin noted that in 2022 the two countries would mark
    /// 30 years ...") is its content, not its occasion: only the words before a reporting verb count.
    func anniversaryOccasion(in range: Range<Int>) -> String? {
        let rules = AnniversaryRules(document: document, reference: reference)
        let content = range.first { Self.contentOpeners.contains(document.word($0)) } ?? range.upperBound
        for index in range.lowerBound..<content {
            if let trigger = rules.trigger(at: index), trigger.end <= range.upperBound {
                let found = rules.complete(trigger)
                // An anniversary of independence is the Independence Day it falls on ("the 30th anniversary of your independence").
                if !found.isEmpty { return found.contains { $0.subject == "independence" } ? "Independence Day" : "anniversary" }
            }
        }
        return nil
    }

    /// The occasion the message's paragraph names in another sentence ("Today Kazakhstan celebrates Independence Day.
    /// Mirziyoyev sent a congratulatory telegram to Tokayev."): a named holiday or an anniversary, not a loose word
    /// such as "elected" or "independence".
    /// The occasion another message of the paragraph states for itself is that message's ("Earlier, on the eve of Victory Day,
    /// B had sent A greetings" says nothing of A's message).
    func paragraphOccasion(of sentence: Range<Int>) -> String? {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        var words = paragraph.map { document.word($0) }
        for other in document.sentences where other.lowerBound >= paragraph.lowerBound && other.upperBound <= paragraph.upperBound && !other.overlaps(sentence) {
            guard firstTrigger(in: other) != nil, statedOccasion(in: other) != nil else { continue }
            for index in other { words[index - paragraph.lowerBound] = "" }
        }
        for (phrase, occasion) in Self.occasions where phrase.count > 1 || ["nowruz", "navruz", "novruz", "nauryz", "nooruz", "nawruz", "norouz", "newroz", "christmas", "naadam"].contains(phrase[0]) {
            for index in words.indices where words.hasPhrase(phrase, at: index) {
                if phrase.last == "day" || phrase.first == "new", !tokens[paragraph.lowerBound + index].isCapitalized { continue }
                return occasion
            }
        }
        // "The Embassy held a reception on the occasion of the anniversary. The Ambassador read out a message ...": the occasion
        // the paragraph states outright for its event is the message's too.
        for index in paragraph where document.word(index) == "occasion" && document.word(index - 1) == "the" && document.word(index - 2) == "on" {
            if let found = occasion(in: (index + 1)..<min(paragraph.upperBound, index + 6)) { return found }
        }
        return anniversaryOccasion(in: paragraph)
    }

    /// The occasion the next sentence gives the message by referring back to it: "A sent a letter to B. The letter marks the
    /// 30th anniversary of diplomatic relations", "The message was dedicated to Independence Day". The sentence opens with a
    /// definite or demonstrative determiner and the message's noun, and a verb of marking or dedication follows it; a sentence
    /// that says anything else of the letter ("The letter reads: ...") gives nothing.
    func followingOccasion(of sentence: Range<Int>) -> String? {
        guard let position = document.sentences.firstIndex(of: sentence), position + 1 < document.sentences.count else { return nil }
        let next = document.sentences[position + 1]
        guard !isQuotedParagraph(document.paragraph(containing: next.lowerBound)), ["the", "this", "that"].contains(document.word(next.lowerBound)) else { return nil }
        var cursor = next.lowerBound + 1
        while cursor < next.upperBound, Self.kindWords[document.word(cursor)] != nil || document.word(cursor) == "congratulatory" { cursor += 1 }
        guard cursor > next.lowerBound + 1 || Self.mediumWords.contains(document.word(cursor)) else { return nil }
        if Self.mediumWords.contains(document.word(cursor)) { cursor += 1 }
        guard cursor > next.lowerBound + 1 else { return nil }
        if ["is", "was"].contains(document.word(cursor)) { cursor += 1 }
        guard Self.markingVerbs.contains(document.word(cursor)) else { return nil }
        let rest = (cursor + 1)..<next.upperBound
        return occasion(in: rest) ?? anniversaryOccasion(in: rest)
    }

    /// Verbs by which a message's sentence gives its occasion ("The letter marks ...", "The message was dedicated to ...").
    static let markingVerbs: Set<String> = ["marks", "marked", "dedicated", "devoted", "timed", "coincides", "coincided"]

    /// Whether a paragraph opens with a quotation mark or lies inside a quotation an earlier paragraph opened (`quoteContinues`).
    func isQuotedParagraph(_ paragraph: Range<Int>) -> Bool {
        !paragraph.isEmpty && (tokens[paragraph.lowerBound].text == "\"" || quoteContinues.contains(paragraph.lowerBound))
    }

    /// The occasion the title or the first paragraph names ("Putin sends New Year greetings"); under a title that names no
    /// message, past a first paragraph that names none, the first paragraph that names one.
    func contextOccasion() -> String? {
        // A state's founding the lead states ("on the 75th anniversary of the founding of the PRC") is the national holiday the
        // title calls an anniversary ("on PRC's 75th anniversary").
        // A letter's own words quoted at the head of the article are its content, not the lead ("'Since gaining independence, ...',
        // the message of A to B says").
        let unquoted = document.paragraphs.filter { !isQuotedParagraph($0) }
        let lead = contextKind() == nil ? nil : unquoted.first { $0.count >= 8 && [".", "!", "?", "\""].contains(tokens[$0.upperBound - 1].text) }
        if let title = document.title {
            let titleTokens = Tokenizer.tokenize(MatchText(title).scalars)
            let words = titleTokens.map(\.lower)
            for (phrase, occasion) in Self.occasions where words.indices.contains(where: { words.hasPhrase(phrase, at: $0) }) {
                if occasion == "anniversary", let lead = lead ?? unquoted.first, statesFounding(in: lead) { return "national holiday" }
                return occasion
            }
            if let day = Self.namedDay(titleTokens[...]) { return day }
            // "Kazakhstan and Russia mark quarter century of diplomatic ties": a span of years of something that began.
            let spans: Set<String> = ["years", "decades", "century", "centuries"]
            let subjects: Set<String> = ["relations", "ties", "treaty", "independence", "founding", "establishment", "friendship"]
            if words.contains(where: spans.contains), words.contains(where: subjects.contains),
               words.indices.contains(where: { spans.contains(words[$0]) && $0 > 0 && (NumberWords.cardinalWords[words[$0 - 1]] != nil || Int(words[$0 - 1]) != nil || ["quarter", "half", "a"].contains(words[$0 - 1]) || words[$0 - 1] == "of") }) {
                return "anniversary"
            }
        }
        // In an article about messages (its title names them), the lead: the first paragraph that ends a sentence, past any
        // lines of dateline and source ("24.kg news agency, Bishkek, November 1, 2011"). A digest's first item is no lead.
        if let first = lead ?? unquoted.first {
            if let found = occasion(in: first) ?? anniversaryOccasion(in: first) { return found }
            // A title that names no message, over a first paragraph that names none either (a photo's caption, a scene): the
            // lead is the first paragraph that names the messages ("... in New Year messages sent to the country's leaders").
            if lead == nil, !namesMessage(first), let summary = unquoted.first(where: namesMessage) {
                return occasion(in: summary) ?? anniversaryOccasion(in: summary)
            }
        }
        return nil
    }

    /// Whether the range names a message by its kind or its medium ("greetings", "messages", "a letter").
    func namesMessage(_ range: Range<Int>) -> Bool {
        range.contains { Self.kindWords[document.word($0)] != nil || Self.mediumWords.contains(document.word($0)) }
    }
}

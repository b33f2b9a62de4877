/// Messages, part of `MessageRules`: sentence shapes around a message word: what was spoken, called or recalled rather
/// than written, a topic or a thanks, clauses that repeat an event, summaries, headings, passives and exchanges between
/// unnamed parties.
extension MessageRules {
    /// Whether an "on" after a message word names what the message is about, not its occasion or its date ("sent a letter to B
    /// on the progress of the debt-for-property agreement", "a message to B on the results of the talks"; not "on Independence
    /// Day", "on his re-election", "on 3 April", "on the holiday", "on the occasion of", "on behalf of", "on the eve of"): then a
    /// message of no stated kind takes no occasion from other sentences.
    func namesTopic(after trigger: Int, in sentence: Range<Int>) -> Bool {
        guard let on = ((trigger + 1)..<min(sentence.upperBound, trigger + 14)).first(where: { document.word($0) == "on" && quotation(containing: $0) == nil }),
              ["the", "a", "an"].contains(document.word(on + 1)), on + 2 < sentence.upperBound else { return false }
        let noun = tokens[on + 2]
        guard noun.kind == .word, !noun.isCapitalized, !["occasion", "eve", "day", "holiday", "holidays", "celebration", "jubilee", "festival", "feast", "behalf", "sidelines",
                                                                  // Compound prepositions ("carried out on the initiative of", "on the basis of"): no matter the message is about.
                                                                  "initiative", "basis", "instructions", "instruction", "part", "territory", "invitation"].contains(noun.lower) else { return false }
        let phrase = (on + 1)..<(((on + 1)..<sentence.upperBound).first { [",", ";", ".", "and"].contains(document.word($0)) } ?? sentence.upperBound)
        return occasion(in: phrase) == nil && anniversaryOccasion(in: phrase) == nil && !phrase.contains { DateWords.month(tokens[$0]) != nil || tokens[$0].kind == .number }
    }

    /// The thanking verb and the "for" of a message thanked for ("thanked B for the birthday greetings"), with the verb that says
    /// the message was sent after it ("... that B had sent on 7 October"), if any, or nil when the message at `trigger` is no
    /// object of thanks.
    func thanksFor(_ trigger: Int, in sentence: Range<Int>) -> (verb: Int, for: Int, sent: Int?)? {
        guard let preposition = (max(sentence.lowerBound, trigger - 4)..<trigger).last(where: { document.word($0) == "for" }),
              ((preposition + 1)..<trigger).allSatisfy({ tokens[$0].kind == .word }),
              let verb = (sentence.lowerBound..<preposition).last(where: { ["thanked", "thanks", "thanking", "grateful", "gratitude"].contains(document.word($0)) }) else { return nil }
        var sent: Int?
        for index in (trigger + 1)..<min(sentence.upperBound, trigger + 16) {
            let word = document.word(index)
            if [";", ".", "\""].contains(word) || word == "," && ["and", "but", "while"].contains(document.word(index + 1)) { break }
            if ["sent", "addressed", "dispatched", "written"].contains(word) { sent = index; break }
        }
        return (verb, preposition, sent)
    }

    /// The persons of a clause that repeats the event before it for them (", as did A and B", ", and so did A"), after `index`.
    func repeaters(after index: Int, in sentence: Range<Int>, actors: [Actor]) -> [Actor] {
        guard let did = (min(index + 2, sentence.upperBound)..<sentence.upperBound).first(where: { document.word($0) == "did" && quotation(containing: $0) == nil
            && (document.word($0 - 1) == "as" && document.word($0 - 2) == "," || document.word($0 - 1) == "so" && document.word($0 - 2) == "and") }) else { return [] }
        return actors.filter { $0.isPerson && $0.start > did }
    }

    /// Whether the article reports an event its lead names (a summit, a ceremony, a meeting, talks, a visit), with a title that
    /// names no message and no written medium anywhere outside quotes: a congratulation it reports without one was said there.
    func atReportedEvent() -> Bool {
        guard contextKind() == nil, let lead = document.paragraphs.first(where: { $0.count >= 8 }) else { return false }
        let eventWords: Set<String> = ["summit", "ceremony", "meeting", "talks", "visit", "forum", "session", "reception"]
        guard lead.contains(where: { eventWords.contains(document.word($0)) }) else { return false }
        let media: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "cable", "card", "wrote", "writes", "written"]
        if let title = document.title, Tokenizer.tokenize(MatchText(title).scalars).contains(where: { media.contains($0.lower) }) { return false }
        return !tokens.indices.contains { media.contains(document.word($0)) && quotation(containing: $0) == nil }
    }

    /// Whether the paragraph or the title around a sentence says the exchange was spoken (a call, a meeting), or an earlier
    /// paragraph of an article that names no written medium reports a call (`afterReportedCall`).
    func spokenContext(of sentence: Range<Int>) -> Bool {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        let titleWords = Tokenizer.tokenize(MatchText(document.title ?? "").scalars).map(\.lower)
        let spokenMedium: Set<String> = ["phone", "telephone", "call", "conversation", "talks", "meeting", "phoned", "telephoned"]
        return paragraph.contains { (spokenMedium.contains(document.word($0)) || calls($0)) && !isRecalled($0) && !isSetAside($0) } || titleWords.contains(where: spokenMedium.contains)
            || afterReportedCall(sentence)
    }

    /// The phrases of `sentence` that set a thing aside from what their clause reports, each from its opener up to the next
    /// comma or stop: "In addition to the phone call, Putin also sent greetings", "Besides the telephone conversation, ...",
    /// "Apart from the talks, ...". What such a phrase names is not how the message went.
    func setAsidePhrases(in sentence: Range<Int>) -> [Range<Int>] {
        var phrases: [Range<Int>] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let word = document.word(index)
            let opens = word == "besides"
                || word == "from" && index > sentence.lowerBound && ["apart", "aside"].contains(document.word(index - 1))
                || word == "to" && index >= sentence.lowerBound + 2 && document.word(index - 1) == "addition" && document.word(index - 2) == "in"
            guard opens else { index += 1; continue }
            let end = (index + 1..<sentence.upperBound).first { [",", ";", ":", "."].contains(document.word($0)) } ?? sentence.upperBound
            phrases.append(index + 1..<end)
            index = end
        }
        return phrases
    }

    /// The end of a phrase that opens the sentence and names only the medium of the message the rest reports ("In separate
    /// messages, ...", "In his congratulatory telegram, ...", "In a letter,"): the index after its comma; nil for any other
    /// opening ("In his message to B, A wrote ..." names an addressee, and is read as it stands).
    func frontedMediumEnd(of sentence: Range<Int>) -> Int? {
        guard document.word(sentence.lowerBound) == "in" else { return nil }
        let fillers: Set<String> = ["a", "an", "the", "his", "her", "their", "separate", "two", "congratulatory", "written", "official"]
        var cursor = sentence.lowerBound + 1
        var named = false
        while cursor < min(sentence.upperBound, sentence.lowerBound + 6) {
            let word = document.word(cursor)
            if Self.mediumWords.contains(word) || Self.kindWords[word] != nil { named = true } else if !fillers.contains(word) { break }
            cursor += 1
        }
        return named && document.word(cursor) == "," ? cursor + 1 : nil
    }

    /// Whether token `index` sits in a phrase that sets a thing aside (`setAsidePhrases`).
    func isSetAside(_ index: Int) -> Bool {
        setAsidePhrases(in: document.sentence(containing: index)).contains { $0.contains(index) }
    }

    /// Whether a paragraph before the sentence reports a telephone call ("A had a telephone conversation with B.", "A phoned
    /// B.") in an article whose title and text, outside quotations, name no written medium: a congratulation reported after
    /// it with none ("A congratulated B on his birthday and wished him success") was said in that call, whatever the
    /// title calls it ("A congratulates B on his birthday").
    ///
    /// A call reported after the sentence counts when it is made for the congratulation itself ("A congratulated B on his
    /// victory. ... A called Mr. B on Tuesday to congratulate him"), or when the very next sentence reports a call with a
    /// person the sentence names ("..., Hu said during a telephone conversation with Medvedev"): the lead summed up the call.
    func afterReportedCall(_ sentence: Range<Int>) -> Bool {
        let callWords: Set<String> = ["phone", "telephone", "phoned", "telephoned", "conversation"]
        func isCall(_ index: Int) -> Bool { (callWords.contains(document.word(index)) || calls(index)) && !isRecalled(index) && quotation(containing: index) == nil }
        // "In addition to the phone call, A also sent ...": the sentence itself tells its message apart from the call.
        if setAsidePhrases(in: sentence).contains(where: { $0.contains { callWords.contains(document.word($0)) || document.word($0) == "call" } }) { return false }
        let before = (0..<sentence.lowerBound).contains(where: isCall)
        // "Hu Jintao congratulated Dmitry Medvedev on his victory. ..., Hu said during a telephone conversation with Medvedev.":
        // a call the very next sentence reports is where the congratulation was said.
        // A call with someone else, or about another matter, says nothing of it: the call must be "with" a person this sentence
        // names.
        func callNext() -> Bool {
            let persons = Set(document.entities(in: sentence).compactMap { span -> String? in if case let .person(name, _) = span.entity { name } else { nil } })
            guard !persons.isEmpty, let next = document.sentences.first(where: { $0.lowerBound >= sentence.upperBound }) else { return false }
            return next.contains { index in
                isCall(index) && (index + 1..<min(next.upperBound, index + 3)).contains { with in
                    document.word(with) == "with" && document.entity(at: with + 1).map { span in
                        if case let .person(name, _) = span.entity { persons.contains(name) } else { false }
                    } == true
                }
            }
        }
        guard before || callNext() || document.sentences.contains(where: { later in
            later.lowerBound >= sentence.upperBound && later.contains { index in
                isCall(index) && (index + 1..<min(later.upperBound, index + 14)).contains {
                    document.word($0) == "to" && Self.infinitiveKinds.contains(document.word($0 + 1)) && quotation(containing: $0) == nil
                }
            }
        }) else { return false }
        let media: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "cable", "card", "wrote", "writes", "written"]
        if let title = document.title, Tokenizer.tokenize(MatchText(title).scalars).contains(where: { media.contains($0.lower) }) { return false }
        return !tokens.indices.contains { media.contains(document.word($0)) && quotation(containing: $0) == nil }
    }

    /// Whether an earlier sentence reports a meeting or talks ("A met with his counterpart B", "A and B held talks", "during the
    /// meeting") with every person the sentence names, in an article whose title and text name no written medium outside quotations
    /// and a source's own statement ("the press service said in a message"): condolences or congratulations reported after it
    /// with none ("A also expressed his condolences to B over the fire") were said there. A meeting the sentence recalls or
    /// quotes is none.
    func afterReportedMeeting(_ sentence: Range<Int>) -> Bool {
        let meetingWords: Set<String> = ["met", "meets", "meeting", "talks"]
        let persons = Set(actors(in: sentence).filter(\.isPerson).map(\.name))
        guard !persons.isEmpty else { return false }
        guard !namesWrittenMedium() else { return false }
        return document.sentences.contains { other in
            other.upperBound <= sentence.lowerBound
                && other.contains { meetingWords.contains(document.word($0)) && quotation(containing: $0) == nil && !isRecalled($0) }
                && persons.isSubset(of: actors(in: other).filter(\.isPerson).map(\.name))
        }
    }

    /// Whether the title, or the text outside quotations, names a written medium ("letters", "a telegram", "wrote"), other than
    /// the one a source stated the news in (`isSourceStatement`): the article's messages were written.
    func namesWrittenMedium() -> Bool {
        let media: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "cable", "card", "wrote", "writes", "written"]
        if let title = document.title, Tokenizer.tokenize(MatchText(title).scalars).contains(where: { media.contains($0.lower) }) { return true }
        return tokens.indices.contains { media.contains(document.word($0)) && quotation(containing: $0) == nil && !isSourceStatement($0) }
    }

    /// Whether the medium at `index` is how a source stated the news ("the press service said in a message", "the ministry
    /// reported in a statement"), not a message to anyone.
    func isSourceStatement(_ index: Int) -> Bool {
        index >= 3 && document.word(index - 1) == "a" && document.word(index - 2) == "in"
            && ["said", "says", "reported", "reports", "stated", "states", "announced", "informed"].contains(document.word(index - 3))
    }

    /// Whether the paragraph after the sentence opens with a quotation in the first person that offers a message's kind
    /// ('"I extend my congratulations to President B and the people of X," he said.'), closed by a verb of saying with no
    /// written medium, and neither paragraph nor the title names one outside quotations: the sentence reports words said
    /// aloud (a speech, a statement), not a message. '"...," the telegram reads', "he wrote" and a quotation that speaks of a
    /// message sent keep it a message.
    func isQuotedAsSaid(after sentence: Range<Int>) -> Bool {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        guard sentence.upperBound >= paragraph.upperBound || !(sentence.upperBound..<paragraph.upperBound).contains(where: { tokens[$0].kind == .word }),
              let next = document.paragraphs.first(where: { $0.lowerBound >= paragraph.upperBound }), tokens[next.lowerBound].text == "\"",
              let close = next.dropFirst().first(where: { tokens[$0].text == "\"" }) else { return false }
        let quoted = (next.lowerBound + 1)..<close
        // '"We always send a congratulatory message to the president," the aide said': words about a message sent say it is written.
        guard quoted.contains(where: { ["i", "we", "my", "our"].contains(document.word($0)) }),
              quoted.contains(where: { Self.kindWords[document.word($0)] != nil }), !quoted.contains(where: { Self.written.contains(document.word($0)) }) else { return false }
        let attribution = (close + 1)..<min(next.upperBound, close + 7)
        guard attribution.contains(where: { Self.speechVerbs.contains(document.word($0)) }) else { return false }
        let media: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "cable", "card", "wrote", "writes", "written"]
        if let title = document.title, Tokenizer.tokenize(MatchText(title).scalars).contains(where: { media.contains($0.lower) }) { return false }
        return ![paragraph, next].contains { part in part.contains { media.contains(document.word($0)) && quotation(containing: $0) == nil } }
    }

    /// Whether token `index` is a verb of calling whose object is a person ("Aliyev called Erdogan", "rang his counterpart", "called
    /// the Kazakh leader"; not "called for", "so-called", nor "called Kazakhstan a fraternal country").
    func calls(_ index: Int) -> Bool {
        guard ["called", "rang"].contains(document.word(index)) else { return false }
        var object = index + 1
        if document.word(object) == "the" { object += 1 }
        // "called Mr. B", "rang Ms B": a courtesy title before the person called.
        if Self.courtesyTitles.contains(document.word(object)) { object += document.word(object + 1) == "." ? 2 : 1 }
        if ["his", "her"].contains(document.word(object)) { return true }
        guard let span = document.entity(at: object) else { return false }
        if span.entity.person != nil || span.entity.office != nil { return true }
        return span.entity.country != nil && (document.entity(at: span.end)?.entity.office != nil || ["leader", "counterpart", "colleague"].contains(document.word(span.end)))
    }

    /// Whether the "at" at token `index` places the words at an event ("at the start of the summit", "at the forum"), not an
    /// election the message is about ("on his re-election at the party congress") nor an event by its name ("at the 20th Congress").
    func isAtEvent(_ index: Int) -> Bool {
        guard document.word(index) == "at", !(max(0, index - 4)..<index).contains(where: { Self.postWonWords.contains(document.word($0)) }) else { return false }
        for next in (index + 1)..<min(tokens.count, index + 7) {
            if Self.events.contains(tokens[next].text) { return true }
            if tokens[next].kind != .word { return false }
        }
        return false
    }

    /// Whether words of a sentence that opens at token `start` (the sentence's words, or a prefix of them) say that what they report
    /// was spoken: on the phone, in a speech or remarks, at a meeting or an event.
    /// An event named in what the message says ("Putin wrote that the agreements reached at the summit ...") is its content.
    func saysSpoken(_ words: ArraySlice<String>, from start: Int, besides: Set<String> = []) -> Bool {
        let content = words.indices.first { Self.clauseBreaks.contains(words[$0]) || words[$0] == "that" } ?? words.endIndex
        return words.indices.contains { offset in
            !besides.contains(words[offset]) && (Self.spoken.contains(words[offset]) || calls(start + offset) || offset < content && isAtEvent(start + offset))
        }
    }

    /// Whether a verb of recalling comes before token `index` in its sentence ("recalling their meeting in Paris"): the word
    /// is what the message recalls.
    func isRecalled(_ index: Int) -> Bool {
        let sentence = document.sentence(containing: index)
        return (sentence.lowerBound..<index).contains { Self.recallVerbs.contains(document.word($0)) }
    }

    /// A sentence that reports messages of a stated kind without naming their sender ("Congratulations to A on his election
    /// came from the leaders of B and C", "Messages congratulating A on winning the vote poured in"): their kind, occasion
    /// and addressee (the one person it names).
    func summary(of sentence: Range<Int>) -> (kind: String, occasion: String?, recipient: String?)? {
        guard firstTrigger(in: sentence) != nil, announcingSubject(in: sentence) == nil else { return nil }
        // "Foreign leaders congratulated A by telephone": spoken, no summary of messages.
        let words = sentence.map { document.word($0) }
        // "Congratulations continue to arrive ..., the press service told Interfax": the source's verb of saying is not the messages'.
        if !words.contains(where: Self.written.contains), saysSpoken(Self.beforeRecalling(Self.withoutAttribution(words)), from: sentence.lowerBound) { return nil }
        let kind = sentence.filter { quotation(containing: $0) == nil }.compactMap { Self.kindWords[document.word($0)] }.min { priority($0) < priority($1) }
        guard let kind else { return nil }
        // "The message of greetings reads:", "The congratulatory telegram says": it introduces a message's words, and sums up no
        // messages reported after it.
        if var cursor = firstTrigger(in: sentence) {
            repeat { cursor += 1 } while cursor < sentence.upperBound && (Self.kindWords[document.word(cursor)] != nil || Self.mediumWords.contains(document.word(cursor)) || document.word(cursor) == "of")
            if Self.contentVerbs.contains(document.word(cursor)) { return nil }
        }
        // One person, however often named ("to President of Belarus A ..., BelTA learned from the press service of the
        // Belarusian leader").
        let named = actors(in: sentence).filter(\.isPerson)
        let persons = Set(named.map(\.name))
        guard persons.count <= 1 else { return nil }
        // "'...,' wrote A in his congratulatory letter", "A stressed in her message of greetings": the one person is the writer of
        // the message the sentence tells (`describedMessage`), not the addressee of messages summed up.
        if let person = persons.first, describedMessage(sentence)?.sender == person { return nil }
        // "Greeting the new envoys warmly, President A congratulated them on taking up their duties": the person is the subject of
        // an active verb of congratulating or sending, its sender; the sentence sums up no messages to them.
        if let person = named.first, let verb = sentence.first(where: { Self.activeSenderVerbs.contains(document.word($0)) }), person.end <= verb,
           !["was", "were", "been", "is", "are", "be", "being"].contains(document.word(verb - 1)) { return nil }
        return (kind, kind == "condolence" ? nil : statedOccasion(in: sentence), persons.first)
    }

    /// Finite verbs whose subject congratulates or sends (`summary`).
    static let activeSenderVerbs: Set<String> = ["congratulated", "congratulates", "felicitated", "felicitates", "greeted", "greets", "sent", "sends", "extended", "extends",
                                                 "conveyed", "conveys"]

    /// A paragraph of one line that does not end a sentence: a heading.
    func isHeading(_ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last, tokens[sentence.lowerBound].newlinesBefore >= 2 else { return false }
        return ![".", "!", "?", "\"", "'"].contains(tokens[last].text) && (last + 1 >= tokens.count || tokens[last + 1].newlinesBefore >= 2)
    }

    /// A short line after a blank one that ends no sentence, with the item's text on the next line: a digest item's heading.
    func isItemHeading(_ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last, sentence.count <= 20, sentence.lowerBound == 0 || tokens[sentence.lowerBound].newlinesBefore >= 2,
              ![".", "!", "?", "\"", "'", ":", ",", ";"].contains(tokens[last].text), last + 1 < tokens.count, tokens[last + 1].newlinesBefore == 1 else { return false }
        let next = document.paragraph(containing: last + 1)
        return next.count > sentence.count
    }

    /// Whether the medium at `index` is definite ("the letter", "this message", "the congratulatory telegram") and the subject
    /// of a finite verb right after it ("had been received", "was delivered", "arrived").
    func isDefiniteSubject(_ index: Int) -> Bool {
        guard Self.mediumWords.contains(document.word(index)) else { return false }
        var determiner = index - 1
        if Self.kindWords[document.word(determiner)] != nil { determiner -= 1 }
        guard ["the", "this", "that"].contains(document.word(determiner)) else { return false }
        return ["had", "has", "have", "was", "were", "is", "are", "arrived", "reached"].contains(document.word(index + 1))
    }

    /// Whether the message word at `index` is the subject of a passive verb right after it ("Messages were addressed to",
    /// "Greetings have also been sent to").
    func isPassiveMedium(_ index: Int) -> Bool {
        (index + 1..<min(tokens.count, index + 5)).contains { Self.passiveParticiples.contains(document.word($0)) && isPassive($0) }
    }

    /// The two parties of an exchange whose sentence names neither ("the two top diplomats exchanged messages", "the Presidents
    /// of the two countries exchanged congratulatory messages", "Messages were also exchanged between the Foreign Ministers"):
    /// with no office named, the pair of the message reported before; else the two countries the text is about, each by the
    /// holder of that office the article names, else the one the reference lists on the article's date, else by its code.
    /// "The heads of the two states", "the presidents of both countries", "the two heads of state": heads of a pair of states are
    /// their presidents. Nil unless the exchange's own phrase is plural.
    func unnamedParties(of exchange: Int, in sentence: Range<Int>, context: Context) -> [Actor]? {
        let phrase = isPassive(exchange) ? (exchange + 1)..<min(sentence.upperBound, exchange + 8) : sentence.lowerBound..<exchange
        var office: String?
        var plural = false
        for index in phrase {
            if case let .office(name, plural: true)? = document.entity(at: index)?.entity { office = name; plural = true }
            if ["two", "both"].contains(document.word(index)) { plural = true }
            // "the heads of the two states", "the presidents of both countries" (not "the heads of the two ministries").
            if office == nil, ["heads", "presidents"].contains(document.word(index)), document.word(index + 1) == "of",
               (index + 2...index + 4).contains(where: { ["states", "countries", "nations", "republics"].contains(document.word($0)) }),
               (index + 2..<index + 4).allSatisfy({ ["the", "both", "two", "states", "countries", "nations", "republics"].contains(document.word($0)) }) { office = "President" }
            // "the heads of the foreign ministries of the two countries", "the heads of government of both states": the office the
            // body they head stands for (`headedBodyOffice`).
            if office == nil, ["heads", "chiefs"].contains(document.word(index)), document.word(index + 1) == "of", let headed = headedBodyOffice(at: index + 2) {
                office = headed
            }
        }
        guard plural else { return nil }
        let at = sentence.lowerBound
        if office == nil, let from = context.sender, let to = context.recipient, from != to, !isCountryCode(from), !isCountryCode(to) {
            return [Actor(name: from, start: at, end: at, isPerson: true), Actor(name: to, start: at, end: at, isPerson: true)]
        }
        guard let pair = Parties(document: document, reference: reference).pair(around: exchange, sentence: sentence) else { return nil }
        return pair.map { code in
            let holder = office.flatMap { articleHolder(office: $0, country: code) ?? reference.holder(office: $0, country: code, on: document.publishedOn) }
            return Actor(name: holder ?? code, start: at, end: at, isPerson: holder != nil)
        }
    }

    /// The office of the one who heads the body named at `index`, after "the heads of": a foreign ministry ("the foreign
    /// ministries", "the ministries of foreign affairs", "the foreign affairs ministries", "the foreign offices") is headed by its
    /// Foreign Minister, a government ("government", "the governments") by its Prime Minister. Nil for any other body ("the heads of
    /// the two delegations", "the heads of the trade ministries").
    func headedBodyOffice(at index: Int) -> String? {
        var cursor = index
        if document.word(cursor) == "the" { cursor += 1 }
        let words = (cursor..<min(tokens.count, cursor + 4)).map { document.word($0) }
        if ["government", "governments"].contains(words.first) { return "Prime Minister" }
        let ministry = ["ministry", "ministries", "office", "offices", "departments"]
        if words.count >= 2, ["foreign", "external"].contains(words[0]), ministry.contains(words[1]) || words[1] == "affairs" && words.count >= 3 && ministry.contains(words[2]) {
            return "Foreign Minister"
        }
        if words.count >= 4, ["ministry", "ministries"].contains(words[0]), words[1] == "of", ["foreign", "external"].contains(words[2]), words[3] == "affairs" {
            return "Foreign Minister"
        }
        return nil
    }

    /// Whether the verb at `index` is a passive participle: "were exchanged", "were also exchanged", "have likewise been exchanged".
    func isPassive(_ index: Int) -> Bool {
        var cursor = index - 1
        while ["also", "likewise", "similarly", "then", "too", "later", "subsequently"].contains(document.word(cursor)) { cursor -= 1 }
        return ["was", "were", "been", "be"].contains(document.word(cursor))
    }

    /// Verbs of sending whose passive makes the recipient its subject and the message its object ("B was sent birthday greetings by
    /// A", "B has been handed a letter of condolence by A", "B was also given a congratulatory message by A").
    static let dativeVerbs: Set<String> = ["sent", "handed", "given", "delivered", "forwarded", "presented", "passed"]

    /// Whether the message word at `trigger` is the object of a passive verb of sending before it (`dativeVerbs`: "B was sent New
    /// Year greetings by A", "B has been handed over a letter by A"), only the message's own words between: then the subject of
    /// the passive receives, and its agent after "by" sends. Not "Greetings were sent to B by A", whose subject is the message.
    func isPassiveDative(_ trigger: Int) -> Bool {
        guard let verb = (max(0, trigger - 6)..<trigger).last(where: { Self.dativeVerbs.contains(document.word($0)) }), isPassive(verb) else { return false }
        return ((verb + 1)..<trigger).allSatisfy { index in
            tokens[index].kind == .word && !["to", "by", "from", "that"].contains(document.word(index)) && document.entity(at: index)?.entity.person == nil
        }
    }

    /// Whether the verb at `index` takes the recipient as its object and stands in the passive ("the Head of State was
    /// congratulated by A", "Aliyev was warmly greeted on Novruz by B"): its subject receives, and its agent sends.
    func isPassiveObjectVerb(_ index: Int) -> Bool {
        guard Self.recipientVerbs.contains(document.word(index)), document.word(index).hasSuffix("ed") else { return false }
        var cursor = index - 1
        while cursor > 0, tokens[cursor].kind == .word, document.word(cursor).hasSuffix("ly") { cursor -= 1 }
        return isPassive(cursor + 1)
    }
}

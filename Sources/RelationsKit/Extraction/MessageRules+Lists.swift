/// Messages, part of `MessageRules`: senders listed one a line after a sentence that announces them ("Congratulatory
/// messages have been sent by:"), and the letters of a page that prints several whole, each under its own addressee's block.
extension MessageRules {
    /// Words that may stand between the agent's "by" or "from" and the colon that opens the list of senders ("by the following
    /// heads of state and government:").
    static let senderListNouns: Set<String> = ["the", "following", "foreign", "world", "leaders", "heads", "of", "state", "states", "and",
                                               "government", "governments", "officials", "figures", "public", "dignitaries", "persons", "partners",
                                               "international", "organizations", "organisations", "among", "others", "them", "these", "countries"]

    /// Whether a sentence announces that the lines after it list the senders of its messages: it names a message, ends in a colon,
    /// and leaves the agent open before it: "Congratulatory messages have been sent by:", "Greetings came from the following
    /// leaders:", "Among those who sent congratulations were:", "The following heads of state sent telegrams to B:".
    /// Not "Greetings were sent to:" (its list is of recipients), nor a sentence that names its sender before the colon.
    func announcesSenderList(_ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last, document.word(last) == ":", let trigger = firstTrigger(in: sentence), trigger < last,
              !isFirstPersonQuote(trigger), !sentence.contains(where: { Self.negations.contains(document.word($0)) }),
              !actors(in: sentence.lowerBound..<last).contains(where: { $0.isPerson && $0.start < trigger }) else { return false }
        // "... sent by:", "... came from the following leaders:": the agent's phrase is empty or generic.
        if let agent = (trigger..<last).last(where: { ["by", "from"].contains(document.word($0)) }),
           ((agent + 1)..<last).allSatisfy({ Self.senderListNouns.contains(document.word($0)) }) { return true }
        // "Among those who sent messages were:", "Those who sent greetings include:".
        let opening = sentence.prefix(2).map { document.word($0) }
        if opening.contains(where: { ["among", "those"].contains($0) }),
           ["were", "are", "include", "included", "includes"].contains(document.word(last - 1)) { return true }
        // "The following leaders sent congratulations to B:": the subject is the list.
        return (sentence.lowerBound..<trigger).contains { document.word($0) == "following" }
    }

    /// The senders the lines after an announcing sentence list, one item a line ("President of the Russian Federation A,",
    /// "King of X B;"), each a short paragraph that names a person; the list ends at the first line that names none. With the
    /// index of the first token after the list.
    func listedSenders(after sentence: Range<Int>) -> (senders: [Actor], end: Int) {
        var senders: [Actor] = []
        var end = sentence.upperBound
        for paragraph in document.paragraphs where paragraph.lowerBound >= sentence.upperBound {
            guard paragraph.count <= 40, quotation(containing: paragraph.lowerBound) == nil else { break }
            let persons = actors(in: paragraph).filter(\.isPerson)
            guard let first = persons.first, first.start <= paragraph.lowerBound + 24 else { break }
            // One sender a line, the last person the line names ("Crown Prince, Prime Minister of X A," names A), unless "and"
            // joins two ("President of X A and Prime Minister B").
            senders.append(contentsOf: persons.indices.filter { index in
                index == persons.count - 1 || (persons[index].end..<persons[index + 1].start).contains { ["and", "&"].contains(document.word($0)) }
            }.map { persons[$0] })
            end = paragraph.upperBound
        }
        return (senders, end)
    }

    /// The messages of a list of senders announced by `sentence` (`announcesSenderList`), to the recipient the sentence names,
    /// else the one the article announced (`recipient`), of the sentence's kind and occasion (else the paragraph's, the
    /// article's).
    func senderListMessages(_ sentence: Range<Int>, recipient announced: String?, context: Context) -> (messages: [ArticleFacts.Message], end: Int)? {
        guard announcesSenderList(sentence), let trigger = firstTrigger(in: sentence) else { return nil }
        let own = recipients(after: trigger, in: sentence, actors: actors(in: sentence))
        guard let recipient = own.count == 1 ? own[0].name : announced else { return nil }
        let listed = listedSenders(after: sentence)
        guard !listed.senders.isEmpty else { return nil }
        let kind = sentence.compactMap { Self.kindWords[document.word($0)] }.min { priority($0) < priority($1) } ?? context.kind ?? contextKind() ?? "letter"
        let occasion = kind == "condolence" ? nil : statedOccasion(in: sentence) ?? paragraphOccasion(of: sentence) ?? contextOccasion()
        var result: [ArticleFacts.Message] = []
        for sender in listed.senders where sender.name != recipient && !result.contains(where: { $0.from == sender.name }) {
            let span = document.bodySpan(sender.start, sender.end)
            result.append(ArticleFacts.Message(from: sender.name, to: recipient, kind: kind, occasion: occasion, start: span.start, end: span.end))
        }
        return (result, listed.end)
    }

    /// Whether the words at `index`, after a list's last item, close an open-ended list: "A, B, C etc. sent", "A, B, C and others
    /// congratulated", "A, B and other heads of state", "A, B, C, among others,", "and so on", "and many more". Wire copy ends long
    /// lists of senders or recipients so instead of with "and" before the last item; every item named takes part.
    func closesOpenList(at index: Int) -> Bool {
        var cursor = index
        if document.word(cursor) == "," { cursor += 1 }
        let word = document.word(cursor), next = document.word(cursor + 1)
        if word == "etc" || word == "etc." { return true }
        if word == "among", next == "others" { return true }
        guard word == "and" else { return false }
        if ["others", "other", "so"].contains(next) { return true }
        return ["many", "several", "some"].contains(next) && ["more", "others", "other"].contains(document.word(cursor + 2))
    }

    /// The recipient a sentence that names no sender gives its messages ("Congratulatory messages have been sent to the President
    /// of X from heads of foreign states"): one person or, with none named, one country.
    func unsentRecipient(in sentence: Range<Int>) -> String? {
        guard let trigger = firstTrigger(in: sentence), !isFirstPersonQuote(trigger), !sentence.contains(where: { Self.negations.contains(document.word($0)) }) else { return nil }
        let all = actors(in: sentence)
        guard !all.contains(where: { $0.isPerson && $0.start < trigger }) else { return nil }
        let found = recipients(after: trigger, in: sentence, actors: all)
        return found.count == 1 ? found[0].name : nil
    }

    /// In a letter printed whole (`letter`: from its salutation to its signer), the addressee's own message the signer thanks
    /// them for ("I thank you for your congratulations on my birthday", "I express my gratitude to You for the congratulatory
    /// letter", "I am grateful for your kind message"): its kind and the occasion the thanks name.
    func thankedMessage(in letter: Range<Int>) -> (kind: String, occasion: String?, at: Int)? {
        for sentence in document.sentences where letter.contains(sentence.lowerBound) {
            let words = sentence.map { document.word($0) }
            guard words.contains(where: Self.thanksWords.contains), words.contains(where: { ["you", "your"].contains($0) }),
                  let forIndex = sentence.first(where: { document.word($0) == "for" }) else { continue }
            let phrase = (forIndex + 1)..<min(sentence.upperBound, forIndex + 6)
            let kinds = phrase.compactMap { Self.kindWords[document.word($0)] }
            guard !kinds.isEmpty || phrase.contains(where: { Self.mediumWords.contains(document.word($0)) }) else { continue }
            let kind = kinds.min { priority($0) < priority($1) } ?? "letter"
            return (kind, kind == "condolence" ? nil : occasion(in: forIndex..<sentence.upperBound), forIndex)
        }
        return nil
    }

    /// Words of thanks.
    static let thanksWords: Set<String> = ["thank", "thanks", "grateful", "gratitude", "appreciation", "appreciate"]

    /// The addressees of the letters a page prints whole (`letterAddressee`), in order, with each one's salutation and the first
    /// token of its address block: a page of letters to one leader ("His Excellency / Mr A, / President of X / Dear Mr
    /// President! ... B, / President of Y / His Excellency / Mr A, ...") holds one letter under each block.
    func letterAddressees() -> [(name: String, salutation: Range<Int>, start: Int)] {
        var result: [(name: String, salutation: Range<Int>, start: Int)] = []
        let paragraphs = document.paragraphs
        for (number, line) in paragraphs.enumerated().dropLast() where line.count <= 24 && quotation(containing: line.lowerBound) == nil {
            // The addressee's office may stand on a line of its own between the name and the salutation.
            var salutationLine = number + 1
            if !isSalutation(paragraphs[salutationLine]), salutationLine + 1 < paragraphs.count, isSalutation(paragraphs[salutationLine + 1]),
               paragraphs[salutationLine].count <= 14, opensWithOffice(paragraphs[salutationLine]),
               !actors(in: paragraphs[salutationLine]).contains(where: \.isPerson) {
                salutationLine += 1
            }
            let next = paragraphs[salutationLine]
            guard isSalutation(next), let person = actors(in: line).first, person.isPerson, person.start <= line.lowerBound + 4,
                  // A given name the page misspelt may stand before the surname the gazetteer reads ("Mr llham Aliyev").
                  (line.lowerBound..<person.start).allSatisfy({ ["his", "her", "excellency", "mr", "mrs", "ms", "to", ".", "h.e", "the", "honourable", "honorable"].contains(document.word($0))
                      || tokens[$0].kind == .word && $0 == person.start - 1 })
            else { continue }
            result.append((person.name, next, line.lowerBound))
        }
        return result
    }

    /// Whether a line of a letter's address block or signature opens with an office ("President of X"), also after an article
    /// or a word that qualifies the office ("The President of the People's Republic of X", "The First President of X", "Acting
    /// Prime Minister of X"): the pages that print letters set the office line both ways.
    func opensWithOffice(_ line: Range<Int>) -> Bool {
        var start = line.lowerBound
        while start < min(line.upperBound, line.lowerBound + 2), ["the", "first", "acting", "interim"].contains(document.word(start)),
              document.entity(at: start)?.entity.office == nil { start += 1 }
        return start < line.upperBound && document.entity(at: start)?.entity.office != nil
    }

    /// The message of a letter printed whole that has no signer: the first sentence of its own words that offers congratulations
    /// or greetings in the first person on behalf of a state other than the addressee's ("On behalf of the people of X and on my
    /// own behalf, I congratulate you", "Allow me, on behalf of the Government of X, to convey our greetings"): that state's
    /// message to the addressee.
    func behalfMessage(in letter: Range<Int>, to addressee: String) -> ArticleFacts.Message? {
        let own = countryOf(person: addressee)
        for sentence in document.sentences where letter.contains(sentence.lowerBound) {
            let words = sentence.map { document.word($0) }
            guard !words.contains(where: Self.thanksWords.contains), words.contains(where: { ["i", "my", "we", "our", "me", "us"].contains($0) }),
                  let kind = sentence.compactMap({ Self.kindWords[document.word($0)] }).min(by: { priority($0) < priority($1) }),
                  let behalf = sentence.first(where: { document.word($0) == "behalf" }) else { continue }
            let states = document.entities(in: (behalf + 1)..<min(sentence.upperBound, behalf + 10)).compactMap(\.entity.country).filter { $0 != own }
            guard let state = states.first else { continue }
            let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
            let occasion = kind == "condolence" ? nil : occasionInLetter(sentence, printed: true) ?? contextOccasion()
            return ArticleFacts.Message(from: state, to: addressee, kind: kind, occasion: occasion, start: span.start, end: span.end)
        }
        return nil
    }
}

/// Facts that only a title states. A page that publishes a letter ("Foreign Minister Sergey Lavrov's greetings to Minister
/// of Foreign Affairs of Mongolia Batmunkh Battsetseg on the 100th anniversary of diplomatic relations", then "Dear Ms
/// Battsetseg, ... Sergey Lavrov") names the sender and the addressee with their offices only in the title: the body is
/// the letter itself, with a salutation and a signature. Every fact keeps evidence in the body (where the person is named
/// again, where the letter begins), because spans point into the body.
struct TitleFacts {
    let body: Document
    let title: Document
    let reference: ReferenceIndex
    let found: [LeaderRules.Found]

    /// The title as a document of its own, resolved for the body's date; nil without a title.
    init?(body: Document, extractor: Extractor) {
        guard let text = body.title, !text.isEmpty else { return nil }
        let matchText = MatchText(text)
        let tokens = Tokenizer.tokenize(matchText)
        let spans = extractor.resolve(extractor.gazetteer.matches(in: tokens), tokens: tokens, date: body.publishedOn)
        let plain = Document(text: matchText, tokens: tokens, spans: spans, title: nil, publishedOn: body.publishedOn)
        found = LeaderRules(document: plain, reference: extractor.reference).found()
        title = plain.adding(leaders: found)
        self.body = body
        reference = extractor.reference
    }

    /// Leaders the title names with an office and a country that the body names again (by the surname: "Dear Ms
    /// Battsetseg", the signature "Sergey Lavrov"), with that mention as evidence. A title's leader the body never names
    /// has no evidence to point to and is left out.
    /// In a title in Title Case ("Russian President Hails Strong Ties"), capitalized words are no sign of a name: only persons
    /// the reference knows count there.
    func leaders(besides known: [ArticleFacts.Leader]) -> [ArticleFacts.Leader] {
        let seen = Set(known.map { "\($0.name)|\($0.office)|\($0.country)" })
        let words = title.tokens.filter { $0.kind == .word && $0.text.utf8.count > 3 }
        let titleCase = words.count >= 3 && words.filter(\.isCapitalized).count * 10 > words.count * 7
        return LeaderRules.facts(found).compactMap { leader in
            guard !seen.contains("\(leader.name)|\(leader.office)|\(leader.country)"), !titleCase || reference.termsByPerson[leader.name] != nil,
                  let mention = bodyMention(of: leader.name) else { return nil }
            return ArticleFacts.Leader(name: leader.name, office: leader.office, country: leader.country, start: mention.start, end: mention.end)
        }
    }

    /// The body's first token that is the person's surname (the last word of the name), as the name is written or as the
    /// body spells a listed person otherwise: the last token of a mention the gazetteer reads as that person under any of
    /// the row's spellings ("Ruslan Kazakbayev" for the row's Ruslan Kazakbaev).
    func bodyMention(of name: String) -> (start: Int, end: Int)? {
        guard let surname = name.split(separator: " ").last.map(String.init), surname.count > 2 else { return nil }
        let written = body.tokens.firstIndex(where: { $0.text == surname || $0.text == surname.split(separator: "-").last.map(String.init) })
        let spelled = body.spans.first(where: { $0.entity.person == name }).map { $0.end - 1 }
        guard let index = [written, spelled].compactMap({ $0 }).min() else { return nil }
        return body.bodySpan(index, index + 1)
    }

    /// The messages a title names ("A's greetings to B on ..."), when the body is that letter: its opening lines hold a
    /// salutation ("Dear Ms Battsetseg,", "Dear Mr President,"). The evidence is the letter. (A note after the letter may
    /// report other messages: "On the same day, A and B exchanged greetings".)
    func letterMessages() -> [ArticleFacts.Message] {
        guard let salutation = salutation() else { return [] }
        let span = body.bodySpan(salutation, body.tokens.count)
        // A letter to a person: an address to a people ("Tokayev's address to the people of Kazakhstan", "Dear compatriots,")
        // is a speech.
        // A state stands for a sender only when the text names no person: "Estonian President sends letter to B" over a body that
        // names the Estonian president who signs it is that person's letter, which the body's rules report by name.
        let bodyCountries = Set(body.leaders.map(\.country))
        return MessageRules(document: title, reference: reference).extract().filter { !isCountryCode($0.to) && !(isCountryCode($0.from) && bodyCountries.contains($0.from)) }.map { message in
            var message = message
            message.start = span.start
            message.end = span.end
            return message
        }
    }

    func isCountryCode(_ value: String) -> Bool { value.count == 3 && value == value.uppercased() && reference.data.country(value) != nil }

    /// The token "Dear" opening one of the body's first lines, followed within a few words by a comma.
    func salutation() -> Int? {
        var lines = 0
        for (index, token) in body.tokens.enumerated() where index == 0 || token.newlinesBefore > 0 {
            lines += 1
            if lines > 4 { return nil }
            guard token.text == "Dear" else { continue }
            if (index + 1..<min(body.tokens.count, index + 6)).contains(where: { body.tokens[$0].text == "," || body.tokens[$0].text == "!" }) { return index }
        }
        return nil
    }
}

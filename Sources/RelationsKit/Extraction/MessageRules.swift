/// Written messages: greetings, congratulations, condolences and letters, with sender, recipient
/// (a person, or countries when none is named), kind and occasion. Words spoken at a meeting or on the
/// phone are not messages, nor is a message the text says was not sent ("does not say whether").
struct MessageRules {
    let document: Document
    let reference: ReferenceIndex
    let leaders: [ArticleFacts.Leader]
    var tokens: [Token] { document.tokens }

    /// Words that name a message, with the kind they imply (nil: the kind comes from context).
    static let triggers: [String: String?] = [
        "greeting": "greeting", "greetings": "greeting",
        "congratulated": "congratulation", "congratulates": "congratulation", "congratulate": "congratulation",
        "congratulations": "congratulation", "congratulatory": "congratulation", "congratulation": "congratulation",
        "condolences": "condolence", "condolence": "condolence", "condoled": "condolence", "sympathy": "condolence",
        "letter": "letter", "message": nil, "telegram": nil, "address": nil, "addressed": nil, "addressing": nil, "wrote": "letter",
    ]
    static let written: Set<String> = ["message", "letter", "telegram", "sent", "send", "sends", "sending", "card", "wrote", "writes", "addressed", "address", "addressing"]
    static let spoken: Set<String> = ["phone", "telephone", "call", "conversation", "meeting", "talks", "met", "visit", "during", "told", "ceremony"]
    static let negations: Set<String> = ["not", "n't", "whether", "never", "no", "without", "refused", "declined"]
    /// Occasions, matched as lowercase word sequences.
    static let occasions: [(words: [String], occasion: String)] = [
        (["new", "year"], "New Year"), (["new", "year's"], "New Year"), (["independence", "day"], "Independence Day"),
        (["victory", "day"], "Victory Day"), (["birthday"], "birthday"), (["nowruz"], "Nowruz"), (["novruz"], "Nowruz"), (["navruz"], "Nowruz"),
        (["christmas"], "Christmas"), (["national", "day"], "national holiday"), (["national", "holiday"], "national holiday"),
        (["re", "-", "election"], "election victory"), (["election"], "election victory"), (["elected"], "election victory"),
        (["anniversary"], "anniversary"), (["independence"], "Independence Day"),
    ]

    func extract() -> [ArticleFacts.Message] {
        var found: [ArticleFacts.Message] = []
        for sentence in document.sentences {
            guard let message = message(in: sentence) else { continue }
            for item in message where !found.contains(where: { $0.from == item.from && $0.to == item.to && $0.kind == item.kind && $0.occasion == item.occasion }) {
                found.append(item)
            }
        }
        // A message to a named person makes one to that person's country redundant.
        let personCountries = Set(found.compactMap { message in
            leaders.first { $0.name == message.to }?.country ?? reference.office(of: message.to, on: document.publishedOn)?.country
        })
        return found.filter { !($0.to.count == 3 && $0.to == $0.to.uppercased() && personCountries.contains($0.to)) }
    }

    func message(in sentence: Range<Int>) -> [ArticleFacts.Message]? {
        let words = sentence.map { document.word($0) }
        guard let triggerOffset = words.firstIndex(where: { Self.triggers[$0] != nil && isTrigger($0, at: sentence.lowerBound + words.firstIndex(of: $0)!) }) else { return nil }
        let trigger = sentence.lowerBound + triggerOffset
        // Not sent, or not written.
        if words[..<triggerOffset].contains(where: Self.negations.contains) { return nil }
        let isWritten = words.contains(where: Self.written.contains)
        if !isWritten, words.contains(where: Self.spoken.contains) { return nil }
        let recipients = self.recipients(after: trigger, in: sentence)
        guard !recipients.isEmpty else { return nil }
        let recipientStarts = Set(recipients.map(\.at))
        guard let sender = sender(in: sentence, trigger: trigger, excluding: recipientStarts, recipients: Set(recipients.map(\.name))) else { return nil }
        var kind = Self.triggers[words[triggerOffset]] ?? nil
        if kind == nil { kind = words.compactMap { Self.triggers[$0] ?? nil }.first }
        let occasion = occasion(in: sentence) ?? contextOccasion()
        if kind == nil { kind = contextKind() ?? "letter" }
        if kind == "condolence" && occasion == "anniversary" { return nil }
        let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
        return recipients.filter { $0.name != sender }.map {
            ArticleFacts.Message(from: sender, to: $0.name, kind: kind!, occasion: kind == "condolence" ? nil : occasion, start: span.start, end: span.end)
        }
    }

    /// "address" counts only as "address to"/"addressed to"/"addressing" someone.
    func isTrigger(_ word: String, at index: Int) -> Bool {
        switch word {
        case "address", "addressed": return document.word(index + 1) == "to" || document.word(index + 1) == "\""
        case "addressing": return document.spanAt[index + 1] != nil || document.word(index + 1) == "\"" || document.word(index + 1) == "the"
        default: return true
        }
    }

    /// Named persons (or, failing that, countries) the message went to: after "to", "congratulated",
    /// "addressing"; "the President of Kazakhstan" alone resolves to the office holder on the article's date.
    func recipients(after trigger: Int, in sentence: Range<Int>) -> [(name: String, at: Int)] {
        var cursor = trigger + 1
        let limit = sentence.upperBound
        let verbLike = ["congratulated", "congratulates", "congratulate", "addressing"].contains(document.word(trigger))
        if !verbLike {
            // Find "to" after the trigger (skipping "of greetings on the New Year and Christmas").
            while cursor < limit, document.word(cursor) != "to" { cursor += 1 }
            guard cursor < limit else { return [] }
            cursor += 1
        }
        var people: [(String, Int)] = []
        var countries: [(String, Int)] = []
        var pendingOffice: String?
        var skipped = 0
        while cursor < limit, skipped < 8 {
            if let span = document.entity(at: cursor) {
                switch span.entity {
                case let .person(name, _):
                    people.append((name, span.start))
                    pendingOffice = nil
                case let .country(code, kind):
                    if let office = pendingOffice, kind != .demonym || true, let holder = reference.holder(office: office, country: code, on: document.publishedOn),
                       !(document.entity(at: span.end)?.entity.person != nil) && !(document.word(span.end) == "'s") && nextIsNotPerson(span.end) {
                        people.append((holder, span.start))
                        pendingOffice = nil
                    } else {
                        countries.append((code, span.start))
                    }
                case let .office(office, _): pendingOffice = office
                case .organisation: break
                }
                cursor = span.end
                skipped = 0
                continue
            }
            let word = document.word(cursor)
            if [",", "and", "the", "of", "\"", "'s", "his", "her", "their", "leaders", "leader", "people", "counterpart", "mr", "on", "to"].contains(word) {
                cursor += 1
                continue
            }
            if !people.isEmpty || !countries.isEmpty { break }
            skipped += 1
            cursor += 1
        }
        if !people.isEmpty { return people.map { (name: $0.0, at: $0.1) } }
        return countries.map { (name: $0.0, at: $0.1) }
    }

    private func nextIsNotPerson(_ index: Int) -> Bool {
        var cursor = index
        if document.word(cursor) == "," { cursor += 1 }
        return document.entity(at: cursor)?.entity.person == nil
    }

    /// The sender: a person named in the sentence outside the recipient phrase ("Mr Putin"), or
    /// "The President of Russia" resolved to its holder, or a country ("Kazakhstan sent condolences").
    func sender(in sentence: Range<Int>, trigger: Int, excluding: Set<Int>, recipients: Set<String>) -> String? {
        var candidates: [(name: String, at: Int, isPerson: Bool)] = []
        var pendingOffice: String?
        for index in sentence {
            guard let span = document.entity(at: index), !excluding.contains(span.start) else {
                if let span = document.entity(at: index), excluding.contains(span.start) { pendingOffice = nil }
                continue
            }
            switch span.entity {
            case let .person(name, _) where !recipients.contains(name):
                candidates.append((name, span.start, true))
            case let .office(office, _):
                pendingOffice = office
            case let .country(code, _):
                if let office = pendingOffice, document.word(span.start - 1) == "of" || document.word(span.end) == "'s" || true,
                   let holder = reference.holder(office: office, country: code, on: document.publishedOn), !recipients.contains(holder) {
                    candidates.append((holder, span.start, true))
                } else if !recipients.contains(code), span.start < trigger {
                    candidates.append((code, span.start, false))
                }
                pendingOffice = nil
            default: break
            }
        }
        // Prefer a person before the trigger, then any person, then a country.
        if let person = candidates.first(where: { $0.isPerson && $0.at < trigger }) { return person.name }
        if let person = candidates.first(where: \.isPerson) { return person.name }
        if let country = candidates.first(where: { !$0.isPerson && !document.tokens[$0.at].isLowercase }) {
            // A country of the recipients is not the sender.
            return country.name
        }
        return nil
    }

    func occasion(in range: Range<Int>) -> String? {
        let words = range.map { document.word($0) }
        for (phrase, occasion) in Self.occasions {
            for index in words.indices where words[index...].starts(with: phrase) {
                // "New Year" must be capitalized to be the holiday.
                if phrase.first == "new", !tokens[range.lowerBound + index].isCapitalized { continue }
                return occasion
            }
        }
        return nil
    }

    /// The occasion the title or the first paragraph names ("Putin sends New Year greetings").
    func contextOccasion() -> String? {
        if let title = document.title {
            let titleTokens = Tokenizer.tokenize(MatchText(title).scalars)
            let words = titleTokens.map { $0.text.lowercased() }
            for (phrase, occasion) in Self.occasions where words.indices.contains(where: { words[$0...].starts(with: phrase) }) { return occasion }
        }
        if let first = document.paragraphs.first { return occasion(in: first) }
        return nil
    }

    func contextKind() -> String? {
        guard let title = document.title else { return nil }
        for word in Tokenizer.tokenize(MatchText(title).scalars).map({ $0.text.lowercased() }) {
            if let kind = Self.triggers[word] ?? nil { return kind }
        }
        return nil
    }
}

/// An entity the extractor resolved a gazetteer match to.
enum Resolved: Equatable {
    case country(String, GazetteerEntry.CountryNameKind)
    case organisation(String)
    /// A person; `surnameOnly` when the text gave just the surname ("Mr Putin").
    case person(String, surnameOnly: Bool)
    case office(String, plural: Bool)

    var country: String? { if case let .country(code, _) = self { return code } else { return nil } }
    var person: String? { if case let .person(name, _) = self { return name } else { return nil } }
    var office: String? { if case let .office(name, false) = self { return name } else { return nil } }
}

/// A resolved entity over tokens `start..<end`.
struct EntitySpan {
    let start: Int
    let end: Int
    let entity: Resolved
}

/// One article prepared for the fact rules: folded text, tokens, sentences, resolved entities.
struct Document {
    let text: MatchText
    let tokens: [Token]
    let sentences: [Range<Int>]
    let paragraphs: [Range<Int>]
    let spans: [EntitySpan]
    /// For each token, the index in `spans` of the entity covering it.
    let spanAt: [Int?]
    let title: String?
    let publishedOn: String?
    /// Countries of the persons the text names with an office (also those the reference does not know).
    var personCountries: [String: String] = [:]
    /// The persons the text names with an office and a country.
    var leaders: [ArticleFacts.Leader] = []
    /// Token ranges of the phrases that name a person with an office ("President of Armenia Serzh Sargsyan",
    /// "Speaker of Russia's Federation Council Valentina Matviyenko"), and the person's name.
    var personPhrases: [(range: Range<Int>, name: String)] = []
    var year: Int? { DateWords.year(of: publishedOn) }
    /// The month of the publication date, when the date gives one.
    var month: Int? { publishedOn.flatMap { DateWords.parts(of: $0)?.month } }

    /// The same document with the persons the leader rules found (named with an office) as entities,
    /// so that later rules see "Foreign Minister Mukhtar Tileuberdi" as a person of Kazakhstan.
    func adding(leaders found: [LeaderRules.Found]) -> Document {
        var spans = self.spans
        var countries = personCountries
        for item in found {
            if !item.leader.country.isEmpty { countries[item.leader.name] = countries[item.leader.name] ?? item.leader.country }
            guard let person = item.person, !person.contains(where: { spanAt[$0] != nil }) else { continue }
            spans.append(EntitySpan(start: person.lowerBound, end: person.upperBound, entity: .person(item.leader.name, surnameOnly: false)))
        }
        // A person the reference does not know, named later by the surname alone ("Mammadyarov said"): the same person,
        // when no other new person shares that surname.
        var surnames: [String: (name: String, after: Int)] = [:]
        var sharedSurnames = Set<String>()
        // A later mention by the full name ("to Raul Khajimba and Leonid Tibilov"): the name before the surname is part of it.
        var givenNames: [String: Set<String>] = [:]
        for item in found where !item.leader.country.isEmpty {
            guard let person = item.person, person.count >= 2, !person.contains(where: { spanAt[$0] != nil }) else { continue }
            let surname = tokens[person.upperBound - 1].text
            guard surname.count > 2, tokens[person.upperBound - 1].isCapitalized else { continue }
            if let known = surnames[surname], known.name != item.leader.name { sharedSurnames.insert(surname) }
            surnames[surname] = surnames[surname].map { ($0.name, min($0.after, person.upperBound)) } ?? (item.leader.name, person.upperBound)
            givenNames[surname, default: []].formUnion(person.dropLast().map { tokens[$0].text })
        }
        // "Chinese President Xi Jinping ... Xi said": a two-word name whose family name comes first, named later by its first
        // word alone, when the last word never stands alone (a surname-last name is named by its surname).
        for item in found where !item.leader.country.isEmpty {
            guard let person = item.person, person.count == 2, !person.contains(where: { spanAt[$0] != nil }) else { continue }
            let first = tokens[person.lowerBound].text, last = tokens[person.upperBound - 1].text
            guard surnames[first] == nil, tokens[person.lowerBound].isCapitalized, first.count > 1,
                  !tokens.indices.contains(where: { tokens[$0].text == last && ($0 == 0 || tokens[$0 - 1].text != first) }) else { continue }
            surnames[first] = (item.leader.name, person.upperBound)
        }
        let taken = surnames.isEmpty ? [] : Set(spans.flatMap { $0.start..<$0.end })
        for (index, token) in tokens.enumerated() where !surnames.isEmpty && token.kind == .word && !taken.contains(index) {
            guard let person = surnames[token.text], !sharedSurnames.contains(token.text), index >= person.after,
                  index + 1 >= tokens.count || !tokens[index + 1].isCapitalized || tokens[index + 1].kind != .word else { continue }
            var first = index
            // "Bashar al-Assad": a particle and a hyphen inside the name too.
            while first > 0, first > index - 4, !taken.contains(first - 1), tokens[first - 1].isCapitalized || !tokens[first].spaceBefore || LeaderRules.nameParticles.contains(tokens[first - 1].text),
                  tokens[first].newlinesBefore == 0, givenNames[token.text]?.contains(tokens[first - 1].text) == true { first -= 1 }
            // Not a name's inside part alone ("al-" without "Bashar").
            while first < index, !tokens[first].isCapitalized { first += 1 }
            // "Mohammed bin Salman bin Abdulaziz Al Saud" after "King Salman bin Abdulaziz Al Saud": the father's full name
            // inside a son's, run on from a given name and a particle ("bin", "ibn"), is part of a longer name, not the father.
            if first < index, first >= 2, tokens[first].newlinesBefore == 0, tokens[first - 1].newlinesBefore == 0,
               LeaderRules.nameParticles.contains(tokens[first - 1].text), tokens[first - 2].kind == .word, tokens[first - 2].isCapitalized { continue }
            // "Emine Erdogan, the wife of the Turkish President": a given name that is none of the person's names another
            // member of the family, named in full as written.
            if first == index, index > 0, !taken.contains(index - 1), isOtherGivenName(index - 1) {
                spans.append(EntitySpan(start: index - 1, end: index + 1, entity: .person("\(tokens[index - 1].text) \(token.text)", surnameOnly: false)))
                continue
            }
            spans.append(EntitySpan(start: first, end: index + 1, entity: .person(person.name, surnameOnly: first == index)))
        }
        spans.sort { $0.start < $1.start }
        var merged: [EntitySpan] = []
        for span in spans where merged.last.map({ $0.end <= span.start }) ?? true { merged.append(span) }
        var document = Document(text: text, tokens: tokens, spans: merged, title: title, publishedOn: publishedOn,
                                sentences: sentences, paragraphs: paragraphs)
        document.personCountries = countries
        document.leaders = found.map(\.leader).filter { !$0.country.isEmpty }
        // A phrase that names several persons ("the Presidents of A and B, X and Y, respectively") counts by their names.
        let shared = Dictionary(grouping: found, by: { $0.tokens }).filter { $0.value.count > 1 }
        document.personPhrases = found.compactMap { item in
            guard let person = item.person else { return nil }
            return (shared[item.tokens] == nil ? item.tokens : person, item.leader.name)
        }
        return document
    }

    /// Titles and styles written before a surname alone ("Minister Mirzoyan", "Dr Rice"), which are no given names.
    static let titleWords: Set<String> = ["Minister", "President", "Premier", "Chairman", "Chairwoman", "Speaker", "Ambassador", "Secretary", "General",
                                          "Deputy", "Governor", "Mayor", "Senator", "Dr", "Sir", "Madam", "Madame", "Lady", "Lord", "King", "Queen",
                                          "Prince", "Princess", "Emir", "Sheikh", "Sultan", "Pope", "Patriarch", "Professor", "Colonel", "Comrade", "Messrs"]

    /// Whether the token at `index` reads as a given name right before a surname: a capitalized word inside a sentence on
    /// the same line, no title, month or weekday (a sentence's first word may be any word: "When Erdogan spoke").
    func isOtherGivenName(_ index: Int) -> Bool {
        let token = tokens[index], next = tokens[index + 1]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.text.count > 1, next.spaceBefore, next.newlinesBefore == 0,
              spanAt[index] == nil, DateWords.month(token) == nil, DateWords.weekdays[token.lower] == nil,
              !LeaderRules.notNameWords.contains(token.text), !LeaderRules.institutionWords.contains(token.text), !Self.titleWords.contains(token.text) else { return false }
        return index > 0 && ![".", "!", "?", "\"", ":", "(", ";"].contains(tokens[index - 1].text) && token.newlinesBefore == 0
    }

    /// `sentences` and `paragraphs`, when given, must be those of `tokens` (saves splitting the same tokens again).
    init(text: MatchText, tokens: [Token], spans: [EntitySpan], title: String?, publishedOn: String?,
         sentences: [Range<Int>]? = nil, paragraphs: [Range<Int>]? = nil) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences ?? SentenceSplitter.sentences(tokens)
        self.paragraphs = paragraphs ?? SentenceSplitter.paragraphs(tokens)
        self.spans = spans
        var spanAt = [Int?](repeating: nil, count: tokens.count)
        for (index, span) in spans.enumerated() { for token in span.start..<span.end { spanAt[token] = index } }
        self.spanAt = spanAt
        self.title = title
        self.publishedOn = publishedOn
    }

    /// The entity starting exactly at token `index`.
    func entity(at index: Int) -> EntitySpan? {
        guard index >= 0, index < tokens.count, let span = spanAt[index], spans[span].start == index else { return nil }
        return spans[span]
    }

    /// Entities whose first token lies in `range`.
    func entities(in range: Range<Int>) -> [EntitySpan] {
        // Spans are sorted by start: find the first in range by binary search.
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [EntitySpan] = []
        while low < spans.count, spans[low].start < range.upperBound {
            result.append(spans[low])
            low += 1
        }
        return result
    }

    func word(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].lower : "" }

    /// Body offsets covering tokens `start..<end`.
    func bodySpan(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        text.bodySpan(tokens[start].start, tokens[max(start, end - 1)].end)
    }

    func sentence(containing index: Int) -> Range<Int> { Document.range(in: sentences, containing: index) }

    func paragraph(containing index: Int) -> Range<Int> { Document.range(in: paragraphs, containing: index) }

    /// The range of sorted, disjoint `ranges` that contains `index`, by binary search.
    static func range(in ranges: [Range<Int>], containing index: Int) -> Range<Int> {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(index) ? ranges[low] : index..<(index + 1)
    }
}

import Foundation

/// Resolving gazetteer matches to entities, part of `Extractor`: one entity per match, by the article's date and what it
/// named before, and the readings that are no mention of the country or organisation at all (a US state, another
/// Commonwealth, a hotel or an airline, a currency, a broadcaster).
extension Extractor {
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
    /// Honorifics written before a name ("Mr Jordan", "Monsieur Jordan", "Mme. Chad"), in English and as other countries'
    /// pages write them in English ("Shri" and "Smt" in India), also academic ones ("Dr", "Prof"): no part of the name. A
    /// country's name after one is a person's; between an office and its holder they are skipped (LeaderRules: "President
    /// of X, Shri A B"). Not "Sri" or "Sheikh", which open names ("Sheikh Hasina").
    static let honorifics: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Mister", "Mx", "Monsieur", "Madame", "Mme", "Mlle", "Messrs", "Herr", "Frau",
                                          "Sir", "Dame", "Dr", "Prof", "Professor", "Shri", "Smt", "Shrimati"]

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
}

/// Persons the text ties to an office and a country:
/// "President of Azerbaijan Ilham Aliyev", "Azerbaijani President Ilham Aliyev", "Kazakhstan's President …",
/// "Ilham Aliyev, the President of Azerbaijan,", "Prime Minister Nikol Pashinyan of Armenia",
/// "his Uzbek counterpart Shavkat Mirziyoyev", "Foreign Minister Sergey Lavrov" (country from the
/// reference terms), "the presidents: Russia Vladimir Putin, Belarus Alexander Lukashenko".
/// A person missing from the reference data is taken when the text gives a full name, an office and a country.
struct LeaderRules {
    let document: Document
    let reference: ReferenceIndex
    var tokens: [Token] { document.tokens }

    /// A leader with the token range of its whole phrase and of the person's name in it.
    struct Found {
        let leader: ArticleFacts.Leader
        let tokens: Range<Int>
        let person: Range<Int>?
    }

    func extract() -> [ArticleFacts.Leader] { Self.facts(found()) }

    func found() -> [Found] {
        var found: [Found] = []
        var seen = Set<String>()
        func add(_ written: String, _ office: String, _ country: String, _ start: Int, _ end: Int) {
            let range = start..<end
            var name = written
            // A name with a letter the page lost ("Lech Kaczy?ski") is misspelt: no fact.
            if name.unicodeScalars.contains(where: { Self.lostLetters.contains(String($0)) }) { return }
            // The name's own tokens inside the phrase (for a person the gazetteer does not know).
            // An initial's token has no full stop ("S" of "S. Jaishankar").
            let words = name.split(separator: " ").flatMap { $0.split(separator: "-", omittingEmptySubsequences: true) }.map { String($0.hasSuffix(".") ? $0.dropLast() : $0) }
            let nameTokens = range.filter { tokens[$0].kind == .word }
            var person: Range<Int>?
            // A known person under another spelling ("Nursultan Nazarbaev" for Nazarbayev): the entity's own tokens.
            if let known = document.entities(in: range).last(where: { $0.entity.person == name }) {
                person = known.start..<known.end
            } else if let last = words.last, let lastIndex = nameTokens.last(where: { tokens[$0].text == last }), let firstWord = words.first,
               let firstIndex = range.last(where: { $0 <= lastIndex && tokens[$0].text == firstWord }) {
                person = firstIndex..<(lastIndex + 1)
            }
            // "Armenian President Serzh Sarkisian": a name the reference does not know that spells the office-holder's
            // otherwise is the holder.
            if !country.isEmpty, reference.termsByPerson[name] == nil,
               let holder = reference.holder(spelledAs: name, office: office, country: country, on: document.publishedOn) { name = holder.person }
            // "Foreign Minister Salome Zurabishvili" of Georgia: a spelling of a person the reference lists for the country in
            // another office is that person too.
            else if !country.isEmpty, reference.termsByPerson[name] == nil, let known = referencePerson(spelledAs: name, country: country) { name = known }
            // "President of Kazakhstan Shavkat Mirziyoyev" (a slip of the page): a person the reference places in another
            // country's office is not this one's.
            if !country.isEmpty, isMisplaced(name, office: office, country: country) { return }
            let key = "\(name)|\(office)|\(country)"
            guard !seen.contains(key) else {
                // Keep every occurrence's person range for the other rules, but one fact per person and office.
                if let person { found.append(Found(leader: found.first { "\($0.leader.name)|\($0.leader.office)|\($0.leader.country)" == key }!.leader, tokens: range, person: person)) }
                return
            }
            seen.insert(key)
            let span = document.bodySpan(start, end)
            found.append(Found(leader: .init(name: name, office: office, country: country, start: span.start, end: span.end), tokens: range, person: person))
        }
        for (index, span) in document.spans.enumerated() {
            switch span.entity {
            case let .office(title, plural: false):
                let office = bodyOffice(span) ?? title
                // "First Deputy Prime Minister X", "Assistant to the President of Russia X": the person holds another post,
                // which the conventions do not record, and stays a person the other rules see.
                let held = isSubordinate(span) ? "subordinate to the \(office)" : office
                if let leader = officeFirst(span, office: office) {
                    add(leader.name, held, leader.country, leader.start, leader.end)
                } else if let leader = newNameFirst(span) {
                    add(leader.name, held, leader.country, leader.start, leader.end)
                    // "A, Vice President and Prime Minister of X": the office stacked before this one is the same person's.
                    if let stacked = stackedOffice(before: span.start), leader.start < stacked.start, case let .office(title, _) = stacked.entity {
                        add(leader.name, title, leader.country, leader.start, leader.end)
                    }
                } else if let person = unplaced(span) {
                    // A person with an office but no country ("Secretary-General of the SCO Vladimir Norov"):
                    // not a leader fact, but a person the other rules can see.
                    add(person.name, held, "", span.start, person.end)
                }
            case let .office(office, plural: true):
                for leader in list(after: span, office: office) + listBefore(span) + demonymsRespectively(before: span) {
                    add(leader.name, office, leader.country, leader.start, leader.end)
                }
            case .person:
                if let leader = personFirst(span, spanIndex: index) { add(leader.name, leader.office, leader.country, leader.start, leader.end) }
            case .country:
                if let leader = counterpart(span, found: found) { add(leader.name, leader.office, leader.country, leader.start, leader.end) }
            default: break
            }
        }
        return found
    }

    /// Whether the reference lists `name` in the office's role only for other countries, never for `country` ("President of
    /// Kazakhstan Shavkat Mirziyoyev", a slip of the page): the tie is the text's error, and no fact is made from it.
    func isMisplaced(_ name: String, office: String, country: String) -> Bool {
        guard let role = reference.roleForOffice[office], let terms = reference.termsByPerson[name] else { return false }
        let inRole = terms.filter { $0.role == role }
        return !inRole.isEmpty && !inRole.contains { $0.country == country }
    }

    /// Whether the name at `index` opens its sentence or line, is coordinated after ", and" with a subject of names and
    /// titles only, or follows the comma that closes an apposition of the sentence's first name ("A, President of X, B, Vice-President of X also congratulated"): the clause's subject, whose
    /// apposition real copy may leave unclosed before the verb ("A, President of X sent a letter").
    func opensSubject(_ index: Int) -> Bool {
        let sentence = document.sentence(containing: index)
        if index == 0 || tokens[index].newlinesBefore > 0 || sentence.lowerBound == index || attributesQuotation(index) { return true }
        // "The Minister of Foreign Affairs of X, A, and B, the Minister of Y wrote": a name coordinated with the clause's first
        // subject, when only names, titles and their "of", "the" stand before it.
        if index >= 3, tokens[index - 1].text == "and", tokens[index - 2].text == ",",
           (sentence.lowerBound..<(index - 2)).allSatisfy({ tokens[$0].kind != .word || !tokens[$0].isLowercase || ["of", "the"].contains(tokens[$0].lower) }) { return true }
        guard index >= 2, tokens[index - 1].text == ",", let prior = document.spanAt[index - 2], document.spans[prior].entity.country != nil else { return false }
        let first = sentence.lowerBound
        let firstEnd: Int? = {
            if let span = document.entity(at: first), span.entity.person != nil { return span.end }
            return newName(at: first)?.end
        }()
        guard let firstEnd, firstEnd < index, tokens[firstEnd].text == "," else { return false }
        return (firstEnd..<index).contains { document.entity(at: $0)?.entity.office != nil }
    }

    /// Whether the name at `index` follows the closing mark of a quotation, after or before its comma ("'We will not return,'
    /// A, Georgian parliament speaker said", "“...”, A, the President of X stressed"): the name opens the clause that
    /// attributes the quotation, and is its subject, whose apposition copy may leave unclosed before the verb of saying.
    func attributesQuotation(_ index: Int) -> Bool {
        guard index >= 2 else { return false }
        let closing: Set<String> = ["'", "\"", "”", "’", "»", "''"]
        let before = tokens[index - 1].text == "," ? index - 2 : index - 1
        guard before >= 1, closing.contains(tokens[before].text) else { return false }
        // The mark closes a quotation: it follows the quoted words' last mark or word with no space ("return,'"), not one that
        // opens a quotation after a space.
        return !tokens[before].spaceBefore && (tokens[index - 1].text == "," || [",", ".", "!", "?"].contains(tokens[before - 1].text))
    }

    /// Unique leader facts (those with a country and an office the conventions record), in order.
    static func facts(_ found: [Found]) -> [ArticleFacts.Leader] {
        var seen = Set<String>()
        return found.map(\.leader).filter { !$0.country.isEmpty && recordedOffices.contains($0.office) && seen.insert("\($0.name)|\($0.office)|\($0.country)").inserted }
    }

    /// The offices a leader fact may hold (Tests/Fixtures/eval/README.md). Other titles in `offices.tsv` ("Federal Chancellor
    /// of Germany Angela Merkel") still make their holder a person the other rules see.
    static let recordedOffices: Set<String> = ["President", "Prime Minister", "Foreign Minister", "Vice President", "Speaker", "King", "Chairman",
                                               "Secretary General", "Ambassador", "Defence Minister"]

    /// "Secretary-General of the Shanghai Cooperation Organisation Vladimir Norov", "Speaker of the Federation
    /// Council Valentina Matviyenko": an office, a body's name, then a new full name (the run's last two words).
    func unplaced(_ office: EntitySpan) -> (name: String, end: Int)? {
        // "UN Secretary-General Ban Ki-moon": an office an organisation's name modifies, then a new full name.
        if office.start > 0, let before = document.spanAt[office.start - 1], case .organisation = document.spans[before].entity,
           let person = newName(at: office.end), !person.known {
            return (person.name, person.end)
        }
        guard office.end + 1 < tokens.count, tokens[office.end].text == "of" else { return nil }
        var cursor = office.end + 1
        if tokens[cursor].text == "the" { cursor += 1 }
        let bodyStart = cursor
        while cursor < tokens.count, tokens[cursor].isCapitalized, tokens[cursor].newlinesBefore == 0, !(cursor > bodyStart && !tokens[cursor].spaceBefore) {
            cursor += 1
        }
        guard cursor - bodyStart >= 3, let person = newName(at: cursor - 2), person.end == cursor else { return nil }
        return (person.name, person.end)
    }

    /// Whether the office names whom the person serves rather than what they hold: a deputy's ("Deputy Prime Minister",
    /// "First Deputy Chairman", "Vice-Premier") or a staff member's ("Assistant to the President", "spokesman for the Prime
    /// Minister", "Head of the Administration of the President").
    func isSubordinate(_ office: EntitySpan) -> Bool {
        var cursor = office.start - 1
        if cursor >= 1, tokens[cursor].text == "-", !tokens[cursor].spaceBefore { cursor -= 1 }
        if cursor >= 0, Self.deputyWords.contains(tokens[cursor].lower) { return true }
        cursor = office.start - 1
        if cursor >= 0, tokens[cursor].lower == "the" { cursor -= 1 }
        guard cursor >= 1, ["to", "for", "of"].contains(tokens[cursor].lower) else { return false }
        return Self.staffNouns.contains(tokens[cursor - 1].lower)
    }

    static let deputyWords: Set<String> = ["deputy", "vice"]

    /// "Chairman of the Russian Government": a form of another office ("Chairman of the Government", Prime Minister) with
    /// the country's adjective between "the" and the body's noun.
    func bodyOffice(_ office: EntitySpan) -> String? {
        guard office.end + 3 < tokens.count, tokens[office.end].text == "of", tokens[office.end + 1].lower == "the",
              let adjective = document.entity(at: office.end + 2), case .country(_, .demonym) = adjective.entity, adjective.end < tokens.count else { return nil }
        let form = (tokens[office.start..<office.end].map(\.lower) + ["of", "the", tokens[adjective.end].lower]).joined(separator: " ")
        return reference.officeByBodyForm[form]
    }

    /// Whether the office that ends before the comma at `comma` is a deputy's ("Deputy Prime Minister,").
    func isSubordinate(beforeComma comma: Int) -> Bool {
        guard comma >= 1, let prior = document.spanAt[comma - 1], document.spans[prior].end == comma else { return false }
        return document.spans[prior].entity.office != nil && isSubordinate(document.spans[prior])
    }
    /// Posts that serve an office: "Assistant to", "Press Secretary of", "the Office of" the President.
    static let staffNouns: Set<String> = ["assistant", "aide", "adviser", "advisor", "counsellor", "counselor", "spokesman", "spokeswoman", "spokesperson",
                                          "secretary", "staff", "administration", "office", "envoy", "representative"]

    /// The index after a "the" at `index` ("of the Russian Federation"), else `index`.
    func afterArticle(_ index: Int) -> Int { index < tokens.count && tokens[index].lower == "the" ? index + 1 : index }

    /// A country named as such (not a capital or the Kremlin), as "of Azerbaijan" uses it.
    func countryName(at index: Int) -> EntitySpan? {
        guard let span = document.entity(at: index), case let .country(_, kind) = span.entity, kind != .capital else { return nil }
        return span
    }

    /// "Azerbaijani", "Kazakhstan's", "Russia", "the Russian" just before the office at `index`.
    func countryBefore(_ index: Int) -> (code: String, start: Int)? {
        // "Iran's acting President", "Russia's upper house Speaker", "Iranian First Vice President", "Argentina's new president".
        var cursor = beforeBodyName(beforeFillers(index - 1))
        var skipped = 0
        // "Kazakhstan's Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi": a title coordinated before this one
        // shares its country; skip back over it ("and", an office, the words that qualify it). A comma coordinates the titles
        // of a double post after a deputy's ("Moldova's Deputy Prime Minister, Foreign Minister X"); after a full office it
        // may close a fronted phrase ("In talks with the Azerbaijani President, Foreign Minister X said").
        if cursor >= 1, ["and", "&"].contains(tokens[cursor].text) || tokens[cursor].text == "," && isSubordinate(beforeComma: cursor),
           let prior = document.spanAt[cursor - 1], document.spans[prior].end == cursor,
           document.spans[prior].entity.office != nil {
            cursor = document.spans[prior].start - 1
            skipped = 0
            while cursor >= 0, skipped < 2, Self.titleFillers.contains(tokens[cursor].text) || Self.titleQualifiers.contains(tokens[cursor].text) { cursor -= 1; skipped += 1 }
        } else if cursor >= 2, tokens[cursor].text == "and" {
            // "Chinese State Councilor and Foreign Minister Wang Yi": a title the gazetteer does not know, coordinated before
            // this one, shares its country too.
            var probe = cursor - 1
            while probe > cursor - 4, probe >= 0, tokens[probe].kind == .word, tokens[probe].isCapitalized, document.spanAt[probe] == nil,
                  !Self.notNameWords.contains(tokens[probe].text) { probe -= 1 }
            // The country as the title's adjective or possessive ("China's State Councilor"), not an earlier office's "of"
            // before its holder ("Foreign Minister of Armenia Edward Nalbandian and Foreign Minister ...").
            let adjective = probe >= 0 && (tokens[probe].text == "'s" || document.spanAt[probe].map({
                if case .country(_, .demonym) = document.spans[$0].entity { document.spans[$0].end == probe + 1 } else { false }
            }) == true)
            if probe < cursor - 1, adjective, probe == 0 || tokens[probe - 1].text != "of" { cursor = probe }
        }
        let possessive = cursor >= 0 && tokens[cursor].text == "'s"
        if possessive { cursor -= 1 }
        guard cursor >= 0, let spanIndex = document.spanAt[cursor] else { return nil }
        let span = document.spans[spanIndex]
        guard span.end == cursor + 1, case let .country(code, kind) = span.entity, kind != .capital || possessive else { return nil }
        // "the pro-Russian President A", "anti-Western Prime Minister B": a stance, not the office's country.
        if stanceEnd(at: span.start - 2) == span.end { return nil }
        // "Moscow, The Kremlin\n\nPresident of Russia X": a country on a line before the office's is no adjective of it.
        if (span.end...index).contains(where: { $0 < tokens.count && tokens[$0].newlinesBefore > 0 }) { return nil }
        return (code, span.start)
    }

    /// "Russian parliament's lower house speaker A", "the Russian State Duma Speaker B", "Kazakh Senate Speaker C": a state's
    /// legislature, by its common noun or by a name of one or two words that ends in a legislature's word, maybe with its
    /// possessive, between the country's adjective or possessive and the office at `index` + 1: the index of the country's
    /// modifier before it (the office is the legislature's, the country the modifier's), else `index`. Not a government's
    /// or a bank's ("Russian Central Bank Chairman"): their chairs are no legislature's. A name may hold a possessive of its
    /// own ("Turkmen People's Council Speaker D", "the Chinese National People's Congress Chairman E").
    func beforeBodyName(_ index: Int) -> Int {
        var cursor = index
        if cursor >= 1, tokens[cursor].text == "'s" { cursor -= 1 }
        guard cursor >= 1, document.spanAt[cursor] == nil, Self.legislatureWords.contains(tokens[cursor].lower) else { return index }
        cursor -= 1
        if cursor >= 2, tokens[cursor].text == "'s", tokens[cursor - 1].kind == .word, tokens[cursor - 1].isCapitalized,
           document.spanAt[cursor - 1] == nil { cursor -= 2 }
        if cursor >= 1, tokens[cursor].kind == .word, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil, !endsCountryModifier(cursor) { cursor -= 1 }
        let countryEnds = document.spanAt[cursor].map { document.spans[$0].end == cursor + 1 && countryName(at: document.spans[$0].start) != nil } == true
        return endsCountryModifier(cursor) || countryEnds ? cursor : index
    }

    /// The last word of a legislature's name, in small letters ("parliament", "the State Duma", "the Milli Majlis").
    static let legislatureWords: Set<String> = ["parliament", "legislature", "senate", "assembly", "council", "duma", "majlis", "mazhilis", "kenesh",
                                                "rada", "seimas", "saeima", "sejm", "riigikogu", "khural", "maslahaty", "mejlis",
                                                "congress", "sobranie", "skupshtina", "sabor", "knesset", "storting"]

    /// A state's form in small letters before its name ("President of the republic of Kyrgyzstan A").
    static let stateForms: Set<String> = ["republic", "kingdom"]

    /// Common nouns that name a state's body after its country ("the Azerbaijani parliament", "Russia's government").
    static let bodyNouns: Set<String> = ["parliament", "legislature", "senate", "government", "cabinet", "assembly", "council"]

    /// Whether token `index` ends a country's adjective or possessive ("Azerbaijani", "Azerbaijan's"): capitalized words
    /// after it in an office's "of" phrase are the body's name ("of the Azerbaijani Supreme Council"), not a person.
    func endsCountryModifier(_ index: Int) -> Bool {
        guard index >= 0 else { return false }
        if tokens[index].text == "'s" { return true }
        guard let spanIndex = document.spanAt[index], document.spans[spanIndex].end == index + 1, case .country(_, .demonym) = document.spans[spanIndex].entity else { return false }
        return true
    }

    /// Words that may stand between a country (or an apposition's comma) and a title without changing the office.
    static let titleFillers: Set<String> = Set(["acting", "interim", "Acting", "Interim", "First", "first", "upper", "lower", "house", "then", "new", "newly",
                                                "elected", "re", "incoming", "current", "parliamentary", "former",
                                                // The holder's circumstance, not another office ("Iran's visiting President A",
                                                // "the outgoing Prime Minister of X B", "Kenya's incumbent President C").
                                                "visiting", "outgoing", "incumbent", "sitting", "reelected"]).union(federalTitles)
    /// Words that stand before an office without changing it in the titles of federal states ("Austrian Federal President A",
    /// "Federal Chancellor").
    static let federalTitles: Set<String> = ["Federal"]

    /// The index before the title fillers that end at `index` ("the First Vice-President", "Argentina's newly-elected
    /// President", "Russia's parliamentary upper house Speaker"): at most three words, a hyphen between them.
    func beforeFillers(_ index: Int) -> Int {
        var cursor = index
        var skipped = 0
        while cursor >= 0, skipped < 3 {
            if Self.titleFillers.contains(tokens[cursor].text) {
                skipped += 1
            } else if !(tokens[cursor].text == "-" && !tokens[cursor].spaceBefore && skipped > 0) {
                break
            }
            cursor -= 1
        }
        return cursor
    }
    /// Words that make a title another office ("Deputy Prime Minister"): only skipped over in a coordinated title before
    /// the person's own ("Deputy Prime Minister and Foreign Minister X"), never taken for the office itself.
    static let titleQualifiers: Set<String> = ["Deputy", "deputy", "Vice", "Acting"]

    /// "Minister of Foreign Affairs and European Integration of Moldova", "Minister of Foreign Affairs and Trade of Hungary":
    /// the index of the "of" after a portfolio coordinated into the office (one to three capitalized words the gazetteer does
    /// not know), else `index`.
    func afterPortfolio(_ index: Int) -> Int {
        guard index < tokens.count, tokens[index].text == "and" else { return index }
        var cursor = index + 1
        while cursor < min(tokens.count, index + 4), tokens[cursor].kind == .word, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil { cursor += 1 }
        return cursor > index + 1 && cursor < tokens.count && tokens[cursor].text == "of" ? cursor : index
    }

    /// "of Azerbaijan", "of the Milli Majlis of Azerbaijan", "of Russia's Federation Council",
    /// "of Parliament and Head of State of Georgia": the country an office belongs to, and the index after it.
    func ofCountry(after index: Int) -> (code: String, end: Int)? {
        guard index < tokens.count, tokens[index].text == "of" else { return nil }
        var cursor = index + 1
        var steps = 0
        while cursor < tokens.count, steps < 12 {
            if let span = countryName(at: cursor) {
                // "of the Azerbaijan Republic", "of the Tajik Republic": the state's name with the noun of its form.
                if span.end < tokens.count, tokens[span.end].text == "Republic" { return (span.entity.country!, span.end + 1) }
                let isDemonym: Bool = { if case .country(_, .demonym) = span.entity { return true } else { return false } }()
                // "of the Kyrgyzstan parliament": a country's name modifying a body's common noun.
                if span.end < tokens.count, Self.bodyNouns.contains(tokens[span.end].text) { return (span.entity.country!, afterGloss(afterChamber(span.end + 1))) }
                // "of the Russian Federation Council Valentina Matvienko": the state's name before a body's noun names the body.
                let namesBody = span.end < tokens.count && Self.institutionWords.contains(tokens[span.end].text)
                if span.end < tokens.count, tokens[span.end].text == "'s" || isDemonym || namesBody {
                    // "of Russia's Federation Council Valentina Matviyenko", "of the Russian State Duma Sergei Naryshkin":
                    // skip the body's name, leaving the last two capitalized words of the run for the person.
                    let bodyStart = tokens[span.end].text == "'s" ? span.end + 1 : span.end
                    // "of the Kyrgyz parliament Talant Mamytov", "of the Azerbaijani parliament,": a body named by a common noun.
                    // "of the Georgian Parliament and head of state X" too: the noun capitalized.
                    // "of the Russian parliament's upper chamber": the chamber of that body.
                    if bodyStart < tokens.count, Self.bodyNouns.contains(tokens[bodyStart].lower) { return (span.entity.country!, afterGloss(afterChamber(bodyStart + 1))) }
                    var end = bodyStart
                    while end < tokens.count, tokens[end].isCapitalized, document.spanAt[end] == nil || document.entity(at: end)?.entity.person != nil {
                        // "of the Georgian Parliament Eduard Shevardnadze": a known person ends the body's name.
                        if end > bodyStart, case .person(_, surnameOnly: false)? = document.entity(at: end)?.entity { return (span.entity.country!, end) }
                        end += 1
                        // "the Belarusian House of Representatives Igor Sergeenko": "of" and "the" inside a body's name.
                        while end + 1 < tokens.count, ["of", "the"].contains(tokens[end].text), tokens[end + 1].isCapitalized || tokens[end + 1].text == "the" { end += 1 }
                    }
                    let run = end - bodyStart
                    // "of the Russian State Duma (lower house) Vyacheslav Volodin": the person after the body's gloss.
                    if run < 3, afterGloss(end) > end { return (span.entity.country!, afterGloss(end)) }
                    return (span.entity.country!, run >= 3 ? end - 2 : bodyStart)
                }
                return (span.entity.country!, span.end)
            }
            let token = tokens[cursor]
            // "of the Supreme Council of Azerbaijan", "of the parliament of Kyrgyzstan"; "of the republic of Kyrgyzstan", the state's
            // form in small letters.
            // "of the lower house of the Russian parliament", "of the upper chamber of parliament of Kazakhstan": a chamber of it.
            // "of the People's Council of Turkmenistan", "of the People's Assembly of X": a possessive inside a body's capitalized name.
            let bodyWord = token.isCapitalized && document.spanAt[cursor] == nil || Self.bodyNouns.contains(token.text) || Self.stateForms.contains(token.text)
                || Self.chamberWords.contains(token.text)
                || token.text == "'s" && cursor > index + 1 && tokens[cursor - 1].isCapitalized && cursor + 1 < tokens.count && tokens[cursor + 1].isCapitalized
            guard bodyWord || ["of", "the", "and"].contains(token.text) || document.entity(at: cursor)?.entity.office != nil else { return nil }
            if let office = document.entity(at: cursor), office.entity.office != nil { cursor = office.end } else { cursor += 1 }
            steps += 1
        }
        return nil
    }

    /// Words that name a chamber of a legislature in small letters ("the lower house of", "the upper chamber of").
    static let chamberWords: Set<String> = ["lower", "upper", "house", "chamber"]

    /// The index after a chamber a legislature's possessive names at `index` ("'s upper chamber", "'s lower house"), else `index`.
    func afterChamber(_ index: Int) -> Int {
        guard index + 2 < tokens.count, tokens[index].text == "'s", ["upper", "lower"].contains(tokens[index + 1].lower),
              ["house", "chamber"].contains(tokens[index + 2].lower) else { return index }
        return index + 3
    }

    /// The index after an editor's gloss in brackets at `index`, between a legislature's name and its officer's name ("the Russian
    /// State Duma (lower parliament house) A", "the Kyrgyz parliament (Jogorku Kenesh) B"): up to five words in brackets, then a
    /// capitalized word on the same line. Else `index`.
    func afterGloss(_ index: Int) -> Int {
        guard index < tokens.count, tokens[index].text == "(" else { return index }
        var cursor = index + 1
        while cursor < tokens.count, tokens[cursor].text != ")" {
            guard cursor - index <= 5, tokens[cursor].kind == .word || tokens[cursor].text == "-" else { return index }
            cursor += 1
        }
        guard cursor > index + 1, cursor + 1 < tokens.count, tokens[cursor + 1].kind == .word, tokens[cursor + 1].isCapitalized,
              tokens[cursor + 1].newlinesBefore == 0 else { return index }
        return cursor + 1
    }

    /// An initial before a full stop: one capital letter ("V." of "V.V. Putin") or a transliterated digraph
    /// ("Sh." of "Sh.M. Mirziyoyev", "Zh.", "Kh.", "Yu.").
    static func isInitial(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized else { return false }
        if token.text.count == 1 { return true }
        return token.text.count == 2 && ["Sh", "Ch", "Zh", "Kh", "Ts", "Yu", "Ya", "Ye", "Yo"].contains(token.text)
    }

    /// A person right at `index`: a known person, or a new full name (two or three capitalized words).
    func person(at index: Int) -> (name: String, end: Int, known: Bool)? {
        var cursor = afterStyle(index)
        // Up to two courtesies, a full stop after each or not ("Mr.", "Ms", "Prof. Dr.", "Shri").
        for _ in 0..<2 where cursor < tokens.count && Extractor.honorifics.contains(tokens[cursor].text) {
            cursor += 1
            if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
        }
        if let span = document.entity(at: cursor), case let .person(name, surnameOnly) = span.entity {
            // "V.V. Putin": initials before a known surname are part of the name.
            return (name, span.end, !surnameOnly || cursor == index)
        }
        // Initials ("V.V. Putin", "M.V.Mishustin") before a surname.
        var probe = cursor
        while probe + 1 < tokens.count, Self.isInitial(tokens[probe]), tokens[probe + 1].text == "." {
            probe += 2
        }
        if probe > cursor, let span = document.entity(at: probe), case let .person(name, _) = span.entity { return (name, span.end, true) }
        if let styled = afterRulerStyle(cursor) { return styled }
        return newName(at: cursor)
    }

    /// "Sheikh Mohammed bin Rashid Al Maktoum", "Emir Tamim bin Hamad Al Thani", "Sultan Haitham bin Tariq Al Said": a Gulf
    /// ruler's style at `index` before a new name of three words or more is a courtesy, no part of the name (the style before
    /// one name, "Sheikh Hasina", is read as written). Nil when no such style and name stand there.
    func afterRulerStyle(_ index: Int) -> (name: String, end: Int, known: Bool)? {
        guard index + 1 < tokens.count, MessageRules.rulerStyles.contains(tokens[index].text), document.spanAt[index] == nil,
              let person = newName(at: index + 1), person.name.split(separator: " ").count >= 3 else { return nil }
        return person
    }

    /// The index after a style of address at `index` ("His Excellency", "Her Excellency", "H.E.", "Honorable", "The Honourable",
    /// "Hon."), which a protocol page sets between an office and its holder ("President of X, His Excellency A", "President of
    /// X, Honorable A"): a courtesy, no part of the name. Else `index`.
    func afterStyle(_ index: Int) -> Int {
        var cursor = index
        if cursor + 1 < tokens.count, ["His", "Her", "Your"].contains(tokens[cursor].text), tokens[cursor + 1].text == "Excellency" { cursor += 2 }
        // "H.E." as the tokenizer reads it: two initials and their full stops.
        else if cursor + 3 < tokens.count, tokens[cursor].text == "H", tokens[cursor + 1].text == ".", tokens[cursor + 2].text == "E", tokens[cursor + 3].text == "." { cursor += 4 }
        else {
            if cursor + 1 < tokens.count, tokens[cursor].lower == "the", Self.styleWords.contains(tokens[cursor + 1].text) { cursor += 1 }
            if cursor < tokens.count, Self.styleWords.contains(tokens[cursor].text) {
                cursor += 1
                if cursor < tokens.count, tokens[cursor].text == ".", tokens[cursor - 1].text == "Hon" { cursor += 1 }
            }
        }
        // The style must stand before a name on its line.
        guard cursor > index, cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].isCapitalized, tokens[cursor].newlinesBefore == 0 else { return index }
        return cursor
    }

    /// The index after a military rank at `index` ("General", "Colonel General", "Col-Gen", "Lt. Gen.", "Army General", "Rear
    /// Admiral", "Adm.", "Marshal"), when a capitalized word on the same line follows it that is neither an office nor a title
    /// ("General Secretary", "General Prosecutor" are offices, not ranks); nil when no rank stands there.
    func afterRank(_ index: Int) -> Int? {
        var cursor = index
        var last: String?
        while cursor < tokens.count, cursor < index + 8 {
            let text = tokens[cursor].text
            if Self.rankWords.contains(text), tokens[cursor].kind == .word {
                last = text
                cursor += 1
                // "Col-Gen", "Lt.", "Gen.": a hyphen or an abbreviation's full stop inside the rank.
                if cursor < tokens.count, ["-", "."].contains(tokens[cursor].text), !tokens[cursor].spaceBefore || tokens[cursor].text == "." { cursor += 1 }
            } else { break }
        }
        guard let last, Self.coreRanks.contains(last), cursor > index, cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].isCapitalized,
              tokens[cursor].newlinesBefore == 0, document.entity(at: cursor)?.entity.office == nil,
              !Self.titleNotNameWords.contains(tokens[cursor].text), !Self.notNameWords.contains(tokens[cursor].text),
              !["Secretary", "Prosecutor", "Staff", "Director", "Consul", "Assembly", "Headquarters", "Command"].contains(tokens[cursor].text) else { return nil }
        return cursor
    }

    /// The words of military ranks, abbreviated or not; a rank ends on one of `coreRanks` ("Army" or "Vice" alone is none).
    static let rankWords: Set<String> = ["General", "Gen", "Colonel", "Col", "Lieutenant", "Lt", "Major", "Maj", "Admiral", "Adm", "Marshal", "Captain", "Capt",
                                         "Brigadier", "Brig", "Army", "Vice", "Rear", "Fleet"]
    static let coreRanks: Set<String> = ["General", "Gen", "Colonel", "Col", "Admiral", "Adm", "Marshal", "Captain", "Capt", "Brigadier", "Brig", "Major", "Lieutenant"]

    /// Courtesy styles written before a name ("Honorable Emomali Rahmon", "the Honourable ...").
    static let styleWords: Set<String> = ["Honorable", "Honourable", "Hon"]


    /// Two to eight capitalized words and particles that the gazetteer does not know ("Edward Nalbandian", "Kassym-Jomart
    /// Tokayev", "Mohammed bin Salman bin Abdulaziz Al Saud"), on one line.
    func newName(at index: Int) -> (name: String, end: Int, known: Bool)? {
        // "Col-Gen Zakir Hasanov", "Army General A B", "Adm. A B", "Lt. Gen. A B": a military rank before a name is no part of it.
        if let start = afterRank(index), let named = newName(at: start) { return named }
        if let glued = gluedInitialName(at: index) { return glued }
        var cursor = index
        var parts: [String] = []
        var surnameOf: String?
        while cursor < tokens.count, parts.count < 8 {
            let token = tokens[cursor]
            // "Bashar al-Assad", "Ursula von der Leyen": lower-case particles inside a name.
            if !parts.isEmpty, Self.nameParticles.contains(token.text), cursor + 1 < tokens.count {
                let hyphen = tokens[cursor + 1].text == "-" && !tokens[cursor + 1].spaceBefore
                let next = hyphen ? cursor + 2 : cursor + 1
                guard next < tokens.count, tokens[next].isCapitalized || (!hyphen && Self.nameParticles.contains(tokens[next].text)) else { break }
                if hyphen {
                    parts.append(token.text + "-" + tokens[next].text)
                    cursor = next + 1
                } else {
                    parts.append(token.text)
                    cursor = next
                }
                continue
            }
            // "George W. Bush", "S. Jaishankar": an initial and its full stop, first or inside a name, when a capitalized word
            // follows; inside a name also before a known surname ("Boris N. Yeltsin", read as that person below or not at all).
            if Self.isInitial(token), cursor + 2 < tokens.count, tokens[cursor + 1].text == ".", !tokens[cursor + 1].spaceBefore,
               tokens[cursor + 2].isCapitalized, tokens[cursor + 2].kind == .word, tokens[cursor + 2].spaceBefore, tokens[cursor + 2].text.count > 1,
               document.spanAt[cursor + 2] == nil || !parts.isEmpty && isKnownSurname(at: cursor + 2),
               tokens[cursor].newlinesBefore == 0 || parts.isEmpty {
                parts.append(token.text + ".")
                cursor += 2
                continue
            }
            // "King Abdullah II of Jordan", "Charles III": a regnal numeral ends the name (not a lone "I"), but for one name word
            // between it and the country's "of" ("King Carl XVI Gustaf of Sweden") or the phrase's end ("King of Sweden Carl XVI
            // Gustaf also sent", "Carl XVI Gustaf, King of Sweden"): a word that no capitalized word follows, no month or weekday.
            if !parts.isEmpty, (2...4).contains(token.text.count), token.spaceBefore, token.text.allSatisfy({ "IVX".contains($0) }) {
                parts.append(token.text)
                cursor += 1
                if cursor + 1 < tokens.count, tokens[cursor].kind == .word, tokens[cursor].isCapitalized, !tokens[cursor].isAllCaps, tokens[cursor].newlinesBefore == 0,
                   document.spanAt[cursor] == nil, !Self.notNameWords.contains(tokens[cursor].text),
                   DateWords.month(tokens[cursor]) == nil, DateWords.weekdays[tokens[cursor].lower] == nil,
                   tokens[cursor + 1].text == "of" || tokens[cursor + 1].kind == .word && tokens[cursor + 1].isLowercase && !Self.nameParticles.contains(tokens[cursor + 1].text)
                    || [",", ".", ";", ")"].contains(tokens[cursor + 1].text) {
                    parts.append(tokens[cursor].text)
                    cursor += 1
                }
                break
            }
            // "Ferdinand Marcos Jr. of the Philippines", "Joseph R. Biden Jr., President of ...": a generational suffix and its
            // full stop end the name, as a regnal numeral does.
            if parts.count >= 2, Self.generationalSuffixes.contains(token.text), token.spaceBefore, cursor + 1 < tokens.count,
               tokens[cursor + 1].text == ".", !tokens[cursor + 1].spaceBefore {
                parts.append(token.text + ".")
                cursor += 2
                break
            }
            // A known surname may end a new full name ("Asylbek Jeenbekov" beside the known Sooronbay Jeenbekov).
            let knownSurname = !parts.isEmpty && document.entity(at: cursor).map { if case .person(_, surnameOnly: true) = $0.entity { true } else { false } } == true
            // A name does not run on past a line break ("President of Mongolia Ukhnaagiin Khurelsukh⏎Officials said ...").
            guard token.kind == .word, token.isCapitalized, token.text.count > 1, !token.isAllCaps,
                  parts.isEmpty || token.newlinesBefore == 0 || wrapsToSurname(at: cursor, given: parts),
                  document.spanAt[cursor] == nil || knownSurname, DateWords.month(token) == nil, DateWords.weekdays[token.lower] == nil,
                  !Self.notNameWords.contains(token.text), !Self.institutionWords.contains(token.text), !Self.titleNotNameWords.contains(token.text) else { break }
            var word = token.text
            surnameOf = nil
            if knownSurname, case let .person(name, _)? = document.entity(at: cursor)?.entity { surnameOf = name }
            cursor += 1
            // Hyphenated parts: "Kassym-Jomart", "Ter-Petrosyan"; after the first word also a lower-case syllable ("Ban
            // Ki-moon", "Moon Jae-in", "Lee Jae-myung": a Korean syllable has at most five letters).
            while cursor + 1 < tokens.count, tokens[cursor].text == "-", !tokens[cursor].spaceBefore, !tokens[cursor + 1].spaceBefore,
                  tokens[cursor + 1].isCapitalized || !parts.isEmpty && tokens[cursor + 1].kind == .word && tokens[cursor + 1].text.count <= 5 {
                word += "-" + tokens[cursor + 1].text
                cursor += 2
            }
            if parts.isEmpty, cursor < tokens.count, tokens[cursor].newlinesBefore > 0, !wrapsToSurname(at: cursor, given: [word]) { return nil }
            // "Lech Kaczy?ski", "Lech Kaczy\u{FFFD}ski": a letter the page lost stays inside the word, so that the name is read
            // whole (a list of names keeps its count) and then given to no one (`Self.lostLetters`).
            while cursor + 1 < tokens.count, Self.lostLetters.contains(tokens[cursor].text), !tokens[cursor].spaceBefore,
                  tokens[cursor + 1].kind == .word, !tokens[cursor + 1].spaceBefore {
                word += tokens[cursor].text + tokens[cursor + 1].text
                cursor += 2
            }
            parts.append(word)
            if cursor < tokens.count, tokens[cursor].spaceBefore == false { break }
        }
        // Initials alone are no name ("V. V."); a surname must follow them. A generational suffix tells the person from a
        // namesake the reference knows: the name as written.
        let suffixed = parts.last.map { Self.generationalSuffixes.contains(String($0.dropLast())) } == true
        guard parts.count >= 2, suffixed || !(parts.last?.hasSuffix(".") ?? false) else { return nil }
        if suffixed { return (parts.joined(separator: " "), cursor, false) }
        // "Kassym-Jomart Toqayev" for the known Kassym-Jomart Tokayev (alias "Qasym-Jomart Toqayev"): a known surname after
        // the given name of one of that person's spellings, up to transliteration, is that person, not a new one.
        if let known = surnameOf, sameGivenName(parts.dropLast().joined(separator: " "), as: known) { return (known, cursor, true) }
        // A middle initial before a known surname ("Boris N. Yeltsin", "Viktor A. Yushchenko"): the person whose given name the
        // words before the initial spell, else no name (a namesake's initial is not read as a new person).
        let given = parts.dropLast().filter { !$0.hasSuffix(".") }
        if let known = surnameOf, given.count < parts.count - 1 {
            guard !given.isEmpty, sameGivenName(given.joined(separator: " "), as: known) else { return nil }
            return (known, cursor, true)
        }
        // "Ayaz Mutalibov" for the known Ayaz Mutallibov: the whole name, up to transliteration, is a known person's spelling.
        if let known = reference.personBySpellingKey[NameKey.transliteration(parts.joined(separator: " "))] { return (known, cursor, true) }
        if inHeadline(nameEnd: cursor) { return nil }
        return (asWritten(parts.joined(separator: " "), tokens: index..<cursor), cursor, false)
    }

    /// A new person's name with the letters matching folds as the body writes them ("Binali Yıldırım", read as "Binali
    /// Yildirim"), when the name is the words of `range` one for one; else the name as read.
    private func asWritten(_ name: String, tokens range: Range<Int>) -> String {
        let text = document.text, tokens = document.tokens
        guard !text.turkicLetters.isEmpty, !range.isEmpty else { return name }
        let folded = range.map { (tokens[$0].spaceBefore && $0 > range.lowerBound ? " " : "") + text.string(tokens[$0].start, tokens[$0].end) }.joined()
        guard folded == name else { return name }
        return range.map { (tokens[$0].spaceBefore && $0 > range.lowerBound ? " " : "") + text.written(tokens[$0].start, tokens[$0].end) }.joined()
    }

    /// Small words a headline in Title Case keeps in small letters.
    static let headlineSmallWords: Set<String> = ["a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "with", "as", "by", "from"]

    /// Whether capitalized words that would end a new name at `nameEnd` stand in a headline in Title Case that runs on after
    /// them ("Turkmen President Announces Amnesty for Prisoners", a digest's next story inside the body): a line that closes
    /// with no stop, whose words but the small ones are capitalized, and that goes on after the words with a small word and a
    /// capitalized one. A name closing its line ("President of Mongolia Ukhnaagiin Khurelsukh") or a sentence is not touched.
    func inHeadline(nameEnd: Int) -> Bool {
        guard nameEnd + 1 < tokens.count, tokens[nameEnd].newlinesBefore == 0, Self.headlineSmallWords.contains(tokens[nameEnd].text),
              tokens[nameEnd + 1].newlinesBefore == 0, tokens[nameEnd + 1].kind == .word, tokens[nameEnd + 1].isCapitalized else { return false }
        var start = nameEnd
        while start > 0, tokens[start].newlinesBefore == 0 { start -= 1 }
        var end = nameEnd
        while end + 1 < tokens.count, tokens[end + 1].newlinesBefore == 0 { end += 1 }
        guard tokens[end].kind == .word else { return false }
        let words = tokens[start...end].filter { $0.kind == .word && !Self.headlineSmallWords.contains($0.text) }
        return words.count >= 4 && words.allSatisfy(\.isCapitalized)
    }

    /// Suffixes that tell a son from his father of the same name ("Jr.", "Sr."), written after the surname.
    static let generationalSuffixes: Set<String> = ["Jr", "Sr"]

    /// "R.Meredov", "S.A.Muhriddin": initials glued to a surname the gazetteer does not know, with no space anywhere (a ministry's
    /// style), read as one name and written as the page writes it. The run stands alone: a space before it, and no capitalized
    /// word after it on its line ("U.S. State" and "R.Meredov Rashid" are no such name). Initials before a known surname are read
    /// by `person(at:)` as that person.
    func gluedInitialName(at index: Int) -> (name: String, end: Int, known: Bool)? {
        var cursor = index
        var written = ""
        while cursor + 2 < tokens.count, Self.isInitial(tokens[cursor]), tokens[cursor + 1].text == ".", !tokens[cursor + 1].spaceBefore,
              !tokens[cursor + 2].spaceBefore, cursor == index || !tokens[cursor].spaceBefore {
            written += tokens[cursor].text + "."
            cursor += 2
        }
        guard cursor > index, index == 0 || tokens[index].spaceBefore || tokens[index].newlinesBefore > 0, cursor < tokens.count else { return nil }
        let surname = tokens[cursor]
        guard surname.kind == .word, surname.isCapitalized, !surname.isAllCaps, surname.text.count > 2, document.spanAt[cursor] == nil,
              !Self.notNameWords.contains(surname.text), !Self.institutionWords.contains(surname.text), DateWords.month(surname) == nil else { return nil }
        let end = cursor + 1
        if end < tokens.count, tokens[end].newlinesBefore == 0, tokens[end].kind == .word, tokens[end].isCapitalized { return nil }
        if end < tokens.count, !tokens[end].spaceBefore, tokens[end].kind == .word { return nil }
        return (written + surname.text, end, false)
    }

    /// Whether the token at `index` opens a new line with the surname of a person the reference knows whose given name is
    /// `given`, the words that end the line before: hard-wrapped copy ("Moldova's president Vladimir⏎Voronin") breaks a line
    /// inside a name, while a new full name still never runs on past a line break.
    func wrapsToSurname(at index: Int, given: [String]) -> Bool {
        guard index < tokens.count, tokens[index].newlinesBefore == 1, !given.isEmpty,
              case let .person(name, surnameOnly: true)? = document.entity(at: index)?.entity else { return false }
        return sameGivenName(given.joined(separator: " "), as: name)
    }

    /// Marks a page leaves for a letter it lost ("Kaczy?ski"): a name with one is known to be misspelt, and no leader fact
    /// carries it.
    static let lostLetters: Set<String> = ["?", "\u{FFFD}"]

    /// Whether the token at `index` begins a known person's surname read alone ("Yeltsin").
    func isKnownSurname(at index: Int) -> Bool {
        if case .person(_, surnameOnly: true)? = document.entity(at: index)?.entity { return true }
        return false
    }

    /// Whether `given` is, up to transliteration, the given name of one of the person's spellings in the reference.
    /// The surname agrees already, so the given names are compared by their consonants ("Aleksandr" and "Alexander", "Yuri"
    /// and "Yuriy").
    func sameGivenName(_ given: String, as person: String) -> Bool {
        let key = NameKey.consonants(given)
        let spellings = [person] + (reference.termsByPerson[person] ?? []).flatMap(\.aliases)
        return spellings.contains { spelling in
            let parts = spelling.split(separator: " ")
            guard parts.count >= 2 else { return false }
            let listed = parts.dropLast().joined(separator: " ")
            // "Alecander Lukashenko": a long given name one letter off the listed one is a slip of the keyboard, not a namesake.
            return NameKey.consonants(listed) == key || given.count >= 6 && NameKey.withinOneEdit(given.lowercased(), listed.lowercased())
        }
    }

    /// Lower-case particles inside names.
    static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "von", "van", "der", "de", "da", "du", "la", "le", "di"]

    /// Capitalized words that begin phrases rather than names.
    /// Titles that the gazetteer reads as no office ("Astrakhan Governor", "Mayor", "Deputy") and that end a run of capitalized
    /// words before a name rather than join it: "Astrakhan Governor Igor Babushkin" is Igor Babushkin.
    static let titleNotNameWords: Set<String> = ["Governor", "Mayor", "Senator", "Deputy", "Chairwoman", "Chairperson", "Minister", "President", "Chairman",
                                                 "Speaker", "Ambassador", "Premier"]

    static let notNameWords: Set<String> = Set(["The", "A", "An", "In", "On", "At", "And", "But", "His", "Her", "Their", "Its", "This", "That", "He", "She", "They", "It", "We", "Mr", "Mrs", "Ms", "Shri", "Smt", "Shrimati", "Mme", "Madame",
                                            // A letter's salutation ("Dear Shavkat Miromonovich!" on the line after the addressee's office).
                                            "Dear", "Distinguished", "Esteemed", "Respected",
                                            // A style of address standing alone, as a letter's salutation ("Your Excellency," on the
                                            // line after the addressee's office): a courtesy, never a name.
                                            "Your", "Excellency", "Excellencies", "Majesty", "Highness"])
        .union(sentenceAdverbs)

    /// Adverbs, connectives and subordinators that open a sentence before its subject without a comma ("Meanwhile A, Turkey's ambassador to
    /// China, said", "Separately B, the Foreign Minister of X,", "Earlier C, Ambassador of Y, ..."): capitalized only because
    /// they open it, never the first word of a name.
    static let sentenceAdverbs: Set<String> = ["Meanwhile", "However", "Moreover", "Furthermore", "Additionally", "Also", "Separately",
                                               "Earlier", "Later", "Previously", "Subsequently", "Afterwards", "Nevertheless", "Nonetheless",
                                               "Likewise", "Similarly", "Instead", "Thus", "Therefore", "Hence", "Indeed", "Finally",
                                               "Today", "Yesterday", "Tomorrow", "Now", "Then", "Besides", "Consequently", "Accordingly",
                                               "Recently", "Currently", "Notably", "Specifically", "Incidentally",
                                               // Subordinators that open a fronted clause ("When Erdogan, President of Turkey, arrived").
                                               "When", "While", "After", "Before", "Since", "As", "If", "Once", "Although", "Though", "Until", "Unless", "Because"]

    /// Capitalized nouns that end a body's name, never a person's ("of the Azerbaijani Supreme Council Presidium").
    static let institutionWords: Set<String> = ["Council", "Presidium", "Parliament", "Assembly", "Committee", "Commission", "Ministry", "Duma", "Senate",
                                                "Chamber", "Court", "Secretariat", "Government", "Cabinet", "Office", "Agency", "Service", "Bank", "Majlis", "Kenesh", "Rada"]

    /// Whether the reference lists `person` in `office` of `country` in any term (for an office without a role, under a title
    /// that contains it).
    func held(_ person: String, office: String, of country: String) -> Bool {
        let terms = reference.terms(of: person, on: nil).filter { $0.country == country }
        guard let role = reference.roleForOffice[office] else { return terms.contains { $0.office.lowercased().contains(office.lowercased()) } }
        return terms.contains { $0.role == role }
    }

    /// The person of `country` in the reference, in any office and term, whose name a new name spells otherwise ("Salome
    /// Zurabishvili", Foreign Minister of Georgia in 2005, for the reference's Salome Zourabichvili, listed as its President):
    /// the same given name and a family name of five consonants or more, vowels aside, with one consonant written otherwise
    /// ("sh" for "ch"), not one more or fewer ("Giorgi Beridze" is no "Giorgi Baramidze"). A family name of five letters or more
    /// that a page cut short by its last letter ("Kassym-Jomart Tokaye", "Ilham Aliye") is the listed one too. Nil unless
    /// exactly one person fits.
    func referencePerson(spelledAs name: String, country: String) -> String? {
        let parts = name.split(separator: " ").map(String.init)
        guard parts.count >= 2 else { return nil }
        let given = NameKey.consonants(parts.dropLast().joined(separator: " ")), family = NameKey.consonants(parts.last!)
        guard !family.isEmpty else { return nil }
        let written = parts.last!.lowercased()
        // Whether the page's family name is `spelled` with its last letter lost.
        func cutShort(_ spelled: String) -> Bool {
            let full = spelled.lowercased()
            return written.count >= 5 && full.count == written.count + 1 && full.hasPrefix(written)
        }
        var fits = Set<String>()
        for term in reference.data.terms where term.country == country && !fits.contains(term.person) {
            let matches = ([term.person] + term.aliases).contains { spelling in
                let words = spelling.split(separator: " ").map(String.init)
                guard words.count >= 2 else { return false }
                let spelledGiven = NameKey.consonants(words.dropLast().joined(separator: " ")), spelledFamily = NameKey.consonants(words.last!)
                return spelledGiven == given && (family.count >= 5 && spelledFamily.count == family.count && ReferenceIndex.withinOneEdit(spelledFamily, family)
                    || cutShort(words.last!))
            }
            if matches { fits.insert(term.person) }
        }
        return fits.count == 1 ? fits.first : nil
    }

    /// The country a known person held `office` of on the article's date (or of any of their terms).
    func knownCountry(of person: String, office: String) -> String? {
        let terms = reference.terms(of: person, on: document.publishedOn)
        // An office the reference gives no role ("Speaker", "Chairman") is the person's only under a term of that title
        // ("Chairman of the Supreme Council"): an acting presidency does not make its holder "Speaker of the Jogorku Kenesh"
        // of the country, nor does a past premiership make "Chairman of the Council of the Republic X" that country's.
        guard let role = reference.roleForOffice[office] else {
            return terms.first { $0.office.lowercased().contains(office.lowercased()) }?.country
        }
        return terms.first { $0.role == role }?.country
    }

    /// Patterns that begin with an office: "[C] O [of C] P [of C]".
    func officeFirst(_ office: EntitySpan, office title: String) -> (name: String, country: String, start: Int, end: Int)? {
        // "the Chairman of the Georgian Parliament and head of state Eduard Shevardnadze": a rank coordinated after the person's
        // title describes it; the title is the office (read from that title's own phrase). So does a rank in apposition to
        // it: "the Chairman of the Parliament of Georgia, Head of State Eduard Shevardnadze".
        if isRank(office), office.start >= 2, ["and", ","].contains(tokens[office.start - 1].text),
           ((max(0, office.start - 10))..<(office.start - 1)).contains(where: { document.entity(at: $0)?.entity.office != nil }),
           !((max(0, office.start - 10))..<(office.start - 1)).contains(where: { tokens[$0].text == "," }) { return nil }
        var start = office.start
        var country: String?
        if let before = countryBefore(office.start) { country = before.code; start = before.start }
        var cursor = office.end
        var ofPlace = false
        if let place = ofCountry(after: afterPortfolio(cursor)), place.code != country {
            // "to the head of the Republic of Tajikistan President of the People's Republic of China Xi Jinping": the office's
            // own "of" phrase names its country; a country just before it that names another ends the phrase before.
            if country != nil { start = office.start }
            country = place.code; cursor = place.end; ofPlace = true
        } else if country == nil, let place = anaphoricCountry(after: cursor) {
            // An ambiguous referent leaves a person the tables list to the country they give for the office, as an office
            // with no country does ("The head of the Turkish state ... his visit to Kazakhstan, where he will meet the President
            // of the country, Nursultan Nazarbayev").
            country = place.code; cursor = place.end; ofPlace = place.code != nil
        }
        // "Moldovan Minister of Foreign Affairs and European Integration A": a portfolio coordinated into the office, with the
        // country before it, then the person.
        if !ofPlace, country != nil, let name = portfolioBeforeName(cursor) { cursor = name }
        // "Ambassador to Russia Polad Bulbuloglu": the country sent to is not the office's; nor is an organisation ("Georgia's
        // Ambassador to the CIS A", "Permanent Ambassador to the OSCE B"), which sends no one. An ambassador's post may be
        // named by its city too ("Moscow's ambassador in Minsk A"), or by a noun that refers back to the state the text names
        // ("Russian Ambassador to the republic A", "the Turkish envoy in this country B"): the office stays the sending state's.
        if cursor + 1 < tokens.count, tokens[cursor].text == "to" || tokens[cursor].text == "in" && title == "Ambassador" {
            let next = ["the", "this"].contains(tokens[cursor + 1].lower) ? cursor + 2 : cursor + 1
            if let destination = document.entity(at: next), destination.start == next, destination.entity.country != nil || isOrganisation(destination) {
                cursor = destination.end
            } else if title == "Ambassador", next > cursor + 1, next < tokens.count, Self.anaphoricCountries.contains(tokens[next].text) {
                cursor = next + 1
            }
        }
        if cursor + 1 < tokens.count, ["and", ","].contains(tokens[cursor].text), let rank = document.entity(at: cursor + 1), rank.entity.office != nil, isRank(rank) { cursor = rank.end }
        // "Russian Prime Minister and Chairman of the Council of Ministers of the Belarus-Russia Union State A": a second post
        // coordinated after the first, with its body's name, before the person the reference knows, who holds both.
        else if country != nil, let name = knownPerson(afterCoordinatedPost: cursor) { cursor = name }
        // "the Russian premier, Viktor Chernomyrdin," is an apposition only when a comma closes it too.
        let apposition = cursor < tokens.count && tokens[cursor].text == ","
        if apposition { cursor += 1 }
        // A quotation mark, or the bracket that closes an editor's insertion ("[Kazakh President] Nursultan Nazarbayev").
        if cursor < tokens.count, tokens[cursor].text == "\"" || tokens[cursor].text == "]" && !apposition { cursor += 1 }
        // "Chairman of the Halk Maslahaty of the Milli Gengesh Gurbanguly Berdimuhamedov": a body's name with no country
        // before a person the reference knows (whose country the reference gives).
        if country == nil, !apposition, let known = knownPerson(afterBodyName: cursor) { cursor = known }
        // "Chairman of the Majlisi Milli of Tajikistan, Mayor of Dushanbe Rustam Emomali": a second post held by the same
        // person, a title the gazetteer does not know and its place, between the apposition's comma and the name.
        var secondPost = false
        if apposition, person(at: cursor) == nil, let name = afterSecondPost(cursor) ?? afterSecondOffice(cursor) { cursor = name; secondPost = true }
        // "First President of Kazakhstan – Elbasy Nursultan Nazarbayev", "President of Kazakhstan Elbasy Nursultan Nazarbayev",
        // "President of Turkmenistan Arkadag Gurbanguly Berdimuhamedov": an honorific, set off by a dash or not, before a
        // person the reference knows (`afterHonorific`); with no dash, one word (hyphenated parts included) right after the
        // office or after its country's name in small-letter "of" ("of Kazakhstan", "of the Halk Maslahaty of Turkmenistan"),
        // lest a new name before a listed one ("Foreign Minister of X A B Nursultan Nazarbayev") or a body's name that holds
        // the country's ("Chairman of the New Azerbaijan Party Ilham Aliyev") pass for an honorific.
        if !apposition, person(at: cursor)?.known != true {
            let dash = cursor < tokens.count && ["-", "–", "—"].contains(tokens[cursor].text)
            let afterCountry = cursor > 0 && document.spanAt[cursor - 1].map {
                let span = document.spans[$0]
                return span.end == cursor && span.entity.country != nil && span.start > 0 && tokens[span.start - 1].isLowercase
            } == true
            if let name = dash ? afterHonorific(cursor + 1, upTo: 2) : cursor == office.end || afterCountry ? afterHonorific(cursor, upTo: 1) : nil { cursor = name }
        }
        // "Chairman of X, Hero-Arkadag Gurbanguly Berdimuhamedov": the same honorific after the apposition's comma.
        if apposition, !secondPost, person(at: cursor) == nil, let name = afterHonorific(cursor) { cursor = name }
        guard var person = person(at: cursor) ?? (title == "King" ? monarchName(at: cursor) : nil) else { return nil }
        // "A,⏎President of X⏎His Excellency Mr B,": an office in apposition to the name before it is that name's; the line break
        // closes the apposition, and a name on a later line opens the next letter's address block.
        if start >= 1, tokens[start - 1].text == ",", (office.end...cursor).contains(where: { tokens[$0].newlinesBefore > 0 }) { return nil }
        if !person.known, isBylineAfter(office: start, name: cursor, end: person.end) { return nil }
        // "A, President of X, B, Vice-President of X": the office after A's comma is A's; B has an apposition of its own.
        if apposition, start >= 2, tokens[start - 1].text == "," || tokens[start - 1].lower == "the" && tokens[start - 2].text == ",",
           person.end + 1 < tokens.count, tokens[person.end].text == ",", document.entity(at: afterArticle(person.end + 1))?.entity.office != nil { return nil }
        // The apposition closes with a comma, a bracket or the sentence's end ("... and the President of Turkmenistan,
        // Gurbanguly Berdimuhamedov."); after a second post the comma parts the two posts, and the name may open the clause
        // ("President of Tajikistan, Leader of the Nation Emomali Rahmon sent").
        // Unclosed, it still is when the reference lists the person in that office of that country ("said the President of
        // Kazakhstan, Kassym-Jomart Tokayev at the meeting"): the tie is no guess.
        // So it is when the office phrase opens its clause, at the sentence's start or after a fronted phrase's comma, and the
        // name is the clause's subject ("At a ceremony in Beijing, Ambassador of X to China, Dr. A signed", "President of X, B
        // said"); not the object of a preposition or an article ("In a letter to the President of X, A wrote").
        if apposition, !secondPost, person.end < tokens.count, ![",", ")", ";", "."].contains(tokens[person.end].text),
           !(person.known && country.map { held(person.name, office: title, of: $0) } == true), !opensClause(start),
           !closesApposition(at: person.end, office: start) { return nil }
        var end = person.end
        // "Prime Minister Nikol Pashinyan of Armenia", "Chairman Xi Jinping of the People's Republic of China".
        if country == nil, end + 1 < tokens.count, tokens[end].text == "of", let span = countryName(at: afterArticle(end + 1)) {
            country = span.entity.country; end = span.end
        }
        // "CSTO Secretary General Imangali Tasmagambetov": an office an organisation's name modifies is the organisation's;
        // the person's terms in a state's office (a former prime minister of Kazakhstan) do not make it that state's.
        let organisationsOffice = office.start > 0 && document.spanAt[office.start - 1].map { if case .organisation = document.spans[$0].entity { true } else { false } } == true
        // "headed by Secretary General Imangali Tasmagambetov": a secretary general is an organisation's, whatever state
        // offices the person held before; the text must name the country.
        if country == nil, person.known, !organisationsOffice, title != "Secretary General" { country = knownCountry(of: person.name, office: title) }
        // "President Serzh Sarkisian": a name the reference does not know that spells an office-holder's otherwise (the holder
        // of the office on the date, in any country) is the holder, and the holder's country is the office's. An office the
        // title says was held before ("the then President Sapurmat Niazov", "former President B") is matched in any term.
        if country == nil, !person.known, !organisationsOffice, title != "Secretary General",
           let holder = reference.holder(spelledAs: person.name, office: title, country: nil, on: heldBefore(office.start) ? nil : document.publishedOn) {
            person = (holder.person, person.end, true)
            country = holder.country
        }
        // "the National Leader of the Turkmen people, Chairman of the Halk Maslahaty A": a title stacked before this one gives
        // its country; "Azerbaijan would like to join, the republic's Ambassador A said": a noun that refers back to the state
        // the sentence names.
        if country == nil, !organisationsOffice { country = stackedTitleCountry(before: office.start) ?? anaphoricCountry(before: office.start) ?? delegationCountry(before: start) }
        // "Abkhazian President Aslan Bzhania and Foreign Minister Inal Ardzinba": the first office's country adjective is shared.
        if country == nil, !organisationsOffice, title != "Secretary General" { country = sharedCountry(before: office.start, office: title, person: person.name) }
        guard let country else { return nil }
        // A lower-case office places a new name only with its country ("the speaker of the Moldovan parliament, X").
        if !person.known, !ofPlace, tokens[office.start].isLowercase && countryBefore(office.start) == nil && start == office.start { return nil }
        // "Heydar Aliyev, Chairman of Azerbaijan's Milli Majlis,": the office is in apposition to the person before it, and
        // the capitalized words after it are the body's name, not a new person.
        if !person.known, start == office.start, cursor > 0, endsCountryModifier(cursor - 1), isApposition(toPersonBefore: start) { return nil }
        return (person.name, country, start, end)
    }

    /// Whether the phrase at `index` opens its clause: the sentence's first token, or the first after a comma that closes a
    /// fronted phrase ("At a ceremony in Beijing, Ambassador of X ..."), not after an article or a preposition.
    /// The article that opens the sentence counts as its start ("The President of X, A has extended").
    func opensClause(_ index: Int) -> Bool {
        let sentence = document.sentence(containing: index)
        return index == sentence.lowerBound || index == sentence.lowerBound + 1 && tokens[sentence.lowerBound].lower == "the"
            || index > sentence.lowerBound && tokens[index - 1].text == "," && tokens[index].isCapitalized
    }

    /// Prepositions that may follow an apposition's name left unclosed by its comma ("sent a letter to Italian President, A B in
    /// connection with", "met French President, C D on Tuesday", "to the Prime Minister of X, E F over the loss").
    static let appositionClosingPrepositions: Set<String> = ["in", "on", "at", "for", "over", "during", "with", "after", "following",
                                                             "regarding", "concerning", "upon", "amid", "about"]

    /// Whether the name ending at `end` closes an apposition to the office at `start` that runs on without a comma: a
    /// preposition follows the name, and the sentence opens with no phrase fronted before its subject (a preposition or a
    /// participle: "In a letter to the President of X, A on Monday wrote", "Writing to the President of X, A in Rome said"),
    /// where the name is the subject.
    func closesApposition(at end: Int, office start: Int) -> Bool {
        guard end < tokens.count, Self.appositionClosingPrepositions.contains(tokens[end].lower) else { return false }
        let sentence = document.sentence(containing: start)
        let first = tokens[sentence.lowerBound]
        let fronted = Self.frontingWords.contains(first.lower) || first.lower.hasSuffix("ing")
        return !fronted
    }

    /// Words that open a phrase fronted before a sentence's subject.
    static let frontingWords: Set<String> = ["in", "on", "at", "to", "for", "during", "after", "before", "with", "upon", "addressing",
                                             "according", "as", "while", "when", "following", "amid", "by", "from"]

    /// Whether the new name from `name` to `end` is a line of its own after a line that other words open before the office
    /// phrase at `start`: a byline or a credit under a page's tag list or caption ("Politics Foreign policy ... President of
    /// Kazakhstan⏎Aigerim Sadykova", "Tags: Uzbekistan, Prime Minister of Uzbekistan⏎Dilnoza Karimova"), the writer, not the
    /// office's holder. A signature keeps its office on a line of its own ("President of the Republic of Latvia⏎Janis
    /// Ozols"), and running text keeps the name on the office's line or runs on after it.
    func isBylineAfter(office start: Int, name: Int, end: Int) -> Bool {
        guard name < tokens.count, tokens[name].newlinesBefore > 0, start > 0, tokens[start].newlinesBefore == 0 else { return false }
        return end >= tokens.count || tokens[end].newlinesBefore > 0
    }

    /// "Abkhazian President Aslan Bzhania and Foreign Minister Inal Ardzinba": the country whose adjective or possessive opens
    /// the office phrase ("C O1 P1") coordinated by "and" just before the office at `index`, which that office shares; the
    /// first phrase's person must end right at the "and". Nil when the reference lists a holder of `title` for that country
    /// on the article's date and `person` is someone else ("Russian President Vladimir Putin and Prime Minister Hun Manet":
    /// the tables name Russia's prime minister, and he is not Hun Manet), and when the first office takes its country after
    /// it ("President of X A and Foreign Minister B" names X for the first person only).
    func sharedCountry(before index: Int, office title: String, person: String) -> String? {
        guard index >= 3, tokens[index - 1].lower == "and" else { return nil }
        let sentence = document.sentence(containing: index)
        for first in stride(from: index - 3, through: max(sentence.lowerBound, index - 12), by: -1) {
            guard let spanIndex = document.spanAt[first], document.spans[spanIndex].start == first,
                  case .office(_, plural: false) = document.spans[spanIndex].entity else { continue }
            let before = document.spans[spanIndex]
            guard let shared = countryBefore(before.start), let holder = self.person(at: afterStyle(before.end)), holder.end == index - 1 else { return nil }
            if let listed = reference.holder(office: title, country: shared.code, on: document.publishedOn), listed != person,
               reference.holder(spelledAs: person, office: title, country: shared.code, on: document.publishedOn)?.person != listed { return nil }
            return shared.code
        }
        return nil
    }

    /// Whether the span names an organisation ("the CIS", "OSCE").
    func isOrganisation(_ span: EntitySpan) -> Bool {
        if case .organisation = span.entity { return true }
        return false
    }

    /// "Moldovan Minister of Foreign Affairs and European Integration Nicu Popescu", "Hungarian Minister of Foreign Affairs and
    /// Trade Peter Szijjarto": the start of the person after a portfolio coordinated into the office at `index` ("and", then one
    /// to three capitalized words), on one line. A person the reference knows ends the portfolio; else a new name of two words
    /// closes the capitalized run. Nil when no person follows, or a person stands inside the portfolio.
    func portfolioBeforeName(_ index: Int) -> Int? {
        guard index + 3 < tokens.count, tokens[index].text == "and" else { return nil }
        var runEnd = index + 1
        while runEnd < min(tokens.count, index + 8), tokens[runEnd].kind == .word, tokens[runEnd].isCapitalized, tokens[runEnd].newlinesBefore == 0,
              !Self.notNameWords.contains(tokens[runEnd].text) { runEnd += 1 }
        guard runEnd >= index + 3 else { return nil }
        for start in (index + 2)..<min(runEnd, index + 5) {
            // "Russian President and Prime Minister A" coordinates two offices, no portfolio.
            if let inside = document.entity(at: start - 1), inside.entity.person != nil || inside.entity.office != nil { return nil }
            if let span = document.entity(at: start), span.start == start, case .person(_, surnameOnly: false) = span.entity { return start }
        }
        let start = runEnd - 2
        guard start >= index + 2, start <= index + 4, !(index + 1..<start).contains(where: { document.entity(at: $0)?.entity.office != nil }), document.spanAt[start] == nil, let person = newName(at: start), person.end == runEnd, !person.known else { return nil }
        return start
    }

    /// Whether the title before the office at `index` says it was held before the article's day: "the then President", "former
    /// Prime Minister", "the late President", "ex-President".
    func heldBefore(_ index: Int) -> Bool {
        (max(0, index - 3)..<index).contains { Self.pastTitleWords.contains(tokens[$0].lower) }
    }

    static let pastTitleWords: Set<String> = ["then", "former", "late", "ex"]

    /// What may stand between a delegation's noun and a member's office: its verb, other members and punctuation.
    static let delegationLinks: Set<String> = ["included", "includes", "including", "also", "comprised", "comprising", "consisted", "consisting", "of", "was", "is",
                                               "were", "are", "headed", "led", "by", "the", "and", ",", "members", "member", "represented", "-", "–", "—", ":"]

    /// "The Uzbek delegation also included Minister of Foreign Affairs X", "the delegation of Armenia, headed by Prime Minister
    /// Y and Foreign Minister X": the country of the national delegation whose member the office phrase at `index` names. A
    /// side in talks is a delegation too: "on the Turkmen side - Foreign Minister X", "The Georgian side was represented by
    /// Ambassador X".
    func delegationCountry(before index: Int) -> String? {
        let sentence = document.sentence(containing: index)
        var cursor = index - 1
        while cursor > sentence.lowerBound, !Self.delegationNouns.contains(tokens[cursor].lower) {
            // Only the delegation's verb, other members and their offices stand between.
            guard Self.delegationLinks.contains(tokens[cursor].lower) || document.spanAt[cursor].map({ document.spans[$0].entity.person != nil || document.spans[$0].entity.office != nil
                    || document.spans[$0].entity.country != nil }) == true
                    || tokens[cursor].isCapitalized && document.spanAt[cursor] == nil else { return nil }
            cursor -= 1
        }
        guard cursor > sentence.lowerBound, Self.delegationNouns.contains(tokens[cursor].lower) else { return nil }
        // "the Uzbek delegation", "Armenia's delegation", "the delegation of Armenia".
        if cursor + 2 < tokens.count, tokens[cursor + 1].text == "of", let place = countryName(at: cursor + 1 + (tokens[cursor + 2].text == "the" ? 2 : 1)) {
            return place.entity.country
        }
        var before = cursor - 1
        if before >= 0, tokens[before].text == "'s" { before -= 1 }
        guard before >= 0, let span = document.spanAt[before], document.spans[span].end == before + 1, case let .country(code, kind) = document.spans[span].entity, kind != .capital else { return nil }
        return code
    }

    static let delegationNouns: Set<String> = ["delegation", "side"]

    /// "head of state", "head of government": a rank rather than a title.
    func isRank(_ office: EntitySpan) -> Bool {
        office.end - office.start == 3 && tokens[office.start].lower == "head" && tokens[office.start + 1].lower == "of"
    }

    /// Whether the phrase at `start` follows a person and a comma ("Heydar Aliyev, [the] Chairman of ...", also a new name as
    /// `newNameFirst` reads it: "Rustam Nazarov, Chairman of Tajikistan's Majlisi Namoyandagon (lower house),").
    func isApposition(toPersonBefore start: Int) -> Bool {
        var cursor = start - 1
        if cursor >= 0, tokens[cursor].text == "the" { cursor -= 1 }
        guard cursor >= 1, tokens[cursor].text == "," else { return false }
        if let span = document.spanAt[cursor - 1].map({ document.spans[$0] }) { return span.entity.person != nil }
        return (max(0, cursor - 4)..<cursor - 1).contains { newName(at: $0)?.end == cursor }
    }

    /// "A, Chairwoman of Azerbaijan's Milli Majlis (Parliament),", "B, Speaker of the Kazakh Mazhilis,": after a country's
    /// possessive or adjective at `index` - 1 in an apposition that follows its name, the capitalized words are the body's name
    /// whole (`ofCountry` leaves a run of one or two for a name that may follow an office written first), with a bracketed
    /// gloss of it; the index after them, else `index`.
    func bodyNameEnd(after index: Int) -> Int {
        guard endsCountryModifier(index - 1) else { return index }
        var end = index
        // One or two words: `ofCountry` already kept a longer run's first words for the body.
        while end < min(tokens.count, index + 2), tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].newlinesBefore == 0,
              document.spanAt[end] == nil { end += 1 }
        if end > index, end + 2 < tokens.count, tokens[end].text == "(",
           let close = (end + 1..<min(tokens.count, end + 5)).first(where: { tokens[$0].text == ")" }),
           (end + 1..<close).allSatisfy({ tokens[$0].kind == .word }) { end = close + 1 }
        return end
    }

    /// The start of a known person after "and" at `index`, a second post and its body's name: capitalized words, "of", "the",
    /// hyphens and the gazetteer's names ("and Chairman of the Council of Ministers of the Belarus-Russia Union State A"), on
    /// one line, within fourteen tokens.
    func knownPerson(afterCoordinatedPost index: Int) -> Int? {
        guard index + 2 < tokens.count, tokens[index].text == "and", let post = document.entity(at: index + 1), post.start == index + 1,
              case .office(_, plural: false) = post.entity, tokens[post.end].text == "of" else { return nil }
        var cursor = post.end
        while cursor < min(tokens.count, post.end + 14) {
            if cursor > post.end + 1, let span = document.entity(at: cursor), case .person(_, surnameOnly: false) = span.entity, person(at: cursor)?.known == true {
                return cursor
            }
            let token = tokens[cursor]
            guard ["of", "the", "-"].contains(token.text) || token.kind == .word && token.isCapitalized || document.spanAt[cursor] != nil,
                  token.newlinesBefore == 0 else { return nil }
            cursor = document.entity(at: cursor).map { $0.start == cursor ? $0.end : cursor + 1 } ?? cursor + 1
        }
        return nil
    }

    /// The start of a known person after a body's name of capitalized words, "of" and "the" ("of the Halk Maslahaty of
    /// the Milli Gengesh Gurbanguly Berdimuhamedov"), with no country in it; also after a comma and an honorific ("of the
    /// Halk Maslahaty, Hero-Arkadag Gurbanguly Berdimuhamedov").
    func knownPerson(afterBodyName index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].text == "of" else { return nil }
        var cursor = index + 1
        var words = 0
        while cursor < min(tokens.count, index + 12) {
            if words > 0, let span = document.entity(at: cursor), case .person(_, surnameOnly: false) = span.entity { return cursor }
            if words > 0, tokens[cursor].text == "," { return afterHonorific(cursor + 1) }
            let token = tokens[cursor]
            if token.isCapitalized, token.kind == .word, document.spanAt[cursor] == nil || document.entity(at: cursor)?.entity.office != nil {
                words += 1
            } else if !["of", "the"].contains(token.text) {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// The start of a person the reference knows after an honorific at `index`: up to `most` (one or two) capitalized words
    /// the gazetteer does not know, hyphenated parts joined ("Hero-Arkadag Gurbanguly Berdimuhamedov", "Elbasy Nursultan Nazarbayev"), or a
    /// style of address ("His Excellency A"). A title the state gives, no part of the name.
    func afterHonorific(_ index: Int, upTo most: Int = 2) -> Int? {
        var cursor = index
        var words = 0
        while cursor < min(tokens.count, index + 6), words <= most, tokens[cursor].newlinesBefore == 0 || cursor == index {
            if let found = person(at: cursor), found.known, case .person(_, surnameOnly: false)? = document.entity(at: cursor)?.entity { return words > 0 ? cursor : nil }
            guard words < most || tokens[cursor].text == "-" || tokens[cursor - 1].text == "-" else { return nil }
            if tokens[cursor].kind == .word, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil, !Self.notNameWords.contains(tokens[cursor].text),
               !Self.institutionWords.contains(tokens[cursor].text) {
                // A hyphenated part is the same word's ("Hero-Arkadag").
                if words == 0 || tokens[cursor - 1].text != "-" { words += 1 }
            } else if !(tokens[cursor].text == "-" && !tokens[cursor].spaceBefore && words > 0) {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// "the National Leader of the Turkmen people, Chairman of ... A": the country of a title stacked before the office at
    /// `index`, after a comma: capitalized title words, "of", "the" and a people's noun, naming one country (by its name or
    /// adjective, not its capital) and no person, opened by "the", a preposition or the sentence. The same person's other title.
    func stackedTitleCountry(before index: Int) -> String? {
        var cursor = beforeFillers(index - 1)
        if cursor >= 0, tokens[cursor].lower == "the" { cursor -= 1 }
        guard cursor >= 2, tokens[cursor].text == "," else { return nil }
        let sentence = document.sentence(containing: index)
        var countries = Set<String>()
        var position = cursor - 1
        var titled = false
        while position >= max(sentence.lowerBound, cursor - 10) {
            let token = tokens[position]
            if let span = document.entity(at: position) {
                guard span.entity.person == nil else { return nil }
                if case let .country(code, kind) = span.entity {
                    guard kind != .capital else { return nil }
                    countries.insert(code)
                }
                position = span.start - 1
                titled = titled || span.entity.office != nil
                continue
            }
            // "of the Turkmen people": an article inside the title after its "of".
            if token.lower == "the", position > sentence.lowerBound, tokens[position - 1].text == "of" { position -= 1; continue }
            if ["the", "to", "from", "by", "with", "for", ":"].contains(token.lower) || position == sentence.lowerBound { break }
            guard token.kind == .word && token.isCapitalized || ["of", "and", "-"].contains(token.text) || Self.peopleNouns.contains(token.text) else { return nil }
            titled = titled || token.kind == .word && token.isCapitalized
            position -= 1
        }
        // The title opens its phrase: the first word after the article, preposition or sentence start is capitalized.
        // A title's "of" leads to its country ("Leader of the Turkmen people"); a fronted place ("In Russia, Prime Minister A")
        // is no title.
        let first = position == sentence.lowerBound && tokens[position].isCapitalized ? position : position + 1
        guard titled, countries.count == 1, first < cursor, tokens[first].isCapitalized, !Self.notNameWords.contains(tokens[first].text),
              (first..<cursor).contains(where: { tokens[$0].text == "of" }) else { return nil }
        return countries.first
    }

    /// Nouns a title names a country's people by ("Leader of the Turkmen people", "Father of the nation").
    static let peopleNouns: Set<String> = ["people", "nation", "peoples"]

    /// "the republic's Ambassador to Moscow A": the state an anaphoric noun's possessive before the office at `index` refers to,
    /// the one country (by its name or adjective) the sentence names before it; when the sentence names none before it, the
    /// one country the sentence before names ("Moldova will leave the assembly. The country's Speaker A said so.").
    /// "its" before the office stands for the nearest state the sentence names before it ("Malaysia will begin the process
    /// of joining, according to its Prime Minister A", "Kenya, through its Foreign Minister B, applied"), not when an
    /// organisation stands nearer ("the SCO and its Secretary General C").
    /// An ambassador is no envoy of the state posted to: "the country's Ambassador to Russia A" after "Bolivia's embassy ...
    /// to the Russian side" is Bolivia's, the destination left out of the states the noun may refer to.
    func anaphoricCountry(before index: Int) -> String? {
        let cursor = beforeFillers(index - 1)
        let destination = postDestination(ofOfficeAt: index)
        if cursor >= 1, tokens[cursor].lower == "its" {
            let sentence = document.sentence(containing: cursor)
            guard let nearest = document.entities(in: sentence.lowerBound..<cursor).last(where: { span in
                if case .organisation = span.entity { return true }
                if case let .country(code, kind) = span.entity { return kind != .capital && code != destination }
                return false
            }), case let .country(code, _) = nearest.entity else { return nil }
            return code
        }
        guard cursor >= 2, tokens[cursor].text == "'s", Self.anaphoricCountries.contains(tokens[cursor - 1].lower), tokens[cursor - 2].lower == "the" else { return nil }
        return referent(ofNounAt: cursor - 2, excluding: destination)
    }

    /// The state an ambassador's office at `index` is posted to ("Ambassador to Russia", "Ambassador to the Russian
    /// Federation"), nil for another office or no "to".
    func postDestination(ofOfficeAt index: Int) -> String? {
        guard let office = document.entity(at: index), office.entity.office == "Ambassador", document.word(office.end) == "to" else { return nil }
        return document.entity(at: afterArticle(office.end + 1))?.entity.country
    }

    /// "Erdogan will visit Mongolia to meet the President of the country, A", "the Foreign Minister of the republic B": the
    /// state "of" and an anaphoric noun after the office at `index` refer to (as `anaphoricCountry` reads the possessive), nil
    /// when the text names several it may refer to; and the index after the noun, where the person's name may follow.
    func anaphoricCountry(after index: Int) -> (code: String?, end: Int)? {
        guard document.word(index) == "of", document.word(index + 1) == "the", Self.anaphoricCountries.contains(document.word(index + 2)) else { return nil }
        return (referent(ofNounAt: index + 1), index + 3)
    }

    /// The state an anaphoric noun phrase at `index` ("the country", "the republic") refers to: the one country (by its name or
    /// adjective) the sentence names before it; when the sentence names none before it, the one country the sentence before
    /// names.
    func referent(ofNounAt index: Int, excluding excluded: String? = nil) -> String? {
        let sentence = document.sentence(containing: index)
        func named(in range: Range<Int>) -> Set<String> {
            Set(document.entities(in: range).compactMap { span -> String? in
                if case let .country(code, kind) = span.entity, kind != .capital, code != excluded { return code }
                return nil
            })
        }
        let before = named(in: sentence.lowerBound..<index)
        if before.isEmpty, sentence.lowerBound > 0 {
            let previous = document.sentence(containing: sentence.lowerBound - 1)
            let earlier = named(in: previous)
            return earlier.count == 1 ? earlier.first : nil
        }
        return before.count == 1 ? before.first : nil
    }

    /// The token after a second post ("Mayor of Dushanbe", "Rector of the Moscow State University"): one or two
    /// capitalized words the gazetteer does not know, "of", and a place or a body's name, when a person follows.
    func afterSecondPost(_ index: Int) -> Int? {
        var cursor = index
        while cursor < min(tokens.count, index + 2), tokens[cursor].isCapitalized, tokens[cursor].kind == .word, document.spanAt[cursor] == nil,
              !Self.notNameWords.contains(tokens[cursor].text) { cursor += 1 }
        guard cursor > index, cursor + 1 < tokens.count, tokens[cursor].text == "of" else { return nil }
        cursor += 1
        if tokens[cursor].text == "the" { cursor += 1 }
        for end in cursor..<min(tokens.count, cursor + 5) {
            if end > cursor, person(at: end) != nil { return end }
            guard tokens[end].isCapitalized || document.spanAt[end] != nil else { return nil }
        }
        return nil
    }

    /// The person after a second post stacked on the first that is a known office of a body no state is named in ("Prime
    /// Minister of Armenia, Chairman of the Intergovernmental Council of the Eurasian Economic Union X"): the office, "of", then
    /// capitalized words, "of", "the", "and", organisations' names, plural offices and a country's name inside a party's ("Chairman
    /// of the New Azerbaijan Party") up to the name.
    func afterSecondOffice(_ index: Int) -> Int? {
        guard let title = document.entity(at: index), title.entity.office != nil, title.end + 1 < tokens.count, tokens[title.end].text == "of" else { return nil }
        var cursor = title.end + 1
        var body = 0
        while cursor < min(tokens.count, title.end + 14) {
            if body > 0, tokens[cursor - 1].lower != "of", tokens[cursor - 1].lower != "the", let person = person(at: cursor), person.end > cursor + 1 || person.known { return cursor }
            // "the CSTO Council of Foreign Ministers": an organisation's name, or a plural office that names a council's members.
            if let span = document.entity(at: cursor) {
                switch span.entity {
                case .organisation, .office(_, plural: true): break
                // "Chairman of the New Azerbaijan Party A": a country's name inside a party's or a body's name, a capitalized word
                // of that name after it.
                case .country where span.end < tokens.count && tokens[span.end].kind == .word && tokens[span.end].isCapitalized
                    && document.spanAt[span.end] == nil && !Self.notNameWords.contains(tokens[span.end].text): break
                default: return nil
                }
                body += 1
                cursor = span.end
                continue
            }
            let token = tokens[cursor]
            if token.kind == .word, token.isCapitalized { body += 1 } else if !["of", "the", "and"].contains(token.lower) { return nil }
            cursor += 1
        }
        return nil
    }

    /// A monarch's one name after the office and its country ("King of the Netherlands Willem-Alexander and ...", "King of
    /// Belgium Filipe sent"): one capitalized word the gazetteer does not know, hyphenated parts included, before punctuation,
    /// "and" or a word in small letters; nil otherwise.
    func monarchName(at index: Int) -> (name: String, end: Int, known: Bool)? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized, !tokens[index].isAllCaps, tokens[index].text.count > 2,
              document.spanAt[index] == nil, !Self.notNameWords.contains(tokens[index].text), !Self.institutionWords.contains(tokens[index].text),
              DateWords.month(tokens[index]) == nil, DateWords.weekdays[tokens[index].lower] == nil else { return nil }
        var name = tokens[index].text
        var end = index + 1
        while end + 1 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore, tokens[end + 1].isCapitalized {
            name += "-" + tokens[end + 1].text
            end += 2
        }
        guard end >= tokens.count || tokens[end].kind != .word || tokens[end].isLowercase else { return nil }
        return (name, end, false)
    }

    /// "Recep Tayyip Erdogan, President of Turkey," / "Kaja Kallas, the Estonian Prime Minister,": a full name the
    /// gazetteer does not know, in apposition with an office and its country.
    func newNameFirst(_ office: EntitySpan) -> (name: String, country: String, start: Int, end: Int)? {
        var start = office.start
        var country: String?
        if let before = countryBefore(office.start) { country = before.code; start = before.start }
        var end = office.end
        if country == nil, let place = ofCountry(after: afterPortfolio(end)) { country = place.code; end = bodyNameEnd(after: place.end) }
        let stated = country
        // "Respectfully,⏎Nicu Popescu⏎Minister of Foreign Affairs of the Republic of Moldova": a letter's signature block, a new
        // name alone on the line after a valediction (a line that ends in a comma), the office and its country alone on the next.
        if let stated, start > 0, tokens[start].newlinesBefore > 0, end >= tokens.count || tokens[end].newlinesBefore > 0 {
            var first = start - 1
            while first > 0, tokens[first].newlinesBefore == 0 { first -= 1 }
            if first >= 1, tokens[first - 1].text == ",", let person = newName(at: first), person.end == start, !person.known {
                return (person.name, stated, first, end)
            }
        }
        // The apposition closes: with a mark, a lower-case word, or the end of its line ("To His Excellency⏎Mr A B,⏎President of
        // the Republic of X⏎Dear Mr President": a letter's address block sets the name and the office on lines of their own).
        guard end >= tokens.count || [",", ".", ";", ")"].contains(tokens[end].text) || tokens[end].isLowercase || tokens[end].newlinesBefore > 0 else { return nil }
        // "In his message to A, the President of Russia noted": a verb after the office makes it the subject of the clause
        // after a fronted phrase, not an apposition.
        // Unless the name opens its sentence: "A, President of X sent a letter" (checked below).
        let verbAfter = end < tokens.count && tokens[end].kind == .word && tokens[end].isLowercase && !Self.appositionContinuations.contains(tokens[end].lower)
        // "Mehriban Aliyeva, the First Vice-President of Azerbaijan,": the fillers before the title stand in the apposition.
        // "A, Vice Prime Minister, Minister of Foreign Affairs of X": a deputy's title stacked before the person's own office
        // stands in it too.
        var comma = beforeFillers((beforeStackedDeputyTitle(start) ?? stackedOffice(before: start)?.start ?? start) - 1)
        if comma >= 0, ["the", "then", "now"].contains(tokens[comma].lower) { comma -= 1 }
        if comma >= 0, tokens[comma].lower == "then" { comma -= 1 }
        // With no country in the phrase, only a national delegation the name heads may give one (below).
        if let stated, !verbAfter {
            // "Kairat Abdrakhmanov was appointed Minister of Foreign Affairs of Kazakhstan": the name is the predicate's subject.
            for first in stride(from: start - 3, through: max(0, start - 10), by: -1) where document.spanAt[first] == nil {
                // "Raul Andrade, who was elected President of Peru": the predicate of a relative clause the same.
                // Also without the comma: "greeted Raul Andrade who was elected President of Peru".
                guard let person = newName(at: first), !person.known else { continue }
                let who = document.word(person.end) == "," ? person.end + 1 : person.end
                guard appointmentPredicate(after: person.end) == start || document.word(who) == "who" && appointmentPredicate(after: who + 1) == start else { continue }
                if first > 0, tokens[first - 1].newlinesBefore == 0, continuesName(before: first) { continue }
                return (person.name, stated, first, end)
            }
            // "Mart Kivi, a lawyer by training, who, after the vote, became the first President of X": a relative clause whose
            // predicate stands further from its antecedent.
            if let first = relativeAntecedent(ofPredicateBefore: start), let person = newName(at: first) { return (person.name, stated, first, end) }
            // "congratulated Emmanuel Macron on his election as President of France": a new name, then lower-case words of its own
            // predicate up to "as" before the office.
            var asIndex = start - 1
            if asIndex >= 0, tokens[asIndex].lower == "the" { asIndex -= 1 }
            // "congratulated A on his appointment to the post of Minister of Foreign Affairs of X": "the post of" after a noun
            // or verb of taking office reads as "as" (not "a candidate for the post of").
            let postOf = asIndex >= 3 && tokens[asIndex].lower == "of" && Self.postNouns.contains(tokens[asIndex - 1].lower)
            if asIndex >= 2, tokens[asIndex].lower == "as" || postOf {
                for first in stride(from: asIndex - 3, through: max(0, asIndex - 9), by: -1) where document.spanAt[first] == nil {
                    guard let person = newName(at: first), !person.known, person.end < asIndex,
                          (person.end..<asIndex).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isLowercase }),
                          !postOf || (person.end..<asIndex).contains(where: { Self.takingOffice.contains(tokens[$0].lower) }) else { continue }
                    if first > 0, tokens[first - 1].newlinesBefore == 0, continuesName(before: first) { continue }
                    return (person.name, stated, first, end)
                }
            }
        }
        guard comma > 1, tokens[comma].text == "," else { return nil }
        // Up to eight words, as `newName` reads them: "Luiz Inacio Lula da Silva,", "Mohamed bin Zayed Al Nahyan,"; the
        // nearest name that no name's word continues before it is the whole name (`continuesName`).
        for first in stride(from: comma - 2, through: max(0, comma - 8), by: -1) {
            guard document.spanAt[first] == nil, let person = newName(at: first), person.end == comma, !person.known, !verbAfter || opensSubject(first) else { continue }
            // The name starts its phrase: not the tail of a longer capitalized run on its line ("Jose Daniel Ortega Saavedra,"
            // opening a line is one name, not "Daniel Ortega Saavedra").
            if first > 0, tokens[first].newlinesBefore == 0, continuesName(before: first) { continue }
            // "the delegation of the Russian Federation Council headed by Valentina Matviyenko, Chairman of the Federation
            // Council": the delegation the name heads gives the country the office phrase does not.
            guard let placed = stated ?? delegationCountry(before: first) else { continue }
            return (person.name, placed, first, end)
        }
        return nil
    }

    /// The first token of a new name that a relative clause gives the office at `start` to, when words stand between them
    /// ("A, who later became Prime Minister of X", "A, who in 1991 was elected the first President of X", "A, a lawyer by
    /// training, who, after the country gained independence on May 5, 1991, became the first President of X"): ", who", then
    /// maybe a parenthetical closed by a comma or an adverb of time, then a predicate that gives an office
    /// (`appointmentPredicate`) and title fillers ("the first") up to the office. The name ends at the comma before "who", or at
    /// the comma that opens an apposition of up to twelve tokens before it. Not a negated predicate ("who was never elected"),
    /// nor "whose".
    func relativeAntecedent(ofPredicateBefore start: Int) -> Int? {
        let sentence = document.sentence(containing: start)
        let from = max(sentence.lowerBound + 2, start - 30)
        guard from < start, let who = (from..<start).last(where: { tokens[$0].lower == "who" && tokens[$0 - 1].text == "," }) else { return nil }
        let fillersStart = beforeFillers(start - 1) + 1
        // The predicate right after "who", or after a comma that closes a parenthetical.
        let openings = [who + 1] + (who + 1..<start).filter { tokens[$0].text == "," }.map { $0 + 1 }
        let reaches = openings.contains { opening in
            var cursor = opening
            while cursor < start, Self.timeAdverbs.contains(tokens[cursor].lower) { cursor += 1 }
            if cursor + 1 < start, tokens[cursor].lower == "in", tokens[cursor + 1].kind == .number { cursor += 2 }
            guard let reached = appointmentPredicate(after: cursor) else { return false }
            return reached <= start && reached >= fillersStart
        }
        guard reaches else { return nil }
        let comma = who - 1
        let opening = (max(sentence.lowerBound, comma - 13)..<comma).last { tokens[$0].text == "," }
        for closing in [comma] + (opening.map { [$0] } ?? []) {
            for first in stride(from: closing - 2, through: max(sentence.lowerBound, closing - 4), by: -1) where document.spanAt[first] == nil {
                if let person = newName(at: first), person.end == closing, !person.known, first == sentence.lowerBound || !continuesName(before: first) { return first }
            }
        }
        return nil
    }

    /// Adverbs of time between a relative pronoun and its predicate ("who later became").
    static let timeAdverbs: Set<String> = ["later", "subsequently", "eventually", "then", "soon", "thereafter", "afterwards", "briefly"]

    /// Whether the word before `first` may be a name's word, so that a name read from `first` is the tail of a longer one
    /// ("Jose Daniel Ortega Saavedra," is not "Daniel Ortega Saavedra"): a capitalized word the gazetteer does not know, not
    /// a word that is never a name's ("Meanwhile Murat Salim Esenli,": the adverb opens the sentence, the name follows).
    /// A particle before it continues the name too ("Zayed Al Nahyan" after "Mohamed bin"); a ruler's style does not ("Sheikh
    /// Mohamed bin Zayed Al Nahyan": `afterRulerStyle`).
    func continuesName(before first: Int) -> Bool {
        let word = tokens[first - 1]
        if Self.nameParticles.contains(word.text) { return true }
        return word.isCapitalized && document.spanAt[first - 1] == nil && !Self.notNameWords.contains(word.text) && !MessageRules.rulerStyles.contains(word.text)
    }

    /// Whether the "of" at `index` ends "the post of" after a word of taking office since `start` ("on his appointment to the
    /// post of"), which reads as "as" before the office, for a listed name as for a new one (`newNameFirst`); not "a candidate
    /// for the post of".
    func isPostOf(_ index: Int, after start: Int) -> Bool {
        index >= start + 2 && tokens[index].lower == "of" && Self.postNouns.contains(tokens[index - 1].lower)
            && (start..<(index - 1)).contains { Self.takingOffice.contains(tokens[$0].lower) }
    }

    /// Whether `index` is the "for" of an election won for an office ("congratulated A on his victory in the election for
    /// President of X", "on winning the election for", "on the win in the elections for"), which reads as "as": the winner is
    /// elected. Not a race or a candidacy ("A, the candidate for President", "A is running in the election for").
    func isElectionWonFor(_ index: Int, after start: Int) -> Bool {
        index >= start + 2 && tokens[index].lower == "for" && ["election", "elections"].contains(tokens[index - 1].lower)
            && (start..<(index - 1)).contains { ["victory", "win", "winning", "won"].contains(tokens[$0].lower) }
    }

    /// Nouns of a post ("to the post of", "the position of").
    static let postNouns: Set<String> = ["post", "position"]
    /// Words of taking an office, which make "the post of" an office held ("on his appointment to the post of").
    static let takingOffice: Set<String> = ["appointment", "appointed", "reappointment", "reappointed", "election", "elected", "reelection", "reelected",
                                            "inauguration", "inaugurated", "assumption", "assumed", "assuming"]

    /// The first token of a deputy's title stacked before the office at `start` ("Vice Prime Minister, Minister of Foreign
    /// Affairs of X", "First Deputy Prime Minister and Foreign Minister"): a comma or "and", then the deputy's office right
    /// before it. The person holds both posts; the conventions record the second.
    func beforeStackedDeputyTitle(_ start: Int) -> Int? {
        let separator = start - 1
        guard separator >= 1, [",", "and", "&"].contains(tokens[separator].text), let prior = document.spanAt[separator - 1] else { return nil }
        let office = document.spans[prior]
        guard office.end == separator, office.entity.office != nil else { return nil }
        var cursor = office.start - 1
        if cursor >= 1, tokens[cursor].text == "-", !tokens[cursor].spaceBefore { cursor -= 1 }
        guard cursor >= 0, Self.deputyWords.contains(tokens[cursor].lower) else { return nil }
        return beforeFillers(cursor - 1) + 1
    }

    /// "A, Vice President and Prime Minister of X", "B, Vice-President, Prime Minister of Y and Ruler of Z": an office the
    /// conventions record, stacked by a comma or "and" right before the office at `start` with no word between, which the
    /// apposition gives the same person; the country of the office phrase after it is the stacked title's too. Its span, else
    /// nil (a deputy's title is `beforeStackedDeputyTitle`'s, and names no office of its own).
    func stackedOffice(before start: Int) -> EntitySpan? {
        let separator = start - 1
        guard separator >= 1, [",", "and", "&"].contains(tokens[separator].text), let prior = document.spanAt[separator - 1] else { return nil }
        let office = document.spans[prior]
        guard office.end == separator, case let .office(title, plural: false) = office.entity, Self.recordedOffices.contains(title),
              !isSubordinate(office), countryBefore(office.start) == nil else { return nil }
        return office
    }

    /// The token after a deputy's title at `index` that a comma or "and" stacks before another office ("Vice Prime Minister,
    /// Minister of Foreign Affairs of X"), else nil: the other office is the person's, as `beforeStackedDeputyTitle` reads it.
    func afterStackedDeputyTitle(_ index: Int) -> Int? {
        var cursor = index
        while cursor < tokens.count, Self.titleFillers.contains(tokens[cursor].text) { cursor += 1 }
        guard cursor + 1 < tokens.count, Self.deputyWords.contains(tokens[cursor].lower) else { return nil }
        cursor += 1
        if tokens[cursor].text == "-", !tokens[cursor].spaceBefore { cursor += 1 }
        guard let office = document.entity(at: cursor), office.start == cursor, office.entity.office != nil, office.end + 1 < tokens.count,
              [",", "and", "&"].contains(tokens[office.end].text), let next = document.entity(at: afterArticle(office.end + 1)), next.entity.office != nil else { return nil }
        return afterArticle(office.end + 1)
    }

    /// "Ilham Aliyev, the President of Azerbaijan," / "Ilham Aliyev, Azerbaijan's President" /
    /// "Eduard Shevardnadze, Chairman of Parliament and Head of State of Georgia" /
    /// "Volodymyr Zelenskyy on taking office as President of Ukraine".
    func personFirst(_ span: EntitySpan, spanIndex: Int) -> (name: String, office: String, country: String, start: Int, end: Int)? {
        guard case let .person(name, surnameOnly) = span.entity, span.end + 2 < tokens.count else { return nil }
        // "Ogtay Asadov, Chairman of the Milli Majlis," beside the listed Ali Asadov: a known surname after a given name none
        // of that person's is another person's full name (`newName` reads it; `newNameFirst` ties it), not the listed one.
        if surnameOnly, span.start > 0, let other = newName(at: span.start - 1), other.end == span.end, !other.known { return nil }
        var cursor = span.end
        // "Ilham Aliyev⏎President of the Republic of Azerbaijan": a name alone on its line, then its office's line.
        let signature = (span.start == 0 || tokens[span.start].newlinesBefore > 0) && tokens[span.end].newlinesBefore > 0
        if tokens[cursor].text == "," {
            cursor += 1
            // "Serdar Berdimuhamedov, who was sworn in as President of Turkmenistan on Saturday,": the predicate of a relative
            // clause gives its antecedent the office, as the sentence's own predicate does.
            if cursor < tokens.count, tokens[cursor].lower == "who", let after = appointmentPredicate(after: cursor + 1) { cursor = after }
            // "Sadyr Japarov, as the newly elected President of X, will": an apposition introduced by "as".
            else if cursor < tokens.count, tokens[cursor].lower == "as" { cursor += 1 }
        } else if let after = appointmentPredicate(after: cursor) {
            // "Kairat Abdrakhmanov was appointed Minister of Foreign Affairs of Kazakhstan", "A became Prime Minister of Armenia".
            cursor = after
        } else if tokens[cursor].lower == "who", let after = appointmentPredicate(after: cursor + 1) {
            // "sent greetings to Aleksandar Vucic who was elected President of Serbia": a restrictive relative clause, no comma,
            // gives its antecedent the office as the apposition's relative clause does.
            cursor = after
        } else if signature {
            // A letter's signature block: the name on its line, the office and its country on the next (read below).
        } else if let asIndex = (cursor..<min(tokens.count, cursor + 9)).first(where: { tokens[$0].text == "as" || isPostOf($0, after: cursor) || isElectionWonFor($0, after: cursor) }),
                  // A capitalized word between begins another name, the object the "as" may describe ("A congratulated B on his
                  // election as"); a weekday or a month does not ("A on Monday took office as").
                  !(cursor..<asIndex).contains(where: { tokens[$0].kind == .punctuation || document.spanAt[$0] != nil
                      || tokens[$0].isCapitalized && DateWords.month(tokens[$0]) == nil && DateWords.weekdays[tokens[$0].lower] == nil }) {
            // "have not recognized X as Belarus's president": a negated predicate whose object the "as" describes denies the
            // office it gives (not "does not plan to congratulate X on taking office as President", the object's own predicate).
            if asIndex == span.end, (max(0, span.start - 4)..<span.start).contains(where: { Self.negations.contains(tokens[$0].lower) }) { return nil }
            cursor = asIndex + 1
        } else {
            return nil
        }
        // "Nursultan Nazarbayev, then President of Kazakhstan": an adverb of time before the apposition's title.
        if cursor < tokens.count, ["then", "now", "currently"].contains(tokens[cursor].lower) { cursor += 1 }
        // "A,\nThe President of the Republic of X" (a letter's signature block), "A, a pro-Russian President of X": the article
        // in any case, definite or not.
        if cursor < tokens.count, tokens[cursor].lower == "the" || tokens[cursor].text == "a" || tokens[cursor].text == "an" { cursor += 1 }
        // "A, Deputy Prime Minister, Minister of Foreign Affairs of X": a deputy's title stacked before the person's own office.
        if let after = afterStackedDeputyTitle(cursor) { cursor = after }
        // "Igor Dodon, the country's former president and ...": a country the text named before, which the reference's terms
        // of a listed person give (below), as for an office alone.
        var anaphoric = false
        if cursor + 1 < tokens.count, Self.anaphoricCountries.contains(tokens[cursor].lower), tokens[cursor + 1].text == "'s" { cursor += 2; anaphoric = true }
        // "the first president of Kazakhstan", "Kazakhstan's second president": an ordinal counts the holders; the office stays.
        // So do the other title fillers: "A, Argentina's new president,", "B, the newly-elected President of X,". The ordinal
        // in digits or in compound words too: "elected 4th President of X", "the 21st Prime Minister", "its twenty-first".
        func skipOrdinal() {
            if let number = NumberWords.read(tokens, at: cursor), number.ordinal { cursor = number.end }
            while cursor + 1 < tokens.count, Self.titleFillers.contains(tokens[cursor].text) || tokens[cursor].text == "-" && !tokens[cursor].spaceBefore
                    && Self.titleFillers.contains(tokens[cursor - 1].text) { cursor += 1 }
        }
        skipOrdinal()
        // "a pro-Russian President of Moldova": the stance's country is none of the office's.
        if let stance = stanceEnd(at: cursor) { cursor = stance; skipOrdinal() }
        var country: String?
        if let lead = document.entity(at: cursor), case let .country(code, kind) = lead.entity, kind != .capital {
            country = code
            cursor = lead.end
            if cursor < tokens.count, tokens[cursor].text == "'s" { cursor += 1 }
            skipOrdinal()
        }
        guard let officeSpan = document.entity(at: cursor), let title = officeSpan.entity.office else { return nil }
        let office = bodyOffice(officeSpan) ?? title
        var end = officeSpan.end
        var ofPlace = false
        if country == nil, let place = ofCountry(after: end) {
            country = place.code; end = bodyNameEnd(after: place.end); ofPlace = true
        } else if country == nil, let place = anaphoricCountry(after: end) {
            // "Mihai Popsoi, Deputy Prime Minister and Foreign Minister of the Republic,", "A, the President of the country,":
            // the state "of" and an anaphoric noun refer to, as after an office written first (`officeFirst`); when the text
            // names several, the apposition still closes after the noun and the reference places a listed person (below).
            country = place.code; end = place.end; ofPlace = place.code != nil
        }
        // A signature's office line holds the office and its country and nothing else.
        if signature, end < tokens.count, tokens[end].newlinesBefore == 0 { return nil }
        // "Eduard Shevardnadze, Chairman of Parliament and head of the Georgian state,": a second post coordinated in the
        // apposition gives the country; the apposition must close with a comma.
        if country == nil, tokens[span.end].text == "," {
            var cursor = end
            while cursor < min(tokens.count, end + 10), ![",", ".", ";", "(", ")"].contains(tokens[cursor].text) {
                if let other = document.entity(at: cursor) {
                    if other.entity.person != nil { break }
                    if let code = other.entity.country, (end..<cursor).contains(where: { tokens[$0].lower == "and" }) {
                        var close = other.end
                        while close < min(tokens.count, other.end + 3), tokens[close].kind == .word, tokens[close].isLowercase { close += 1 }
                        if close < tokens.count, tokens[close].text == "," { country = code; end = close }
                        break
                    }
                }
                cursor += 1
            }
        }
        // "Vladimir Putin, Chinese President Xi Jinping": the title belongs to the next name in a list. After "of
        // Azerbaijan's" two capitalized words are a body's name ("chairman of Azerbaijan's Supreme Soviet"), not a person.
        // The same after a demonym: "Heydar Aliyev, the chairman of the Azerbaijani Supreme Council who ...".
        // "A, Russian Ambassador to Armenia B": the same after the post's destination.
        var next = end
        if document.word(next) == "to", let place = document.entity(at: next + 1), place.entity.country != nil { next = place.end }
        // A name on the next line is not the title's: the line break closes the apposition ("Xi Jinping,⏎President of China⏎His
        // Excellency Mr A," opens the next letter's address block).
        if next < tokens.count, tokens[next].newlinesBefore == 0, let person = person(at: next), person.known || !endsCountryModifier(next - 1) { return nil }
        // "In the messages to A and B, the Russian president reaffirmed ...": the office phrase after the comma is the subject
        // of the clause that follows a fronted phrase (a verb comes next), not an apposition to the name that ends it.
        // A name that opens its sentence is the subject, whose apposition may run into the verb when the office and the "of"
        // of its country close it ("A, President of X sent").
        // Unclosed after a name inside the sentence, it still is when the reference lists the person in that office of that
        // country ("The message of A, the First President of X states"), as after an office (`officeFirst`), unless the name is
        // the object of "to" or "with" in a fronted phrase, alone or coordinated after another name ("In talks with A, and B,
        // the Minister of X noted").
        if tokens[span.end].text == ",", end < tokens.count, tokens[end].kind == .word, tokens[end].isLowercase,
           !Self.appositionContinuations.contains(tokens[end].lower), !(ofPlace && opensSubject(span.start)), !attributesQuotation(span.start),
           !(ofPlace && country.map { held(name, office: office, of: $0) } == true && !isObjectOfToOrWith(span.start)) { return nil }
        // "Eduard Shevardnadze, then head of state, agreed": an office alone in the apposition places a listed person as the
        // office written before the name does ("President Eduard Shevardnadze"); the apposition must close there.
        if country == nil, tokens[span.end].text == ",", end < tokens.count, [",", ")"].contains(tokens[end].text) || anaphoric && tokens[end].text == "and",
           office != "Secretary General" {
            country = knownCountry(of: name, office: office)
        }
        guard let country else { return nil }
        return (name, office, country, span.start, end)
    }

    /// Whether the name at `index` is the object of "to" or "with", directly or coordinated after other names ("with A and B",
    /// "to A, and B"): a name of a fronted phrase, whatever the reference lists for it.
    func isObjectOfToOrWith(_ index: Int) -> Bool {
        var first = index
        for _ in 0..<6 {
            guard first > 0 else { return false }
            if ["to", "with"].contains(tokens[first - 1].lower) { return true }
            // Step back over ", and", "and" or "," to the name before.
            var joint = first - 1
            guard ["and", ","].contains(tokens[joint].lower) else { return false }
            if tokens[joint].lower == "and", joint > 0, tokens[joint - 1].text == "," { joint -= 1 }
            guard joint > 0 else { return false }
            if let prior = document.spanAt[joint - 1], document.spans[prior].end == joint, document.spans[prior].entity.person != nil {
                first = document.spans[prior].start
            } else if let start = (max(0, joint - 4)..<joint).first(where: { document.spanAt[$0] == nil && newName(at: $0)?.end == joint }) {
                first = start
            } else {
                return false
            }
        }
        return false
    }

    /// The token after a predicate that gives its subject an office ("was appointed", "has been elected as", "became"), which
    /// starts at `index`. A participle needs its auxiliary: in "Putin appointed Lavrov Foreign Minister" the subject appoints.
    /// The auxiliary may be a gerund's after a preposition, whose subject is the name before it ("congratulated A for being
    /// elected Chinese president", "on being appointed Prime Minister of X", "after having been sworn in as President of X");
    /// not a gerund after another word ("hopes of being elected", "risk being named").
    func appointmentPredicate(after index: Int) -> Int? {
        var cursor = index
        var auxiliaries = 0
        if cursor + 1 < tokens.count, ["for", "on", "upon", "after"].contains(tokens[cursor].lower), ["being", "having"].contains(tokens[cursor + 1].lower) { cursor += 1 }
        while auxiliaries < 3, cursor < tokens.count, ["was", "is", "has", "had", "have", "been", "will", "be", "were", "are", "being", "having"].contains(tokens[cursor].lower),
              tokens[cursor].lower != "having" || cursor + 1 < tokens.count && tokens[cursor + 1].lower == "been" {
            cursor += 1
            auxiliaries += 1
        }
        if cursor + 1 < tokens.count, tokens[cursor].lower == "re", tokens[cursor + 1].text == "-" { cursor += 2 }
        guard cursor < tokens.count, ["appointed", "named", "elected", "reelected", "reappointed", "inaugurated", "sworn", "became", "becomes", "become"].contains(tokens[cursor].lower),
              auxiliaries > 0 || ["became", "becomes"].contains(tokens[cursor].lower) else { return nil }
        cursor += 1
        // "was sworn in as President of Turkmenistan" ("sworn in for his fifth term as" is read from its "as").
        if tokens[cursor - 1].lower == "sworn" {
            guard cursor + 1 < tokens.count, tokens[cursor].lower == "in", tokens[cursor + 1].lower == "as" else { return nil }
            cursor += 1
        }
        if cursor < tokens.count, tokens[cursor].lower == "as" { cursor += 1 }
        if cursor < tokens.count, tokens[cursor].lower == "the" { cursor += 1 }
        return cursor
    }

    /// The end of a stance adjective at `index` ("pro-Russian", "anti-Western", "pro-EU"): "pro" or "anti", a hyphen, then a
    /// country's or organisation's adjective (or another capitalized word), which says whom the person favours, not whose office
    /// they hold.
    func stanceEnd(at index: Int) -> Int? {
        guard index >= 0, index + 2 < tokens.count, ["pro", "anti"].contains(tokens[index].lower), tokens[index + 1].text == "-",
              !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore else { return nil }
        if let span = document.entity(at: index + 2), span.start == index + 2 { return span.end }
        return tokens[index + 2].kind == .word && tokens[index + 2].isCapitalized ? index + 3 : nil
    }

    /// Nouns that refer back to a state named before ("the country's former president").
    static let anaphoricCountries: Set<String> = ["country", "nation", "republic", "state"]

    /// Words that negate the predicate before a name ("did not recognize A as President").
    static let negations: Set<String> = ["not", "n't", "never", "refused", "refuse", "refuses", "declined", "declines"]

    /// Words that may follow an apposition's office without a closing comma ("A, the President of X since 2003"):
    /// conjunctions, relatives and prepositions, not a verb.
    static let appositionContinuations: Set<String> = ["and", "or", "who", "whose", "which", "that", "since", "from", "until", "till", "in", "at", "on",
                                                       "for", "with", "by", "during", "respectively", "then", "to", "as", "between", "of", "after", "before"]

    /// "his Uzbek counterpart Shavkat Mirziyoyev": the office is the counterpart's own (from the
    /// reference terms), else the office of the other leader the sentence names.
    func counterpart(_ span: EntitySpan, found: [Found] = []) -> (name: String, office: String, country: String, start: Int, end: Int)? {
        guard let country = span.entity.country else { return nil }
        var cursor = span.end
        if cursor < tokens.count, tokens[cursor].text == "'s" { cursor += 1 }
        // "his Kazakh colleague X" is a counterpart too.
        guard cursor < tokens.count, tokens[cursor].isWord("counterpart") || tokens[cursor].isWord("colleague") else { return nil }
        cursor += 1
        if cursor < tokens.count, tokens[cursor].text == "," { cursor += 1 }
        // "Mikheil Saakashvili, his Georgian counterpart,": the name before, in apposition to the counterpart.
        guard let named = person(at: cursor).map({ ($0, span.start) }) ?? counterpartBefore(span, closing: cursor) else { return nil }
        let (person, nameStart) = named
        // The counterpart holds the office of the person whose counterpart they are: the nearest office
        // named before in the sentence ("Russian President Vladimir Putin and his Uzbek counterpart ...").
        let sentence = document.sentence(containing: span.start)
        let paragraph = document.paragraph(containing: span.start)
        // "Sergey Lavrov held talks with his Uzbek counterpart": "his" is the person the sentence names before, whose office
        // the text gave earlier (else the reference's on the date), not an office named elsewhere in the paragraph.
        let before = document.entities(in: sentence.lowerBound..<nameStart)
        // "Oskanian held consultations with his Russian counterpart X": the bare surname of a person the text placed before
        // with an office (one the reference does not know, so no entity of the gazetteer's), after any entity that could be "his".
        func placed(_ index: Int) -> ArticleFacts.Leader? {
            guard tokens[index].isCapitalized, document.spanAt[index] == nil else { return nil }
            return found.last { !$0.leader.country.isEmpty && $0.leader.name.split(separator: " ").last.map(String.init) == tokens[index].text }?.leader
        }
        if let surname = (sentence.lowerBound..<nameStart).last(where: { placed($0) != nil }),
           !before.contains(where: { ($0.entity.person != nil || $0.entity.office != nil) && $0.start > surname }), let holder = placed(surname) {
            return (person.name, holder.office, country, nameStart, person.end)
        }
        // A counterpart is of another country than the person whose counterpart they are: "Mr Lavrov was received by President
        // of Belarus A and held talks with his Belarusian counterpart, B" is Lavrov's counterpart, not A's. A person (or an
        // office phrase) the text or the reference places in the counterpart's own country is skipped.
        let others = before.filter { span in
            if found.contains(where: { $0.leader.country == country && $0.tokens.contains(span.start) }) { return false }
            if case let .person(name, _) = span.entity, !found.contains(where: { $0.leader.name == name && !$0.leader.country.isEmpty }),
               reference.office(of: name, on: document.publishedOn)?.country == country { return false }
            return true
        }
        if let last = others.last(where: { $0.entity.person != nil || $0.entity.office != nil }), case let .person(name, _) = last.entity,
           let office = found.last(where: { $0.leader.name == name && !$0.leader.country.isEmpty })?.leader.office
               ?? sharedOffice(of: name, counterpart: person, country: country) {
            return (person.name, office, country, nameStart, person.end)
        }
        var office = others.compactMap { $0.entity.office }.last
            ?? document.entities(in: paragraph.lowerBound..<span.start).compactMap { $0.entity.office }.last
            ?? document.entities(in: 0..<span.start).compactMap { $0.entity.office }.last
        if office == nil, person.known {
            office = reference.terms(of: person.name, on: document.publishedOn).first { $0.country == country }.map { reference.officeForRole[$0.role] ?? $0.office }
        }
        guard let office else { return nil }
        return (person.name, office, country, nameStart, max(person.end, span.end))
    }

    /// The office of `anchor`, a person the reference knows, whose counterpart of `country` is `counterpart`: the office of a term
    /// (on the article's date, else any) in a role the reference also gives the counterpart in that country, so that "Boris
    /// Yeltsin and his Belarusian counterpart Alexander Lukashenko" are both presidents in an undated text, though Yeltsin also
    /// headed Russia's government for a while; else the anchor's office on the date.
    func sharedOffice(of anchor: String, counterpart: (name: String, end: Int, known: Bool), country: String) -> String? {
        if counterpart.known {
            let roles = Set(reference.terms(of: counterpart.name, on: document.publishedOn).filter { $0.country == country }.map(\.role))
            if let shared = reference.terms(of: anchor, on: document.publishedOn).first(where: { roles.contains($0.role) }) {
                return reference.officeForRole[shared.role] ?? shared.office
            }
        }
        return reference.office(of: anchor, on: document.publishedOn)?.office
    }

    /// "A, his Georgian counterpart,": the person whose name ends at the comma before "his" (the country at `span`), when the
    /// apposition closes at `index` (after "counterpart").
    func counterpartBefore(_ span: EntitySpan, closing index: Int) -> ((name: String, end: Int, known: Bool), Int)? {
        guard span.start >= 3, ["his", "her"].contains(tokens[span.start - 1].lower), tokens[span.start - 2].text == ",",
              index > 0, tokens[index - 1].text == "," || index < tokens.count && [".", ";", ")"].contains(tokens[index].text) else { return nil }
        let comma = span.start - 2
        for first in stride(from: comma - 1, through: max(0, comma - 4), by: -1) {
            guard let found = person(at: first), found.end == comma else { continue }
            // The name starts its phrase: not the tail of a longer capitalized run.
            if first > 0, tokens[first - 1].newlinesBefore == 0, continuesName(before: first) { continue }
            return (found, first)
        }
        return nil
    }

    /// "the Presidents of Kazakhstan and Russia, Kassym-Jomart Tokayev and Vladimir Putin, respectively", and the
    /// same without "respectively" when the names stand in apposition: "the foreign ministers of Russia and
    /// Uzbekistan, Sergey Lavrov and Sodiq Safoyev, signed".
    func respectively(after span: EntitySpan) -> [(name: String, country: String, start: Int, end: Int)]? {
        let sentence = document.sentence(containing: span.start)
        guard span.end < tokens.count, tokens[span.end].text == "of" else { return nil }
        if let word = (span.end..<sentence.upperBound).first(where: { tokens[$0].lower == "respectively" }) {
            return paired(after: span, until: word, end: word + 1)
        }
        // Apposition: countries, a comma, as many names joined by commas and "and", then a comma or the clause's end.
        var cursor = span.end + 1
        var countries = 0
        while cursor < sentence.upperBound, let place = document.entity(at: cursor), place.entity.country != nil {
            countries += 1
            cursor = place.end
            if cursor < sentence.upperBound, tokens[cursor].text == "and" || tokens[cursor].text == "," && document.entity(at: cursor + 1)?.entity.country != nil { cursor += 1 }
            if cursor < sentence.upperBound, tokens[cursor].text == "and" { cursor += 1 }
        }
        // "A, B and C, the presidents of X, Y and Z.": the names stand before the office, in apposition, as many as the countries.
        if countries >= 2, cursor >= sentence.upperBound || [".", ";"].contains(tokens[cursor].text) || tokens[cursor].text == "," && person(at: cursor + 1) == nil,
           namesBefore(span, count: countries).names.count == countries {
            return paired(after: span, until: cursor, end: cursor)
        }
        // "the heads of state of X, Y and Z - A, B and C", "...: A, B and C": a dash or a colon before the names, too.
        // "Presidents of Belarus and Russia Alexander Lukashenko and Boris Yeltsin today signed": or the names right after the
        // countries, as in "President of Russia Boris Yeltsin"; the same count and the list's end still decide.
        guard countries >= 2, cursor < sentence.upperBound, [",", "-", ":"].contains(tokens[cursor].text) || person(at: cursor) != nil else { return nil }
        if [",", "-", ":"].contains(tokens[cursor].text) { cursor += 1 }
        if cursor < sentence.upperBound, tokens[cursor].text == "-" { cursor += 1 }
        var names = 0
        while cursor < sentence.upperBound, let found = person(at: cursor) {
            names += 1
            cursor = found.end
            guard cursor < sentence.upperBound, [",", "and"].contains(tokens[cursor].text), person(at: cursor + 1) != nil
                    || tokens[cursor].text == "," && cursor + 2 < sentence.upperBound && tokens[cursor + 1].text == "and" && person(at: cursor + 2) != nil else { break }
            cursor += tokens[cursor + 1].text == "and" ? 2 : 1
        }
        guard names == countries, cursor >= sentence.upperBound || [",", ".", ";", "("].contains(tokens[cursor].text) || tokens[cursor].isLowercase else { return nil }
        return paired(after: span, until: cursor, end: cursor)
    }

    /// "Prime Ministers Viktor Chernomyrdin and Robert Kocharyan of Russia and Armenia, respectively": the names right after
    /// the plural office, then "of" and as many countries, paired in order.
    func namesThenCountries(after span: EntitySpan) -> [(name: String, country: String, start: Int, end: Int)]? {
        let sentence = document.sentence(containing: span.start)
        var cursor = span.end
        var persons: [String] = []
        while cursor < sentence.upperBound, let found = person(at: cursor) {
            persons.append(found.name)
            cursor = found.end
            guard cursor + 1 < sentence.upperBound, [",", "and"].contains(tokens[cursor].text) else { break }
            cursor += tokens[cursor + 1].text == "and" ? 2 : 1
        }
        guard persons.count >= 2, cursor < sentence.upperBound, tokens[cursor].text == "of" else { return nil }
        cursor += 1
        var countries: [String] = []
        while cursor < sentence.upperBound, let place = countryName(at: cursor), let code = place.entity.country {
            countries.append(code)
            cursor = place.end
            guard cursor + 1 < sentence.upperBound, [",", "and"].contains(tokens[cursor].text), countryName(at: cursor + 1) != nil
                    || tokens[cursor + 1].text == "and" && countryName(at: cursor + 2) != nil else { break }
            cursor += tokens[cursor + 1].text == "and" ? 2 : 1
        }
        if cursor < sentence.upperBound, tokens[cursor].text == "," { cursor += 1 }
        guard countries.count == persons.count, cursor < sentence.upperBound, tokens[cursor].lower == "respectively" else { return nil }
        return zip(persons, countries).map { (name: $0, country: $1, start: span.start, end: cursor + 1) }
    }

    /// "the Azerbaijani and Russian foreign ministers, Jeyhun Bayramov and Sergey Lavrov, respectively": countries named by
    /// their adjectives before the plural office, as many names after it, paired in order by "respectively".
    func demonymsRespectively(before span: EntitySpan) -> [(name: String, country: String, start: Int, end: Int)] {
        let sentence = document.sentence(containing: span.start)
        var countries: [(code: String, start: Int)] = []
        var cursor = span.start - 1
        while cursor >= sentence.lowerBound, let place = document.spanAt[cursor].map({ document.spans[$0] }), place.end == cursor + 1, let code = place.entity.country {
            countries.insert((code, place.start), at: 0)
            cursor = place.start - 1
            guard cursor > sentence.lowerBound, [",", "and"].contains(tokens[cursor].text) else { break }
            cursor -= 1
        }
        guard countries.count >= 2, span.end < sentence.upperBound, tokens[span.end].text == "," else { return [] }
        var names: [(String, Int)] = []
        cursor = span.end + 1
        while cursor < sentence.upperBound, let found = person(at: cursor) {
            names.append((found.name, found.end))
            cursor = found.end
            if cursor < sentence.upperBound, tokens[cursor].text == ",", cursor + 1 < sentence.upperBound, tokens[cursor + 1].text == "and" { cursor += 2 }
            else if cursor < sentence.upperBound, [",", "and"].contains(tokens[cursor].text), names.count < countries.count { cursor += 1 }
            else { break }
        }
        if cursor < sentence.upperBound, tokens[cursor].text == "," { cursor += 1 }
        guard names.count == countries.count, cursor < sentence.upperBound, tokens[cursor].lower == "respectively" else { return [] }
        return zip(countries, names).map { (name: $1.0, country: $0.code, start: countries[0].start, end: cursor + 1) }
    }

    /// Countries after "of" and the persons that follow them, paired in order up to token `word`.
    func paired(after span: EntitySpan, until word: Int, end: Int) -> [(name: String, country: String, start: Int, end: Int)]? {
        var countries: [String] = []
        var cursor = span.end + 1
        while cursor < word, let place = document.entity(at: cursor), let code = place.entity.country {
            countries.append(code)
            cursor = place.end
            if cursor < word, [",", "and"].contains(tokens[cursor].text) { cursor += 1 }
            if cursor < word, tokens[cursor].text == "and" { cursor += 1 }
        }
        var persons: [(String, Int)] = []
        while cursor < word {
            if let found = person(at: cursor) { persons.append((found.name, found.end)); cursor = found.end } else { cursor += 1 }
        }
        // "Jeyhun Bayramov and Sergey Lavrov, foreign ministers of Azerbaijan and Russia respectively": the names come first.
        var namesStart: Int?
        if persons.isEmpty { (persons, namesStart) = namesBefore(span, count: countries.count) }
        guard countries.count >= 2, countries.count == persons.count else { return nil }
        // "then presidents of ...": the phrase keeps "then", so that an office held then does not date the article. Names
        // before the office belong to the phrase too (so that a name the reference does not know becomes a person).
        let start = namesStart ?? (span.start > 0 && tokens[span.start - 1].lower == "then" ? span.start - 1 : span.start)
        return zip(countries, persons).map { (name: $1.0, country: $0, start: start, end: end) }
    }

    /// Names listed ("A, B and C") right before ", [the] OFFICES of ...", in order: as many as the countries the
    /// office names (a long list of nine presidents ends with a shorter list of two that must not be taken for it).
    func namesBefore(_ span: EntitySpan, count: Int) -> (names: [(String, Int)], start: Int?) {
        let sentence = document.sentence(containing: span.start)
        var comma = span.start - 1
        // "A and B, the presidents of ...", "A and B, then presidents of ... respectively".
        if comma >= sentence.lowerBound, ["the", "then"].contains(tokens[comma].lower) { comma -= 1 }
        if comma >= sentence.lowerBound, tokens[comma].lower == "then" { comma -= 1 }
        guard comma > sentence.lowerBound, tokens[comma].text == "," else { return ([], nil) }
        for start in stride(from: comma - 1, through: max(sentence.lowerBound, comma - 64), by: -1) {
            var cursor = start
            var names: [(String, Int)] = []
            while cursor < comma, let found = person(at: cursor) {
                names.append((found.name, found.end))
                cursor = found.end
                if cursor < comma, tokens[cursor].text == "," { cursor += 1 }
                if cursor < comma, tokens[cursor].text == "and" { cursor += 1 }
            }
            // The list starts there: not after a comma that follows another name (then the list is longer than the countries).
            let longer = start >= 2 && [",", "and"].contains(tokens[start - 1].text) && document.spanAt[start - 2].map { document.spans[$0].entity.person != nil } == true
            if cursor == comma, names.count == count, !longer, start == sentence.lowerBound || [",", ";", ":", "\"", "(", "-"].contains(tokens[start - 1].text) || tokens[start - 1].isLowercase {
                return (names, start)
            }
        }
        return ([], nil)
    }

    /// What may part a country from its holder in a list after a plural office ("Russia's A", "Russia, A", "Russia - A", "Russia: A").
    static let pairMarks: Set<String> = ["'s", ",", "-", "–", "—", ":"]

    /// How many pairs of a country set off from its holder by a comma or a dash ("Russia, A; China, B; and Armenia, C") follow
    /// from `start` in a row, joined by semicolons, commas or "and".
    func setOffPairs(from start: Int) -> Int {
        let sentence = document.sentence(containing: start)
        var cursor = start, count = 0
        while cursor < sentence.upperBound, let place = countryName(at: cursor), place.entity.country != nil,
              place.end + 1 < sentence.upperBound, [",", "-", "–", "—"].contains(tokens[place.end].text), let person = person(at: place.end + 1) {
            count += 1
            cursor = person.end
            guard cursor < sentence.upperBound, [",", ";", "and"].contains(tokens[cursor].text) else { break }
            cursor += 1
            if cursor < sentence.upperBound, tokens[cursor].text == "and" { cursor += 1 }
        }
        return count
    }

    /// "the presidents: Russia Vladimir Putin, Belarus Alexander Lukashenko" and
    /// "Presidents Vladimir Putin and Alexander Lukashenko".
    /// "Alexander Lukashenko of Belarus, Nursultan Nazarbayev of Kazakhstan and Emomali Rahmon of Tajikistan, the presidents of
    /// the member states": names each placed by "of" and a country, then the plural office in apposition to them all.
    func listBefore(_ span: EntitySpan) -> [(name: String, country: String, start: Int, end: Int)] {
        var comma = span.start - 1
        if comma >= 0, tokens[comma].lower == "the" { comma -= 1 }
        guard comma > 0, tokens[comma].text == "," else { return [] }
        var chain: [(name: String, country: String, start: Int, end: Int)] = []
        var cursor = document.sentence(containing: span.start).lowerBound
        while cursor < comma {
            guard let person = person(at: cursor), person.end + 1 < comma, tokens[person.end].text == "of",
                  let place = countryName(at: person.end + 1), let code = place.entity.country else {
                chain = []
                cursor += 1
                continue
            }
            chain.append((person.name, code, cursor, place.end))
            cursor = place.end
            if cursor == comma { return chain.count >= 2 ? chain : [] }
            guard [",", "and"].contains(tokens[cursor].text) else { chain = []; continue }
            cursor += 1
            if tokens[cursor].text == "and" { cursor += 1 }
        }
        return []
    }

    /// Nouns of a group of states a plural office may be "of" ("the presidents of the member states").
    static let stateGroupNouns: Set<String> = ["countries", "states", "nations", "republics", "members", "member-states"]

    func list(after span: EntitySpan, office: String) -> [(name: String, country: String, start: Int, end: Int)] {
        if let paired = respectively(after: span) ?? namesThenCountries(after: span) { return paired }
        var result: [(String, String, Int, Int)] = []
        var cursor = span.end
        // "the presidents of the six countries: ..."
        if document.word(cursor) == "of", document.word(cursor + 1) == "the", ["countries", "states", "nations"].contains(document.word(cursor + 3)) { cursor += 4 }
        // "the heads of state of the Community: ...", "the leaders of the CIS member states: ...": a group named by words
        // that are not countries, then a colon that opens the list.
        // "the presidents of the Customs Union's member-states -- Russia's A, Kazakhstan's B --": the list set off by a spaced dash
        // or a parenthesis instead, the group's name holding a possessive or a hyphen of its own.
        else if document.word(cursor) == "of", let colon = (cursor + 1..<min(tokens.count, cursor + 10)).first(where: { index in
                    tokens[index].text == ":" || tokens[index].text == "(" || ["-", "–", "—"].contains(tokens[index].text) && tokens[index].spaceBefore }),
                (cursor + 1..<colon).allSatisfy({ index in document.entity(at: index)?.entity.country == nil
                    && (tokens[index].kind == .word || tokens[index].text == "'s" || tokens[index].text == "-" && !tokens[index].spaceBefore) }) { cursor = colon }
        // "the presidents of Armenia Robert Kocharyan, Belarus Alexander Lukashenko and ...": "of" opens the list of countries
        // each followed by its holder, as in "President of Armenia Robert Kocharyan".
        else if document.word(cursor) == "of", let place = document.entity(at: cursor + 1), place.entity.country != nil, person(at: place.end) != nil { cursor += 1 }
        // "the Presidents of Russia, A; China, B; and Armenia, C", "the heads of state of Russia - A, China - B": each country set off
        // from its holder by a comma or a dash, the pairs by semicolons or commas (two pairs at least, so that "the presidents of
        // Russia, Putin said" ties no one).
        else if document.word(cursor) == "of", setOffPairs(from: cursor + 1) >= 2 { cursor += 1 }
        // "The presidents of the countries participating in that union, Kazakhstan's A, Kyrgyzstan's B, and Uzbekistan's C": a
        // group of states described in small words ("of the countries ...", "of the member states"), then after a comma its holders,
        // the first placed by its country's possessive.
        else if document.word(cursor) == "of", document.word(cursor + 1) == "the",
                let comma = (cursor + 1..<min(tokens.count, cursor + 12)).first(where: { tokens[$0].text == "," }),
                (cursor + 2..<min(comma, cursor + 5)).contains(where: { Self.stateGroupNouns.contains(document.word($0)) }),
                (cursor + 1..<comma).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isLowercase && document.entity(at: $0) == nil }),
                let place = document.entity(at: comma + 1), place.entity.country != nil, document.word(place.end) == "'s", person(at: place.end + 1) != nil { cursor = comma }
        if cursor < tokens.count, tokens[cursor].text == ":" || tokens[cursor].text == "," {
            cursor += 1
            // "the three Baltic premiers, including Latvia's A and Lithuania's B", "the foreign ministers, among them Armenia's
            // A", "the presidents, namely A of X and B of Y": some of the holders, each still placed by its own country.
            if document.word(cursor) == "including" || ["namely", "notably"].contains(document.word(cursor)) { cursor += 1 }
            else if document.word(cursor) == "among", document.word(cursor + 1) == "them" { cursor += 2 }
        }
        // "The presidents of the five countries -- A of X, B of Y --": a list set off by dashes or a parenthesis.
        else if cursor < tokens.count, ["-", "–", "—", "("].contains(tokens[cursor].text) {
            cursor += 1
            if cursor < tokens.count, tokens[cursor].text == "-" { cursor += 1 }
        }
        let sentence = document.sentence(containing: span.start)
        let generic = (span.start..<span.end).contains { ["head", "heads"].contains(tokens[$0].lower) }
        while cursor < sentence.upperBound {
            var country: String?
            let start = cursor
            if let place = document.entity(at: cursor), case let .country(code, _) = place.entity {
                country = code
                cursor = place.end
                if cursor < tokens.count, Self.pairMarks.contains(tokens[cursor].text) { cursor += 1 }
            }
            guard let person = person(at: cursor) else { break }
            cursor = person.end
            var end = person.end
            // "Jiang Zemin (China)", "Viktor Chernomyrdin of Russia".
            if cursor + 1 < sentence.upperBound, tokens[cursor].text == "(", let place = document.entity(at: cursor + 1), let code = place.entity.country {
                country = code
                cursor = place.end < tokens.count && tokens[place.end].text == ")" ? place.end + 1 : place.end
                end = cursor
            } else if cursor + 1 < sentence.upperBound, tokens[cursor].text == "of", let place = countryName(at: afterArticle(cursor + 1)) {
                country = place.entity.country
                cursor = place.end
                end = cursor
            }
            // "The heads of state, A and B, meet": a description of their rank, like "the Russian leader", ties no one to a
            // country the text does not give; "Presidents A and B" is a title, placed by the reference.
            if country == nil, person.known, !generic { country = knownCountry(of: person.name, office: office) }
            if let country { result.append((person.name, country, start, end)) }
            guard cursor < sentence.upperBound, [",", "and", ";"].contains(tokens[cursor].text) else { break }
            cursor += 1
            if cursor < sentence.upperBound, tokens[cursor].text == "and" { cursor += 1 }
        }
        return result.map { (name: $0.0, country: $0.1, start: $0.2, end: $0.3) }
    }
}

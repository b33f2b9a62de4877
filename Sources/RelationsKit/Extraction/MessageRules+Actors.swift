/// Messages, part of `MessageRules`: who can send or receive a message (persons, office-holders named by their office,
/// countries, the publisher's head of state, a counterpart named by nationality) and where their names and offices run.
extension MessageRules {
    /// The first token of the descriptor before a person ("Kyrgyz President" in "Kyrgyz President Sadyr Japarov").
    func descriptorStart(_ start: Int, floor: Int) -> Int {
        var cursor = start
        // The phrase the leader rules tied the person to an office in ("Chairman of the Halk Maslahaty of Turkmenistan X").
        if let phrase = document.personPhrases.first(where: { $0.range.lowerBound < start && $0.range.contains(start) && $0.range.lowerBound >= floor }) {
            cursor = phrase.range.lowerBound
        }
        while cursor > floor {
            let previous = cursor - 1
            if let span = document.spanAt[previous].map({ document.spans[$0] }), span.entity.country != nil || span.entity.office != nil {
                cursor = span.start
            } else if let span = document.spanAt[previous].map({ document.spans[$0] }), case .organisation = span.entity, document.entity(at: cursor)?.entity.office != nil {
                // "UN Secretary-General A": the organisation whose officer the person is.
                cursor = span.start
            } else if ["the", "'s", "of", "leader", "counterpart"].contains(document.word(previous)) {
                cursor = previous
            } else if Self.titlePrefixes.contains(document.word(previous)), document.entity(at: cursor)?.entity.office != nil {
                // "Deputy Chairman of the Security Council A", "First Deputy Prime Minister B": words of a title before its office.
                cursor = previous
            } else if let office = bodyNameOffice(before: cursor, floor: floor) {
                // "Chairman of the Halk Maslahaty of Turkmenistan": a body's name the gazetteer does not know, after an office.
                cursor = office
            } else {
                break
            }
        }
        return cursor
    }

    /// Words that open a title before the office it names ("Deputy Chairman", "First Deputy Prime Minister", "Acting President").
    static let titlePrefixes: Set<String> = ["deputy", "first", "acting", "interim", "vice"]

    /// The office entity that a run of capitalized words, "of" and "the" before `index` belongs to, if any.
    func bodyNameOffice(before index: Int, floor: Int) -> Int? {
        var cursor = index - 1
        guard cursor >= floor, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil else { return nil }
        while cursor >= floor, cursor >= index - 6 {
            if let span = document.spanAt[cursor].map({ document.spans[$0] }), span.entity.office != nil { return span.start }
            guard tokens[cursor].isCapitalized && document.spanAt[cursor] == nil || ["of", "the"].contains(tokens[cursor].text) else { return nil }
            cursor -= 1
        }
        return nil
    }

    func isCountryCode(_ value: String) -> Bool { value.count == 3 && value == value.uppercased() && reference.data.country(value) != nil }

    func countryOf(person: String) -> String? {
        document.personCountries[person] ?? reference.office(of: person, on: document.publishedOn)?.country
    }

    /// Whether a country's name is part of an organisation's name: a pair of states joined by a hyphen right before the
    /// organisation ("the Belarus-Russia Union State", "the Russia-Belarus Union State").
    func namesOrganisation(_ span: EntitySpan) -> Bool { organisationNamed(by: span) != nil }

    /// The organisation whose name a country's name is part of (`namesOrganisation`).
    func organisationNamed(by span: EntitySpan) -> EntitySpan? {
        if document.word(span.start - 1) == "-", !tokens[span.start - 1].spaceBefore, let before = document.entity(at: span.start - 2), before.entity.country != nil {
            return organisationNamed(by: before)
        }
        var cursor = span.end
        while document.word(cursor) == "-", !tokens[cursor].spaceBefore, let next = document.entity(at: cursor + 1), next.entity.country != nil { cursor = next.end }
        guard cursor > span.end, let body = document.entity(at: cursor), case .organisation = body.entity else { return nil }
        return body
    }

    /// A country recipient ("the people of Azerbaijan") is the context's recipient when that person is of that country.
    func resolveToContext(_ actor: Actor, context: Context) -> Actor {
        guard !actor.isPerson, let person = context.recipient, countryOf(person: person) == actor.name else { return actor }
        return Actor(name: person, start: actor.start, end: actor.end, isPerson: true)
    }

    /// The country of the dateline's place ("ASTANA. December 30. KAZINFORM"): the outlet's own country, whose
    /// "Head of State" an unqualified title means when the article names several presidents.
    func datelineCountry() -> String? {
        for span in document.entities(in: 0..<min(tokens.count, 3)) { if let code = span.entity.country { return code } }
        // No dateline: a first line that names one country only ("Ministry of Foreign Affairs of the Republic of Kazakhstan").
        if let first = document.paragraphs.first {
            let named = Set(document.entities(in: first).compactMap(\.entity.country))
            if named.count == 1 { return named.first }
        }
        return nil
    }

    /// The person the article is about: the first office-holder it names of the publisher's (dateline's) country
    /// ("Main events in the work of Foreign Minister of the Russian Federation Sergey Lavrov").
    func principal() -> (name: String, office: String)? {
        guard let country = datelineCountry(), let first = document.leaders.first(where: { $0.country == country }) else { return nil }
        return (first.name, first.office)
    }

    /// The head of state of the publisher's country: the dateline's, else that of the first office-holder the article names
    /// (a national agency's copy opens with its own leader: "President of the Republic of Uzbekistan A sent ...").
    func publisherHead() -> String? {
        guard let country = datelineCountry() ?? document.leaders.min(by: { $0.start < $1.start })?.country else { return nil }
        return articleHolder(office: "President", country: country) ?? reference.holder(office: "President", country: country, on: document.publishedOn)
            // With no date to look the holder up on, the person the article reports receiving messages, when of that country, else
            // the one person it names whom the reference lists as that country's president in any term.
            ?? receiver.flatMap { countryOf(person: $0) == country ? $0 : nil } ?? namedPresident(of: country)
    }

    /// The one person the article names whom the reference lists as president of `country` (in any term).
    func namedPresident(of country: String) -> String? {
        let named = Set(document.spans.compactMap(\.entity.person).filter { name in
            reference.terms(of: name, on: nil).contains { $0.country == country && reference.officeForRole[$0.role] == "President" }
        })
        return named.count == 1 ? named.first : nil
    }

    /// The person the article reports receiving messages ("Tokayev receives congratulations from the heads of foreign states"),
    /// when they hold `office` (in the article, else in the reference on the date): whom "the Head of State" means among several
    /// presidents in such an article.
    func receiverHolding(_ office: String) -> String? {
        guard let receiver, holds(receiver, office: office) else { return nil }
        return receiver
    }

    /// Whether `person` holds `office`: in the article's own words, else in the reference on the article's date (any of their
    /// terms when the date is unknown: "Kassym-Jomart Tokayev" was Prime Minister before he was President).
    func holds(_ person: String, office: String) -> Bool {
        let date = document.publishedOn
        let terms = reference.terms(of: person, on: date).filter { term in date.map { ReferenceIndex.covers($0, from: term.from, to: term.to) } ?? true }
        return document.leaders.contains { $0.name == person && $0.office == office } || terms.contains { reference.officeForRole[$0.role] == office }
    }

    /// The sender a sentence names only by an office with no country of its own as its subject ("The president made the remarks
    /// in a congratulatory message to his Uzbek counterpart B", "The Minister also sent a letter to C", "The Iranian president
    /// wrote to D"): the last person the article named before the sentence with that office (of that country, when an adjective
    /// gives one), who is not among the sentence's recipients. Nil when the subject is anything else.
    func officeSubject(of sentence: Range<Int>, before trigger: Int, recipients: [String]) -> String? {
        var cursor = sentence.lowerBound
        guard document.word(cursor) == "the" else { return nil }
        cursor += 1
        var country: String?
        if let place = document.entity(at: cursor), let code = place.entity.country, place.end < trigger { country = code; cursor = place.end }
        // "the President" as the gazetteer reads it, or "the president", "the premier" (`headNoun`).
        let named: (office: String, end: Int)? = document.entity(at: cursor).flatMap { span in span.entity.office.map { ($0, span.end) } }
            ?? headNoun(at: cursor).flatMap { !$0.plural && !$0.office.isEmpty ? ($0.office, $0.end) : nil }
        guard let (office, end) = named, end < trigger, document.word(end) != "of", document.entity(at: end)?.entity.person == nil,
              document.entity(at: end)?.entity.country == nil else { return nil }
        let opening = document.bodySpan(sentence.lowerBound, sentence.lowerBound + 1).start
        return document.leaders.filter { $0.start < opening && $0.office == office && (country == nil || $0.country == country) && !recipients.contains($0.name) }
            .max { $0.start < $1.start }?.name
    }

    /// With no date to look a holder up on, the one person the title names (in full, by another listed spelling, or by the
    /// family name) whom the reference lists in `office` of `country` in any term: an undated page may name its sender only in
    /// the title ("Rahmon expresses condolences to Pakistan") and only by office in the body ("The President of Tajikistan sent a
    /// telegram", "Tajikistan's President", "the Tajik President"). Nil when the title names none of them, or more than one.
    func titleHolder(office: String, country: String) -> String? {
        guard let title = document.title, let role = reference.roleForOffice[office] else { return nil }
        let words = Tokenizer.tokenize(MatchText(title).scalars).filter { $0.kind == .word }.map(\.lower)
        let named = Set(reference.data.terms.filter { term in
            term.country == country && term.role == role && ([term.person] + term.aliases).contains { spelling in
                let name = Tokenizer.tokenize(MatchText(spelling).scalars).filter { $0.kind == .word }.map(\.lower)
                return words.indices.contains { words.hasPhrase(name, at: $0) } || name.count >= 2 && words.contains(name.last!)
            }
        }.map(\.person))
        return named.count == 1 ? named.first : nil
    }

    /// The one person the article names with this office (and country, when given): "the Prime Minister".
    func articleHolder(office: String?, country: String?) -> String? {
        let holders = Set(document.leaders.filter { (office == nil || $0.office == office) && (country == nil || $0.country == country) }.map(\.name))
        return holders.count == 1 ? holders.first : nil
    }

    /// The token after any initials at `index` ("V.V." of "V.V. Putin", "Sh.M." of "Sh.M. Mirziyoyev").
    func afterInitials(_ index: Int) -> Int {
        var cursor = index
        while cursor + 1 < tokens.count, LeaderRules.isInitial(tokens[cursor]), tokens[cursor + 1].text == "." { cursor += 2 }
        return cursor
    }

    /// Persons, office-holders ("the President of Kazakhstan", "the Kazakh Head of State") and countries in a range.
    func actors(in range: Range<Int>) -> [Actor] {
        var result: [Actor] = []
        var index = range.lowerBound
        let date = document.publishedOn
        while index < range.upperBound {
            // A whole phrase naming a person with an office is that person.
            if let phrase = document.personPhrases.first(where: { $0.range.lowerBound == index && $0.range.upperBound <= range.upperBound }) {
                result.append(Actor(name: phrase.name, start: index, end: phrase.range.upperBound, isPerson: true))
                index = phrase.range.upperBound
                continue
            }
            // "The Minister sent a message to ..." in a chronicle of a minister's work: the article's principal, when a minister.
            if document.entity(at: index) == nil, tokens[index].text == "Minister", document.word(index - 1) == "the", document.word(index + 1) != "of",
               document.entity(at: index + 1) == nil, let principal = principal(), principal.office.hasSuffix("Minister") {
                result.append(Actor(name: principal.name, start: index - 1, end: index + 1, isPerson: true))
                index += 1
                continue
            }
            // "to Sheikh Nawaf Al-Ahmed Al-Jaber Al-Sabah", "Emir Tamim bin Hamad Al Thani": a ruler's style before a name of three
            // parts or more the reference does not know is the person named without the style, as a royal's is (`styledRoyal`).
            if document.spanAt[index] == nil, Self.rulerStyles.contains(tokens[index].text), index + 1 < range.upperBound, document.spanAt[index + 1] == nil,
               let person = fullNewName(at: index + 1), !person.known, person.end <= range.upperBound, person.end - index - 1 >= 3,
               person.name.split(whereSeparator: { $0 == " " || $0 == "-" }).count >= 3 {
                result.append(Actor(name: person.name, start: index, end: person.end, isPerson: true))
                index = person.end
                continue
            }
            // "to Pope Francis", "Patriarch Kirill sent": a person known by a style and one name, written with the style.
            if document.spanAt[index] == nil, Self.styles.contains(tokens[index].text), index + 1 < range.upperBound, document.spanAt[index + 1] == nil,
               tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized, !tokens[index + 1].isAllCaps, tokens[index + 1].text.count > 2 {
                var end = index + 2
                // A regnal number: "Pope Benedict XVI".
                if end < range.upperBound, Self.isRegnalNumber(tokens[end]) { end += 1 }
                result.append(Actor(name: (index..<end).map { tokens[$0].text }.joined(separator: " "), start: index, end: end, isPerson: true))
                index = end
                continue
            }
            // "Patriarch of Moscow and All Russia Kirill", "Catholicos of All Armenians Karekin II": a style, its see, then one name.
            if document.spanAt[index] == nil, Self.styles.contains(tokens[index].text), document.word(index + 1) == "of",
               let person = nameAfterSee(from: index + 2, in: range) {
                result.append(Actor(name: person.name, start: index, end: person.end, isPerson: true))
                index = person.end
                continue
            }
            // "Queen Elizabeth II of Great Britain", "Grand Duke Henri of Luxembourg", "Crown Prince Mohammed bin Salman": a monarch
            // or a royal known by a style the conventions do not list, then a full name or one name (with its regnal number); the
            // country after "of" belongs to the person and sends nothing of its own.
            if let royal = styledRoyal(at: index, in: range) {
                result.append(royal)
                index = royal.end
                continue
            }
            // "CSTO secretary general A", "Union State Secretary B", "FAO Director General C": an international body's officer under a
            // title the conventions do not list, named in full; the body before the title only describes them.
            if let officer = bodyOfficer(at: index, in: range, after: result.last?.end ?? range.lowerBound) {
                result.append(officer)
                index = officer.end
                continue
            }
            // "to Georgia Governor Brian Kemp", "Mayor Sadiq Khan": a full name the reference does not know after a title that is no
            // office of the conventions.
            if document.spanAt[index] == nil, Self.otherTitles.contains(tokens[index].text), index + 1 < range.upperBound, document.spanAt[index + 1] == nil,
               let person = LeaderRules(document: document, reference: reference).newName(at: index + 1), !person.known, person.end <= range.upperBound {
                result.append(Actor(name: person.name, start: index, end: person.end, isPerson: true))
                index = person.end
                continue
            }
            // "from Olympic champion A and famous artist B", "Russian cosmonaut C congratulated": a full name the reference does not
            // know after a profession in small letters (`professionTitles`), and the words that praise it before it
            // (`professionModifiers`): public figures send and receive messages too.
            if document.spanAt[index] == nil, Self.professionTitles.contains(document.word(index)), !tokens[index].isCapitalized, index + 1 < range.upperBound,
               document.spanAt[index + 1] == nil, let person = LeaderRules(document: document, reference: reference).newName(at: index + 1), !person.known,
               person.name.contains(" "), person.end <= range.upperBound {
                var start = index
                while start > range.lowerBound, document.spanAt[start - 1] == nil, Self.professionModifiers.contains(document.word(start - 1)) { start -= 1 }
                result.append(Actor(name: person.name, start: start, end: person.end, isPerson: true))
                index = person.end
                continue
            }
            // "to Chairwoman of the Federation Council of Russia A": a chair's title the conventions do not list as an office,
            // a body's name, then a full name the reference does not know.
            if document.spanAt[index] == nil, Self.chairTitles.contains(tokens[index].text), let person = nameAfterBody(afterTitle: index + 1),
               person.end <= range.upperBound {
                result.append(Actor(name: person.name, start: index, end: person.end, isPerson: true))
                index = person.end
                continue
            }
            // "to the head of Government of the Russian Federation Mr D.A.Medvedev", "the head of State of X": the office in a casing the
            // gazetteer does not read, of one country, is its holder (named in the article, else on the article's date), whatever
            // name follows in a form no rule reads.
            if document.spanAt[index] == nil, document.word(index) == "head", document.word(index + 1) == "of",
               let kind = ["government": "Prime Minister", "state": "President"][document.word(index + 2)], document.word(index + 3) == "of",
               let place = document.entity(at: document.word(index + 4) == "the" ? index + 5 : index + 4), let code = place.entity.country, place.end <= range.upperBound {
                // The name written after the office ("Mr D.A.Medvedev"), when the reference lists that person in that office: the holder
                // with no date to look one up on, and part of the phrase.
                let nameStart = Self.courtesyTitles.contains(document.word(place.end)) ? place.end + 1 : place.end
                let written = LeaderRules(document: document, reference: reference).newName(at: nameStart).flatMap { person in
                    person.known && person.end <= range.upperBound && holds(person.name, office: kind) ? person : nil
                }
                guard let holder = written?.name ?? articleHolder(office: kind, country: code) ?? reference.holder(office: kind, country: code, on: date) else { index += 1; continue }
                let end = written?.end ?? place.end
                result.append(Actor(name: holder, start: index, end: end, isPerson: true))
                index = end
                continue
            }
            // "to the Head of Turkmenistan", "the head of Kazakhstan and ...": a country's head is its head of state, the president the
            // article names, else the one the reference lists on the article's date (not "the head of the Kazakh delegation").
            if document.spanAt[index] == nil, document.word(index) == "head", document.word(index + 1) == "of",
               let place = document.entity(at: document.word(index + 2) == "the" ? index + 3 : index + 2), let code = place.entity.country,
               place.end <= range.upperBound, place.end >= tokens.count || tokens[place.end].kind != .word || Self.afterStateHead.contains(document.word(place.end))
                   // "conveyed to the Head of X sincere congratulations": the message's own words after the name.
                   || (place.end..<min(tokens.count, place.end + 3)).contains(where: { Self.kindWords[document.word($0)] != nil || Self.mediumWords.contains(document.word($0)) }),
               let holder = articleHolder(office: "President", country: code) ?? reference.holder(office: "President", country: code, on: date) {
                result.append(Actor(name: holder, start: index, end: place.end, isPerson: true))
                index = place.end
                continue
            }
            // "the head of our state", "the leader of our country": the publisher's head of state.
            if document.spanAt[index] == nil, ["head", "leader"].contains(document.word(index)), document.word(index + 1) == "of", document.word(index + 2) == "our",
               ["state", "country", "republic"].contains(document.word(index + 3)), let holder = publisherHead() {
                result.append(Actor(name: holder, start: index, end: index + 4, isPerson: true))
                index += 4
                continue
            }
            // "A, Foreign Minister of Armenia, and B, Vice Prime Minister, Minister of Foreign Affairs of Georgia, exchanged messages":
            // a full name the reference does not know, with an office in apposition after it.
            if let person = newNameBeforeOffice(at: index, in: range) {
                result.append(person)
                index = person.end
                continue
            }
            guard let span = document.entity(at: index) else { index += 1; continue }
            switch span.entity {
            case let .person(name, _):
                result.append(Actor(name: name, start: span.start, end: span.end, isPerson: true))
            case let .office(office, plural: true):
                // "to the presidents of Kyrgyzstan and Uzbekistan": each country's holder (named in the article, else on the date).
                var cursor = span.end
                guard document.word(cursor) == "of" else { break }
                cursor += 1
                var listed: [Actor] = []
                while cursor < range.upperBound {
                    if document.word(cursor) == "the" { cursor += 1; continue }
                    guard let place = document.entity(at: cursor), let code = place.entity.country else { break }
                    let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: date)
                    listed.append(Actor(name: holder ?? code, start: place.start, end: place.end, isPerson: holder != nil, listed: true))
                    cursor = place.end
                    if [",", "and"].contains(document.word(cursor)) { cursor += 1 }
                    if document.word(cursor) == "and" { cursor += 1 }
                }
                if listed.count >= 2, document.entity(at: listed.last!.end)?.entity.person == nil, document.word(listed.last!.end) != "," || document.entity(at: listed.last!.end + 1)?.entity.person == nil {
                    result += listed
                    index = listed.last!.end
                    continue
                }
                // "the heads of state of X, Y and Z, A, B and C, respectively": the names after the countries are the
                // actors; the countries only describe them.
                if listed.count >= 2, document.word(listed.last!.end) == ",", document.entity(at: listed.last!.end + 1)?.entity.person != nil {
                    index = listed.last!.end
                    continue
                }
            case let .office(office, plural: false):
                // "his victory in the election of the President of Turkmenistan", "his election as President of X": the post
                // contested or taken, held by no one the sentence speaks of.
                if let end = postNamed(span) {
                    index = end
                    continue
                }
                // "Foreign Minister Vladimir Makei sent", "to Ambassador John Smith": a full name the reference does not know,
                // right after its office, is a person; not words the article writes as a body's name ("Chairman Halk Maslahaty"
                // beside "Chairman of the Halk Maslahaty", `namesBody`).
                // "to President-elect Joseph Biden": the name after the suffix of a post not yet taken up (`nameAfterTitle`).
                if span.end < document.tokens.count, document.word(span.end) != "of", document.spanAt[pastElectSuffix(span.end)] == nil,
                   let person = nameAfterTitle(span.end, in: range), !person.known, person.end <= range.upperBound,
                   !namesBody(pastElectSuffix(span.end)..<person.end) {
                    // "King Carl XVI Gustaf of Sweden": the person's country after "of" describes them.
                    let end = countryAfterName(person.end, in: range) ?? person.end
                    result.append(Actor(name: person.name, start: span.start, end: end, isPerson: true))
                    index = end
                    continue
                }
                // "President of the European Commission Ursula von der Leyen", "the Chairman of the Federation Council, Sergei Mironov":
                // an office, a body's name, then a full name the reference does not know.
                if let person = nameAfterBody(of: span), person.end <= range.upperBound {
                    result.append(Actor(name: person.name, start: span.start, end: person.end, isPerson: true))
                    index = person.end
                    continue
                }
                // "the Prime Minister" alone: the one person the article names with that office; among several, in an article about
                // the messages one holder of it receives, that holder ("in his congratulations addressed to the Head of State").
                if document.word(span.start - 1) == "the", document.word(span.end) != "of", document.entity(at: span.end)?.entity.person == nil,
                   let holder = articleHolder(office: office, country: nil) ?? (["President", "Prime Minister"].contains(office) ? articleHolder(office: office, country: datelineCountry()) : nil)
                    ?? receiverHolding(office) {
                    result.append(Actor(name: holder, start: span.start, end: span.end, isPerson: true))
                    index = span.end
                    continue
                }
                // "President of Kazakhstan" with no name after it: the holder on the article's date.
                var cursor = span.end
                if document.word(cursor) == "of" { cursor += 1 }
                if document.word(cursor) == "the" { cursor += 1 }
                // "President of Tajikistan Emomalii Rakhmon": a name that spells a listed person another way, after the place, is
                // that person; the office and the place only describe them.
                // So is a full name the reference does not know, where the gazetteer read no person ("to the head of the Republic of
                // Tajikistan President of the People's Republic of China A B said": the first place's title ran on into this one).
                if let place = document.entity(at: cursor), place.entity.country != nil, afterInitials(place.end) < tokens.count,
                   document.spanAt[afterInitials(place.end)] == nil, let person = fullNewName(at: afterInitials(place.end)),
                   person.known || person.name.contains(" ") && afterInitials(place.end) == place.end && closesNewName(person.end, in: range),
                   person.end <= range.upperBound {
                    result.append(Actor(name: person.name, start: span.start, end: person.end, isPerson: true))
                    index = person.end
                    continue
                }
                if let place = document.entity(at: cursor), let code = place.entity.country, document.entity(at: afterInitials(place.end))?.entity.person == nil,
                   !(document.word(place.end) == "," && document.entity(at: place.end + 1)?.entity.person != nil) {
                    // "the First President of Kazakhstan": the post's first holder in the reference, whoever holds it now.
                    if let first = firstHolder(of: span, country: code, after: place.end) {
                        result.append(Actor(name: first, start: span.start - 1, end: place.end, isPerson: true))
                        index = place.end
                        continue
                    }
                    // The holder the article names with that office and country (Xi Jinping, whom the reference does not
                    // list), else the reference's holder on the date.
                    if let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: date)
                        ?? (date == nil ? titleHolder(office: office, country: code) : nil) {
                        result.append(Actor(name: holder, start: span.start, end: place.end, isPerson: true))
                    } else {
                        result.append(Actor(name: code, start: span.start, end: place.end, isPerson: false))
                    }
                    index = place.end
                    continue
                }
            case .country(_, .capital) where (span.start == 0 || tokens[span.start].newlinesBefore > 0) && (tokens[span.start].isAllCaps || isDatelinePlace(span)):
                // A dateline's place ("MOSCOW, June 5 (Interfax) -", "Bishkek, Sept. 1 / AKIpress /") filed the news; it sends nothing.
                break
            case .country where (span.start == 0 || tokens[span.start].newlinesBefore > 0) && tokens[span.start].isAllCaps && isDatelinePlace(span):
                // A country's name as a dateline's place ("UZBEKISTAN, May 9 - Congratulations from ..."): the same.
                break
            case .country where namesOrganisation(span):
                // "the Belarus-Russia Union State": the states name the body, and send or receive nothing of their own.
                break
            case .country where titledNameAfterCountry(span, in: range) != nil:
                // "the Supreme Leader of Iran Ali Khamenei", "Sultan of Brunei Hassanal Bolkiah": the person the country describes.
                let person = titledNameAfterCountry(span, in: range)!
                result.append(person)
                index = person.end
                continue
            case .country where titledNameAfterAdjective(span, in: range) != nil:
                // "US Secretary of State Antony Blinken", "Russian Culture Minister Mikhail Shvydkoy": the person the country describes.
                let person = titledNameAfterAdjective(span, in: range)!
                result.append(person)
                index = person.end
                continue
            case let .country(code, _):
                // "the leaders of Armenia, Azerbaijan and Belarus, A, B and C": the names after a list of countries are the
                // actors; the countries describe them.
                if let names = namesAfterCountryList(from: span, in: range) { index = names; continue }
                // "the head of the Russian state", "the Head of Tajik State", "the head of the Kazakh government": the holder the
                // article names, else on the date.
                let headOf = document.word(span.start - 1) == "the" ? 3 : 2
                if ["state", "government"].contains(document.word(span.end)), document.word(span.start - headOf + 1) == "of",
                   document.word(span.start - headOf) == "head", document.entity(at: span.end + 1)?.entity.person == nil {
                    let office = document.word(span.end) == "state" ? "President" : "Prime Minister"
                    // With no date to look the holder up on, the one person the article names whom the reference lists as that
                    // country's president ("was congratulated by the head of the Belarusian state. Alexander Lukashenko expressed hope").
                    if let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: date)
                        ?? (date == nil && office == "President" ? namedPresident(of: code) : nil) {
                        result.append(Actor(name: holder, start: span.start - headOf, end: span.end + 1, isPerson: true))
                        index = span.end + 1
                        continue
                    }
                }
                // "In a telegram to the head of the Republic of Tajikistan President of China A said": the head of a state written by
                // its name (not its adjective) is its president, the holder the article names, else on the date; not the head of
                // something of that state ("the head of the Kazakhstan delegation", "the head of Kazakhstan's mission").
                if case let .country(_, kind) = span.entity, kind != .demonym, kind != .capital, document.word(span.start - headOf + 1) == "of",
                   document.word(span.start - headOf) == "head", document.entity(at: afterInitials(span.end))?.entity.person == nil,
                   span.end >= tokens.count || tokens[span.end].kind != .word || tokens[span.end].isCapitalized || Self.afterStateHead.contains(document.word(span.end)),
                   let holder = articleHolder(office: "President", country: code) ?? reference.holder(office: "President", country: code, on: date)
                    ?? (date == nil ? namedPresident(of: code) : nil) {
                    result.append(Actor(name: holder, start: span.start - headOf, end: span.end, isPerson: true))
                    index = span.end
                    continue
                }
                // "the Kazakh Head of State", "Kazakhstan's President" with no name after it.
                var cursor = span.end
                if document.word(cursor) == "'s" { cursor += 1 }
                while LeaderRules.titleFillers.contains(tokens[min(cursor, tokens.count - 1)].text), cursor < range.upperBound { cursor += 1 }
                // "Austrian Federal President Alexander Van der Bellen", "German Chancellor Angela Merkel", "Chinese leader Xi Jinping":
                // a full name the gazetteer did not read after the country, its office (or "leader") is that person, and so is
                // another spelling of a listed person ("Turkmenistan President Gurbanguly Berdymukhamedov").
                if let person = newNameAfterTitle(at: cursor, in: range) {
                    result.append(Actor(name: person.name, start: span.start, end: person.end, isPerson: true))
                    index = person.end
                    continue
                }
                if let title = document.entity(at: cursor), let office = title.entity.office {
                    if document.entity(at: afterInitials(title.end))?.entity.person != nil { index = title.end; continue }
                    if let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: date)
                        ?? (date == nil ? titleHolder(office: office, country: code) : nil) {
                        result.append(Actor(name: holder, start: span.start, end: title.end, isPerson: true))
                        index = title.end
                        continue
                    }
                }
                // "the Russian leader" with no name: the one leader of that country the article names.
                // When the article names several of that country's office-holders ("Putin" and "Foreign Minister Lavrov"), the
                // leader is its head of state, else its head of government.
                // With no office-holder of that country, the person the article calls its leader ("Belarusian leader Alexander
                // Lukashenko", a title that ties no office), else its head of state on the date.
                if ["leader", "head"].contains(document.word(cursor)), document.entity(at: cursor + 1)?.entity.person == nil,
                   document.word(cursor + 1) != "of", let holder = articleHolder(office: nil, country: code)
                    ?? articleHolder(office: "President", country: code) ?? articleHolder(office: "Prime Minister", country: code)
                    ?? personCalledLeader(of: code) ?? reference.holder(office: "President", country: code, on: date) {
                    result.append(Actor(name: holder, start: span.start, end: cursor + 1, isPerson: true))
                    index = cursor + 1
                    continue
                }
                // "the Armenian foreign minister" in lower case, with no name: the holder the article names, else the country.
                if let (office, end) = lowercaseOffice(at: cursor), document.entity(at: end)?.entity.person == nil {
                    let holder = articleHolder(office: office, country: code)
                    result.append(Actor(name: holder ?? code, start: span.start, end: end, isPerson: holder != nil))
                    index = end
                    continue
                }
                // A country right before a person is that person's descriptor ("Russian President Vladimir Putin",
                // "his Uzbek counterpart Shavkat Mirziyoyev", "Belarusian leader Alexander Lukashenko").
                if ["counterpart", "leader", "colleague"].contains(document.word(cursor)) { cursor += 1 }
                // "Turkmenistan's leaders, President A and ...": the country describes the persons in apposition.
                // "to the Armenian leadership: President A and Prime Minister B" likewise.
                if Self.groupNouns.contains(document.word(cursor)), [",", ":"].contains(document.word(cursor + 1)), personInApposition(after: cursor + 1) {
                    index = span.end
                    continue
                }
                if document.entity(at: afterInitials(cursor))?.entity.person == nil {
                    result.append(Actor(name: code, start: span.start, end: span.end, isPerson: false))
                }
            case .organisation: break
            }
            index = span.end
        }
        return result
    }

    /// Whether a full name the reference does not know, ending at `end`, is closed as a person's is: by the range's end, a comma,
    /// a full stop, a colon or a small word ("A B said", "A B, who").
    func closesNewName(_ end: Int, in range: Range<Int>) -> Bool {
        end >= range.upperBound || end >= tokens.count || [",", ".", ":", ";"].contains(document.word(end))
            || tokens[end].kind == .word && !tokens[end].isCapitalized
    }

    /// Small words that may follow "the head of X" when X is the state itself, not a body of it ("to the head of Tajikistan on the
    /// holiday", "the head of Kazakhstan said").
    static let afterStateHead: Set<String> = ["on", "in", "for", "and", "with", "that", "at", "to", "said", "says", "noted", "wrote", "who", "whom"]

    /// Nouns of a death, whose "of" names the one who died.
    static let deathNouns: Set<String> = ["death", "passing", "demise", "loss", "funeral", "murder", "assassination", "killing"]

    /// The persons an article names as the one who died, in any sentence: after a death's noun and its "of" with no other "of"
    /// between ("over the death of Uzbekistani President A", not "the death of the mother of President B"), before a possessive
    /// and a death's noun ("A's death", "(A's) passing away"), before "died" or "passed away", or after "the late" ("the late
    /// President A"). A later sentence that names them beside a message ("His (A's) passing away is a heavy loss," B said in
    /// the telegram) does not make them its sender or recipient.
    func reportedDeaths() -> Set<String> {
        var result: Set<String> = []
        for sentence in document.sentences {
            for actor in actors(in: sentence) where actor.isPerson {
                if namedAsDead(actor) { result.insert(actor.name) }
            }
        }
        return result
    }

    /// The nouns of a death that name the one who died ("the death of A", "A's passing"); not "loss", which may be a country's.
    static let deathNounsOfAPerson = deathNouns.subtracting(["loss"])

    func namedAsDead(_ actor: Actor) -> Bool {
        var cursor = actor.start - 1
        while cursor > max(0, actor.start - 10) {
            let word = document.word(cursor)
            if word == "of" { return Self.deathNounsOfAPerson.contains(document.word(cursor - 1)) }
            if word == "late", document.word(cursor - 1) == "the" { return true }
            if ["to", "from", "by", "and", ";", ".", ",", "\""].contains(word) || Self.kindWords[word] != nil || Self.mediumWords.contains(word) { break }
            cursor -= 1
        }
        var after = actor.end
        if document.word(after) == "'s" {
            after += 1
            if document.word(after) == ")" { after += 1 }
            // "A's tragic death", "A's untimely passing".
            if ["tragic", "untimely", "sudden"].contains(document.word(after)) { after += 1 }
            return Self.deathNounsOfAPerson.contains(document.word(after))
        }
        if document.word(after) == ")" { after += 1 }
        return document.word(after) == "died" || document.word(after) == "passed" && document.word(after + 1) == "away"
    }

    /// Whether the person is named as the one who died ("on the death of Queen Elizabeth II", "on the passing of your mother, Her
    /// Majesty Queen Elizabeth II", "over the tragic death of President A"): a death's noun and "of" before the name, with nothing
    /// between that starts another phrase ("to", "from", "by", "and", a message's word).
    func isDeceased(_ actor: Actor) -> Bool {
        var cursor = actor.start - 1
        while cursor > max(0, actor.start - 10) {
            let word = document.word(cursor)
            if word == "of", Self.deathNouns.contains(document.word(cursor - 1)) { return true }
            if ["to", "from", "by", "and", ";", ".", "\""].contains(word) || Self.kindWords[word] != nil || Self.mediumWords.contains(word) { return false }
            cursor -= 1
        }
        return false
    }

    /// The one name that closes a style's see ("of Moscow and All Russia Kirill", "of All Armenians Karekin II"): a run of
    /// capitalized words, places, "and", "of" and "the", whose last word, not a place, is the name (with its regnal number), and
    /// nothing else capitalized after it. Nil when the see names no one ("the Patriarch of Moscow said").
    func nameAfterSee(from start: Int, in range: Range<Int>) -> (name: String, end: Int)? {
        var cursor = start
        var last: Int?
        // The capitalized words after a place ("of Brunei Hassanal Bolkiah") are the whole name.
        var afterPlace: Int?
        while cursor < min(range.upperBound, start + 10) {
            if let span = document.entity(at: cursor) {
                guard span.entity.country != nil else { break }
                last = nil
                cursor = span.end
                afterPlace = cursor
                continue
            }
            let token = tokens[cursor]
            if ["and", "of", "the"].contains(token.text) {
                // "and" before another person's title or name ends the see, and so does "and" before a country that describes
                // the next person of a list ("Kirill and Tajik President A", "Kirill and Armenia's Prime Minister B").
                if token.text == "and", let next = document.entity(at: cursor + 1) {
                    if next.entity.country == nil { break }
                    let after = document.word(next.end) == "'s" ? next.end + 1 : next.end
                    if let described = document.entity(at: after), described.entity.office != nil || described.entity.person != nil { break }
                }
                last = nil
                afterPlace = nil
                cursor += 1
                continue
            }
            guard token.kind == .word, token.isCapitalized, token.newlinesBefore == 0, !Self.styles.contains(token.text), !Self.royalStyles.contains(token.text) else { break }
            last = cursor
            cursor += 1
        }
        guard let end = last.map({ $0 + 1 }), cursor == end, end - start >= 2 else { return nil }
        var first = end - 1
        if Self.isRegnalNumber(tokens[first]) { first -= 1 }
        if let afterPlace, afterPlace < first, end - afterPlace <= 4 { first = afterPlace }
        guard first >= start + 1, tokens[first].kind == .word, !tokens[first].isAllCaps, document.spanAt[first] == nil, tokens[first].text.count > 2 else { return nil }
        // The name closes the phrase: a comma, a full stop, "and", or a word in small letters.
        if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized { return nil }
        return ((first..<end).map { tokens[$0].text }.joined(separator: " "), end)
    }

    /// Styles of monarchs and royals that the conventions list as no office ("King" is one); "Crown" and "Grand" may come first.
    static let royalStyles: Set<String> = ["Queen", "Prince", "Princess", "Duke", "Duchess", "Emperor", "Empress", "Grand", "Crown"]
    /// Styles of Gulf rulers, which copy writes before a ruler's full name as often as before one name ("Sheikh Nawaf", "Sheikh
    /// Nawaf Al-Ahmed Al-Jaber Al-Sabah").
    static let rulerStyles: Set<String> = ["Emir", "Sultan", "Sheikh"]

    /// "Queen Elizabeth II of Great Britain", "Grand Duke Henri of Luxembourg", "Crown Prince Mohammed bin Salman bin Abdulaziz Al
    /// Saud": a royal style, then a full name the reference does not know, or one capitalized name with or without its regnal
    /// number, and perhaps "of" and the person's country; the person named without the style, as "King Abdullah II" gives Abdullah II.
    func styledRoyal(at index: Int, in range: Range<Int>) -> Actor? {
        guard document.spanAt[index] == nil, Self.royalStyles.contains(tokens[index].text) else { return nil }
        var first = index + 1
        if ["Grand", "Crown"].contains(tokens[index].text) {
            guard first < range.upperBound, ["Duke", "Duchess", "Prince", "Princess"].contains(tokens[first].text) else { return nil }
            first += 1
        }
        guard first < range.upperBound, document.spanAt[first] == nil, tokens[first].kind == .word, tokens[first].isCapitalized, !tokens[first].isAllCaps,
              tokens[first].newlinesBefore == 0, tokens[first].text.count > 2 else { return nil }
        var name: String
        var end: Int
        if let person = fullNewName(at: first), !person.known {
            (name, end) = (person.name, person.end)
        } else {
            // One name: a regnal number, or "of" and a country, must follow it ("Queen Elizabeth", "Prince of Wales" are not enough).
            (name, end) = nameAndNumber(at: first)
            if end == first + 1, !(document.word(end) == "of" && document.entity(at: end + 1)?.entity.country != nil) { return nil }
        }
        guard end <= range.upperBound else { return nil }
        if let place = countryAfterName(end, in: range) { end = place }
        return Actor(name: name, start: index, end: end, isPerson: true)
    }

    /// The end of "of" and a person's country after a name at `end` ("Elizabeth II of Great Britain", "Felipe VI of Spain"), with
    /// "the" before it and the rest of a state's long name after it ("of the United Kingdom of Great Britain and Northern
    /// Ireland": another name of the same country after "of", or capitalized words after "and" that close the phrase); nil when
    /// no country follows.
    func countryAfterName(_ end: Int, in range: Range<Int>) -> Int? {
        guard document.word(end) == "of" else { return nil }
        let start = document.word(end + 1) == "the" ? end + 2 : end + 1
        guard let place = document.entity(at: start), let code = place.entity.country, place.end <= range.upperBound else { return nil }
        var cursor = place.end
        while cursor < range.upperBound {
            let next = document.word(cursor + 1) == "the" ? cursor + 2 : cursor + 1
            if document.word(cursor) == "of", let more = document.entity(at: next), more.entity.country == code, more.end <= range.upperBound {
                cursor = more.end
                continue
            }
            if document.word(cursor) == "and" {
                var last = next
                while last < range.upperBound, last < next + 3, document.spanAt[last] == nil || document.entity(at: last)?.entity.country == code,
                      tokens[last].kind == .word, tokens[last].isCapitalized { last += 1 }
                if last > next, last >= range.upperBound || [",", ".", ";"].contains(document.word(last)) { cursor = last; continue }
            }
            break
        }
        return cursor
    }

    /// "the Supreme Leader of Iran Ali Khamenei", "Sultan of Brunei Hassanal Bolkiah", "the Governor-General of Canada Mary Simon":
    /// a capitalized title the conventions do not list, "of", the country, then a full name the reference does not know; after a
    /// royal style also one name, with or without its regnal number, that closes the phrase ("Emperor of Japan Akihito,"). The
    /// person is the actor; the country only describes them. Nil for any other country.
    func titledNameAfterCountry(_ span: EntitySpan, in range: Range<Int>) -> Actor? {
        var of = span.start - 1
        if document.word(of) == "the" { of -= 1 }
        guard of > range.lowerBound, document.word(of) == "of", tokens[of - 1].kind == .word, tokens[of - 1].isCapitalized, document.spanAt[of - 1] == nil,
              !LeaderRules.institutionWords.contains(tokens[of - 1].text), !Self.regionWords.contains(tokens[of - 1].text),
              span.end < range.upperBound, document.spanAt[span.end] == nil, tokens[span.end].newlinesBefore == 0 else { return nil }
        var found = fullNewName(at: span.end)
        if found == nil, Self.royalStyles.contains(tokens[of - 1].text), tokens[span.end].kind == .word, tokens[span.end].isCapitalized, !tokens[span.end].isAllCaps,
           tokens[span.end].text.count > 2 {
            let (name, end) = nameAndNumber(at: span.end)
            if end >= tokens.count || [",", ".", ";", "and"].contains(document.word(end)) || tokens[end].kind == .word && tokens[end].isLowercase {
                found = (name, end, false)
            }
        }
        guard let person = found, person.end <= range.upperBound else { return nil }
        var start = of - 1
        while start > range.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, document.spanAt[start - 1] == nil,
              tokens[start].newlinesBefore == 0 { start -= 1 }
        return Actor(name: person.name, start: start, end: person.end, isPerson: true)
    }

    /// "US Secretary of State Antony Blinken", "Russian Culture Minister Mikhail Shvydkoy": the country (its adjective or name), a
    /// capitalized title the conventions do not list (one of `titleWords` among its words, "of" and "the" between them), then a
    /// full name the reference does not know that closes the capitalized run. The person is the actor; the country only describes
    /// them. The name is the last two words or more of the run that read as one, so a title's last word ("State") is not its
    /// first. Nil for any other country.
    /// Wire copy often writes the title in small letters, whole or in part ("Polish Sejm marshal A", "Czech senate speaker B",
    /// "Georgian parliament chairman C"): a title word in either case (`isTitleWord`), and a legislature's noun in small letters
    /// before it, belong to the run too; the name after them is still the one that closes the run.
    func titledNameAfterAdjective(_ span: EntitySpan, in range: Range<Int>) -> Actor? {
        func titleish(_ index: Int) -> Bool {
            index < range.upperBound && document.spanAt[index] == nil && tokens[index].newlinesBefore == 0
                && (tokens[index].kind == .word && tokens[index].isCapitalized && !tokens[index].isAllCaps || ["of", "the"].contains(document.word(index))
                    || isTitleWord(index) || Self.legislatureNouns.contains(tokens[index].text))
        }
        var runEnd = span.end
        while runEnd < min(range.upperBound, span.end + 9), titleish(runEnd) { runEnd += 1 }
        guard runEnd - span.end >= 3, !["of", "the"].contains(document.word(runEnd - 1)),
              runEnd >= tokens.count || !(tokens[runEnd].kind == .word && tokens[runEnd].isCapitalized) else { return nil }
        let leaders = LeaderRules(document: document, reference: reference)
        for start in stride(from: runEnd - 2, to: span.end, by: -1) {
            let title = span.end..<start
            guard title.contains(where: isTitleWord), tokens[span.end].isCapitalized || isTitleWord(span.end) || Self.legislatureNouns.contains(tokens[span.end].text),
                  !["of", "the"].contains(document.word(start - 1)) else { continue }
            guard let person = leaders.newName(at: start), !person.known, person.end == runEnd else { continue }
            return Actor(name: person.name, start: span.start, end: person.end, isPerson: true)
        }
        return nil
    }

    /// Whether token `index` is a title word (`titleWords`) in either case: "Speaker" or "speaker", "Marshal" or "marshal".
    func isTitleWord(_ index: Int) -> Bool {
        let text = tokens[index].text
        return Self.titleWords.contains(text) || Self.titleWords.contains(text.prefix(1).uppercased() + text.dropFirst())
    }

    /// A legislature's or a government's noun in small letters inside a title ("senate speaker", "parliament chairman").
    static let legislatureNouns: Set<String> = ["parliament", "parliamentary", "senate", "sejm", "assembly", "government", "cabinet"]

    /// A full name the gazetteer did not read right after a title at `index`: an office (perhaps "Federal" before it) or
    /// "leader" ("Federal President Alexander Van der Bellen", "Chancellor Angela Merkel", "leader Xi Jinping"), or another
    /// spelling of a listed person ("Turkmenistan President Gurbanguly Berdymukhamedov", read as that person), closing the
    /// name within `range`; nil when no title stands there.
    /// Wire copy may write more between the title and the name (`nameAfterTitle`): "Chilean President-elect A B", "Italian
    /// President, A B in connection with".
    func newNameAfterTitle(at index: Int, in range: Range<Int>) -> (name: String, end: Int)? {
        var cursor = index
        if cursor < tokens.count, LeaderRules.federalTitles.contains(tokens[cursor].text) { cursor += 1 }
        if let title = document.entity(at: cursor), title.entity.office != nil, title.start == cursor {
            cursor = title.end
        } else if document.word(cursor) == "leader", cursor == index {
            cursor += 1
        } else {
            return nil
        }
        guard let person = nameAfterTitle(cursor, in: range), person.name.contains(" ") else { return nil }
        return (person.name, person.end)
    }

    /// The end of an office's title past the suffix of a post not yet taken up ("President-elect", "Prime Minister-designate"):
    /// the person it names stands after the suffix as after the office. `end` itself when no such suffix follows.
    func pastElectSuffix(_ end: Int) -> Int {
        guard end + 1 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
              Self.electSuffixes.contains(tokens[end + 1].lower) else { return end }
        return end + 2
    }

    static let electSuffixes: Set<String> = ["elect", "designate", "designee"]

    /// The full name written after a title that ends at `titleEnd` (`fullNewName`), in the shapes wire copy writes between them:
    /// right after it ("President Sergio Mattarella"), after the suffix of a post not yet taken up ("President-elect Joseph
    /// Biden", `pastElectSuffix`), or after a comma ("Italian President, Sergio Mattarella"). After a comma the name must be
    /// one the reference does not know and close as a recipient's does (`closesAppositionName`), so that "In his message to the
    /// Austrian President, A B noted" keeps A B the sender. Nil when no such name ends within `range`.
    func nameAfterTitle(_ titleEnd: Int, in range: Range<Int>) -> (name: String, end: Int, known: Bool)? {
        var cursor = pastElectSuffix(titleEnd)
        let comma = cursor < range.upperBound && document.word(cursor) == "," && tokens[cursor].newlinesBefore == 0
        if comma { cursor += 1 }
        guard cursor < range.upperBound, document.spanAt[cursor] == nil, let person = fullNewName(at: cursor), person.end <= range.upperBound else { return nil }
        guard !comma || !person.known && person.name.contains(" ") && closesAppositionName(person.end, in: range) else { return nil }
        return person
    }

    /// Whether a name set off from its title by a comma ends where a recipient's does: at the range's end, a comma, a full stop or a
    /// semicolon, or before a word that goes on the message's phrase (`appositionClosers`: "in connection with", "on", "over",
    /// "for", "and"); not before a verb ("A B noted"), whose subject the name is.
    func closesAppositionName(_ end: Int, in range: Range<Int>) -> Bool {
        end >= range.upperBound || end >= tokens.count || [",", ".", ";"].contains(document.word(end)) || Self.appositionClosers.contains(document.word(end))
    }

    static let appositionClosers: Set<String> = ["in", "on", "over", "for", "and", "upon", "after", "following", "regarding", "with", "who", "whose",
                                                 "expressing", "wishing", "conveying", "extending", "at"]

    /// Words of the titles an international body gives its officers, in either case ("secretary general", "Secretary-General",
    /// "Executive Secretary", "Director General", "Deputy Secretary"): at least one of `bodyOfficerHeads` must be among them.
    static let bodyOfficerWords: Set<String> = ["secretary", "general", "director", "executive", "deputy", "chief", "acting", "permanent"]
    static let bodyOfficerHeads: Set<String> = ["secretary", "director"]

    /// "CSTO secretary general Imangali Tasmagambetov", "Union State Secretary Dmitry Mezentsev", "Turksoy Secretary-General A",
    /// "the Economic Cooperation Organization's director general B", "FAO Director General C": the body (an organisation the
    /// gazetteer knows, an acronym, or a capitalized name, perhaps with its acronym in brackets), the words of an officer's title
    /// (`bodyOfficerWords`, up to four, in either case), then a full name that closes the phrase (one the reference does not know
    /// as well as one it lists under another office).
    /// Roundups list such officers among the heads of state who sent congratulations, so each is a sender or an addressee of
    /// their own. The actor starts at the body's name, so a list of them reads item by item; the body does not reach back past
    /// `floor`, the end of the actor before it ("A and OTS Secretary General B"). Nil without a body before the title
    /// (a bare "Secretary A" is left to the other readings), or when the title holds a word of no such title.
    func bodyOfficer(at index: Int, in range: Range<Int>, after floor: Int) -> Actor? {
        // The title's words: none the gazetteer reads, or an office it reads that is all such words ("secretary general").
        // A hyphen joins two of them ("Director-General").
        func joins(_ at: Int) -> Bool {
            at > index && at + 1 < tokens.count && tokens[at].text == "-" && !tokens[at].spaceBefore && !tokens[at + 1].spaceBefore
                && Self.bodyOfficerWords.contains(tokens[at + 1].lower)
        }
        func titleWord(_ at: Int) -> Bool {
            guard Self.bodyOfficerWords.contains(tokens[at].lower) || joins(at) else { return false }
            guard let span = document.entity(at: at) else { return true }
            return span.entity.office != nil && (span.start..<span.end).allSatisfy { Self.bodyOfficerWords.contains(tokens[$0].lower) || tokens[$0].text == "-" }
        }
        var end = index
        while end < min(range.upperBound, index + 6), titleWord(end) { end += 1 }
        guard end > index, document.entity(at: index).map({ $0.start == index }) ?? true,
              document.entity(at: end - 1).map({ $0.end == end }) ?? true else { return nil }
        guard end > index, (index..<end).contains(where: { Self.bodyOfficerHeads.contains(tokens[$0].lower) }), end < range.upperBound else { return nil }
        let person: (name: String, end: Int)
        if let span = document.entity(at: end), span.start == end, case let .person(name, _) = span.entity {
            // A person the reference lists under another office ("CSTO secretary general A", once a prime minister).
            person = (name, span.end)
        } else if let named = fullNewName(at: end), named.name.contains(" ") {
            // A full name the reference does not know, or another spelling of one it does ("Imangali Tassmagambetov").
            person = (named.name, named.end)
        } else {
            return nil
        }
        guard person.end <= range.upperBound, closesNewName(person.end, in: range) else { return nil }
        // The body: back over an organisation's name, capitalized words, "of", "the", "and", "'s" and a bracketed acronym.
        var start = index
        while start > max(range.lowerBound, floor) {
            let previous = start - 1
            if let span = document.spanAt[previous].map({ document.spans[$0] }) {
                guard case .organisation = span.entity, span.start >= range.lowerBound else { break }
                start = span.start
            } else if tokens[previous].kind == .word && tokens[previous].isCapitalized && tokens[previous].newlinesBefore == 0 && !Self.bodyOfficerWords.contains(tokens[previous].lower)
                        || ["(", ")", "'s"].contains(tokens[previous].text) || ["of", "the", "and"].contains(tokens[previous].text) && start < index {
                start = previous
            } else {
                break
            }
        }
        // Small words do not open the body ("and the CSTO secretary general": the list's "and").
        while start < index, ["of", "the", "and", ")", "'s"].contains(tokens[start].text) { start += 1 }
        guard start < index else { return nil }
        return Actor(name: person.name, start: start, end: person.end, isPerson: true)
    }

    /// A regnal number ("II", "XVI").
    static func isRegnalNumber(_ token: Token) -> Bool { token.isAllCaps && token.text.allSatisfy { "IVXL".contains($0) } }

    /// One name and the regnal number after it, if any ("Elizabeth II", "Akihito").
    func nameAndNumber(at index: Int) -> (name: String, end: Int) {
        guard index + 1 < tokens.count, Self.isRegnalNumber(tokens[index + 1]) else { return (tokens[index].text, index + 1) }
        return (tokens[index].text + " " + tokens[index + 1].text, index + 2)
    }

    /// A full name the gazetteer does not know, as `LeaderRules.newName` reads it ("Salman bin Abdulaziz Al Saud").
    /// A regnal number may be followed by one more given name ("Carl XVI Gustaf"), before "of", a comma or the sentence's end.
    func fullNewName(at index: Int) -> (name: String, end: Int, known: Bool)? {
        guard let person = LeaderRules(document: document, reference: reference).newName(at: index) else { return nil }
        let end = person.end
        if !person.known, end + 1 < tokens.count, end > index, Self.isRegnalNumber(tokens[end - 1]), document.spanAt[end] == nil,
           tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAllCaps, tokens[end].text.count > 2, tokens[end].newlinesBefore == 0,
           !LeaderRules.notNameWords.contains(tokens[end].text), ["of", ",", ".", ";", "and"].contains(document.word(end + 1)) {
            return (person.name + " " + tokens[end].text, end + 1, false)
        }
        return person
    }

    /// Whether the words of `name` (a name the reference does not know) stand elsewhere in the article after "of" or "of the", as
    /// a body's name does ("Chairman of the Halk Maslahaty", "Speaker of the Jogorku Kenesh"): then an office before the same words
    /// ("Chairman Halk Maslahaty stressed") names the body's chair, not a person called so.
    func namesBody(_ name: Range<Int>) -> Bool {
        let words = name.map { document.word($0) }
        guard let head = words.first else { return false }
        return tokens.indices.contains { index in
            guard index != name.lowerBound, document.word(index) == head, words.indices.allSatisfy({ document.word(index + $0) == words[$0] }) else { return false }
            let before = document.word(index - 1) == "the" ? index - 2 : index - 1
            return document.word(before) == "of"
        }
    }

    /// The first holder of a country's presidency, for an office written "the first President of X" ("First President of
    /// Kazakhstan", "the first president of Georgia"): the reference's earliest term, when it began by 1992, at the post's
    /// creation. Not "the first president of X to visit ...", a rank among holders, nor another office ("First Vice-President").
    func firstHolder(of office: EntitySpan, country: String, after end: Int) -> String? {
        guard office.entity.office == "President", document.word(office.start - 1) == "first",
              document.word(end) != "to", let role = reference.roleForOffice["President"],
              let first = reference.data.terms.filter({ $0.country == country && $0.role == role && $0.from != nil }).min(by: { $0.from! < $1.from! }),
              let from = first.from, from < "1993" else { return nil }
        return first.person
    }

    /// The one person the article names right after the country's adjective and "leader" ("Belarusian leader Alexander Lukashenko").
    func personCalledLeader(of code: String) -> String? {
        let named = Set(document.spans.compactMap { span -> String? in
            guard span.entity.country == code, document.word(span.end) == "leader" else { return nil }
            return document.entity(at: span.end + 1)?.entity.person
        })
        return named.count == 1 ? named.first : nil
    }

    /// The full name the reference does not know after an office's body ("Chairman of the Cabinet of Ministers Akylbek Japarov",
    /// "of the European Commission Ursula von der Leyen", "of the Federation Council, Sergei Mironov"): the body's capitalized
    /// words (an organisation's name among them, perhaps with its abbreviation in brackets: "of the Shanghai Cooperation
    /// Organization (SCO) Zhang Ming") hold an institution's noun, or a region's ("of the Republic of Tatarstan"), and the
    /// name closes the run.
    /// The body may name the state it belongs to ("Chairman of the State Duma of the Federal Assembly of Russia A"), so the run
    /// may be long.
    func nameAfterBody(of office: EntitySpan) -> (name: String, end: Int)? { nameAfterBody(afterTitle: office.end) }

    /// The same after a title that ends at `titleEnd`, an office's or a title the conventions do not list ("Chairwoman of the
    /// Federation Council of the Federal Assembly of Russia A").
    func nameAfterBody(afterTitle titleEnd: Int) -> (name: String, end: Int)? {
        guard document.word(titleEnd) == "of" else { return nil }
        var cursor = titleEnd + 1
        if document.word(cursor) == "the" { cursor += 1 }
        var institution = false
        var skipped = 0
        let leaders = LeaderRules(document: document, reference: reference)
        while cursor < min(tokens.count, titleEnd + 15 + skipped) {
            if let span = document.entity(at: cursor), case .organisation = span.entity {
                institution = true
                // "of the Union State of Belarus and Russia B": the states that close the body's name are part of it.
                cursor = statesClosingName(of: span)
            } else if tokens[cursor].kind == .word, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil,
                      LeaderRules.institutionWords.contains(tokens[cursor].text) || Self.regionWords.contains(tokens[cursor].text) {
                institution = true
                cursor += 1
            } else if institution, document.word(cursor) == "(", let close = (cursor + 1..<min(tokens.count, cursor + 5)).first(where: { document.word($0) == ")" }) {
                // "of the Shanghai Cooperation Organization (SCO) Zhang Ming": the body's abbreviation in brackets.
                skipped += close + 1 - cursor
                cursor = close + 1
            } else if institution, tokens[cursor].kind == .word && tokens[cursor].isCapitalized || document.word(cursor) == ",", document.spanAt[cursor] == nil {
                let start = document.word(cursor) == "," ? cursor + 1 : cursor
                // The name follows the body's last word, its comma or its abbreviation in brackets, not "of" inside the body
                // ("Cabinet of Ministers").
                // A name holds no body noun ("of Turkic-Speaking States Baghdad Amreyev": the name begins after "States").
                if tokens[start - 1].isCapitalized || [",", ")"].contains(document.word(start - 1)), let person = leaders.newName(at: start), !person.known,
                   !person.name.split(separator: " ").contains(where: { Self.titleBodyNouns.contains(String($0)) }),
                   person.end >= tokens.count || !tokens[person.end].isCapitalized || tokens[person.end].kind != .word { return (person.name, person.end) }
                cursor += 1
            } else if ["of", "the"].contains(document.word(cursor)) || tokens[cursor].isCapitalized && tokens[cursor].kind == .word
                        || document.word(cursor) == "-" && !tokens[cursor].spaceBefore {
                // A hyphen inside the body's name ("of the Cooperation Council of Turkic-Speaking States").
                cursor += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// Nouns of a region inside a state, which a regional office's body names like an institution ("President of the Republic of
    /// Tatarstan A", "Governor of the Leningrad Region B"); a state's own name ("the Republic of Korea") is the gazetteer's.
    static let regionWords: Set<String> = ["Republic", "Region", "Oblast", "Province", "Krai", "Territory", "Governorate", "Canton", "Prefecture"]

    /// Nouns of a post contested or taken ("the election of the President", "his candidacy for President of").
    static let postNouns: Set<String> = ["election", "elections", "post", "office", "candidate", "candidacy", "race", "seat", "position", "elected", "re-elected"]

    /// The end of an office named as a post ("the election of the President of X", "elected President of X", "his election as
    /// President"), with its country, or nil when the office stands for its holder.
    func postNamed(_ office: EntitySpan) -> Int? {
        var before = office.start - 1
        if document.word(before) == "the" { before -= 1 }
        if ["of", "for", "as"].contains(document.word(before)) { before -= 1 }
        guard Self.postNouns.contains(document.word(before)) else { return nil }
        var end = office.end
        if document.word(end) == "of" { end += 1 }
        if document.word(end) == "the" { end += 1 }
        if let place = document.entity(at: end), place.entity.country != nil { return place.end }
        return office.end
    }

    /// Whether a person follows the comma at `comma` with only descriptors between ("the President", "Chairman of").
    /// A full name the reference does not know at `index` (two words or more), opening the sentence, after a comma, "and" or a
    /// preposition that names a party ("by", "with", "from", "to", "between"), or after the bracket or dash that closes a
    /// dateline ("MOSCOW (Sputnik - 13th October, 2020) A, the speaker of ..."), followed by a comma and an apposition that opens
    /// with an office, perhaps after title words ("B, Vice Prime Minister, Minister of Foreign Affairs of Georgia", "C, the
    /// Foreign Minister of X"): that person; nil otherwise ("On the occasion of Independence Day, the President ...", "Custodian of
    /// the Two Holy Mosques, King ...": a name after "of" or "the" names no one).
    func newNameBeforeOffice(at index: Int, in range: Range<Int>) -> Actor? {
        guard document.spanAt[index] == nil, tokens[index].kind == .word, tokens[index].isCapitalized, !tokens[index].isAllCaps,
              index == range.lowerBound || [",", "and", "by", "with", "from", "to", "between", ":", ";", "(", ")", "-", "–", "—"].contains(document.word(index - 1)),
              let person = fullNewName(at: index), !person.known, person.name.contains(" "), person.end < range.upperBound,
              document.word(person.end) == "," else { return nil }
        var cursor = person.end + 1
        if document.word(cursor) == "the" { cursor += 1 }
        let titleStart = cursor
        while cursor < min(range.upperBound, person.end + 5), document.spanAt[cursor] == nil, Self.titleWords.contains(tokens[cursor].text) { cursor += 1 }
        // "A, Chargé d'affaires of the Embassy of X in Y,", "B, Consul General of X": a diplomat's or an official's title the
        // conventions do not list as an office names the person as well, and so do title words before "of" ("C, the Secretary of
        // State of the United States").
        let titled = document.spanAt[cursor] == nil && Self.appositiveTitles.contains(document.word(cursor))
            || cursor > titleStart && document.word(cursor) == "of" && tokens[cursor - 1].isCapitalized
        guard titled || document.entity(at: cursor)?.entity.office != nil else { return nil }
        return Actor(name: person.name, start: index, end: person.end, isPerson: true)
    }

    /// Titles, in small letters, that are no office of the conventions but follow a person's name in apposition ("A, Chargé
    /// d'affaires of ...", "B, Consul General of ...", "C, Governor of ...").
    static let appositiveTitles: Set<String> = ["charge", "chargé", "consul", "consul-general", "envoy", "governor", "mayor", "senator", "chairwoman", "chairperson"]

    func personInApposition(after comma: Int) -> Bool {
        var cursor = comma + 1
        while cursor < min(tokens.count, comma + 10) {
            guard let span = document.entity(at: cursor) else {
                guard ["the", "of"].contains(document.word(cursor)) else { return false }
                cursor += 1
                continue
            }
            if span.entity.person != nil { return true }
            guard span.entity.office != nil || span.entity.country != nil else { return false }
            cursor = span.end
        }
        return false
    }

    /// The first name after a list of two or more countries joined by commas and "and", a comma, then as many persons
    /// ("of Armenia, Azerbaijan and Belarus, Armen Sarkissian, Ilham Aliyev and Alexander Lukashenko"), or nil.
    func namesAfterCountryList(from first: EntitySpan, in range: Range<Int>) -> Int? {
        var count = 1
        var cursor = first.end
        while cursor < range.upperBound, [",", "and"].contains(document.word(cursor)) {
            let next = document.word(cursor + 1) == "and" ? cursor + 2 : cursor + 1
            guard let place = document.entity(at: next), place.entity.country != nil else { break }
            count += 1
            cursor = place.end
        }
        guard count >= 2, document.word(cursor) == ",", cursor + 1 < range.upperBound else { return nil }
        var names = 0
        var probe = cursor + 1
        while probe < range.upperBound, let person = document.entity(at: probe), person.entity.person != nil {
            names += 1
            probe = person.end
            guard [",", "and"].contains(document.word(probe)) else { break }
            probe += document.word(probe + 1) == "and" ? 2 : 1
        }
        return names == count ? cursor + 1 : nil
    }

    /// Whether a place opening a line is followed by a date ("Bishkek, Sept. 1", "Astana, 5 March", "Baku, 20.03.2023"):
    /// a dateline, whatever its case.
    func isDatelinePlace(_ span: EntitySpan) -> Bool {
        var cursor = span.end
        if document.word(cursor) == "," || document.word(cursor) == "." { cursor += 1 } else { return false }
        guard cursor < tokens.count else { return false }
        if DateWords.month(tokens[cursor]) != nil { return true }
        return tokens[cursor].kind == .number && cursor + 1 < tokens.count && (DateWords.month(tokens[cursor + 1]) != nil || tokens[cursor + 1].text == ".")
    }

    /// Offices written in lower case after a country word ("the Armenian foreign minister", "the Kazakh head of state").
    static let lowercaseOffices: [(words: [String], office: String)] = [
        (["foreign", "minister"], "Foreign Minister"), (["minister", "of", "foreign", "affairs"], "Foreign Minister"),
        (["prime", "minister"], "Prime Minister"), (["head", "of", "state"], "President"), (["president"], "President"),
        (["head", "of", "government"], "Prime Minister"), (["defence", "minister"], "Defence Minister"), (["defense", "minister"], "Defence Minister"),
        (["speaker"], "Speaker"), (["vice", "president"], "Vice President"), (["vice", "-", "president"], "Vice President"),
    ]

    func lowercaseOffice(at index: Int) -> (office: String, end: Int)? {
        guard index < tokens.count, !tokens[index].isCapitalized else { return nil }
        for (words, office) in Self.lowercaseOffices where (0..<words.count).allSatisfy({ document.word(index + $0) == words[$0] }) {
            return (office, index + words.count)
        }
        return nil
    }

    /// Whether the actor is a state named as the sender's counterpart there, with no name ("his Armenian colleague", "her Kyrgyz
    /// counterpart").
    func isCounterpart(_ actor: Actor) -> Bool {
        !actor.isPerson && ["counterpart", "colleague"].contains(document.word(actor.end))
    }

    /// "his Armenian colleague", "her Kyrgyz counterpart" with no name: the person in that country who holds the
    /// sender's office (named in the article, else on the reference's date), else the country.
    func counterpart(of sender: String, in country: String) -> String {
        guard let office = document.leaders.first(where: { $0.name == sender })?.office ?? reference.office(of: sender, on: document.publishedOn)?.office
        else { return country }
        return articleHolder(office: office, country: country) ?? reference.holder(office: office, country: country, on: document.publishedOn) ?? country
    }
}

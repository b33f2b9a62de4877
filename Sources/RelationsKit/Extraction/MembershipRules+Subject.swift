/// Membership events, part of `MembershipRules`: the countries that act, from the clause's structure (the sentence's
/// subject, a pronoun, a relative clause, coordinated names, "together with", "the six republics").
extension MembershipRules {
    /// The countries that act, from the clause: a noun's "of" or a treaty's party, the subject a participial clause shares,
    /// a pronoun or "the country" standing for one, the nearest named before the verb with those coordinated, else those
    /// after it; nil when the subject is a person's pronoun ("we have frozen ..."), which names no country here.
    func subject(of phrase: Phrase, at: Int, end: Int, previous: Int, objectCountries: [String], lastCountries: [String],
                 sentence: Range<Int>, references: Coreference) -> [String]? {
        var countries: [String] = []
        // "Estonia, Latvia and Lithuania are among seven countries formally joining NATO", "Armenia is one of the states that
        // joined the union": the names a copula and "among" (or "one of") rank in a group are the subject of the group's
        // gerund or relative clause.
        if let ranked = rankedInAGroup(before: at, previous: previous, sentence: sentence) { return ranked }
        // "Uzbek President A, Georgian Foreign Minister B and Azerbaijan's adviser C reaffirmed that their respective countries
        // will not prolong ...": "their countries" are the countries of the persons and states named before it.
        if let owners = respectiveCountries(before: at, sentence: sentence) { return owners }
        // "easing for the countries who want to enter the organisation", "states that join the union must ...": a relative
        // clause on a generic noun is about any country, none the text names.
        if modifiesAGenericNoun(at: at, previous: previous, sentence: sentence) { return nil }
        // "a necessary step for an observer country to become a member", "the conditions for new members to join": the
        // infinitive's own subject, after "for", is any country, none the text names.
        if hasAGenericInfinitiveSubject(at: at, previous: previous, sentence: sentence) { return nil }
        // "opposition to former Soviet republics joining the alliance": a gerund's own subject, a generic plural noun right
        // before it, is any country, none the text names.
        if phrase.form == .gerund, hasAGenericGerundSubject(at: at, sentence: sentence) { return nil }
        // "We are leaving the CIS": a speaker's progressive names no country here, nor does a name after it.
        if phrase.form == .gerund {
            var auxiliary = at - 1
            while auxiliary > sentence.lowerBound, Self.adverbs.contains(document.word(auxiliary)) || document.word(auxiliary).hasSuffix("ly") { auxiliary -= 1 }
            if ["am", "are", "is", "was", "were", "'re", "'m"].contains(document.word(auxiliary)), auxiliary > sentence.lowerBound,
               ["we", "i", "you"].contains(document.word(auxiliary - 1)) { return nil }
        }
        // "suggest that other countries also leave this association run by Russia", "member states will join": a generic
        // plural noun is the base form's own subject (over adverbs and a modal), any country, none the text names.
        if phrase.form == .base, phrase.lemma != nil {
            var lead = at - 1
            while lead > sentence.lowerBound, Self.adverbs.contains(document.word(lead)) || ["will", "would", "should", "shall", "must", "also"].contains(document.word(lead)) { lead -= 1 }
            // "independent nations are free to join whatever alliance they wish", "new members will be able to leave": over "to",
            // the adjective or verb that governs it and the copula, to the noun.
            if document.word(lead) == "to", lead - 2 > sentence.lowerBound, Self.permittingWords.contains(document.word(lead - 1)) {
                let copula = lead - 2
                var noun: Int?
                if ["are", "were", "remain"].contains(document.word(copula)) {
                    noun = copula - 1
                } else if document.word(copula) == "be" {
                    var modal = copula - 1
                    while modal > sentence.lowerBound, ["will", "would", "should", "shall", "must", "also", "now"].contains(document.word(modal)) { modal -= 1 }
                    if modal < copula - 1 { noun = modal }
                }
                if let noun, hasAGenericGerundSubject(at: noun + 1, sentence: sentence) { return nil }
            }
            // ("Bulgaria, Romania and other countries joined": names coordinated with the noun act.)
            var head = lead - 1
            while head > sentence.lowerBound, head >= lead - 3, tokens[head].kind == .word, tokens[head].isLowercase,
                  !["and", "or", "that", "the", "these", "those", "both", "its", "their"].contains(document.word(head)) { head -= 1 }
            if !["and", "or", ","].contains(document.word(head)), hasAGenericGerundSubject(at: lead + 1, sentence: sentence) { return nil }
        }
        // "the leaders of A and B were joined by C": in the passive, who joins follows "by", and those before are joined.
        // (the list read as newcomers are: "by Iran, the UAE and Egypt"; not "by Serbia in the exercises", another role.)
        if phrase.lemma == "join", phrase.form == .finite,
           ["was", "were", "been", "is", "are", "be"].contains(document.word(previous)) || isReducedPassiveJoin(phrase, at: at, sentence: sentence),
           let agent = agentStart(afterJoined: at, sentence: sentence) {
            let listed = newcomers(startingAt: agent, sentence: sentence)
            guard !joinsInAnotherRole(after: listed.end, sentence: sentence) else { return nil }
            for code in listed.codes where !countries.contains(code) { countries.append(code) }
            return countries
        }
        // "Nazarbayev said the accession of Azerbaijan strengthened ...": the country after "of" accedes.
        // "the accession of Armenia and Kyrgyzstan", "the joining of India and Pakistan": each country coordinated there.
        if phrase.form == .noun, phrase.words.last == "of", ["accede", "withdraw", "join"].contains(phrase.lemma) {
            countries = document.entities(in: end..<min(sentence.upperBound, end + 2)).compactMap(\.entity.country).prefix(1).map { $0 }
            if !countries.isEmpty, let first = document.entities(in: end..<min(sentence.upperBound, end + 2)).first(where: { $0.entity.country != nil }) {
                countries = coordinatedCountries(startingAt: first.start, sentence: sentence).codes
            }
            // "marking the admission of these countries to NATO": the group the phrase refers back to.
            if countries.isEmpty, let group = referredGroup(startingAt: end, sentence: sentence) { countries = group.codes }
        }
        if !objectCountries.isEmpty { countries = objectCountries }
        // "Shevardnadze said that his country has decided to enter the CIS", "Georgia's president declared his country's
        // withdrawal": a country noun owned by "his" or "her" is the country of the person it takes up, the nearest leader
        // named before (by name, or by an office its country qualifies), not the nearest name; with no such person, none.
        // "'... our country will leave the CSTO,' the Armenian Prime Minister said": "our" is the speaker's, named in the
        // attribution after the quotation, else before it as for "his".
        if countries.isEmpty, let owner = speakersCountryNoun(before: at, sentence: sentence) {
            let attributed = document.word(owner) == "our" ? speakersCountry(afterQuotationFrom: at, sentence: sentence) : nil
            guard let code = attributed ?? speakersCountry(before: owner, sentence: sentence) else { return nil }
            countries = [code]
        }
        // "the leaders meeting in Moscow suspended Uzbekistan's membership", "froze Armenia's participation": the membership
        // suspended is its owner's, whoever suspends it.
        if countries.isEmpty, ["suspended", "froze"].contains(phrase.action) {
            let lead = document.word(end) == "the" ? end + 1 : end
            if let owner = document.entity(at: lead), let code = owner.entity.country, document.word(owner.end) == "'s",
               ["membership", "participation"].contains(document.word(owner.end + 1)) {
                countries = [code]
            }
        }
        // "joined the organisation in 1999, before withdrawing from it": a participial clause shares the subject of the
        // event before it.
        if countries.isEmpty, phrase.form == .gerund, !lastCountries.isEmpty, Self.participialLeads.contains(document.word(previous)), previous > sentence.lowerBound {
            countries = lastCountries
        }
        // "Moldova would be the second state after Georgia to leave": the ranking's subject, not the name inside it.
        if countries.isEmpty, phrase.form == .base, let rank = ranking(before: at, sentence: sentence) {
            countries = self.countries(before: rank, after: end, sentence: sentence)
        }
        if countries.isEmpty, phrase.form != .noun, phrase.form != .gerund, let subject = subjectWord(before: at, sentence: sentence) {
            // "since it announced its intention to join", "to which the republic returned": the country it stands for;
            // "we have frozen our participation": a speaker's "we" names no country here.
            // "Azerbaijan, Georgia and Uzbekistan have announced that they will leave": "they" stands for the countries
            // coordinated as the sentence's subject.
            if document.word(subject) == "they", let listed = openingCountries(of: sentence, before: subject) { return listed }
            // "\"We have frozen our membership of the CSTO,\" Pashinyan told Armenpress": a speaker's "we" inside a quotation is
            // the country of the speaker the attribution after it names.
            if document.word(subject) == "we", (sentence.lowerBound..<subject).contains(where: { Self.quotationMarks.contains(document.word($0)) }),
               let code = speakersCountry(afterQuotationFrom: at, sentence: sentence) { return [code] }
            guard let code = ["we", "i", "they", "he", "she", "you"].contains(document.word(subject)) ? nil : references.country(referredToBy: subject) else { return nil }
            // "withdrew from GUAM, the grouping it had joined in 1999": "it" after an event of its sentence is that event's
            // subject, not a name in between that is a preposition's object ("the closure of the US air base"); a name in
            // between that is a subject is its own ("Georgia left the CIS, and Russia said it would quit").
            let between = document.entities(in: sentence.lowerBound..<subject).last { $0.entity.country != nil }
            let betweenIsObject = between.map { span in
                let lead = document.word(span.start - 1) == "the" ? span.start - 2 : span.start - 1
                return ["of", "from", "with", "at", "in", "by", "on", "to", "for", "against"].contains(document.word(lead))
            } ?? true
            countries = document.word(subject) == "it" && lastCountries.count == 1 && betweenIsObject ? lastCountries : [code]
        }
        // "the six republics became ...", "both states joined ...", "Both countries intend to join the union: Armenia ...": as
        // many countries as the text listed before, when no country is named before the verb (names after it are not then
        // its subject).
        if countries.isEmpty, !document.entities(in: sentence.lowerBound..<at).contains(where: { $0.entity.country != nil }),
           let plural = pluralSubject(before: at, sentence: sentence) {
            countries = plural
        }
        // "These nations began accession negotiations": a noun right after its clause's verb, whose subject refers back to a
        // group of names.
        if countries.isEmpty, phrase.form == .noun, at - 2 > sentence.lowerBound, tokens[at - 1].kind == .word, tokens[at - 1].isLowercase,
           document.spanAt[at - 1] == nil, !document.entities(in: sentence.lowerBound..<at).contains(where: { $0.entity.country != nil }),
           let group = referredGroup(endingAt: at - 2, sentence: sentence) {
            countries = group
        }
        // "Its parliament voted to join the treaty": the country the possessive opening the sentence stands for.
        if countries.isEmpty, document.word(sentence.lowerBound) == "its", sentence.lowerBound < at, let code = references.country(referredToBy: sentence.lowerBound) {
            countries = [code]
        }
        // "he reaffirmed the goal of joining the EU, while declining sanctions on Russia": the speaker's country governs a
        // gerund or noun; names after it are objects. Without a country for the speaker, no subject.
        if countries.isEmpty, phrase.form == .gerund || phrase.form == .noun,
           let pronoun = (max(sentence.lowerBound, at - 10)..<at).last(where: { ["he", "she"].contains(document.word($0)) }),
           !document.entities(in: sentence.lowerBound..<at).contains(where: { $0.entity.country != nil }) {
            let speaker = document.entities(in: 0..<pronoun).reversed().lazy.compactMap { span -> String? in
                if case let .person(name, _) = span.entity { return document.personCountries[name] } else { return nil }
            }.first
            guard let speaker else { return nil }
            countries = [speaker]
        }
        // "The republic left the treaty in 1999, returned to the organisation in 2006 and in 2008 froze its participation in
        // EurAsEC": a predicate coordinated after the event before, with no subject of its own, shares that event's subject.
        if countries.isEmpty, !lastCountries.isEmpty, phrase.form == .finite, opensACoordinatedPredicate(at, sentence: sentence) { countries = lastCountries }
        // "Tashkent evicts US forces from the air base, applies to join the Community in October": a predicate coordinated
        // after a comma, with no subject of its own, shares the sentence's subject, not a name in the first one's object.
        if countries.isEmpty, phrase.form == .base, let lead = coordinatedInfinitiveLead(before: at, sentence: sentence),
           let subject = sentenceSubject(before: lead, sentence: sentence) {
            countries = [subject]
        }
        // "In 2022 the country began the procedure for joining the organisation": the step of a process a country's pronoun or
        // "the country" starts or completes is that country's.
        if countries.isEmpty, phrase.form == .gerund || phrase.form == .noun, let owner = processOwner(before: at, sentence: sentence),
           let code = references.country(referredToBy: owner) {
            countries = [code]
        }
        // "Belarus has been an observer since 2015. In Samarkand, a decision was signed to begin the procedure for joining the
        // organisation": a process towards an ownerless step, in a sentence that names no country, is for the one country its
        // paragraph names before it.
        if countries.isEmpty, phrase.form == .gerund || phrase.form == .noun, let owner = paragraphsOnlyCountry(forProcessStepAt: at, sentence: sentence) {
            countries = [owner]
        }
        // "Uzbekistan moved closer to Russia, joining a number of pro-Moscow groups": a participial clause after a comma shares
        // the subject of the clause before it, not a name in that clause's object.
        if countries.isEmpty, phrase.form == .gerund, document.word(previous) == ",", let subject = sentenceSubject(before: previous, sentence: sentence) {
            countries = [subject]
        }
        // "the withdrawal takes effect 12 months after the depositary in Minsk is notified": what takes effect is the noun
        // before the verb, whose owner is named there; names after it belong to its time clause.
        if countries.isEmpty { countries = self.countries(before: at, after: phrase.action == "effect" ? sentence.upperBound : end, sentence: sentence) }
        // "In 1999 it did not extend the treaty and left it": a predicate coordinated after one that reports no event shares
        // the sentence's pronoun subject.
        if countries.isEmpty, phrase.form == .finite, opensACoordinatedPredicate(at, sentence: sentence),
           let pronoun = openingPronoun(of: sentence), pronoun < at, let code = references.country(referredToBy: pronoun) {
            countries = [code]
        }
        if countries.isEmpty, let plural = pluralSubject(before: at, sentence: sentence) { countries = plural }
        // (not "it" anticipating the infinitive after a verb of judging: "we consider it necessary to denounce")
        if countries.isEmpty, let subject = (max(sentence.lowerBound, at - 3)..<at).last(where: { Coreference.countryWords.contains(document.word($0)) }),
           !(document.word(subject) == "it" && Self.judgingVerbs.contains(document.word(subject - 1))),
           let code = references.country(referredToBy: subject) {
            countries = [code]
        }
        // "India joined in 2017, Iran in 2023 and Belarus in July 2024": the same verb, elided.
        var cursor = end
        while cursor + 2 < sentence.upperBound {
            guard let next = (cursor..<min(sentence.upperBound, cursor + 6)).first(where: { document.entity(at: $0)?.entity.country != nil }),
                  (cursor..<next).allSatisfy({ [",", "and", "in", "on", "the", "year"].contains(document.word($0)) || tokens[$0].kind == .number || DateWords.month(tokens[$0]) != nil }),
                  let place = document.entity(at: next), document.word(place.end) == "in" || document.word(place.end) == "on" else { break }
            countries.append(place.entity.country!)
            cursor = place.end + 1
        }
        // "left the treaty in 1999 together with Georgia and Uzbekistan": the companions act too.
        countries += companions(after: end, sentence: sentence).filter { !countries.contains($0) }
        // "Along with Bulgaria and Romania, the Baltic states were welcomed into NATO": companions opening the clause act too.
        if !countries.isEmpty { countries += frontedCompanions(before: at, sentence: sentence).filter { !countries.contains($0) } }
        return countries
    }

    /// Whether "joined" at `at` is a participle in apposition, in the passive without its auxiliary: after a comma or "and",
    /// its agent after "by" ("the union, formed by A and B in 1996, and joined by C the following year"; "the bloc, joined by C
    /// in 1997,"). Who joins is the agent, as in "was joined by C".
    func isReducedPassiveJoin(_ phrase: Phrase, at: Int, sentence: Range<Int>) -> Bool {
        phrase.lemma == "join" && phrase.words == ["joined"] && at > sentence.lowerBound && [",", "and"].contains(document.word(at - 1))
            && agentStart(afterJoined: at, sentence: sentence) != nil
    }

    /// Countries named in a phrase of accompaniment that opens the clause, before its verb at `at` and closed by a comma:
    /// "Along with Bulgaria and Romania, the three Baltic states joined", "Together with Armenia, Belarus left", "Alongside
    /// Iran, Belarus became a member".
    func frontedCompanions(before at: Int, sentence: Range<Int>) -> [String] {
        let open = clauseOpening(of: sentence)
        var start = open
        if ["along", "together"].contains(document.word(open)), document.word(open + 1) == "with" { start = open + 2 }
        else if document.word(open) == "alongside" { start = open + 1 }
        else { return [] }
        if document.word(start) == "the", document.entity(at: start) == nil { start += 1 }
        // The list closes with its "and": "Along with A, B and C, D joined" (a comma alone after C opens the clause).
        var codes: [String] = []
        var cursor = start
        while cursor < at, let span = document.entity(at: cursor), let code = span.entity.country {
            if !codes.contains(code) { codes.append(code) }
            cursor = span.end
            if document.word(cursor) == ",", document.word(cursor + 1) != "and", document.entity(at: cursor + 1)?.entity.country != nil,
               (cursor + 2..<min(at, cursor + 12)).contains(where: { document.word($0) == "and" }) { cursor += 1; continue }
            if document.word(cursor) == "and" || document.word(cursor) == "," && document.word(cursor + 1) == "and" {
                cursor += document.word(cursor) == "and" ? 1 : 2
                guard let last = document.entity(at: cursor), let lastCode = last.entity.country else { return [] }
                if !codes.contains(lastCode) { codes.append(lastCode) }
                cursor = last.end
            }
            break
        }
        guard !codes.isEmpty, document.word(cursor) == ",", cursor < at else { return [] }
        return codes
    }

    /// Where a sentence's own words start: after a dateline that opens it up to its dash, no lower-case word before it
    /// ("CHISINAU, May 11 (Itar-Tass) - After ...", also after a time stamp), else its first token.
    func clauseOpening(of sentence: Range<Int>) -> Int {
        var depth = 0
        for position in sentence.lowerBound..<min(sentence.upperBound - 1, sentence.lowerBound + 24) {
            let word = document.word(position)
            if word == "(" { depth += 1; continue }
            if word == ")" { depth = max(0, depth - 1); continue }
            if depth == 0, ["-", "--", "\u{2014}", "\u{2013}"].contains(word), position > sentence.lowerBound { return position + 1 }
            if depth == 0, tokens[position].kind == .word, tokens[position].isLowercase { break }
        }
        return sentence.lowerBound
    }

    /// The first comma after `index` that no bracket encloses ("the GUUAM Group (Georgia, Ukraine ...), Uzbekistan").
    func firstCommaOutsideBrackets(from index: Int, sentence: Range<Int>) -> Int? {
        var depth = 0
        for position in index..<sentence.upperBound {
            switch document.word(position) {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "," where depth == 0: return position
            default: break
            }
        }
        return nil
    }

    /// Plural nouns for countries in general, without a name.
    static let genericCountryNouns: Set<String> = ["countries", "states", "nations", "republics", "members", "governments", "others", "candidates", "applicants"]

    /// Whether the event at `at` is in a relative clause ("who", "that", "which" with no comma) on a generic plural noun, the
    /// relative pronoun its subject: right before the verb ("states that join"), or before the verb that governs its
    /// infinitive, over auxiliaries ("countries who want to enter", "nations which hope to join", "states that have
    /// applied to join"); or in such a clause reduced to a participle or an adjective of readiness right after the noun
    /// ("non-member countries aspiring to join", "states wishing to leave", "nations keen to join"): any country, none the
    /// text names, whatever name stands near.
    func modifiesAGenericNoun(at: Int, previous: Int, sentence: Range<Int>) -> Bool {
        var pronoun = at - 1
        if document.word(previous) == "to", previous < at {
            pronoun = previous - 1
            while pronoun > sentence.lowerBound, Self.adverbs.contains(document.word(pronoun)) { pronoun -= 1 }
            // The governing verb ("want", "wish", "plan", "intend").
            guard pronoun > sentence.lowerBound, tokens[pronoun].kind == .word, tokens[pronoun].isLowercase, document.spanAt[pronoun] == nil else { return false }
            if document.word(pronoun).hasSuffix("ing") || Self.readinessAdjectives.contains(document.word(pronoun)) {
                if isUncountedGenericNoun(pronoun - 1, sentence: sentence) { return true }
            }
            pronoun -= 1
            while pronoun > sentence.lowerBound, ["has", "have", "had", "already", "also"].contains(document.word(pronoun)) { pronoun -= 1 }
        }
        guard pronoun > sentence.lowerBound, ["who", "that", "which"].contains(document.word(pronoun)) else { return false }
        return isUncountedGenericNoun(pronoun - 1, sentence: sentence)
    }

    /// Whether `noun` is a generic plural noun for countries that no count ties to countries the text names: "the two
    /// members that left", "both states that joined" are counted, countries named elsewhere.
    func isUncountedGenericNoun(_ noun: Int, sentence: Range<Int>) -> Bool {
        guard noun >= sentence.lowerBound else { return false }
        // ("States wishing to leave ...": a noun opening the sentence has no count before it.)
        let counted = noun > sentence.lowerBound && (tokens[noun - 1].kind == .number || NumberWords.cardinalWords[document.word(noun - 1)] != nil
            || ["both", "these", "those"].contains(document.word(noun - 1)))
        return !counted && document.spanAt[noun] == nil && Self.genericCountryNouns.contains(document.word(noun))
    }

    /// Whether the gerund at `at` has its own subject right before it, a generic plural noun that no determiner, possessive or
    /// count ties to countries of the text's ("opposed former Soviet republics joining NATO", "against new members leaving");
    /// "the countries joining", "the two states leaving" refer back and keep the subject.
    func hasAGenericGerundSubject(at: Int, sentence: Range<Int>) -> Bool {
        let noun = at - 1
        guard noun > sentence.lowerBound, document.spanAt[noun] == nil, Self.genericCountryNouns.contains(document.word(noun)) else { return false }
        var cursor = noun - 1
        while cursor >= sentence.lowerBound, cursor >= noun - 4 {
            let word = document.word(cursor)
            if ["the", "these", "those", "both", "its", "their", "our", "his", "her", "'s"].contains(word) || tokens[cursor].kind == .number
                || NumberWords.cardinalWords[word] != nil { return false }
            if tokens[cursor].kind != .word || ["to", "of", "for", "on", "about", "against", "with", "by", "from", "in", "and", "or", "that"].contains(word) { return true }
            cursor -= 1
        }
        return true
    }

    /// Singular nouns for a country in general, after an indefinite article ("an observer country", "a candidate state").
    static let genericCountryNoun: Set<String> = ["country", "state", "nation", "republic", "member", "government", "candidate", "applicant", "observer"]

    /// Whether the infinitive at `at` (its "to" at `at` or at `previous`) has its own subject after "for", a noun for any
    /// country: indefinite and singular ("a necessary step for an observer country to become a member", "the criteria for a
    /// state to join") or a bare generic plural ("the rules for new members to join", "made it easier for countries to
    /// leave"). A name ("for Belarus to join"), a definite noun that refers back ("for the country to join") or a counted
    /// plural ("for the two states to join") is a country of the text's and keeps the subject.
    func hasAGenericInfinitiveSubject(at: Int, previous: Int, sentence: Range<Int>) -> Bool {
        let to: Int
        if document.word(at) == "to" { to = at } else if document.word(previous) == "to", previous < at { to = previous } else { return false }
        var cursor = to - 1
        var words: [String] = []
        while cursor > sentence.lowerBound, cursor >= to - 5, document.word(cursor) != "for" {
            guard tokens[cursor].kind == .word, tokens[cursor].isLowercase, document.spanAt[cursor] == nil else { return false }
            words.insert(document.word(cursor), at: 0)
            cursor -= 1
        }
        guard document.word(cursor) == "for", let head = words.last, let first = words.first else { return false }
        if ["a", "an", "any", "every", "each"].contains(first) { return Self.genericCountryNoun.contains(head) }
        return Self.genericCountryNouns.contains(head)
            && !words.contains { ["the", "both", "these", "those", "its", "their", "our", "his", "her", "two", "three", "four", "five", "six"].contains($0) }
    }

    /// Verbs of judging whose object "it" anticipates an infinitive ("consider it necessary to").
    static let judgingVerbs: Set<String> = ["consider", "considers", "considered", "find", "finds", "found", "deem", "deems", "deemed",
                                            "think", "thinks", "thought", "believe", "believes"]

    /// Finite verbs that govern an infinitive ("applies to join", "decided to leave").
    static let infinitiveGoverning: Set<String> = ["applies", "applied", "decides", "decided", "asks", "asked", "moves", "moved", "agrees", "agreed", "seeks",
                                                   "sought", "votes", "voted", "announces", "announced", "pledges", "pledged", "vows", "vowed", "plans",
                                                   "planned", "intends", "intended", "prepares", "prepared", "wants", "wanted", "hopes", "hoped"]

    /// The comma or "and" before a verb that governs the infinitive at `index` and opens a predicate of its own (", applies to
    /// join", "and decided to leave"), with nothing but such words and adverbs between.
    func coordinatedInfinitiveLead(before index: Int, sentence: Range<Int>) -> Int? {
        var cursor = index - 1
        var governed = false
        while cursor > sentence.lowerBound, cursor >= index - 6 {
            let word = document.word(cursor)
            if [",", "and"].contains(word) { return governed ? cursor : nil }
            if Self.infinitiveGoverning.contains(word) { governed = true } else if word != "to", !Self.adverbs.contains(word) { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The sentence's subject before `index`: the first country named at its start or after a fronted phrase ("After the
    /// Andijan events, Tashkent evicts", "In 2005 Tashkent expelled") and followed by a lower-case word (its verb); a
    /// dateline's place and a preposition's object are skipped.
    func sentenceSubject(before index: Int, sentence: Range<Int>) -> String? {
        for span in document.entities(in: sentence.lowerBound..<index) {
            guard let code = span.entity.country, !tokens[span.start].isAllCaps else { continue }
            let lead = span.start - 1
            if ["in", "on", "at", "from", "with", "to", "of", "by", "for", "against"].contains(document.word(lead)) { continue }
            guard span.start == sentence.lowerBound || [",", "-", "the"].contains(document.word(lead)) || tokens[lead].kind == .number || DateWords.month(tokens[lead]) != nil
            else { return nil }
            return span.end < index && tokens[span.end].kind == .word && tokens[span.end].isLowercase && !["and", "or", "of"].contains(document.word(span.end)) ? code : nil
        }
        return nil
    }

    /// Two or more countries coordinated at the head of the sentence before `index` ("Azerbaijan, Georgia and Uzbekistan
    /// refused ...", also after a fronted date: "In 1999, A and B ...") and followed by their verb.
    func openingCountries(of sentence: Range<Int>, before index: Int) -> [String]? {
        var cursor = sentence.lowerBound
        // "Until 1999, Georgia, Uzbekistan and Azerbaijan took part in the treaty, but they ...": after a fronted date.
        if ["in", "on", "by", "since", "until", "till"].contains(document.word(cursor)) {
            cursor += 1
            while cursor < index, tokens[cursor].kind == .number || DateWords.month(tokens[cursor]) != nil || ["the", "year", "late", "early"].contains(document.word(cursor)) { cursor += 1 }
            guard document.word(cursor) == "," else { return nil }
            cursor += 1
        }
        // "Both Finland and neighbouring Sweden applied ...": "both" opens the pair, and a noun of the state's place beside
        // the one before may lead the next.
        if document.word(cursor) == "both" { cursor += 1 }
        var codes: [String] = []
        while cursor < index, let span = document.entity(at: cursor), let code = span.entity.country {
            if !codes.contains(code) { codes.append(code) }
            cursor = span.end
            guard [",", "and"].contains(document.word(cursor)) else { break }
            cursor += document.word(cursor + 1) == "and" ? 2 : 1
            if Self.neighbourWords.contains(document.word(cursor)), document.entity(at: cursor + 1)?.entity.country != nil { cursor += 1 }
        }
        guard codes.count >= 2, cursor < index, tokens[cursor].kind == .word, tokens[cursor].isLowercase else { return nil }
        return codes
    }

    /// Whether the state's name follows a dateline's town in capitals that opens the line, before the dateline goes on with a
    /// comma, a bracket or a dash ("SAMARKAND, Uzbekistan, Sept. 16 (Xinhua) --", "BAKU, Azerbaijan, July 4."): where the news
    /// was filed.
    func isDatelineState(_ span: EntitySpan) -> Bool {
        guard span.start >= 2, span.end < tokens.count, document.word(span.start - 1) == ",", tokens[span.start - 2].isAllCaps, tokens[span.start - 2].kind == .word
        else { return false }
        var town = span.start - 2
        while town > 0, tokens[town].newlinesBefore == 0, tokens[town - 1].isAllCaps, tokens[town - 1].kind == .word { town -= 1 }
        // A town's name, not an abbreviation that opens a list ("US, Russia, China (...)", "CIS, Armenia ..."): three letters or
        // more, and no organisation or state the gazetteer knows by it except a capital.
        let isTown: Bool
        switch document.entity(at: town)?.entity {
        case nil, .country(_, .capital): isTown = true
        default: isTown = false
        }
        return isTown && tokens[span.start - 2].text.count >= 3 && (town == 0 || tokens[town].newlinesBefore > 0)
            && [",", "(", "-", "--", "\u{2014}", "\u{2013}"].contains(document.word(span.end))
    }

    /// Words that say a state is beside the one named before it ("Finland and neighbouring Sweden", "and fellow member Belarus").
    static let neighbourWords: Set<String> = ["neighbor", "neighbour", "neighboring", "neighbouring", "fellow"]

    /// The pronoun or "the country" that opens the sentence as its subject, perhaps after a fronted date ("It ...", "In 1999
    /// it ...", "In May 2005, the republic ...").
    func openingPronoun(of sentence: Range<Int>) -> Int? {
        var cursor = sentence.lowerBound
        if ["in", "on", "by", "since"].contains(document.word(cursor)) {
            cursor += 1
            while cursor < sentence.upperBound, tokens[cursor].kind == .number || DateWords.month(tokens[cursor]) != nil || ["the", "year", "late", "early"].contains(document.word(cursor)) { cursor += 1 }
            if document.word(cursor) == "," { cursor += 1 }
        }
        guard cursor < sentence.upperBound, document.spanAt[cursor] == nil else { return nil }
        if document.word(cursor) == "it" { return cursor }
        if document.word(cursor) == "the", ["country", "republic"].contains(document.word(cursor + 1)), document.spanAt[cursor + 1] == nil { return cursor + 1 }
        return nil
    }

    /// Whether the verb at `index` follows a comma, "and" or "but" with nothing but adverbs and a date between ("...,
    /// returned to", "and in 2008 froze", "but withdrew from it in 1999"): a predicate coordinated with the one before.
    func opensACoordinatedPredicate(_ index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, cursor >= index - 6 {
            let word = document.word(cursor)
            if [",", "and", "but"].contains(word) { return true }
            guard Self.adverbs.contains(word) || ["in", "on", "since", "later", "then", "the", "same", "year"].contains(word)
                    || tokens[cursor].kind == .number || DateWords.month(tokens[cursor]) != nil else { return false }
            cursor -= 1
        }
        return false
    }

    /// Lemmas that may stand without their object ("Belarus joined in 2024"); "return", "leave" and the others say too
    /// many other things without one.
    static let intransitiveLemmas: Set<String> = ["join", "rejoin", "accede", "withdraw", "quit", "pull", "drop"]

    /// Whether "leave" (or "depart", or "return", "come back" or "rejoin" after an exit its sentence reports) stands without its object and still
    /// means the organisation: dated by a year with a country plainly
    /// its subject ("Georgia, which left in 2009,", "when Uzbekistan left in 2012"; a place is left on a day, not in a year),
    /// or as a reported plan about an organisation the sentence names before ("notified the organisation's executive
    /// committee that it was leaving in protest").
    func leavesWithoutObject(_ phrase: Phrase, at: Int, end: Int, sentence: Range<Int>) -> Bool {
        // "left the grouping in 1999, but returned in 2006": "return" dated by a year and coordinated after an exit in its
        // sentence comes back to what was left.
        // "but then came back in August 2006", "but re-entered in 2006", "and rejoined in 2006": the same for coming back,
        // re-entering and rejoining, dated by any date.
        if ["return", "come", "rejoin"].contains(phrase.lemma), phrase.form == .finite, end + 1 < sentence.upperBound,
           document.word(end) == "in" && tokens[end + 1].kind == .number && tokens[end + 1].text.count == 4 || dateAdjunctEnd(from: end, sentence: sentence) > end,
           opensACoordinatedPredicate(at, sentence: sentence) {
            // The exit's object is the organisation itself, not a meeting of it ("left the CSTO meeting early and returned").
            return (sentence.lowerBound..<at).contains { verb in
                guard ["left", "withdrew", "quit", "exited"].contains(document.word(verb)) else { return false }
                var object = verb + 1
                while ["the", "from", "out", "of"].contains(document.word(object)) { object += 1 }
                let next: Int
                if let span = document.entity(at: object), case .organisation = span.entity { next = span.end }
                else if Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(object)) { next = object + 1 }
                else { return false }
                return !Coreference.modifiedNouns.union(["talks", "conference", "session"]).contains(document.word(next))
            }
        }
        guard phrase.lemma == "leave" || phrase.lemma == "depart", phrase.form != .noun, end < sentence.upperBound else { return false }
        // "in 2009", "in May 2005".
        let year = DateWords.month(tokens[min(end + 1, tokens.count - 1)]) != nil ? end + 2 : end + 1
        if document.word(end) == "in", year < sentence.upperBound, tokens[year].kind == .number, tokens[year].text.count == 4 {
            // "announced that it was pulling out of the group and formally left in May 2005": a coordinated predicate's.
            return countryRightBefore(at, sentence: sentence) || opensACoordinatedPredicate(at, sentence: sentence)
        }
        // "joined the organisation in 1999 but left four years later", "and left a year later": a coordinated predicate dated
        // after the first one.
        if let later = (end..<min(sentence.upperBound, end + 4)).first(where: { document.word($0) == "later" }),
           (end..<later).allSatisfy({ tokens[$0].kind == .number || NumberWords.cardinalWords[document.word($0)] != nil
               || ["a", "an", "years", "year", "months", "month", "decade", "decades"].contains(document.word($0)) }),
           opensACoordinatedPredicate(at, sentence: sentence) {
            return true
        }
        guard phrase.form == .gerund, isReportedProgressive(at, sentence: sentence),
              [",", ".", ";", "in", "on", "at", "over", "after", "before"].contains(document.word(end)) else { return false }
        return (sentence.lowerBound..<at).contains { position in
            if let span = document.entity(at: position), case .organisation = span.entity { return true }
            return Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(position)) && document.entity(at: position) == nil
        }
    }

    /// Verbs that report speech or a notice.
    static let reporting: Set<String> = ["said", "says", "told", "notified", "informed", "announced", "announces", "stated", "declared", "confirmed",
                                         "warned", "reported", "wrote", "added", "explained",
                                         // "received official notification from Uzbekistan that it was withdrawing": a notice reports too.
                                         "notification", "notice", "note", "word", "message"]

    /// Whether the gerund at `index` is a progressive in reported speech ("said it was leaving the CSTO", "notified ... that
    /// it was withdrawing"): what a country says it is doing is its plan.
    func isReportedProgressive(_ index: Int, sentence: Range<Int>) -> Bool {
        var previous = index - 1
        while previous > sentence.lowerBound, Self.adverbs.contains(document.word(previous)) { previous -= 1 }
        guard ["was", "were", "is", "are"].contains(document.word(previous)) else { return false }
        return (max(sentence.lowerBound, previous - 12)..<previous).reversed().prefix { document.word($0) != ";" }.contains { Self.reporting.contains(document.word($0)) }
    }

    /// Whether nothing but a date follows the verb: "Uzbekistan, which joined in 2006, ...", "Belarus joined last year.".
    func standsWithoutObject(_ end: Int, sentence: Range<Int>) -> Bool {
        // "suspended its membership again in 2012", "withdrew temporarily": an adverb of the verb is no object.
        var end = end
        while end < sentence.upperBound, Self.verbAdverbs.contains(document.word(end)) { end += 1 }
        guard end < sentence.upperBound else { return true }
        if tokens[end].kind == .punctuation { return [".", ",", ";"].contains(document.word(end)) }
        // "which acceded at the end of 1993", "joined on the last day of the year".
        if dateAdjunctEnd(from: end, sentence: sentence) > end { return true }
        // "suspended its membership seven years later", "a year later", "later": a time counted from an event told before.
        if ["later", "afterwards", "subsequently"].contains(document.word(end)) { return true }
        if tokens[end].kind == .number || NumberWords.cardinalWords[document.word(end)] != nil || ["a", "an", "several", "some", "few"].contains(document.word(end)),
           end + 2 < sentence.upperBound, ["year", "years", "month", "months", "week", "weeks", "decade", "decades", "days"].contains(document.word(end + 1)),
           ["later", "afterwards", "after"].contains(document.word(end + 2)) { return true }
        // "Belarus joined shortly afterwards", "joined a short while later", "did not join until January 2006".
        if ["shortly", "soon"].contains(document.word(end)) { return true }
        if ["in", "a"].contains(document.word(end)), (end + 1..<min(sentence.upperBound, end + 5)).contains(where: { ["later", "afterwards"].contains(document.word($0)) }),
           (end + 1..<min(sentence.upperBound, end + 5)).prefix(while: { !["later", "afterwards"].contains(document.word($0)) }).allSatisfy({ tokens[$0].isLowercase }) { return true }
        if ["until", "till"].contains(document.word(end)), end + 1 < sentence.upperBound, startsADate(end + 1) || tokens[end + 1].kind == .number { return true }
        guard ["in", "on", "since", "last", "this", "back"].contains(document.word(end)), end + 1 < sentence.upperBound else { return false }
        let next = tokens[end + 1]
        return next.kind == .number || DateWords.month(next) != nil || ["year", "month", "week", "spring", "summer", "autumn", "winter", "decade"].contains(next.lower)
    }

    /// Whether a country is the verb's subject right before it, perhaps through a relative pronoun ("Belarus has joined",
    /// "Uzbekistan, which joined").
    func countryRightBefore(_ index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        // "Uzbekistan did not join until 2006", "Uzbekistan is in the process of joining".
        if cursor - 4 > sentence.lowerBound, case let lead = (cursor - 4..<cursor + 1).map({ document.word($0) }), lead == ["is", "in", "the", "process", "of"] || lead == ["are", "in", "the", "process", "of"] {
            cursor -= 4
        }
        while cursor > sentence.lowerBound, Self.adverbs.contains(document.word(cursor)) || ["has", "have", "had", "already", "is", "was", "did", "not", "n't", "never"].contains(document.word(cursor)) { cursor -= 1 }
        if ["which", "who"].contains(document.word(cursor)), document.word(cursor - 1) == "," { cursor -= 2 }
        // "Three more states acceded in 1993", "two countries, namely A and B, dropped out in 1999": a counted plural subject,
        // perhaps with its countries in apposition.
        if document.word(cursor) == ",", document.spanAt[cursor - 1].map({ document.spans[$0].entity.country != nil }) ?? false { cursor -= 1 }
        else if ["states", "countries", "republics", "nations", "members"].contains(document.word(cursor)),
                (max(sentence.lowerBound, cursor - 3)..<cursor).contains(where: { NumberWords.read(tokens, at: $0).map { !$0.ordinal && $0.value >= 2 } ?? false || document.word($0) == "both" }) {
            return true
        }
        guard cursor >= sentence.lowerBound, let span = document.spanAt[cursor] else { return false }
        return document.spans[span].entity.country != nil
    }

    /// Whether "takes effect" at `index` is followed by a term counted from a step ("takes effect twelve months after the
    /// depositary is notified"): a rule in the present, its event still to come.
    func statesATerm(at index: Int) -> Bool {
        guard document.word(index) == "takes", document.word(index + 1) == "effect", let count = NumberWords.read(tokens, at: index + 2), !count.ordinal else { return false }
        return ["days", "weeks", "months", "years"].contains(document.word(count.end)) && ["after", "from"].contains(document.word(count.end + 1))
    }

    /// The role an admission gives after "as" ("admitted as observers", "accepted as a full member", "were welcomed as CSCE
    /// participating States", "as the 57th participating State", "admitting A and B as dialogue partners"): the noun, past articles, modifiers, ordinals and an
    /// organisation's name; nil for any other phrase.
    func admittedRole(_ phrase: Phrase, end: Int) -> String? {
        guard phrase.action == "joined", phrase.words.contains(where: { Self.admittingForms[$0] != nil || Self.receivingForms.contains($0) }) else { return nil }
        // "admitting Bahrain, the Maldives and Kuwait as new dialogue partners": the states admitted may stand before the "as".
        var object = end
        while object < min(tokens.count, end + 40) {
            if let span = document.entity(at: object), span.entity.country != nil { object = span.end }
            else if [",", "and", "the"].contains(document.word(object)) { object += 1 }
            else { break }
        }
        if object > end, document.word(object) != "as" { object = end }
        guard phrase.words.last == "as" || document.word(object) == "as" else { return nil }
        var cursor = phrase.words.last == "as" ? end : object + 1
        while true {
            if ["a", "an", "the", "full", "new", "fully", "-", "fledged", "permanent"].contains(document.word(cursor)) || NumberWords.ordinalWords[document.word(cursor)] != nil {
                cursor += 1
            } else if afterNumericOrdinal(cursor) > cursor {
                cursor = afterNumericOrdinal(cursor)
            } else if let span = document.entity(at: cursor), case .organisation = span.entity, span.end > cursor {
                cursor = span.end
            } else { break }
        }
        return document.word(cursor)
    }

    /// Countries named after "together with" or "along with" in the verb's clause ("left the treaty in 1999 together with
    /// Georgia and Uzbekistan").
    func companions(after end: Int, sentence: Range<Int>) -> [String] {
        // "becomes the fifth full member of the union along with A, B, C and D": a rank among the members counts the others
        // as members already; they do not act with it.
        let before = max(sentence.lowerBound, end - 8)..<end
        if let rank = before.first(where: { NumberWords.ordinalWords[document.word($0)] != nil }),
           (rank + 1..<end).contains(where: { ["member", "members", "participant", "participants", "party", "state"].contains(document.word($0)) }) { return [] }
        var cursor = end
        // "left the treaty in 1999, as did Uzbekistan", "joined in 2015, and so did Kyrgyzstan": the verb repeated for them.
        func opensCompanions(_ index: Int) -> Bool {
            ["together", "along"].contains(document.word(index)) && document.word(index + 1) == "with"
                || ["as", "so"].contains(document.word(index)) && Self.repeatingAuxiliaries.contains(document.word(index + 1))
        }
        var limit = end + 10
        while cursor + 2 < sentence.upperBound, cursor < limit {
            let word = document.word(cursor)
            if opensCompanions(cursor) { break }
            // "withdrew from the CSTO, which is seen by many as a counterbalance ..., in 1999 along with A and B": a relative
            // clause set off by commas is passed over.
            if word == ",", ["which", "who"].contains(document.word(cursor + 1)),
               let close = (cursor + 2..<min(sentence.upperBound, cursor + 25)).first(where: { [",", ";"].contains(document.word($0)) }), document.word(close) == "," {
                limit += close + 1 - cursor
                cursor = close + 1
                continue
            }
            // "became a founding member of GUAM, together with Georgia, Ukraine and Azerbaijan": the companions may follow a comma.
            if word == ",", opensCompanions(cursor + 1) || document.word(cursor + 1) == "and" && opensCompanions(cursor + 2) {
                cursor += document.word(cursor + 1) == "and" ? 2 : 1
                break
            }
            if [",", ";", "which", "who", "that", "but"].contains(word) { return [] }
            cursor += 1
        }
        guard opensCompanions(cursor) else { return [] }
        var result: [String] = []
        cursor += 2
        while cursor < sentence.upperBound {
            if ["the", "and", ","].contains(document.word(cursor)) { cursor += 1; continue }
            guard let span = document.entity(at: cursor), let code = span.entity.country else { break }
            if !result.contains(code) { result.append(code) }
            cursor = span.end
        }
        return result
    }

    /// The word that is the verb's subject when it is a pronoun or a noun standing for a country ("it", "the republic",
    /// "the country", "we"), reached over the words that govern the verb ("it announced its intention to join", "the
    /// republic has since returned"); nil when a name or anything else stands there.
    func subjectWord(before index: Int, sentence: Range<Int>) -> Int? {
        var cursor = index - 1
        // "notified the committee in Minsk of its decision to quit": "its" before the noun that governs the verb.
        var possessive: Int?
        // ("they have freely joined": an adverb in -ly may stand there too.)
        while cursor > sentence.lowerBound, cursor >= index - 8,
              Self.governingWords.contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor))
                || document.word(cursor).hasSuffix("ly") && document.word(cursor).count > 4 && tokens[cursor].isLowercase && document.spanAt[cursor] == nil
                || Self.intentNouns.contains(document.word(cursor)) && document.word(cursor - 1) == "its" {
            if document.word(cursor) == "its", Self.intentNouns.contains(document.word(cursor + 1)) { possessive = possessive ?? cursor }
            cursor -= 1
        }
        guard cursor >= sentence.lowerBound, document.spanAt[cursor] == nil else { return nil }
        let word = document.word(cursor)
        if ["we", "i", "they", "he", "she", "you"].contains(word) { return cursor }
        if word == "it", document.word(cursor - 1) != "to" { return cursor }
        if ["republic", "country"].contains(word), document.word(cursor - 1) == "the" { return cursor }
        return possessive
    }

    /// Verbs that start, carry on or complete a process ("began the procedure for joining", "completed the formalities of").
    static let processVerbs: Set<String> = ["began", "begun", "begins", "begin", "started", "starts", "launched", "launches", "initiated", "initiates",
                                            "opened", "opens", "continued", "continues", "completed", "completes", "finalised", "finalized", "concluded"]
    /// Nouns of a process towards a step ("the procedure for joining", "the formalities of accession").
    static let stepProcessNouns: Set<String> = ["procedure", "procedures", "process", "formalities", "preparations", "talks", "negotiations"]

    /// The subject word of a verb that starts or completes a process whose step, a gerund or noun without an owner, is at
    /// `at` ("the country began the procedure for joining", "it launched the process of accession", "the republic completed
    /// the formalities of joining"): a pronoun or "the country" right before the verb (over auxiliaries and adverbs); nil
    /// for anything else (a name is read as any subject is; "the leaders began the procedure" names no country).
    func processOwner(before at: Int, sentence: Range<Int>) -> Int? {
        var cursor = at - 1
        guard cursor > sentence.lowerBound, ["for", "of", "towards", "toward", "on"].contains(document.word(cursor)) else { return nil }
        cursor -= 1
        guard Self.stepProcessNouns.contains(document.word(cursor)) else { return nil }
        cursor -= 1
        while cursor > sentence.lowerBound, ["the", "a", "an", "its", "necessary", "legal", "formal", "official", "all", "accession"].contains(document.word(cursor)) { cursor -= 1 }
        guard Self.processVerbs.contains(document.word(cursor)) else { return nil }
        cursor -= 1
        while cursor > sentence.lowerBound, ["has", "have", "had", "already", "also", "now"].contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor)) { cursor -= 1 }
        guard cursor >= sentence.lowerBound, document.spanAt[cursor] == nil else { return nil }
        let word = document.word(cursor)
        if word == "it", document.word(cursor - 1) != "to" { return cursor }
        if ["republic", "country"].contains(word), document.word(cursor - 1) == "the" { return cursor }
        return nil
    }

    /// The one country the paragraph names before the sentence at `sentence`, when the step at `at` follows a process noun
    /// ("the procedure for joining", "the process of accession") and its sentence names no country at all nor weighs the
    /// process; nil otherwise.
    func paragraphsOnlyCountry(forProcessStepAt at: Int, sentence: Range<Int>) -> String? {
        guard ["for", "of", "towards", "toward"].contains(document.word(at - 1)), Self.stepProcessNouns.contains(document.word(at - 2)),
              !document.entities(in: sentence).contains(where: { $0.entity.country != nil }),
              // "the leaders discussed the procedure for joining": a process weighed is no country's step.
              !(sentence.lowerBound..<at).contains(where: { Self.weighing.contains(document.word($0)) }) else { return nil }
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        let named = Set(document.entities(in: paragraph.lowerBound..<sentence.lowerBound).compactMap(\.entity.country))
        return named.count == 1 ? named.first : nil
    }

    /// Nouns of intent that govern an infinitive ("its decision to quit", "its intention to join", "its bid to rejoin").
    static let intentNouns: Set<String> = ["decision", "intention", "plan", "plans", "bid", "readiness", "desire", "wish", "move", "determination", "resolve"]

    /// Words between a subject and the membership verb they govern ("has officially announced its intention to").
    static let governingWords: Set<String> = ["to", "its", "their", "his", "her", "intention", "intends", "intend", "intended", "plans", "planned", "plan",
                                              "decided", "announced", "announces", "has", "had", "have", "will", "would", "is", "was", "are", "were",
                                              "expected", "going", "wants", "wanted", "hopes", "hoped", "seeks", "sought", "aims", "ready", "prepared",
                                              "due", "now", "since", "also", "already", "in", "practice", "effect", "not", "never", "finally", "then"]

    /// The organisation a relative clause's fronted object stands for, when the clause names its own subject: "the CSTO,
    /// to which the republic returned in 2006", "GUAM, from which Tashkent withdrew", "the CSTO, which it had left".
    func relativeAntecedent(ofVerbAt index: Int, particle: [String], sentence: Range<Int>, references: Coreference) -> String? {
        guard let which = (max(sentence.lowerBound, index - 6)..<index).last(where: { document.word($0) == "which" }),
              !(which + 1..<index).contains(where: { [",", ";"].contains(document.word($0)) }),
              (which + 1..<index).contains(where: { position in
                  document.spanAt[position].map { document.spans[$0].entity.country != nil } ?? false || ["it", "republic", "country"].contains(document.word(position))
              }) else { return nil }
        var lead = which
        for word in particle.reversed() {
            guard document.word(lead - 1) == word else { return nil }
            lead -= 1
        }
        guard document.word(lead - 1) == "," else { return nil }
        // The organisation right before the comma (a name, perhaps with its abbreviation in brackets, or a noun for one).
        var org: String?
        for span in document.entities(in: max(sentence.lowerBound, lead - 12)..<(lead - 1)) {
            if case let .organisation(code) = span.entity, span.end >= lead - 4 { org = code }
        }
        if org == nil, Coreference.organisationNouns.contains(document.word(lead - 2)) { org = references.organisation(referredToBy: lead - 2) }
        return org
    }

    /// Whether the base form at `at` is a plural present: two or more countries coordinated right before it, over adverbs, as
    /// its subject, and the organisation its object right after it ("Kyrgyzstan and Armenia join NATO", "Armenia, Kyrgyzstan
    /// officially enter the EAEU"; not "the leaders of A and B join", whose names modify another subject, "talks between A and
    /// B", or "A and B join forces in the SCO").
    func isPluralPresent(at: Int, end: Int, sentence: Range<Int>) -> Bool {
        // The organisation right after the verb ("join NATO", "enter the EAEU"; not "join forces in the SCO").
        let object = document.word(end) == "the" ? end + 1 : end
        guard let named = document.entity(at: object), case .organisation = named.entity else { return false }
        var subject = at - 1
        while subject > sentence.lowerBound, isAdverb(subject) { subject -= 1 }
        guard coordinatedCountries(endingAt: subject + 1, sentence: sentence).count >= 2 else { return false }
        // The word before the list.
        var lead = subject
        while lead >= sentence.lowerBound, document.spanAt[lead].map({ document.spans[$0].entity.country != nil }) ?? [",", "and"].contains(document.word(lead)) { lead -= 1 }
        return lead < sentence.lowerBound || !["of", "between", "with", "from", "for", "to", "in", "by", "and", "'s"].contains(document.word(lead)) && !tokens[lead].isCapitalized
    }

    /// Plural nouns for countries that a demonstrative or a count ties to names before ("these countries", "the seven states").
    static let groupNouns: Set<String> = ["countries", "states", "nations", "republics"]

    /// "these countries", "those seven countries", "these Baltic states", "the three republics", "their countries" starting at `start`: the
    /// countries the phrase refers back to, the last group of names coordinated before it (as many as counted; uncounted, a
    /// demonstrative takes the nearest group of two or more within the sentence and the two before), and where it ends.
    /// "the countries" or "all countries" alone refer to no names.
    func referredGroup(startingAt start: Int, sentence: Range<Int>) -> (codes: [String], end: Int)? {
        guard start < sentence.upperBound else { return nil }
        let determiner = document.word(start)
        // "the admission of their countries into NATO" after "the ambassadors of Estonia, Latvia and Lithuania": "their" with a
        // plural noun for countries refers back as "these" does.
        guard ["these", "those", "the", "both", "their"].contains(determiner) else { return nil }
        var cursor = start + 1
        var count: Int? = determiner == "both" ? 2 : nil
        if count == nil, cursor < sentence.upperBound {
            if let value = NumberWords.cardinalWords[document.word(cursor)], value >= 2, value <= 30 { count = value; cursor += 1 }
            else if tokens[cursor].kind == .number, let value = Int(tokens[cursor].text), value >= 2, value <= 30 { count = value; cursor += 1 }
        }
        // "these Baltic states": one capitalized word that names no country of its own.
        if cursor + 1 < sentence.upperBound, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil, Self.groupNouns.contains(document.word(cursor + 1)) { cursor += 1 }
        guard cursor < sentence.upperBound, Self.groupNouns.contains(document.word(cursor)), document.spanAt[cursor] == nil,
              count != nil || ["these", "those", "their"].contains(determiner),
              let codes = lastGroup(before: start, count: count, sentence: sentence) else { return nil }
        return (codes, cursor + 1)
    }

    /// The same phrase ending with its noun at `noun` ("... marking the admission of these countries", "These nations began").
    func referredGroup(endingAt noun: Int, sentence: Range<Int>) -> [String]? {
        guard noun > sentence.lowerBound else { return nil }
        for start in max(sentence.lowerBound, noun - 3)..<noun {
            if let group = referredGroup(startingAt: start, sentence: sentence), group.end == noun + 1 { return group.codes }
        }
        return nil
    }

    /// The last group of country names coordinated before `index` (linked by commas and "and"): one of `count` distinct
    /// countries when counted, else the nearest of two or more within the sentence and the two before.
    func lastGroup(before index: Int, count: Int?, sentence: Range<Int>) -> [String]? {
        let position = document.sentences.firstIndex { $0.lowerBound == sentence.lowerBound } ?? 0
        let windowStart = count == nil ? document.sentences[max(0, position - 2)].lowerBound : 0
        var groups: [[String]] = []
        var previousEnd: Int?
        for span in document.entities(in: windowStart..<index) {
            guard let code = span.entity.country else { continue }
            if let previousEnd, (previousEnd..<span.start).allSatisfy({ [",", "and", "the"].contains(document.word($0)) }), !groups.isEmpty {
                if !groups[groups.count - 1].contains(code) { groups[groups.count - 1].append(code) }
            } else {
                groups.append([code])
            }
            previousEnd = span.end
        }
        return groups.last { group in count.map { group.count == $0 } ?? (group.count >= 2) }
    }

    /// "the six republics", "the three states", "both countries" before the verb at `index`: the last as many distinct
    /// countries named before (in the sentence or earlier), when the text lists that many; "these countries", "those seven
    /// countries from Central Europe" the group they refer to (`referredGroup`).
    func pluralSubject(before index: Int, sentence: Range<Int>) -> [String]? {
        var cursor = index - 1
        // Over the words that govern the verb: "both countries intend to join", "the two states have decided to leave".
        while cursor > sentence.lowerBound, cursor >= index - 8,
              ["have", "had", "has", "also", "all", "then", "thus", "together", "jointly"].contains(document.word(cursor))
                || Self.governingWords.contains(document.word(cursor)) && document.word(cursor) != "in" { cursor -= 1 }
        guard cursor > sentence.lowerBound else { return nil }
        // "those seven countries from Central and Eastern Europe join": over a place qualifying the noun.
        if !Self.groupNouns.contains(document.word(cursor)),
           let from = (max(sentence.lowerBound + 1, cursor - 6)..<cursor).last(where: { ["from", "of", "in"].contains(document.word($0)) && Self.groupNouns.contains(document.word($0 - 1)) }),
           (from + 1...cursor).allSatisfy({ tokens[$0].isCapitalized || ["and", "the"].contains(document.word($0)) }) {
            cursor = from - 1
        }
        if cursor > sentence.lowerBound, ["these", "those"].contains(where: { (max(sentence.lowerBound, cursor - 3)..<cursor).map(document.word).contains($0) }),
           let group = referredGroup(endingAt: cursor, sentence: sentence) { return group }
        guard ["republics", "states", "countries", "nations", "members", "signatories"].contains(document.word(cursor)) else { return nil }
        let counted = document.word(cursor - 1)
        let count: Int
        if counted == "both" || counted == "two" && document.word(cursor - 2) == "the" { count = 2 }
        else if let value = NumberWords.cardinalWords[counted], value >= 2, value <= 15, document.word(cursor - 2) == "the" { count = value }
        else if tokens[cursor - 1].kind == .number, let value = Int(tokens[cursor - 1].text), value >= 2, value <= 15, document.word(cursor - 2) == "the" { count = value }
        else { return nil }
        // "India and Pakistan were admitted ..., President of Kazakhstan X said. Both countries ...": the last names coordinated
        // as many as counted, else the last names.
        let named = document.entities(in: 0..<(cursor - 1)).filter { $0.entity.country != nil }
        var group: [EntitySpan] = []
        for span in named.reversed() {
            if let next = group.first, !(span.end..<next.start).allSatisfy({ [",", "and", "the"].contains(document.word($0)) }) {
                if Set(group.compactMap(\.entity.country)).count == count { break }
                group = []
            }
            group.insert(span, at: 0)
        }
        let codes = group.compactMap(\.entity.country).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if codes.count == count { return codes }
        var found: [String] = []
        for span in document.entities(in: 0..<(cursor - 1)).reversed() {
            let code = span.entity.country ?? { if case let .person(name, _) = span.entity { return document.personCountries[name] } else { return nil } }()
            guard let code, !found.contains(code) else { continue }
            found.insert(code, at: 0)
            if found.count == count { break }
        }
        return found.count == count ? found : nil
    }

    /// The countries that act: the nearest named before the verb (its name, capital, or a person's country),
    /// else those listed after it ("granted observer status to Uzbekistan and Cuba", "the accession of Armenia").
    func countries(before index: Int, after end: Int, sentence: Range<Int>) -> [String] {
        var index = index
        // Skip auxiliaries and adverbs before the verb ("has officially", "had also").
        var probe = index - 1
        while probe > sentence.lowerBound, ["has", "have", "had", "also", "officially", "formally", "finally", "already", "then", "is", "was", "were", "are"].contains(document.word(probe)) { probe -= 1 }
        // "Uzbekistan, which had attended ... as a guest, joined": the subject stands before the relative clause.
        if document.word(probe) == ",", let relative = (sentence.lowerBound..<probe).last(where: { ["which", "who"].contains(document.word($0)) && document.word($0 - 1) == "," }) {
            index = relative - 1
        } else if document.word(probe) == ",", let open = (sentence.lowerBound..<probe).last(where: { [",", ";", ":"].contains(document.word($0)) }), document.word(open) == ",",
                  let head = document.spanAt[open - 1], document.spans[head].entity.country != nil, tokens[open + 1].kind == .word, tokens[open + 1].isLowercase,
                  !["and", "or", "plus", "together", "along", "with", "as", "including", "but"].contains(document.word(open + 1)),
                  // "Egypt, Iran, Saudi Arabia, the United Arab Emirates, became": a name after "the" is the list's next item.
                  document.entity(at: open + 2)?.entity.country == nil || document.word(open + 1) != "the" {
            // "Armenia, long considered Moscow's closest ally, froze": an apposition between the subject and its verb; a name
            // inside it is not the subject (a list's or companions' names are: "Iran, together with Egypt, ..., joined").
            index = open
        }
        // "..., the latter two having joined in 2015", "the former having left": the named part of the list before acts, not
        // the whole list.
        var part = probe
        while part > sentence.lowerBound, ["having", "both", "each"].contains(document.word(part)) { part -= 1 }
        let count = part > sentence.lowerBound ? NumberWords.read(tokens, at: part).flatMap { $0.ordinal ? nil : $0.value } : nil
        if count != nil { part -= 1 }
        if ["latter", "former", "last", "first"].contains(document.word(part)), document.word(part - 1) == "the", part - 1 > sentence.lowerBound {
            // The list may stand in the clause before a semicolon ("A, B and C signed the deal; the last two joined").
            let listEnd = document.word(part - 2) == ";" ? part - 2 : part - 1
            let listed = countries(before: listEnd, after: listEnd, sentence: sentence.lowerBound..<listEnd)
            if !listed.isEmpty {
                let wanted = min(count ?? 1, listed.count)
                return ["latter", "last"].contains(document.word(part)) ? Array(listed.suffix(wanted)) : Array(listed.prefix(wanted))
            }
        }
        // "in November 2008 it suspended its participation": a pronoun subject right before the verb is the country it stands
        // for, not a name earlier in the sentence ("Tashkent has put its membership of a Moscow-led bloc on hold: ... it").
        // "received official notification from Uzbekistan that it was withdrawing", "a note from Tashkent that it would leave":
        // "it" in a content clause of a notice stands for the notice's sender.
        if document.word(probe) == "it", document.word(probe - 1) == "that", let sender = document.entity(at: probe - 2), let code = sender.entity.country,
           ["from", "by"].contains(document.word(sender.start - 1)) {
            return [code]
        }
        if document.word(probe) == "it", document.entity(at: probe) == nil,
           let code = Coreference(document: document, reference: reference).country(referredToBy: probe) {
            return [code]
        }
        // "Georgia, which broke off relations with Moscow and withdrew from the CIS": a predicate coordinated by "and" shares
        // the subject of the first one; a name inside that predicate's object ("with Moscow") is not the subject.
        var coordinatedSubject = false
        if document.word(probe) == "and" {
            let clause = (sentence.lowerBound..<probe).reversed().prefix { ![";", ":"].contains(document.word($0)) }
            if let relative = clause.first(where: { ["which", "who"].contains(document.word($0)) && document.word($0 - 1) == "," }) {
                index = relative - 1
                coordinatedSubject = true
            }
        }
        // "Georgia broke off relations with Russia and withdrew from the CIS": in a coordinated predicate, a name inside a
        // prepositional phrase of the first predicate is its object, not the subject.
        let prepositions: Set<String> = ["with", "to", "from", "against", "for", "on", "at", "into", "toward", "towards", "between", "by", "in", "of"]
        let skipObjects = ["and", "but"].contains(document.word(probe)) && !coordinatedSubject
        func isObject(_ span: EntitySpan) -> Bool {
            var lead = span.start - 1
            while lead > sentence.lowerBound, ["the", "republic", "of"].contains(document.word(lead)) && !(document.word(lead) == "of" && document.word(lead - 1) != "republic") { lead -= 1 }
            return prepositions.contains(document.word(lead))
        }
        // "Russia, Belarus, Kazakhstan and Armenia, which joined": a relative clause belongs to the nearest name.
        // "Azerbaijan and Georgia, which acceded to it in September and December respectively": unless the clause distributes
        // the verb over the coordinated names.
        let distributive = (end..<sentence.upperBound).contains { ["respectively", "both"].contains(document.word($0)) }
        let relativeSubject = (["which", "who"].contains(document.word(probe)) || coordinatedSubject) && !distributive
        // "Uzbekistan has held observer status since 2020; the same status was granted to Cuba": a semicolon closes a clause.
        // (Not one inside brackets: "the CSTO (CSTO; Armenia, Belarus ...) and is now a full member".)
        let clauseStart = (sentence.lowerBound..<index).last { position in
            document.word(position) == ";" && !((sentence.lowerBound..<position).last { ["(", ")"].contains(document.word($0)) }.map { document.word($0) == "(" } ?? false)
        }.map { $0 + 1 } ?? sentence.lowerBound
        // "Moldova – a country of 2.6 million people, located between Ukraine and Romania – has taken another step towards
        // joining": names inside a parenthesis between dashes describe the subject; they do not act.
        let dashes = (clauseStart..<index).filter { ["\u{2013}", "\u{2014}", "--"].contains(document.word($0)) || document.word($0) == "-" && tokens[$0].spaceBefore }
        // The last two dashes before the verb (not a dateline's: "MOSCOW, May 5 (TASS) - Moldova – a ... – has"); a list of
        // names between them spells out the subject and acts ("Three of its participants - A, B and C - withdrew").
        var parentheses = dashes.count >= 2 && document.entity(at: dashes[dashes.count - 2] + 1)?.entity.country == nil
            ? [dashes[dashes.count - 2]..<dashes[dashes.count - 1]] : []
        // "Uzbekistan has lifted its moratorium within the Collective Security Treaty Organization (CSTO; Armenia, Belarus,
        // ...) and is now a full member": the members in brackets after an organisation's name describe it; they do not act.
        for open in (clauseStart..<index) where document.word(open) == "(" {
            guard let close = (open..<index).first(where: { document.word($0) == ")" }) else { continue }
            let owner = document.entity(at: open - 1), first = document.entity(at: open + 1)
            let describesAnOrganisation = { (span: EntitySpan?) -> Bool in if let span, case .organisation = span.entity { true } else { false } }
            if describesAnOrganisation(owner) || describesAnOrganisation(first) { parentheses.append(open..<close) }
        }
        let coreference = Coreference(document: document, reference: reference)
        let named = document.entities(in: clauseStart..<index).compactMap { span -> (code: String, span: EntitySpan)? in
            if parentheses.contains(where: { $0.contains(span.start) }) { return nil }
            // A dateline's place ("MOSCOW, May 5 (Interfax) -") is where the news was filed, not a subject.
            if span.start == 0 || tokens[span.start].newlinesBefore > 0, tokens[span.start].isAllCaps, case .country(_, .capital) = span.entity { return nil }
            // Nor the state after it ("SAMARKAND, Uzbekistan, Sept. 16 (Xinhua) --").
            if isDatelineState(span) { return nil }
            // "Their acceptance into NATO at a ceremony in Washington marks the first time that they joined": a capital after
            // an occasion's "in" or "at" is a venue, which names no country (a ruling of the conventions), so no subject ("the
            // government in Tashkent restored the country's membership" is the country).
            if case .country(_, .capital) = span.entity, ["in", "at"].contains(document.word(span.start - 1)),
               Self.venueOccasions.contains(document.word(span.start - 2)) { return nil }
            // "At the second meeting of the council on 30 January in Vilnius, five states were admitted", "During talks held
            // in Astana, ...": a capital closing a fronted phrase that opens the sentence with a preposition, before its comma,
            // is the phrase's place too.
            if case .country(_, .capital) = span.entity, ["in", "at"].contains(document.word(span.start - 1)), document.word(span.end) == ",",
               case let opening = clauseOpening(of: sentence), ["at", "in", "during", "on", "after"].contains(document.word(opening)),
               !(opening..<span.start).contains(where: { [",", ";"].contains(document.word($0)) }) { return nil }
            if skipObjects, isObject(span) { return nil }
            // "plans to join the Union State of Russia and Belarus, as well as to join the Customs Union", "the Union State of
            // Russia, Belarus and other states that would like to join": names completing an organisation's name (or glossing
            // its members in brackets) are its members, not the subject, before the verb as after it.
            if span.entity.country != nil, coreference.listsAnOrganisationsMembers(span) { return nil }
            if let code = span.entity.country { return (code, span) }
            if case let .person(name, _) = span.entity, let code = document.personCountries[name] { return (code, span) }
            return nil
        }
        let before = mergingPersonsCountries(named)
        // "In Alma-Ata eight more states joined the Commonwealth: Azerbaijan, Armenia, ...": a counted plural subject names
        // its countries after the verb; a place before it is not one of them.
        let countedSubject = ["states", "countries", "republics", "nations"].contains(document.word(probe))
            && (max(sentence.lowerBound, probe - 4)..<probe).reversed()
                .prefix { tokens[$0].kind == .word || tokens[$0].kind == .number }
                .contains { NumberWords.read(tokens, at: $0).map { !$0.ordinal } ?? false }
        if !countedSubject, var last = before.last {
            // "Azerbaijan and Georgia left", "Cuba and Uzbekistan were granted": a coordinated subject.
            var result = [last.code]
            for (position, previous) in before.enumerated().dropLast().reversed() {
                // "Kazakhstan and the Kyrgyz Republic", "Russia, Belarus and the Republic of Armenia". A list closes with "and":
                // a comma alone before the last name ends a fronted phrase ("at the summit in Astana, Belarus became").
                // "Armenia's and Kyrgyzstan's accession": coordinated possessives.
                // "Finland and neighbouring Sweden": a word of the state's place beside the other belongs to its name.
                let between = (previous.span.end..<last.span.start).map { document.word($0) }
                    .filter { !["the", "republic", "of", "'s", "'"].contains($0) && !Self.neighbourWords.contains($0) }
                // "Azerbaijan, together with Georgia and Uzbekistan, left": companions before the verb act too.
                let companion = between == [",", "together", "with"] || between == [",", "along", "with"] || between == ["together", "with"] || between == ["along", "with"]
                // "and" links only the list's last two names: "... by Russia, Belarus and Kazakhstan, and Armenia joined" is
                // two clauses, and Armenia alone joined.
                // "met in Kiev, and Uzbekistan joined": a place after a preposition ends another clause.
                let closesAList = (between == ["and"] || between == [",", "and"] && !isObject(previous.span)) && result.count == 1
                if closesAList, position > 0, (before[position - 1].span.end..<previous.span.start).contains(where: { document.word($0) == "and" }) { break }
                // "Egypt, Ethiopia, Iran, Saudi Arabia, the United Arab Emirates, became": a list closed by a comma before the
                // verb, with no "and", is linked by commas alone.
                let asyndetic = document.word(probe) == "," && before.last!.span.end == probe
                // "Later, Armenia, Moldova, Tajikistan, Uzbekistan also joined": three or more names linked by commas alone
                // are a list whatever follows it; a single name before a comma is a fronted phrase's ("in Astana, Belarus").
                let chained = between == [","] && position > 0 && !isObject(previous.span) && !isObject(before[position - 1].span)
                    && (before[position - 1].span.end..<previous.span.start).map({ document.word($0) }).filter({ !["the", "republic", "of"].contains($0) }) == [","]
                guard closesAList || between == [","] && (result.count > 1 || asyndetic || chained) || companion else { break }
                result.insert(previous.code, at: 0)
                last = previous
            }
            // A relative clause after a list is about its nearest name ("Russia, Belarus, Kazakhstan and Armenia, which joined"),
            // but about both of two names ("Georgia and Azerbaijan, which joined the treaty in 1993") and about all of a group the
            // list sets apart ("Brazil, Russia, ..., as well as Egypt, Iran and the UAE, which joined the group in January").
            // ("A, B and C, together with D, which became": D alone).
            if relativeSubject, result.count > 1 {
                var lead = last.span.start - 1
                if document.word(lead) == "the" { lead -= 1 }
                let setApart = document.word(lead) == "plus" || document.word(lead) == "as" && document.word(lead - 1) == "well" && document.word(lead - 2) == "as"
                let pair = result.count == 2 && (last.span.end..<before.last!.span.start).allSatisfy { ["and", "the"].contains(document.word($0)) }
                if !setApart && !pair { return [result.last!] }
            }
            return result
        }
        var result: [String] = []
        // "After leaving the CIS in 2009, Georgia ...": a fronted clause's subject follows its comma.
        // "On joining the CIS, ...", but not "Talks on joining the Customs Union resumed": "on" and "by" also follow nouns,
        // so they open a fronted clause only at the sentence's or a clause's start.
        let opensClause = ["after", "since", "before", "upon"].contains(document.word(probe))
            || ["on", "by"].contains(document.word(probe)) && (probe == sentence.lowerBound || [",", ";"].contains(document.word(probe - 1)))
        // "Having suspended its membership in 2012, the country develops ...": the perfect participle opens one too.
        // "CHISINAU, May 11 (Itar-Tass) - After sending a statement about its quitting the GUUAM Group (Georgia, ...), Uzbekistan
        // has ...": the clause may open after a dateline, and its comma is the first outside brackets.
        let opening = clauseOpening(of: sentence)
        if opensClause || ["after", "since", "before", "upon", "by", "having"].contains(document.word(opening)),
           let comma = firstCommaOutsideBrackets(from: end, sentence: sentence) {
            if let subject = document.entities(in: (comma + 1)..<min(sentence.upperBound, comma + 3)).first(where: { $0.entity.country != nil }) {
                return [subject.entity.country!]
            }
            // "Since joining NATO, these countries have ...": a phrase referring back to a group of names.
            if let group = referredGroup(startingAt: comma + 1, sentence: sentence) { return group.codes }
            // (with no group before it, the phrase refers to countries the text does not name, and no name after the verb acts)
            if ["these", "those"].contains(document.word(comma + 1)), (comma + 2..<min(sentence.upperBound, comma + 5)).contains(where: { Self.groupNouns.contains(document.word($0)) }) { return [] }
            // "..., the country developed ties", "..., it turned to Moscow": a word standing for a country named before.
            let lead = document.word(comma + 1) == "the" ? comma + 2 : comma + 1
            if lead < sentence.upperBound, document.spanAt[lead] == nil, ["country", "republic", "it"].contains(document.word(lead)),
               let code = Coreference(document: document, reference: reference).country(referredToBy: lead) {
                return [code]
            }
        }
        // After the verb: the first country named and those listed with it ("to Uzbekistan and Cuba"), not every
        // country later in the sentence ("the accession of Kyrgyzstan ... of the Russia-led bloc").
        var previousEnd: Int?
        // "to denounce the Agreement because the Russian Federation does not comply": a subordinate clause after the verb has
        // its own subject, no country of this event.
        let subordinate = (end..<sentence.upperBound).first { ["because", "although", "though", "whereas", "unless"].contains(document.word($0)) } ?? sentence.upperBound
        for span in document.entities(in: end..<subordinate) {
            guard let code = span.entity.country else { continue }
            // "joining the Customs Union of Russia, Belarus and Kazakhstan": countries completing the organisation's name are
            // its members, not the subject.
            // "its quitting the GUUAM Group (Georgia, Ukraine, Uzbekistan, Armenia and Moldova)": nor are those glossing it in brackets.
            if previousEnd == nil, Coreference(document: document, reference: reference).listsAnOrganisationsMembers(span) { break }
            // "talks on joining resumed with Russia and Belarus": a partner in the talks is not the one who joins.
            if previousEnd == nil, ["with", "between", "against", "among"].contains(document.word(span.start - 1)) { break }
            // "It signed the memorandum ... at the summit in Samarkand, Uzbekistan": the state of a town a preposition of place
            // names is where it happened, no one who acts.
            if previousEnd == nil, namesATownsState(span) { break }
            if let previousEnd {
                // "Azerbaijan in September, Georgia in December and Belarus on the last day of the year": each item may carry
                // its own date.
                var gapEnd = span.start
                // "Georgia in December and, on the last day of the year, Belarus": the last item's date fronted between commas.
                if document.word(span.start - 1) == ",", let comma = (previousEnd..<(span.start - 1)).first(where: { document.word($0) == "," && document.word($0 - 1) == "and" }),
                   dateAdjunctEnd(from: comma + 1, sentence: sentence) == span.start - 1 {
                    gapEnd = comma
                }
                let between = (dateAdjunctEnd(from: previousEnd, sentence: sentence)..<gapEnd).map { document.word($0) }.filter { $0 != "the" && $0 != "republic" && $0 != "of" }
                guard between == ["and"] || between == [","] || between == [",", "and"] else { break }
            }
            if !result.contains(code) { result.append(code) }
            previousEnd = span.end
        }
        return result
    }

    /// A person and the country of their office after "of" are one name of the list before a verb: "Presidents Islam Karimov
    /// of Uzbekistan and Eduard Shevardnadze of Georgia confirmed" coordinates two presidents, each standing for a state.
    func mergingPersonsCountries(_ named: [(code: String, span: EntitySpan)]) -> [(code: String, span: EntitySpan)] {
        var result: [(code: String, span: EntitySpan)] = []
        for item in named {
            if let person = result.last, case .person = person.span.entity, item.span.entity.country == person.code,
               (person.span.end..<item.span.start).allSatisfy({ ["of", "the"].contains(document.word($0)) }), document.word(person.span.end) == "of" {
                result[result.count - 1] = (person.code, EntitySpan(start: person.span.start, end: item.span.end, entity: person.span.entity))
                continue
            }
            result.append(item)
        }
        return result
    }

    /// Whether the country `span` follows a town's name and its comma after a preposition of place ("in Samarkand, Uzbekistan",
    /// "at Cholpon-Ata, Kyrgyzstan"): the town's state, a venue.
    func namesATownsState(_ span: EntitySpan) -> Bool {
        let comma = span.start - 1
        guard comma >= 2, document.word(comma) == ",", document.spanAt[comma - 1] == nil, tokens[comma - 1].kind == .word, tokens[comma - 1].isCapitalized else { return false }
        var town = comma - 1
        while town > 0, document.word(town - 1) == "-" || tokens[town - 1].kind == .word && tokens[town - 1].isCapitalized && document.spanAt[town - 1] == nil { town -= 1 }
        return town > 0 && ["in", "at", "near"].contains(document.word(town - 1))
    }

    /// Adjectives and verbs that let or ready a subject for an infinitive ("are free to join", "will be able to leave").
    static let permittingWords: Set<String> = ["free", "able", "allowed", "entitled", "welcome", "permitted", "eligible", "unable"]

    /// Nouns for a country that "his" or "her" may own ("his country", "her nation").
    static let ownedCountryNouns: Set<String> = ["country", "nation", "republic"]

    /// The "his", "her" or "our" owning a country noun that is the subject or owner of the event at `at`: "his country has
    /// decided to enter", "his country's withdrawal", "her country's decision to leave", "the issue of our country's
    /// withdrawal" (over the words that govern the verb). "Our country" in a quotation is the speaker's, not the country
    /// named last ("aggravation of relations with Russia ... our country's withdrawal" is Moldova's, its President speaking).
    func speakersCountryNoun(before at: Int, sentence: Range<Int>) -> Int? {
        var cursor = at - 1
        while cursor > sentence.lowerBound, cursor >= at - 8,
              Self.governingWords.subtracting(["his", "her", "its", "their", "in"]).contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor))
                || Self.intentNouns.contains(document.word(cursor)) || ["'s", "'"].contains(document.word(cursor)) { cursor -= 1 }
        guard cursor - 1 >= sentence.lowerBound, Self.ownedCountryNouns.contains(document.word(cursor)), document.spanAt[cursor] == nil,
              ["his", "her", "our"].contains(document.word(cursor - 1)) else { return nil }
        // "In 2005 our country also left the GUUAM group": outside a quotation "our" is the outlet's own country, which the
        // text names as for any other reference to a country (`Coreference`).
        if document.word(cursor - 1) == "our", !sentence.contains(where: { Self.quotationMarks.contains(document.word($0)) }) { return nil }
        return cursor - 1
    }

    /// The country of the speaker an attribution after a quotation names ("..., our country will leave the CSTO,\" Armenian
    /// Prime Minister Nikol Pashinyan said"): after the last quotation mark from `at` in the sentence, the first person the
    /// reference gives a country, or an office its country qualifies; nil when the sentence has no attribution.
    /// An attribution by a pronoun ('..., we have reinstated our membership," he said') takes up the person named before the
    /// quotation (`speakersCountry(before:)`).
    func speakersCountry(afterQuotationFrom at: Int, sentence: Range<Int>) -> String? {
        guard let quote = (at..<sentence.upperBound).last(where: { Self.quotationMarks.contains(document.word($0)) }) else { return nil }
        if ["he", "she"].contains(document.word(quote + 1)), MessageRules.speechVerbs.contains(document.word(quote + 2)),
           let opening = (sentence.lowerBound..<at).first(where: { Self.quotationMarks.contains(document.word($0)) }) ?? (sentence.lowerBound == document.paragraph(containing: at).lowerBound ? sentence.lowerBound : nil) {
            return speakersCountry(before: opening, sentence: sentence)
        }
        for span in document.entities(in: quote..<sentence.upperBound) {
            if case let .person(name, _) = span.entity, let code = document.personCountries[name] { return code }
            guard let code = span.entity.country else { continue }
            let next = document.word(span.end) == "'s" ? span.end + 1 : span.end
            if Self.officeWords.contains(document.word(next)) { return code }
            if document.word(span.start - 1) == "of", Self.officeWords.contains(document.word(span.start - 2)) || document.word(span.start - 2) == "minister" { return code }
        }
        return nil
    }

    /// Office words that a country before them qualifies ("Georgian leader", "Georgia's president", "the Uzbek Foreign Minister").
    static let officeWords: Set<String> = ["president", "leader", "premier", "prime", "minister", "chancellor", "king", "emir", "ambassador", "head", "foreign", "defence", "defense", "envoy"]

    /// The country of the person a "his" or "her" at `pronoun` takes up: the nearest before it, in its sentence or the two
    /// before, that is a person the reference gives a country, or an office its country qualifies ("Georgia's president",
    /// "Georgian leader", "the President of Georgia"). A country named otherwise (an object: "denouncing Russia", "relations with Moscow") is no person.
    func speakersCountry(before pronoun: Int, sentence: Range<Int>) -> String? {
        let position = document.sentences.firstIndex { $0.lowerBound == sentence.lowerBound } ?? 0
        let windowStart = document.sentences[max(0, position - 2)].lowerBound
        for span in document.entities(in: windowStart..<pronoun).reversed() {
            if case let .person(name, _) = span.entity, let code = document.personCountries[name] { return code }
            guard let code = span.entity.country else { continue }
            let next = document.word(span.end) == "'s" ? span.end + 1 : span.end
            if next < pronoun, Self.officeWords.contains(document.word(next)) { return code }
            // "the President of Georgia", "the Prime Minister of Armenia".
            if document.word(span.start - 1) == "of", Self.officeWords.contains(document.word(span.start - 2)) || document.word(span.start - 2) == "minister" { return code }
        }
        return nil
    }

    /// "Estonia, Latvia and Lithuania are among seven former Soviet bloc countries formally joining NATO", "Armenia is one of
    /// the states that joined": the countries coordinated before a copula and "among" (or "one of") whose group noun is the
    /// subject of the gerund or relative clause at `at`.
    func rankedInAGroup(before at: Int, previous: Int, sentence: Range<Int>) -> [String]? {
        var noun = at - 1
        while noun > sentence.lowerBound, Self.adverbs.contains(document.word(noun)) || document.word(noun).hasSuffix("ly") && tokens[noun].isLowercase { noun -= 1 }
        if ["that", "which", "who"].contains(document.word(noun)) {
            noun -= 1
        } else if ["have", "has", "had"].contains(document.word(noun)), ["that", "which", "who"].contains(document.word(noun - 1)) {
            noun -= 2
        }
        guard noun > sentence.lowerBound, Self.groupNouns.contains(document.word(noun)), document.spanAt[noun] == nil else { return nil }
        var cursor = noun - 1
        while cursor > sentence.lowerBound, cursor >= noun - 7, document.word(cursor) != "among" && !(document.word(cursor) == "of" && document.word(cursor - 1) == "one") {
            guard tokens[cursor].kind == .word || tokens[cursor].kind == .number || document.word(cursor) == "-" else { return nil }
            cursor -= 1
        }
        var copula = document.word(cursor) == "among" ? cursor - 1 : cursor - 2
        guard copula > sentence.lowerBound else { return nil }
        while copula > sentence.lowerBound, Self.adverbs.contains(document.word(copula)) { copula -= 1 }
        guard ["are", "were", "is", "was"].contains(document.word(copula)) else { return nil }
        let codes = coordinatedCountries(endingAt: copula, sentence: sentence)
        return codes.isEmpty ? nil : codes
    }

    /// Occasions held at a venue ("a ceremony in Washington", "the summit in Minsk").
    static let venueOccasions: Set<String> = ["ceremony", "summit", "meeting", "talks", "session", "conference", "forum", "visit", "event", "signing",
                                             "celebration", "reception", "rally", "speech", "gathering", "parade"]

    /// The countries "their (respective) countries" before the event at `at` take up: those of the persons and states named
    /// before it in the sentence, not after a preposition ("in Minsk"); nil without that phrase or with fewer than two.
    func respectiveCountries(before at: Int, sentence: Range<Int>) -> [String]? {
        var cursor = at - 1
        while cursor > sentence.lowerBound, cursor >= at - 6, Self.governingWords.subtracting(["its", "their", "his", "her"]).contains(document.word(cursor)) { cursor -= 1 }
        guard ["countries", "states", "nations"].contains(document.word(cursor)), document.spanAt[cursor] == nil else { return nil }
        cursor -= 1
        if document.word(cursor) == "respective" { cursor -= 1 }
        guard cursor > sentence.lowerBound, document.word(cursor) == "their" else { return nil }
        var codes: [String] = []
        for span in document.entities(in: sentence.lowerBound..<cursor) {
            if ["in", "at", "with", "to", "from", "against", "for", "on", "by"].contains(document.word(span.start - 1)) { continue }
            let code = span.entity.country ?? { if case let .person(name, _) = span.entity { return document.personCountries[name] } else { return nil } }()
            if let code, !codes.contains(code) { codes.append(code) }
        }
        return codes.count >= 2 ? codes : nil
    }
}

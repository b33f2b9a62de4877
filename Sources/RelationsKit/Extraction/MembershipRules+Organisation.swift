/// Membership events, part of `MembershipRules`: the organisation an event is about, named in the phrase, coordinated
/// with its object, referred to by a noun ("the bloc", "the union"), or known by its founders.
extension MembershipRules {
    static let quotationMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}"]

    /// Nouns of a process a bare noun may modify ("the accession procedures", "accession talks").
    static let processNouns: Set<String> = ["procedure", "procedures", "process"]

    /// Words after a bare base form that show it takes no object ("intends to withdraw in 2025", "plans to pull out.").
    static let intransitiveFollowers: Set<String> = ["in", "on", "by", "at", "next", "this", "after", "before", "within", "until", "soon", "altogether", "completely",
                                                      "entirely", "as", "if", "and", "but", "or", "when", "once", "unless", "again", "temporarily", "indefinitely"]
    /// Adverbs that may follow a verb and its object ("suspended its membership again").
    static let verbAdverbs: Set<String> = ["again", "too", "temporarily", "indefinitely", "altogether", "completely", "entirely", "officially", "formally"]

    /// Words that open a participial clause sharing the main clause's subject ("before withdrawing from it").
    static let participialLeads: Set<String> = ["before", "after", "while", "since", "upon", "by", "without", "when"]

    /// The organisation the event is about, when the phrase does not name it itself: the subject of a passive or of "took
    /// effect", the object after the verb, a noun or pronoun standing for one, the one named before in the sentence, or
    /// the paragraph's for a verb without an object.
    func organisation(of phrase: Phrase, at: Int, end: Int, passive: Bool, effectNoun: Int?, lastOrganisation: String?, lastEvent: String?,
                      sentence: Range<Int>, references: Coreference) -> String? {
        // A definite noun refers back ("the treaty"); an indefinite one does not ("signed a treaty of accession"), nor does the
        // last word of a name ("the Eurasian Economic Community").
        let earlierNoun = (sentence.lowerBound..<at).last { Coreference.organisationNouns.contains(document.word($0)) && !["it", "which"].contains(document.word($0)) && document.spanAt[$0] == nil
            && !["a", "an"].contains(document.word($0 - 1)) }
        let elided = phrase.words.count == 3 && phrase.words[1] == "the"
        let subjectOrganisation = (passive || effectNoun != nil) ? clauseOrganisation(before: at, sentence: sentence)
            : elided ? document.entities(in: sentence.lowerBound..<at).compactMap({ if case let .organisation(code) = $0.entity { code } else { nil } }).last : nil
        // A verb without its particle ("Georgia withdrew in 2009") has no object after it: a name there is another clause's; so
        // for "leave" without its object ("before Georgia left in 2008 and newer blocs such as the SCO ...").
        let near = phrase.bare && phrase.form != .base || leavesWithoutObject(phrase, at: at, end: end, sentence: sentence) ? nil
            : organisation(near: at, end: end, sentence: sentence, references: references)
        if let found = subjectOrganisation ?? near ?? lastOrganisation ?? earlierNoun.flatMap { referent(ofNoun: $0, references: references) } { return found }
        // "The CSTO has six members. Uzbekistan, which joined in 2006, ...": a verb without an object is about the
        // organisation the paragraph names last, when a country is plainly its subject, else the last event's ("Georgia and
        // Azerbaijan, which joined the treaty in 1993, ... Belarus, which acceded at the end of 1993").
        // "Tbilisi was the last of the former Soviet republics to join, doing so in 1994": so for the infinitive after a ranking.
        if Self.intransitiveLemmas.contains(phrase.lemma ?? "") && phrase.form != .noun && standsWithoutObject(end, sentence: sentence)
            && (countryRightBefore(at, sentence: sentence) || phrase.form == .base && ranking(before: at, sentence: sentence) != nil)
            || leavesWithoutObject(phrase, at: at, end: end, sentence: sentence),
           // "Who joined? / Uzbekistan joined in April 1999": a paragraph that names none is about the article's organisation.
           let topic = topicOrganisation(before: at) ?? lastEvent ?? references.mostNamedOrganisation(before: at) {
            return topic
        }
        // "Egypt and Ethiopia will join BRICS in January. Also joining them will be Argentina and Iran": in a clause inverted
        // after a fronted gerund, countries joined by others ("them", the entrants named before) are no organisation, and the
        // event is into the last event's; only with the countries right after the copula ("Joining them at the summit were
        // the leaders of Brazil and India" is a meeting's).
        if ["join", "rejoin"].contains(phrase.lemma ?? ""), phrase.form == .gerund, document.word(end) == "them", let lastEvent,
           let subjects = invertedSubject(afterGerundObjectEndingAt: end + 1, sentence: sentence), !subjects.isEmpty { return lastEvent }
        // "Uzbekistan joined the group in 1999. But it announced in 2002 that it was pulling out": a reported progressive
        // without an object is about the organisation the paragraph or the last event names.
        if Self.intransitiveLemmas.contains(phrase.lemma ?? ""), phrase.form == .gerund, isReportedProgressive(at, sentence: sentence),
           standsWithoutObject(end, sentence: sentence) || document.word(end) == "and",
           let topic = topicOrganisation(before: at) ?? lastEvent {
            return topic
        }
        // "Uzbekistan was admitted as the sixth full member", "agreed to admit Uzbekistan into the mechanism", "signed a
        // memorandum with a view to obtaining full membership", "Georgia submitted a membership application", "lodged a
        // membership bid": admission, membership or an application for it that names no organisation is into the one the
        // text is about, else the one its sentence names after it.
        let application = phrase.words.first == "membership" && ["application", "applications", "bid", "bids"].contains(phrase.words.last ?? "")
        let admission = phrase.words.contains(where: Self.admittingPasts.contains) || phrase.lemma == "admit" || Self.becomeForms.contains(phrase.words[0]) || phrase.words.last == "membership"
            || application
        if admission, let topic = topicOrganisation(before: at) ?? references.mostNamedOrganisation(before: at)
            ?? organisation(namedAfter: end, sentence: sentence, references: references) {
            return topic
        }
        // "Yerevan has frozen its participation, although ...", "suspended its membership in 2012": a participation frozen or
        // suspended that names no organisation is in the one the paragraph, else the article, is about (not "its participation
        // in the talks").
        if ["froze", "suspended"].contains(phrase.action),
           let noun = (end..<min(sentence.upperBound, end + 4)).first(where: { ["participation", "membership"].contains(document.word($0)) }),
           noun + 1 >= sentence.upperBound || [",", ".", ";"].contains(document.word(noun + 1)) || standsWithoutObject(noun + 1, sentence: sentence),
           let topic = topicOrganisation(before: at) ?? references.mostNamedOrganisation(before: at) {
            return topic
        }
        // "has suspended its participation in a Russia-dominated security pact of ex-Soviet nations", the name only in a later
        // sentence: an indefinite noun for an organisation, the sentence naming none, is the organisation of the article that
        // its description fits (`describedOrganisation`).
        if ["froze", "suspended"].contains(phrase.action),
           let noun = (end..<min(sentence.upperBound, end + 4)).first(where: { ["participation", "membership", "involvement"].contains(document.word($0)) }),
           ["in", "of", "within"].contains(document.word(noun + 1)), ["a", "an"].contains(document.word(noun + 2)),
           !document.entities(in: sentence).contains(where: { if case .organisation = $0.entity { true } else { false } }),
           let code = describedOrganisation(article: noun + 2, sentence: sentence) {
            return code
        }
        // "Kyrgyzstan hoped to complete the accession procedures": an accession without its object continues the text's
        // last membership event.
        if phrase.bare, phrase.form == .noun, let topic = lastEvent ?? topicOrganisation(before: at) { return topic }
        guard phrase.action == "observer" else { return nil }
        // "the observer status granted to Ukraine and Moldova had raised the profile of the Community": the organisation
        // the rest of the sentence names or refers to.
        if let named = organisation(namedAfter: end, sentence: sentence, references: references) { return named }
        // "Mongolia, which was granted observer status last year, ...": status is granted by the organisation the
        // text is about, even when the sentence does not name it.
        // Only the passive says whose status it is ("X was granted"; not "Russia supports granting observer status to ..."), or
        // the members' act or decision naming the recipient ("They decided to grant Mongolia observer status").
        return (max(sentence.lowerBound, at - 3)..<at).contains { ["was", "were", "been", "is", "be"].contains(document.word($0)) } || isGrantedByTheMembers(at: at)
            || isReceivedByACountry(at: at, sentence: sentence)
            ? references.mostNamedOrganisation(before: at) : nil
    }

    /// Whether the status phrase at `at` is the object of a past verb of getting whose subject is a country right before it:
    /// "Uzbekistan received observer status in 2020", "Laos has obtained the status", "Mongolia gained an observer status"
    /// (the recipient says whose status it is, as the passive does).
    func isReceivedByACountry(at: Int, sentence: Range<Int>) -> Bool {
        var verb = at - 1
        while verb > sentence.lowerBound, ["a", "an", "the", "its"].contains(document.word(verb)) { verb -= 1 }
        guard ["received", "obtained", "gained", "acquired", "got", "won", "secured"].contains(document.word(verb)) else { return false }
        var subject = verb - 1
        while subject > sentence.lowerBound, isAdverb(subject) || ["has", "have", "had", "already"].contains(document.word(subject)) { subject -= 1 }
        guard let index = document.spanAt[subject] else { return false }
        return document.spans[index].end == subject + 1 && document.spans[index].entity.country != nil
    }

    /// Whether the status phrase at `at` is granted to the country right before it by the members' act or decision: "granted
    /// Mongolia observer status", "they decided to grant Turkmenistan observer status", "agreed to give Laos the status" (not
    /// "supports granting", "proposed to grant": a stance or a proposal).
    func isGrantedByTheMembers(at: Int) -> Bool {
        var recipientEnd = at
        if document.word(at - 1) == "the" { recipientEnd -= 1 }
        guard let index = document.spanAt[recipientEnd - 1] else { return false }
        let recipient = document.spans[index]
        guard recipient.end == recipientEnd, recipient.entity.country != nil else { return false }
        let verb = recipient.start - 1
        if ["granted", "gave", "accorded", "awarded", "conferred"].contains(document.word(verb)) { return true }
        return ["grant", "give", "accord", "award", "confer"].contains(document.word(verb)) && document.word(verb - 1) == "to"
            && ["decided", "agreed", "resolved", "voted", "decides", "agree", "agrees"].contains(document.word(verb - 2))
    }

    /// The countries after the copula of a clause inverted after a fronted gerund and its object ending at `index` ("Also
    /// joining them will be Argentina, Iran and Saudi Arabia", "Joining them were Iran and the United Arab Emirates"): the
    /// names coordinated right after "is", "are", "was", "were" or "will be"; nil when a name does not follow at once.
    func invertedSubject(afterGerundObjectEndingAt index: Int, sentence: Range<Int>) -> [String]? {
        var cursor = index
        if ["will", "would", "shall"].contains(document.word(cursor)), document.word(cursor + 1) == "be" { cursor += 2 }
        else if ["is", "are", "was", "were"].contains(document.word(cursor)) { cursor += 1 }
        else { return nil }
        if document.word(cursor) == "the" { cursor += 1 }
        guard document.entity(at: cursor)?.entity.country != nil else { return nil }
        return coordinatedCountries(startingAt: cursor, sentence: sentence).codes
    }

    /// Words of a description that narrow the organisations it may stand for: a security pact, an economic bloc, a bloc led
    /// from Moscow or of the former Soviet states, a Western one.
    static let securityWords: Set<String> = ["security", "military", "defence", "defense", "military-political", "collective", "alliance", "pact"]
    static let economicWords: Set<String> = ["economic", "trade", "customs", "integration", "free-trade", "market"]
    static let sovietWords: Set<String> = ["soviet", "ex-soviet", "post-soviet", "cis"]
    static let westernWords: Set<String> = ["western", "transatlantic", "euro-atlantic", "atlantic", "european"]
    static let securityOrganisations: Set<String> = ["CSTO", "CST", "NATO"]
    static let economicOrganisations: Set<String> = ["EAEU", "EurAsEC", "CU", "EU", "CIS"]
    static let russiaLedOrganisations: Set<String> = ["CIS", "CST", "CSTO", "EAEU", "EurAsEC", "CU", "UNION_STATE"]
    static let westernOrganisations: Set<String> = ["NATO", "EU"]

    /// The organisation an indefinite description at `article` stands for ("a Russia-dominated security pact of ex-Soviet
    /// nations", "a Moscow-led military alliance", "a post-Soviet economic bloc", "a Western military alliance"): of the
    /// organisations the article names, those its words fit (a security pact or alliance, an economic or trade bloc, one led
    /// from Moscow or of the former Soviet states, a Western one), when one fits, or one is named more often than the others
    /// that fit. Nil when the description names no organisation's noun, or when the fit is unclear.
    /// `family`, when given, narrows the candidates further (the Russia-led ones after "the CIS").
    func describedOrganisation(article: Int, sentence: Range<Int>, family: Set<String>? = nil) -> String? {
        guard let noun = (article + 1..<min(sentence.upperBound, article + 9)).first(where: { Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word($0)) })
        else { return nil }
        // The description: the words before the noun and a short "of" phrase after it ("of ex-Soviet nations").
        var last = noun
        if document.word(noun + 1) == "of" { last = min(sentence.upperBound - 1, noun + 4) }
        let words = (article + 1...last).map { document.word($0) }
        var candidates = Set(document.entities(in: 0..<tokens.count).compactMap { span -> String? in
            if case let .organisation(code) = span.entity { code } else { nil }
        })
        if words.contains(where: Self.securityWords.contains) { candidates.formIntersection(Self.securityOrganisations) }
        if words.contains(where: Self.economicWords.contains) { candidates.formIntersection(Self.economicOrganisations) }
        // "Russia-dominated", "Moscow-led", "Kremlin-backed": a Russian name before a hyphen and a participle.
        let russiaLed = (article + 1..<noun).contains { position in
            document.entity(at: position)?.entity.country == "RUS" && document.word(document.entity(at: position)!.end) == "-"
        } || words.contains(where: Self.sovietWords.contains)
        if russiaLed { candidates.formIntersection(Self.russiaLedOrganisations) }
        if words.contains(where: Self.westernWords.contains) { candidates.formIntersection(Self.westernOrganisations) }
        if let family { candidates.formIntersection(family) }
        if candidates.count == 1 { return candidates.first }
        guard candidates.count > 1 else { return nil }
        var counts: [String: Int] = [:]
        for span in document.entities(in: 0..<tokens.count) { if case let .organisation(code) = span.entity, candidates.contains(code) { counts[code, default: 0] += 1 } }
        let ranked = counts.sorted { $0.value > $1.value }
        return ranked.count > 1 && ranked[0].value == ranked[1].value ? nil : ranked.first?.key
    }

    /// The organisation a name stands for when it only qualifies a generic noun of another kind after it: "will leave the CIS
    /// military alliance", "quit the Commonwealth of Independent States defence pact", "left the CIS collective security
    /// system": the security pact of the name's own family that the article names (`describedOrganisation`), not the
    /// Commonwealth; nil when the words
    /// after the name describe nothing or fit the name itself ("the CIS free trade zone", "the CIS summit").
    func organisation(describedAfterName span: EntitySpan, sentence: Range<Int>) -> String? {
        guard case let .organisation(code) = span.entity else { return nil }
        var cursor = span.end
        while cursor < min(sentence.upperBound, span.end + 3), tokens[cursor].kind == .word, tokens[cursor].isLowercase,
              Self.securityWords.contains(document.word(cursor)), !Coreference.organisationNouns.contains(document.word(cursor)) { cursor += 1 }
        guard cursor > span.end, cursor < sentence.upperBound, tokens[cursor].isLowercase,
              ["alliance", "pact", "treaty", "bloc", "system", "organisation", "organization"].contains(document.word(cursor)),
              let described = describedOrganisation(article: span.end - 1, sentence: sentence,
                                                    family: Self.russiaLedOrganisations.contains(code) ? Self.russiaLedOrganisations : nil),
              described != code else { return nil }
        return described
    }

    /// Whether `code` is named in the object after `end`, before the clause ends ("left the Collective Security Treaty",
    /// "refused to prolong its participation in the Collective Security Treaty").
    func namesOrganisation(_ code: String, from end: Int, sentence: Range<Int>) -> Bool {
        let clauseEnd = (end..<min(sentence.upperBound, end + 10)).first { [",", ";", ":", "."].contains(document.word($0)) } ?? min(sentence.upperBound, end + 10)
        return document.entities(in: end..<clauseEnd).contains { if case let .organisation(named) = $0.entity { named == code } else { false } }
    }

    /// The year of the event at `index`: the first year its sentence names after the verb ("suspended its membership in
    /// 2012"), else the last the text names before it ("Uzbekistan rejoined in 2006. Six years later ..."), else the
    /// article's.
    func eventYear(at index: Int, sentence: Range<Int>) -> Int? {
        func year(_ cursor: Int) -> Int? {
            guard tokens[cursor].kind == .number, let value = Int(tokens[cursor].text), (1900...2100).contains(value) else { return nil }
            return value
        }
        if let after = (index..<sentence.upperBound).lazy.compactMap(year).first { return after }
        return (0..<index).reversed().lazy.compactMap(year).first ?? document.year
    }

    /// Whether the event at `index` is dated before `founded` by a year its own sentence names, after it or else before it
    /// (not by another sentence's year, nor by the article's own, which dates the report, nor by a document's date in the
    /// participle after its name: "the Collective Security Treaty signed in May 1992").
    func predatesItsFounding(_ founded: Int, at index: Int, sentence: Range<Int>) -> Bool {
        func year(_ cursor: Int) -> Int? {
            guard tokens[cursor].kind == .number, let value = Int(tokens[cursor].text), (1900...2100).contains(value) else { return nil }
            // "did not denounce the Collective Security Treaty signed in May 1992": the date of the document's making, in the
            // participle after its name, dates the document, not the event.
            var lead = cursor - 1
            while lead > sentence.lowerBound, lead >= cursor - 5, tokens[lead].kind == .number || DateWords.month(tokens[lead]) != nil
                    || ["in", "on", ",", "of", "the"].contains(document.word(lead)) { lead -= 1 }
            if lead < cursor - 1, ["signed", "concluded", "adopted", "dated"].contains(document.word(lead)) { return nil }
            return value
        }
        guard let stated = (index..<sentence.upperBound).lazy.compactMap(year).first ?? (sentence.lowerBound..<index).reversed().lazy.compactMap(year).first else { return false }
        return stated < founded
    }

    /// The verbs of a clause that names an organisation ("which will be called", "known as").
    static let namingVerbs: Set<String> = ["called", "call", "calling", "named", "name", "dubbed", "dub", "known", "renamed", "rename"]

    /// Generic nouns for an organisation that a clause may name.
    static let namedNouns: Set<String> = Coreference.organisationNouns.subtracting(["it", "which", "treaty", "pact"]).union(["association", "forum", "club", "structure"])

    /// The organisation a clause after the generic noun at `index` names: "the association, which will from now on be
    /// called GUUAM", "a forum which diplomats have started to call GUAM", "a new grouping known as the EAEU".
    func organisation(namedByClauseAfter index: Int, sentence: Range<Int>) -> String? {
        var cursor = index + 1
        if document.word(cursor) == "," { cursor += 1 }
        guard ["which", "that", "called", "named", "dubbed", "known", "to"].contains(document.word(cursor)) else { return nil }
        while cursor < min(sentence.upperBound, index + 16), ![";", ".", ":"].contains(document.word(cursor)) {
            // "quit the organization to join a rival regional body known as GUAM": a naming clause after another generic noun
            // names that one.
            if Self.namedNouns.union(["body"]).contains(document.word(cursor)) { return nil }
            if Self.namingVerbs.contains(document.word(cursor)) {
                var lead = cursor + 1
                while ["as", "the", "\""].contains(document.word(lead)) { lead += 1 }
                guard let span = document.entity(at: lead), case let .organisation(code) = span.entity else { return nil }
                return code
            }
            cursor += 1
        }
        return nil
    }

    /// Words that make a name near them the term of a comparison ("a pact resembling NATO", "structured in a similar way to
    /// NATO", "an ex-Soviet response to NATO", "a counterweight to the EU", "modelled on NATO").
    static let comparing: Set<String> = ["resembling", "resembles", "resemble", "resembled", "like", "unlike", "similar", "similarly", "akin", "modelled", "modeled",
                                         "counterweight", "counterbalance", "counter", "rival", "alternative", "answer", "response", "counterpart", "equivalent",
                                         "version", "analogue", "analog", "compared", "comparable", "mirroring", "mirrors", "imitating", "imitation"]

    /// Whether the organisation's name at `span` is the term of a comparison: a comparing word at most three words before it
    /// in its clause, or "-style"/"-like" after it ("a NATO-style alliance").
    func isCompared(_ span: EntitySpan) -> Bool {
        if document.word(span.end) == "-", ["style", "like", "type"].contains(document.word(span.end + 1)) { return true }
        var cursor = span.start - 1
        while cursor >= 0, cursor >= span.start - 4 {
            let word = document.word(cursor)
            if [",", ";", ".", ":", "(", "and", "but", "which", "that"].contains(word) { return false }
            if Self.comparing.contains(word) { return true }
            cursor -= 1
        }
        return false
    }

    /// The organisation a referring noun at `noun` stands for (`Coreference`), unless every mention of it before the noun is
    /// the term of a comparison ("the Collective Security Treaty Organization, a pact resembling NATO ... reasons for exiting
    /// the group", "a force structured in a similar way to NATO. Uzbekistan left the organization once before"): a name
    /// compared with is not what the text is about, and the noun stands for the nearest organisation named otherwise.
    func referent(ofNoun noun: Int, references: Coreference) -> String? {
        guard let code = references.organisation(referredToBy: noun) else { return nil }
        let before = document.entities(in: 0..<noun)
        let mentions = before.filter { if case let .organisation(named) = $0.entity { named == code } else { false } }
        guard !mentions.isEmpty, mentions.allSatisfy(isCompared) else { return code }
        for span in before.reversed() {
            if case let .organisation(other) = span.entity, other != code, !isCompared(span) { return other }
        }
        return nil
    }

    /// The organisation named last before `index` in its paragraph, not as a modifier ("CIS states").
    func topicOrganisation(before index: Int) -> String? {
        let paragraph = document.paragraph(containing: index)
        for span in document.entities(in: paragraph.lowerBound..<index).reversed() {
            if case let .organisation(code) = span.entity, !Coreference.modifiedNouns.contains(document.word(span.end)), !isInsideRelativeAside(span.start) { return code }
        }
        return nil
    }

    /// Whether `index` lies in a relative clause set off by commas ("The union, which Putin sees as a counterweight to the
    /// European Union, will ..."): an aside, not what the paragraph is about.
    func isInsideRelativeAside(_ index: Int) -> Bool {
        guard let sentence = document.sentences.last(where: { $0.lowerBound <= index }) else { return false }
        var cursor = index - 1
        while cursor > sentence.lowerBound, ![",", ";", ":"].contains(document.word(cursor)) {
            if ["which", "who", "whom", "whose"].contains(document.word(cursor)), document.word(cursor - 1) == "," {
                return (index..<sentence.upperBound).contains { document.word($0) == "," }
            }
            cursor -= 1
        }
        return false
    }

    /// Organisations coordinated with the verb's object ("left GUAM and the EurAsEC", "withdrew from the CIS and the
    /// Collective Security Treaty", each name perhaps with its abbreviation in brackets): each is the object too.
    func coordinatedOrganisations(after org: String, from end: Int, sentence: Range<Int>) -> [String] {
        // The object: the organisation's name, or a noun standing for it ("suspended its participation in the Community").
        let objectEnd = (end..<min(sentence.upperBound, end + 10)).lazy.compactMap { position -> Int? in
            if let span = self.document.entity(at: position), case let .organisation(code) = span.entity { return code == org ? span.end : -1 }
            return self.document.word(position - 1) == "the" && Coreference.organisationNouns.contains(self.document.word(position)) ? position + 1 : nil
        }.first
        guard let objectEnd, objectEnd >= 0 else { return [] }
        var result: [String] = []
        var cursor = objectEnd
        // "in the Community in 2008 and in the CSTO in 2012": each object with its own date and the verb's preposition.
        func skipDate() {
            guard ["in", "on"].contains(document.word(cursor)) else { return }
            var next = cursor + 1
            while next < sentence.upperBound, tokens[next].kind == .number || DateWords.month(tokens[next]) != nil { next += 1 }
            if next > cursor + 1 { cursor = next }
        }
        // "the Commonwealth of Independent States (CIS) and the Collective Security Treaty Organisation (CSTO)": each name with
        // its abbreviation in brackets, up to three words.
        func skipAbbreviation() {
            guard document.word(cursor) == "(", let close = (cursor + 2..<min(sentence.upperBound, cursor + 5)).first(where: { document.word($0) == ")" }) else { return }
            cursor = close + 1
        }
        skipAbbreviation()
        skipDate()
        while cursor < sentence.upperBound, [",", "and"].contains(document.word(cursor)) {
            cursor += 1
            if document.word(cursor) == "and" { cursor += 1 }
            // "decided to join the Customs Union and subsequently the Eurasian Economic Union".
            while Self.adverbs.contains(document.word(cursor)) { cursor += 1 }
            if ["in", "from", "of", "to"].contains(document.word(cursor)), document.entity(at: cursor + 1) != nil || document.word(cursor + 1) == "the" { cursor += 1 }
            if document.word(cursor) == "the" { cursor += 1 }
            guard let next = document.entity(at: cursor), case let .organisation(other) = next.entity,
                  !Coreference.modifiedNouns.contains(document.word(next.end)) else { break }
            if other != org, !result.contains(other) { result.append(other) }
            cursor = next.end
            skipAbbreviation()
            skipDate()
        }
        return result
    }

    /// Where the sentence before `sentence` starts, when it is in the same paragraph; else where `sentence` starts. An earlier
    /// mention that a referring word takes up is sought from here.
    func startOfSentenceBefore(_ sentence: Range<Int>) -> Int {
        document.sentences.last { $0.upperBound <= sentence.lowerBound }
            .flatMap { document.paragraph(containing: sentence.lowerBound).contains($0.lowerBound) ? $0.lowerBound : nil } ?? sentence.lowerBound
    }

    /// Words that may follow a demonstrative standing alone as an object ("joined this, adding", "left this in 2005").
    static let afterBareDemonstrative: Set<String> = [",", ".", ";", ":", "in", "on", "at", "after", "before", "when", "and", "but", "as", "only", "too", "later", "again", "back"]

    /// The organisation "this" stands for when it is the whole object of a membership verb ("In 1999 Uzbekistan joined this,
    /// adding an extra U to the name", "Moldova quit this in 2005"): the organisation named last before the verb, in its
    /// sentence or the one before it in the paragraph, not a name that modifies a noun ("the CIS summit") or one compared
    /// with another. "this" before a noun ("this year", "this organisation") is no bare demonstrative.
    func organisation(ofBareDemonstrativeAt index: Int, before at: Int, sentence: Range<Int>) -> String? {
        guard document.word(index) == "this", index + 1 >= sentence.upperBound || Self.afterBareDemonstrative.contains(document.word(index + 1))
                || tokens[index + 1].kind == .number else { return nil }
        guard let named = document.entities(in: startOfSentenceBefore(sentence)..<at).last(where: { span in
            if case .organisation = span.entity { !Coreference.modifiedNouns.contains(document.word(span.end)) && !isCompared(span) } else { false }
        }), case let .organisation(code) = named.entity else { return nil }
        return code
    }

    /// Words of a status other than an observer's, which "this status" may take up instead ("dialogue partner status").
    static let otherStatusWords: Set<String> = ["partner", "partners", "partnership", "dialogue", "associate", "guest", "candidate"]

    /// The organisation of the observer status that "such status", "this status" or "that status" at `index` takes up: the
    /// last status named before it, in its sentence or the one before it in the paragraph, must be an observer's ("the
    /// provision about an observer country status in the Eurasian Economic Union ... Such status has been granted to
    /// Moldova"), not a partner's ("dialogue partner status. This status ..."). Its organisation is the first named after
    /// "observer" in that sentence, else the last named before it there, else that of the last observer status read.
    func organisation(ofObserverStatusTakenUpAt index: Int, sentence: Range<Int>, lastObserverOrganisation: String?) -> String? {
        guard let named = (startOfSentenceBefore(sentence)..<(index - 1)).last(where: {
            ["observer", "observers"].contains(document.word($0)) || Self.otherStatusWords.contains(document.word($0))
        }), ["observer", "observers"].contains(document.word(named)) else { return nil }
        let own = document.sentences.first { $0.contains(named) } ?? sentence
        let organisations = { (range: Range<Int>) in
            document.entities(in: range).compactMap { span -> String? in if case let .organisation(code) = span.entity { code } else { nil } }
        }
        return organisations(named..<min(own.upperBound, index - 1)).first ?? organisations(own.lowerBound..<named).last ?? lastObserverOrganisation
    }

    /// The past forms of the verbs that raise a status ("upgraded", "raised", "elevated").
    static let upgradedForms: Set<String> = ["upgraded", "raised", "elevated", "promoted"]

    /// Whether the role at `index` is what a status was raised to: "got its status upgraded to that of the observer", "its
    /// status in the SCO was raised to observer", "upgraded Belarus's status to that of an observer state" ("to", perhaps
    /// "that of" and an article right before it, a past verb of raising within the eight words before "to", with "status"
    /// near it). Not a raising still ahead or supposed ("may be upgraded", "will have its status raised", "hopes to have
    /// its status upgraded"): a modal or "to" within the four words before the verb.
    func isUpgradedTo(_ index: Int, sentence: Range<Int>) -> Bool {
        var to = index - 1
        if ["the", "an", "a"].contains(document.word(to)) { to -= 1 }
        if document.word(to) == "of", document.word(to - 1) == "that" { to -= 2 }
        guard document.word(to) == "to", let verb = (max(sentence.lowerBound, to - 8)..<to).last(where: { Self.upgradedForms.contains(document.word($0)) }),
              !(max(sentence.lowerBound, verb - 4)..<verb).contains(where: { Self.prospectWords.contains(document.word($0)) && tokens[$0].text != "May" }) else { return false }
        return (max(sentence.lowerBound, verb - 6)..<to).contains { document.word($0) == "status" }
    }

    /// The organisation named in the clause before a verb whose subject it belongs to ("Uzbekistan's membership in the
    /// CSTO was suspended", "Armenia's membership of the EAEU took effect").
    func clauseOrganisation(before index: Int, sentence: Range<Int>) -> String? {
        var position = index - 1
        var floor = max(sentence.lowerBound, index - 10)
        while position >= floor {
            // "The Customs Union, formed by A and B in 1996, was joined by C", "the union, formed in 1996, and joined by C": a
            // participle's clause in apposition to the subject is passed over to the name before it.
            if document.word(position) == ",", let opening = appositionOpening(closedAt: position, sentence: sentence) {
                position = opening - 1
                floor = max(sentence.lowerBound, opening - 10)
                continue
            }
            if [",", ";", "which", "that"].contains(document.word(position)) { return nil }
            if let span = document.entity(at: position), case let .organisation(code) = span.entity { return code }
            position -= 1
        }
        return nil
    }

    /// The comma that opens a participle's clause in apposition closed by the comma at `closing` (perhaps with "and" or an
    /// auxiliary after it): ", formed by Kazakhstan, Russia and Belarus in March 1996," — the participle in small letters
    /// right after the opening comma, a past one ("formed", "created", "founded", "set up"), within twenty tokens.
    func appositionOpening(closedAt closing: Int, sentence: Range<Int>) -> Int? {
        let participles: Set<String> = ["formed", "created", "founded", "established", "set", "launched", "set-up"]
        for opening in (max(sentence.lowerBound, closing - 20)..<closing).reversed() where document.word(opening) == "," {
            if participles.contains(document.word(opening + 1)) && tokens[opening + 1].isLowercase { return opening }
        }
        return nil
    }

    /// The organisation the verb acts on: one a referring noun right after or before it stands for
    /// ("joining the union", "the union's first observer state", "which Armenia joined"), else the first
    /// named after it in the clause.
    func organisation(near at: Int, end: Int, sentence: Range<Int>, references: Coreference) -> String? {
        // "suspended Uzbekistan's membership in the organization": the owner's name and "'s" take two more tokens than "its".
        let owner = document.entity(at: end).flatMap { $0.entity.country != nil && document.word($0.end) == "'s" ? $0 : nil }
        // "withdrew from the Moscow-led regional security alliance", "the Russia-dominated bloc": a name inside a compound
        // modifier ("X-led", "X-backed") is no object, and the noun may stand further on.
        let compound = { (position: Int) -> Bool in
            guard let span = document.entity(at: position) else { return false }
            return document.word(span.end) == "-" && document.word(span.end + 1).hasSuffix("ed") && span.end + 1 < sentence.upperBound && tokens[span.end + 1].isLowercase
        }
        let compoundStart = document.word(end) == "the" ? end + 1 : end
        let compoundExtra = compound(compoundStart) ? document.entity(at: compoundStart)!.end + 2 - compoundStart : 0
        let after = end..<min(sentence.upperBound, end + 5 + compoundExtra + (owner.map { $0.end + 1 - end } ?? 0))
        if let code = organisation(ofFoundersAt: end, before: at, sentence: sentence) { return code }
        // "admitted to the association, which from now on will be called GUUAM", "members of a forum which diplomats call
        // GUAM": a generic noun is the organisation a clause after it names.
        if let noun = after.first(where: { Self.namedNouns.contains(document.word($0)) && document.entity(at: $0) == nil }),
           let code = organisation(namedByClauseAfter: noun, sentence: sentence) {
            return code
        }
        // "The GUAM format was created in 1997. In 1999, Uzbekistan joined the format": "the format" takes up the organisation
        // the text named as a format before it ("the GUAM format", "the CSTO format"); not "the format of the talks", nor a
        // format no organisation's name modified; else, as "the bloc" does, the organisation its paragraph is about ("... the
        // GUAM member countries ... In 1999, Uzbekistan joined the format"). A demonstrative points back the same way ("joined
        // this format in 1999", "left that format").
        if let noun = after.prefix(2).first(where: { document.word($0) == "format" }), ["the", "this", "that"].contains(document.word(noun - 1)), document.word(noun + 1) != "of",
           document.entity(at: noun) == nil {
            if let named = document.entities(in: 0..<noun).last(where: { span in
                if case .organisation = span.entity { document.word(span.end) == "format" } else { false }
            }), case let .organisation(code) = named.entity {
                return code
            }
            if let topic = topicOrganisation(before: at) { return topic }
        }
        // "GUAM ... In 1999 Uzbekistan joined this, adding a U to the name", "withdrew from this in 2005": a demonstrative
        // standing alone as the object takes up the organisation named last, in its sentence or the one before it in the
        // paragraph (not a name that only modifies a noun: "the GUAM summit").
        if let code = organisation(ofBareDemonstrativeAt: end, before: at, sentence: sentence) { return code }
        // "has frozen its participation, although it has not left": "it" after a comma opens another clause.
        // "joined the Organization of Turkic States": a capitalized noun heading an unknown name refers to nothing named before.
        if let noun = after.first(where: { Coreference.organisationNouns.contains(document.word($0)) }), document.entity(at: noun) == nil,
           // "wants to join the club of nuclear powers": a club its "of" defines is no organisation named before.
           !(document.word(noun) == "club" && document.word(noun + 1) == "of"),
           !(tokens[noun].isCapitalized && document.word(noun + 1) == "of" && noun + 2 < sentence.upperBound && tokens[noun + 2].isCapitalized && document.entity(at: noun + 2) == nil),
           !after.prefix(while: { $0 < noun }).contains(where: { position in
               owner.map { $0.start <= position && position < $0.end } != true && document.entity(at: position) != nil && !(compoundExtra > 0 && compound(position))
                   || document.word(noun) == "it" && document.word(position) == ","
           }) {
            // "to withdraw from the regional organization GUUAM", "joined the military bloc NATO": a generic noun in apposition
            // with the name after it is that organisation.
            if let named = document.entity(at: noun + 1), case let .organisation(code) = named.entity { return code }
            // "left the CSTO in 2012, having rejoined the bloc in 2006": a generic noun stands for the organisation its own
            // sentence named last, before the one the article names most.
            // "joined the regional grouping of Georgia, Ukraine, Azerbaijan and Moldova": the organisation those countries founded.
            if document.word(noun + 1) == "of", let code = organisation(foundedByListAt: noun + 2, sentence: sentence) { return code }
            // "joined a regional grouping of former Soviet republics ..., turning the four-member GUAM into GUUAM": an
            // indefinite noun brings in a new organisation, which the sentence names after it, not one named before.
            // ("joined a group of countries calling on the UN" names no group.)
            if document.word(noun) != "group", (end..<noun).contains(where: { ["a", "an"].contains(document.word($0)) }),
               let named = document.entities(in: (noun + 1)..<sentence.upperBound).first(where: { if case .organisation = $0.entity { true } else { false } }),
               case let .organisation(code) = named.entity {
                return code
            }
            // The sentence before counts too, within the paragraph ("... frozen its participation in the CSTO. Pashinyan said
            // Armenia would leave the bloc").
            let previous = startOfSentenceBefore(sentence)
            if ["bloc", "grouping", "group", "alliance", "club"].contains(document.word(noun)),
               let named = document.entities(in: previous..<at).last(where: { span in
                   if case .organisation = span.entity { !Coreference.modifiedNouns.contains(document.word(span.end)) && !isCompared(span) } else { false }
               }), case let .organisation(code) = named.entity {
                return code
            }
            if ["bloc", "grouping", "group", "alliance"].contains(document.word(noun)), let code = organisation(namedByFoundersIn: previous..<at) { return code }
            return referent(ofNoun: noun, references: references)
        }
        // "joined in April 1999, at a meeting held during NATO's 50th-anniversary summit": a name that only owns a meeting is
        // no object.
        for span in document.entities(in: end..<min(sentence.upperBound, end + 10)) {
            // "withdrew from the talks on the CSTO budget": a meeting before the name is the object, the name only its topic.
            if (end..<span.start).contains(where: isAMeetingAbout) { break }
            // "withdrew from the CIS Collective Security Treaty": a name right before another organisation's name qualifies it;
            // the object is the name it qualifies.
            if case .organisation = span.entity, let next = document.entity(at: span.end), case let .organisation(code) = next.entity { return code }
            if let described = organisation(describedAfterName: span, sentence: sentence) { return described }
            if case let .organisation(code) = span.entity, !(document.word(span.end) == "'s" && references.namesAMeeting(span)) { return code }
        }
        // "halted its participation in the work of the bodies of the Eurasian Economic Community": the object at the end of
        // a chain of lower-case nouns and prepositions, however long.
        var cursor = end
        while cursor < min(sentence.upperBound, end + 24) {
            if let span = document.entity(at: cursor) {
                if case let .organisation(code) = span.entity { return code }
                break
            }
            guard tokens[cursor].kind == .word, !tokens[cursor].isCapitalized, !["which", "that", "while", "but", "and", "who"].contains(document.word(cursor)) else { break }
            if isAMeetingAbout(cursor) { break }
            cursor += 1
        }
        // "the union's first observer state", "which Armenia joined"; not "said that it was pulling out of the talks", where
        // the verb has an object of its own and "it" is its subject.
        let before = max(sentence.lowerBound, at - 4)..<at
        let ownObject = ["the", "a", "an", "its", "their"].contains(document.word(end))
        if let noun = before.last(where: { Coreference.organisationNouns.contains(document.word($0)) && !(ownObject && document.word($0) == "it") }), document.entity(at: noun) == nil,
           document.word(noun) != "which" || document.entity(at: noun + 1)?.entity.country != nil && (document.word(noun - 1) == "," || document.entity(at: noun - 1) != nil) {
            return referent(ofNoun: noun, references: references)
        }
        // "The SCO granted Belarus observer status", "The CSTO admitted Uzbekistan": the organisation is the clause's subject.
        if ["observer"].contains(document.word(at)) || ["admitted", "granted", "accepted"].contains(document.word(at - 1)) || Self.admittingPasts.contains(document.word(at)) || Self.grantingMembership.contains(document.word(at)) {
            let clause = (sentence.lowerBound..<at).reversed().prefix { ![";", "but", "which", "while"].contains(document.word($0)) }
            for index in clause {
                // "At the SCO summit, Belarus was granted observer status": a summit grants the status, not membership.
                if let span = document.entity(at: index), case let .organisation(code) = span.entity,
                   document.word(at) == "observer" || !Coreference.modifiedNouns.contains(document.word(span.end)) { return code }
            }
        }
        return nil
    }

    /// "joined the four founding nations of Brazil, Russia, India and China", "joined the original members": an object that
    /// is an organisation's founders, as a group, is the organisation they founded (by the reference), else the one its
    /// sentence names before the verb at `at`, else the paragraph's; not "joined the founding members in signing ...".
    func organisation(ofFoundersAt end: Int, before at: Int, sentence: Range<Int>) -> String? {
        var head = end
        if document.word(head) == "the" { head += 1 }
        if head < sentence.upperBound, tokens[head].kind == .number || NumberWords.cardinalWords[document.word(head)] != nil { head += 1 }
        guard head + 1 < sentence.upperBound, ["founding", "original"].contains(document.word(head)),
              ["nations", "members", "states", "countries", "founders", "participants"].contains(document.word(head + 1)),
              !["in", "to"].contains(document.word(head + 2)) else { return nil }
        if [":", "of", ","].contains(document.word(head + 2)), let code = organisation(foundedByListAt: head + 3, sentence: sentence) { return code }
        let named = document.entities(in: sentence.lowerBound..<at).compactMap { span -> String? in
            if case let .organisation(code) = span.entity { code } else { nil }
        }
        return named.last ?? topicOrganisation(before: at)
    }

    /// The first organisation named after `index` in the sentence, or a definite noun standing for one ("the Community").
    func organisation(namedAfter index: Int, sentence: Range<Int>, references: Coreference) -> String? {
        for position in index..<sentence.upperBound {
            if let span = document.entity(at: position), case let .organisation(code) = span.entity { return code }
            if document.word(position - 1) == "the", document.spanAt[position] == nil,
               Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(position)) {
                return references.organisation(referredToBy: position)
            }
        }
        return nil
    }

    /// The organisation whose founders the reference lists as exactly the countries listed from `index` ("the grouping of
    /// Georgia, Ukraine, Azerbaijan and Moldova" is GUAM).
    func organisation(foundedByListAt index: Int, sentence: Range<Int>) -> String? {
        var listed = Set<String>()
        var cursor = index
        while cursor < sentence.upperBound {
            if [",", "and", "the"].contains(document.word(cursor)) { cursor += 1; continue }
            guard let span = document.entity(at: cursor), let code = span.entity.country else { break }
            listed.insert(code)
            cursor = span.end
        }
        return organisation(foundedBy: listed)
    }

    /// "the Georgia-Ukraine-Azerbaijan-Moldova group" in `range`: the organisation founded by the countries whose names
    /// make up the compound before a group noun.
    func organisation(namedByFoundersIn range: Range<Int>) -> String? {
        for span in document.entities(in: range) where span.entity.country != nil && document.word(span.end) == "-" {
            var listed: Set<String> = [span.entity.country!]
            var cursor = span.end
            while document.word(cursor) == "-", let next = document.entity(at: cursor + 1), let code = next.entity.country {
                listed.insert(code)
                cursor = next.end
            }
            if ["group", "grouping", "bloc", "alliance", "forum"].contains(document.word(cursor)), let code = organisation(foundedBy: listed) { return code }
        }
        return nil
    }

    /// The organisation whose founders are exactly `listed`.
    func organisation(foundedBy listed: Set<String>) -> String? {
        guard listed.count >= 2 else { return nil }
        // Founders joined on the founding date or when it started to operate; of two with the same founders (the Customs
        // Union and the EAEU), the one that existed on the article's date.
        let date = document.publishedOn ?? ""
        let matches = reference.data.organisations.filter { organisation in
            let founders = reference.data.memberships.filter { $0.organisation == organisation.code && $0.role == "member"
                && ($0.joined == organisation.founded || $0.joined == organisation.operationalFrom) }
            return Set(founders.map(\.country)) == listed
                && (date.isEmpty || (organisation.founded ?? "") <= date && (organisation.dissolved.map { date < $0 } ?? true))
        }
        return matches.count == 1 ? matches[0].code : nil
    }

    /// Where a list item's date ends: after "in September", "on 31 December", "in 1993", "on the very last day of the year",
    /// "at the end of 1993" right after a country in a list, up to the comma or "and" that goes on with the list; `index`
    /// itself when no date stands there. A date holds no name and no verb.
    func dateAdjunctEnd(from index: Int, sentence: Range<Int>) -> Int {
        guard ["in", "on", "at"].contains(document.word(index)) else { return index }
        var cursor = index + 1
        var dated = false
        while cursor < min(sentence.upperBound, index + 10), ![",", "and", ";", "."].contains(document.word(cursor)) {
            guard document.spanAt[cursor] == nil, tokens[cursor].kind != .punctuation || document.word(cursor) == "-" else { return index }
            let word = document.word(cursor)
            if tokens[cursor].kind == .number || DateWords.month(tokens[cursor]) != nil || ["day", "year", "month", "end", "beginning", "start", "spring", "summer",
                                                                                           "autumn", "fall", "winter"].contains(word) { dated = true }
            else if !["the", "a", "of", "very", "last", "first", "same", "that", "this", "early", "late", "mid", "-"].contains(word) { return index }
            cursor += 1
        }
        return dated ? cursor : index
    }

    /// The index after an age standing before an organisation's name ("the 15 year old CIS", "the 30-year-old alliance"),
    /// else `index`.
    func afterAnAge(_ index: Int, sentence: Range<Int>) -> Int {
        guard index < sentence.upperBound, tokens[index].kind == .number || NumberWords.cardinalWords[document.word(index)] != nil else { return index }
        var cursor = index + 1
        if document.word(cursor) == "-" { cursor += 1 }
        guard ["year", "years"].contains(document.word(cursor)) else { return index }
        cursor += 1
        if document.word(cursor) == "-" { cursor += 1 }
        return document.word(cursor) == "old" && cursor + 1 < sentence.upperBound ? cursor + 1 : index
    }

    /// Lower-case adjectives a writer puts before an organisation's name or noun to describe it ("the regional CSTO", "the
    /// military alliance").
    static let describingAdjectives: Set<String> = ["regional", "military", "economic", "political", "security", "defence", "defense", "intergovernmental",
                                                     "eurasian", "soviet", "former", "ex", "post", "trade", "customs", "collective", "new", "old", "western"]

    /// The index after the words that describe an organisation before its name or noun, else `index`: ages ("the 15-year-old
    /// CIS"), compounds of a hyphen ("the Russia-led CSTO", "the Moscow-dominated union", "the US-led alliance", "the
    /// post-Soviet CIS", "the six-member bloc", "the military-political CSTO") and describing adjectives ("the regional
    /// military alliance"). Each outlet describes the organisation in its own words; the object is still the organisation.
    /// Only when an organisation's name or a lower-case word follows: "the Russia-led talks" is read as before, by its noun.
    func afterDescriptiveModifiers(_ index: Int, sentence: Range<Int>) -> Int {
        var cursor = index
        while cursor < sentence.upperBound {
            // (a lower-case name stays whole: "the collective security treaty")
            if let span = document.entity(at: cursor), case .organisation = span.entity { break }
            let aged = afterAnAge(cursor, sentence: sentence)
            if aged > cursor { cursor = aged; continue }
            // A name (or any word) before a hyphen and a lower-case word: "Russia-led", "six-member", "post-Soviet" (a prefix
            // before a capital).
            let head = document.entity(at: cursor)?.end ?? cursor + 1
            if head > cursor, head + 1 < sentence.upperBound, document.word(head) == "-", !tokens[head].spaceBefore, tokens[head + 1].kind == .word,
               tokens[head + 1].isLowercase || Self.describingAdjectives.contains(document.word(cursor)) && tokens[cursor].isLowercase {
                cursor = head + 2
                continue
            }
            if tokens[cursor].kind == .word, tokens[cursor].isLowercase, Self.describingAdjectives.contains(document.word(cursor)) { cursor += 1; continue }
            break
        }
        guard cursor > index, cursor < sentence.upperBound else { return index }
        return cursor
    }

    /// Nouns that head an organisation's name ("the World Trade Organization", "the Energy Charter Treaty").
    /// Whether the object at `index` is a definite generic noun, perhaps after lower-case modifiers ("the organisation", "the
    /// global trade body"), and the last organisation named before the event, in its sentence or the one before within the
    /// paragraph, is one the reference does not know ("joining the World Trade Organisation (WTO) ... candidates for accession
    /// to the global trade body"): the noun refers to that one, not to a known organisation named earlier.
    func refersToAnUnknownOrganisation(objectAt index: Int, before at: Int, sentence: Range<Int>) -> Bool {
        guard document.word(index) == "the" else { return false }
        let nouns = Coreference.organisationNouns.subtracting(["it", "which"]).union(["body", "institution"])
        guard let noun = (index + 1..<min(sentence.upperBound, index + 5)).first(where: { nouns.contains(document.word($0)) }), document.entity(at: noun) == nil,
              (index + 1...noun).allSatisfy({ tokens[$0].isLowercase || tokens[$0].kind == .number || document.word($0) == "-" }) else { return false }
        let previous = startOfSentenceBefore(sentence)
        var cursor = at - 1
        while cursor >= previous {
            if let span = document.entity(at: cursor) {
                if case .organisation = span.entity { return false }
                cursor = span.start - 1
                continue
            }
            if tokens[cursor].kind == .word, tokens[cursor].isCapitalized {
                // Back to the start of the capitalized name ("Organization of Turkic States"); a name that follows a known
                // organisation's is one of its bodies ("the SCO Heads of State Council"), the known one named last.
                let start = startOfCapitalizedName(endingAt: cursor, from: previous)
                if let owner = document.entity(at: start - 1), case .organisation = owner.entity { return false }
                if namesAnUnknownOrganisation(at: start, sentence: previous..<sentence.upperBound) { return true }
                cursor = start - 1
                continue
            }
            cursor -= 1
        }
        return false
    }

    static let nameHeads: Set<String> = Coreference.organisationNouns.subtracting(["it", "which", "club"])
        .union(["bank", "court", "forum", "council", "partnership", "fund", "agreement", "convention", "area", "zone"])

    /// Whether the object at `index` (after an optional "the") is a name the reference does not know: two or more capitalized
    /// words no entity covers, one of them a noun that heads an organisation's name ("the World Trade Organization", "the
    /// Organization of Turkic States", "the Energy Charter Treaty"). A noun that refers back ("the Union") is one word.
    func namesAnUnknownOrganisation(at index: Int, sentence: Range<Int>, byAcronym: Bool = true) -> Bool {
        var cursor = document.word(index) == "the" ? index + 1 : index
        if byAcronym, isAcronymOfAnUnknownOrganisation(at: cursor) { return true }
        var capitalized = 0
        var headed = false
        while cursor < sentence.upperBound, cursor < index + 9, document.entity(at: cursor) == nil {
            // (Capitalized words only: in a text set in capitals every word is.)
            if tokens[cursor].kind == .word, tokens[cursor].isCapitalized, !tokens[cursor].isAllCaps, DateWords.month(tokens[cursor]) == nil,
               DateWords.weekdays[document.word(cursor)] == nil {
                capitalized += 1
                if Self.nameHeads.contains(document.word(cursor)) { headed = true }
            } else if capitalized > 0, ["of", "for", "and", "on"].contains(document.word(cursor)), cursor + 1 < sentence.upperBound, tokens[cursor + 1].isCapitalized,
                      document.entity(at: cursor + 1) == nil {
            } else { break }
            cursor += 1
        }
        return capitalized >= 2 && headed && (cursor >= sentence.upperBound || document.entity(at: cursor) == nil)
    }

    /// The start of the capitalized name that ends at `end`, back over capitalized words no entity covers and the small
    /// words inside a name ("Organization of Turkic States", "Council for Trade and Development"), not before `floor`.
    func startOfCapitalizedName(endingAt end: Int, from floor: Int) -> Int {
        var start = end
        while start - 1 >= floor, document.entity(at: start - 1) == nil,
              tokens[start - 1].kind == .word && tokens[start - 1].isCapitalized
                || ["of", "for", "and", "on"].contains(document.word(start - 1)) && start - 2 >= floor && tokens[start - 2].isCapitalized { start -= 1 }
        return start
    }

    /// Whether the word at `index` is an acronym that the text gave in brackets to a name the reference does not know:
    /// "Mongolia joined the World Trade Organization (WTO) in 1997, and Laos joined the WTO in 2013" (the second object
    /// is that organisation again, not the text's own). Where the text gives no such name the acronym stays unknown: an
    /// unknown word is not read as an organisation on its own.
    func isAcronymOfAnUnknownOrganisation(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].isAllCaps, tokens[index].text.count >= 2,
              document.entity(at: index) == nil else { return false }
        let acronym = document.word(index)
        return tokens.indices.contains { bracket in
            bracket >= 2 && bracket + 2 < tokens.count && bracket + 1 != index && document.word(bracket) == "("
                && document.word(bracket + 1) == acronym && document.word(bracket + 2) == ")"
                && tokens[bracket - 1].kind == .word && tokens[bracket - 1].isCapitalized && document.entity(at: bracket - 1) == nil
                && namesAnUnknownOrganisation(at: startOfCapitalizedName(endingAt: bracket - 1, from: max(0, bracket - 9)),
                                              sentence: 0..<bracket, byAcronym: false)
        }
    }
}

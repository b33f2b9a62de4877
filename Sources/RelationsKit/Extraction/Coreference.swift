/// What "it", "the organisation", "the union", "which" or "the country" refer to: the last matching
/// entity named before, preferring an organisation whose own name contains the noun
/// ("the Organization" after "the Collective Security Treaty" and "the CSTO" is the CSTO).
struct Coreference {
    let document: Document
    let reference: ReferenceIndex
    /// Whether a name that only owns an occasion ("the 50th anniversary of NATO") may be what "the organization" refers to
    /// while another organisation is named: not for membership events, whose "the organization" is the one acted on
    /// ("during the celebration of the 50th anniversary of NATO, Uzbekistan was admitted into the organization" is GUAM's).
    var occasionOwnersRefer = true

    /// Nouns that stand for an organisation named earlier.
    static let organisationNouns: Set<String> = ["it", "which", "organisation", "organization", "union", "bloc", "group", "grouping", "community", "commonwealth", "treaty", "pact", "alliance", "association", "club"]
    /// Nouns an organisation's name may modify ("CIS states", "SCO summit"): then the name is not the referent of "it".
    static let modifiedNouns: Set<String> = ["states", "state", "countries", "country", "members", "member", "leaders", "heads", "summit", "summits",
                                             "session", "sessions", "meeting", "capitals", "nations", "partners", "secretariat", "bodies", "forum", "framework"]
    /// Words that stand for a country named earlier.
    static let countryWords: Set<String> = ["it", "country", "republic", "state"]

    /// The organisation a referring noun at token `index` stands for.
    func organisation(referredToBy index: Int) -> String? {
        // "the pact" is a treaty.
        let noun = document.word(index) == "pact" ? "treaty" : document.word(index).replacingOccurrences(of: "organisation", with: "organization")
        var named: [String] = []
        var namedAsModifiers: [String] = []
        let modifier = frontedModifier(before: index)
        for span in document.entities(in: 0..<index) {
            // "Launched as Moscow's answer to the European Union, the bloc ...": the bloc is not what its own modifier names.
            guard case let .organisation(code) = span.entity, !modifier.contains(span.start) else { continue }
            if namesAMeeting(span) || !occasionOwnersRefer && namesAnOccasion(span) { namedAsModifiers.append(code) } else { named.append(code) }
        }
        // "during NATO's 50th anniversary summit": a name that only says whose meeting it was counts when nothing else does.
        if named.isEmpty { named = namedAsModifiers }
        guard !named.isEmpty else { return nil }
        func words(_ code: String) -> [Substring] {
            (reference.data.organisations.first { $0.code == code }?.name ?? "").lowercased().replacingOccurrences(of: "organisation", with: "organization").split(separator: " ")
        }
        if !["it", "which"].contains(noun) {
            // The name's head noun first ("the treaty": the Collective Security Treaty, not its Organization).
            if let match = named.last(where: { words($0).last.map { $0 == noun } ?? false }) { return match }
            if let match = named.last(where: { words($0).contains { $0 == noun } }) { return match }
            // "the organisation", "the bloc" with no name to match: the organisation the text is most about so far.
            var counts: [String: Int] = [:]
            for code in named { counts[code, default: 0] += 1 }
            let most = counts.values.max() ?? 0
            return named.last { counts[$0] == most }
        }
        // "it", "which": the nearest mention, a name or a definite noun that stands for one ("Belarus joins the parties to
        // the treaty - ... - which acceded to it": the treaty, not the CIS named before it). A name used as a modifier
        // ("six CIS states", "the CSTO summit") is not a mention.
        let mentions = document.entities(in: 0..<index).filter { if case .organisation = $0.entity { true } else { false } }
        guard let candidate = mentions.last(where: { !Self.modifiedNouns.contains(document.word($0.end)) }) ?? mentions.last else { return named.last }
        // "the Collective Security Treaty, the 1992 defence pact of the CIS, and will quit it": a name completing another
        // noun phrase with "of" is not its head; "it" takes up the head ("pact").
        var of = candidate.start - 1
        if document.word(of) == "the" { of -= 1 }
        if document.word(of) == "of", Self.organisationNouns.subtracting(["it", "which"]).contains(document.word(of - 1)), document.spanAt[of - 1] == nil,
           !tokens(of - 1).isCapitalized, let resolved = organisation(referredToBy: of - 1) {
            return resolved
        }
        if let noun = (candidate.end..<index).last(where: { position in
               Self.organisationNouns.contains(document.word(position)) && !["it", "which"].contains(document.word(position))
                   && document.spanAt[position] == nil && ["the", "this", "that"].contains(document.word(position - 1)) && !tokens(position).isCapitalized
           }), let resolved = organisation(referredToBy: noun) {
            return resolved
        }
        if case let .organisation(code) = candidate.entity { return code }
        return named.last
    }

    /// The participial or "as" phrase fronted before a sentence's subject "the <noun>" at `index` ("Modelled on the EU, the
    /// union ..."), or an empty range.
    private func frontedModifier(before index: Int) -> Range<Int> {
        guard document.word(index - 1) == "the", document.word(index - 2) == ",",
              let sentence = document.sentences.first(where: { $0.contains(index) }), sentence.lowerBound < index - 2 else { return 0..<0 }
        let opening = document.word(sentence.lowerBound)
        guard opening.hasSuffix("ed") || ["as", "like", "unlike", "set", "built", "born"].contains(opening) else { return 0..<0 }
        return sentence.lowerBound..<(index - 2)
    }

    static let meetingNouns: Set<String> = ["summit", "summits", "session", "sessions", "meeting", "meetings", "forum"]

    /// Whether a name only says whose meeting is meant: "NATO's 50th-anniversary summit", "the SCO summit".
    func namesAMeeting(_ span: EntitySpan) -> Bool {
        if Self.meetingNouns.contains(document.word(span.end)) { return true }
        guard document.word(span.end) == "'s" else { return false }
        for position in (span.end + 1)..<min(document.tokens.count, span.end + 6) {
            if Self.meetingNouns.contains(document.word(position)) { return true }
            // "50th", "anniversary", "-": the meeting's modifiers.
            guard document.tokens[position].kind != .punctuation && !document.tokens[position].isCapitalized || document.word(position) == "-" else { return false }
        }
        return false
    }

    /// Whether a name only says whose anniversary dates another event, in a time adjunct: "during the celebration of the
    /// 50th anniversary of NATO", "during festivities on the 50th anniversary of the NATO organization" (not "a summit
    /// dedicated to the 30th anniversary of the Collective Security Treaty", which is about the treaty).
    func namesAnOccasion(_ span: EntitySpan) -> Bool {
        var lead = span.start - 1
        if document.word(lead) == "the" { lead -= 1 }
        guard document.word(lead) == "of", ["anniversary", "jubilee"].contains(document.word(lead - 1)) else { return false }
        let adjunct = (max(0, lead - 8)..<(lead - 1)).reversed().prefix { ![",", ";", ".", "(", ")"].contains(document.word($0)) }
        return adjunct.contains { ["during", "amid", "amidst"].contains(document.word($0)) }
    }

    /// The organisation named most often before token `index` (the last of them on a tie), as the article's topic.
    func mostNamedOrganisation(before index: Int) -> String? {
        let named = document.entities(in: 0..<index).compactMap { span -> String? in
            if case let .organisation(code) = span.entity { return code } else { return nil }
        }
        var counts: [String: Int] = [:]
        for code in named { counts[code, default: 0] += 1 }
        let most = counts.values.max() ?? 0
        return named.last { counts[$0] == most }
    }

    /// The country named most often before token `index` (the last of them on a tie), as the article's topic.
    func mostNamedCountry(before index: Int) -> String? {
        let named = document.entities(in: 0..<index).compactMap { $0.entity.country }
        var counts: [String: Int] = [:]
        for code in named { counts[code, default: 0] += 1 }
        let most = counts.values.max() ?? 0
        return named.last { counts[$0] == most }
    }

    private func tokens(_ index: Int) -> Token { document.tokens[index] }

    /// The country a referring word at token `index` stands for: the last country (or person's country) named before it,
    /// unless that one is the object of a preposition and its sentence names another one outside any ("Georgia joined
    /// the CIS under pressure from Moscow. It had already quit the treaty": Georgia).
    func country(referredToBy index: Int) -> String? {
        // A name used as a modifier ("a Moscow-led bloc", "Russia-backed forces") is not a mention, nor is either half of a
        // compound of two names ("the Kyrgyz-Kazakh border", "Russian-Uzbek talks").
        let mentions = document.entities(in: 0..<index).filter { span in
            let hyphenAfter = span.end + 1 < index && document.tokens[span.end].text == "-" && document.tokens[span.end + 1].kind == .word
            let hyphenBefore = span.start > 0 && document.tokens[span.start - 1].text == "-" && document.entity(at: span.start - 2) != nil
            return !(hyphenAfter && (document.tokens[span.end + 1].isLowercase || document.entity(at: span.end + 1) != nil)) && !hyphenBefore
                // "the Customs Union of Russia, Belarus and Kazakhstan ... the republic's accession": a name listing an
                // organisation's members is no mention of a country that acts.
                && !listsAnOrganisationsMembers(span)
                // "MOSCOW, May 5 (Interfax) - Having joined the CSTO in 1994, the republic ...": a dateline's place is where the
                // news was filed, no country the text speaks of.
                && !((span.start == 0 || document.tokens[span.start].newlinesBefore > 0) && document.tokens[span.start].isAllCaps && { if case .country(_, .capital) = span.entity { true } else { false } }())
        }.compactMap { span -> (code: String, start: Int)? in
            if let code = span.entity.country { return (code, span.start) }
            if case let .person(name, _) = span.entity, let code = document.personCountries[name] { return (code, span.start) }
            return nil
        }
        guard let last = mentions.last, let sentence = document.sentences.last(where: { $0.lowerBound <= last.start }) else { return mentions.last?.code }
        // "Tashkent said it would quit the group, which brings together Georgia and Moldova. It quit in 2005": a name inside a
        // relative clause, like a preposition's object, is not what "it" takes up when the clause's subject is named.
        let relative = (sentence.lowerBound..<last.start).last { ["which", "who", "whose"].contains(document.word($0)) && document.word($0 - 1) == "," }
        func isAside(_ start: Int) -> Bool { isPrepositionalObject(start) || relative.map { start > $0 } ?? false }
        guard isAside(last.start) else { return last.code }
        // "Tashkent did not extend the treaty and left it together with Baku and Tbilisi. It returned in 2006": when the
        // sentence names no one else, "it" is still the one named before the companions.
        return mentions.last { sentence.contains($0.start) && !isAside($0.start) }?.code
            ?? mentions.last { !isPrepositionalObject($0.start) }?.code ?? last.code
    }

    /// Whether the country at `span` completes an organisation's name or glosses its members in brackets, alone or in a list:
    /// "the Customs Union of Russia, Belarus and Kazakhstan", "the GUUAM Group (Georgia, Ukraine, Uzbekistan, Armenia and
    /// Moldova)", "GUAM (Georgia, Ukraine, Azerbaijan and Moldova)".
    func listsAnOrganisationsMembers(_ span: EntitySpan) -> Bool {
        var lead = span.start - 1
        while lead > 0 {
            if ["the", ",", "and"].contains(document.word(lead)) { lead -= 1; continue }
            if let index = document.spanAt[lead], document.spans[index].entity.country != nil { lead = document.spans[index].start - 1; continue }
            break
        }
        guard lead > 0, ["of", "("].contains(document.word(lead)) else { return false }
        var head = lead - 1
        // "the GUUAM Group (": a capitalized head noun after the name.
        if document.word(lead) == "(" {
            while head > lead - 3, head > 0, document.spanAt[head] == nil, document.tokens[head].isCapitalized { head -= 1 }
        }
        guard let index = document.spanAt[head], case .organisation = document.spans[index].entity else { return false }
        return true
    }

    /// Whether the name starting at `index` is the object of a preposition ("from Moscow", "with the Russian Federation",
    /// "in Minsk"), also as a later name of a coordinated object ("along with Azerbaijan and Georgia"), or of a verb of
    /// telling ("informed Moldova", "told Russia"), whose "that" clause speaks of its subject.
    private func isPrepositionalObject(_ index: Int) -> Bool {
        var lead = index - 1
        while lead > 0 {
            if document.word(lead) == "the" { lead -= 1; continue }
            // Back over the names coordinated before it: "with Azerbaijan and Georgia", "from Russia, Belarus and Armenia".
            if [",", "and"].contains(document.word(lead)), let span = document.spanAt[lead - 1], document.spans[span].entity.country != nil {
                lead = document.spans[span].start - 1
                continue
            }
            break
        }
        return ["from", "with", "against", "by", "on", "toward", "towards", "between", "than", "in", "at"].contains(document.word(lead))
            || Self.tellingVerbs.contains(document.word(lead))
    }

    /// Verbs whose object is told something about their subject ("Uzbekistan has informed Moldova ... that it intends to").
    static let tellingVerbs: Set<String> = ["informed", "informs", "notified", "notifies", "told", "tells", "assured", "assures", "warned", "warns", "reminded", "reminds"]
}

/// Membership events, part of `MembershipRules`: what around a phrase makes it no event of its own (a founding clause,
/// a decision reported before, a goal, a meeting about an organisation, part of its bodies, a document that founds
/// nothing, a status described, a compound such as "CIS agreements"), and a status granted in the passive.
extension MembershipRules {
    /// Whether the words at `index` open a clause of founding ("since the organisation was set up in 2002", "since it was
    /// signed", "since the CSTO was founded"): the founding dates the status, as "since its founding" does.
    func opensAFoundingClause(_ index: Int) -> Bool {
        var cursor = index
        if let span = document.entity(at: cursor), case .organisation = span.entity { cursor = span.end }
        else if document.word(cursor) == "it" { cursor += 1 }
        else if ["the", "its"].contains(document.word(cursor)), Coreference.organisationNouns.contains(document.word(cursor + 1)) { cursor += 2 }
        else { return false }
        guard ["was", "were"].contains(document.word(cursor)) else { return false }
        if Self.adverbs.contains(document.word(cursor + 1)) { cursor += 1 }
        return ["founded", "created", "established", "launched", "formed", "signed", "set"].contains(document.word(cursor + 1))
    }

    /// Whether the sentence announces "the decision" reported before, naming no other ("The decision was announced by the
    /// President", "Saakashvili announced the decision on 12 August"; not "the decision to sever relations").
    func announcesTheDecision(in sentence: Range<Int>) -> Bool {
        sentence.contains { index in
            document.word(index) == "decision" && ["the", "this", "that"].contains(document.word(index - 1)) && !["to", "on", "of"].contains(document.word(index + 1))
                && (max(sentence.lowerBound, index - 4)..<min(sentence.upperBound, index + 4)).contains { verb in
                    ["announced", "announces", "announce"].contains(document.word(verb)) && !isNegatedOrHypothetical(verb, sentence: sentence)
                }
        }
    }

    /// Words that make membership a goal: "its course towards membership in the EU", "has made membership of NATO its
    /// strategic goal", "aspirations for membership of the alliance".
    static let goalWords: Set<String> = ["course", "goal", "goals", "aim", "aims", "objective", "objectives", "aspiration", "aspirations", "path", "road",
                                         "towards", "toward", "ambition", "ambitions", "prospect", "prospects"]

    /// Membership of an organisation that the clause makes a goal is a plan to join it: "Ukraine remains committed to its
    /// course towards membership in the EU and NATO", "Georgia has made membership of NATO its strategic goal". The goal
    /// word stands just before "membership" or just after its object, in the same clause, or before an infinitive of gaining
    /// it ("the strategic course of the state to acquire full membership of Ukraine in the EU", the owner after "of").
    func membershipGoals(in sentence: Range<Int>, references: Coreference) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        for index in sentence where document.word(index) == "membership" && ["of", "in"].contains(document.word(index + 1)) {
            var lead = document.word(index + 2) == "the" ? index + 3 : index + 2
            // "to acquire full membership of Ukraine in the European Union": the owner between the noun and the organisation.
            var owner: [String] = []
            if let span = document.entity(at: lead), let code = span.entity.country, ["in", "of"].contains(document.word(span.end)) {
                owner = [code]
                lead = document.word(span.end + 1) == "the" ? span.end + 2 : span.end + 1
            }
            guard let span = document.entity(at: lead), case let .organisation(org) = span.entity, !modifiesAHeadNoun(span.end, sentence: sentence) else { continue }
            let organisations = [org] + coordinatedOrganisations(after: org, from: index + 1, sentence: sentence)
            var last = span.end
            while let next = document.entities(in: last..<min(sentence.upperBound, last + 3)).first, case .organisation = next.entity { last = next.end }
            // "the strategic course of the state to acquire full membership": a goal that an infinitive of gaining it follows.
            let reach = (max(sentence.lowerBound, index - 4)..<index).contains { Self.receivingBases.contains(document.word($0)) && document.word($0 - 1) == "to" } ? 9 : 4
            let before = (max(sentence.lowerBound, index - reach)..<index).reversed().prefix { ![",", ";", ":"].contains(document.word($0)) }
            let after = (last..<min(sentence.upperBound, last + 6)).prefix { ![",", ";", ":", "."].contains(document.word($0)) }
            guard before.contains(where: { Self.goalWords.contains(document.word($0)) }) || after.contains(where: { Self.goalWords.contains(document.word($0)) }),
                  !isNegatedOrHypothetical(index, sentence: sentence) else { continue }
            let countries = owner.isEmpty ? self.countries(before: index, after: last, sentence: sentence) : owner
            guard !countries.isEmpty else { continue }
            for org in organisations { result.append((org, countries, "plans_to_join")) }
        }
        return result
    }

    /// Forms of congratulating, whose "on" names the occasion.
    static let congratulating: Set<String> = ["congratulated", "congratulate", "congratulates", "congratulating", "congratulations", "congratulation", "felicitated"]

    /// A membership congratulated on is the joining it marks: "Xi congratulated Belarus on its membership in the SCO", "I
    /// would like to congratulate the Iranian friends on their memberships in the Organization" (the country named or
    /// meant by its adjective between the verb and "on"); not a span of it ("on its 20 years of membership"), which an
    /// anniversary reads.
    func congratulatedMemberships(in sentence: Range<Int>, references: Coreference) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        for index in sentence where ["membership", "memberships"].contains(document.word(index)) && ["its", "their"].contains(document.word(index - 1))
            && document.word(index - 2) == "on" && ["in", "of", "to"].contains(document.word(index + 1)) {
            let on = index - 2
            guard let verb = (max(sentence.lowerBound, on - 8)..<on).last(where: { Self.congratulating.contains(document.word($0)) }) else { continue }
            let countries = document.entities(in: (verb + 1)..<on).compactMap(\.entity.country).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let lead = document.word(index + 2) == "the" ? index + 3 : index + 2
            guard !countries.isEmpty, let span = document.entity(at: lead), case let .organisation(org) = span.entity,
                  !modifiesAHeadNoun(span.end, sentence: sentence) else { continue }
            result.append((org, countries, "joined"))
        }
        return result
    }

    /// Whether the words at `index` name the founding of what they speak of, a date the reference or the text gives: "since
    /// its founding in October 2000", "since its signing on 15 May 1992", "since the creation of the organisation".
    func namesAFounding(_ index: Int) -> Bool {
        ["its", "the", "their"].contains(document.word(index))
            && ["founding", "foundation", "creation", "establishment", "inception", "signing", "launch", "formation"].contains(document.word(index + 1))
    }

    /// Whether a date starts at `index`: a year, a month's name, or a day before one ("1 January").
    func startsADate(_ index: Int) -> Bool {
        let token = tokens[index]
        if DateWords.month(token) != nil { return true }
        guard token.kind == .number, let value = Int(token.text) else { return false }
        return (1900...2100).contains(value) || value <= 31 && index + 1 < tokens.count && DateWords.month(tokens[index + 1]) != nil
    }

    /// Whether the exit at `at..<end` is qualified as temporary ("is temporarily withdrawing from", "withdrew temporarily from",
    /// "pulled out temporarily", "its temporary withdrawal"): a suspension, not leaving.
    func isTemporary(at: Int, end: Int, sentence: Range<Int>) -> Bool {
        at - 1 >= sentence.lowerBound && ["temporarily", "temporary"].contains(document.word(at - 1))
            || (at..<end).contains { document.word($0) == "temporarily" }
            || end < sentence.upperBound && document.word(end) == "temporarily"
    }

    /// Whether accession talks launched stand at `index` after the bare noun at `at` ("began accession negotiations", "opened
    /// EU accession talks", "launched the accession talks"): launching them starts the accession procedure, a step towards
    /// joining (a ruling of the conventions); talks merely held, paused or frozen ("its EU accession talks") are none.
    func isAccessionTalksLaunched(_ index: Int, at: Int, sentence: Range<Int>) -> Bool {
        guard ["talks", "negotiations"].contains(document.word(index)) else { return false }
        var lead = at - 1
        if let span = document.entity(at: lead), case .organisation = span.entity { lead = span.start - 1 }
        while lead > sentence.lowerBound, ["the", "its", "their", "formal", "formally", "officially"].contains(document.word(lead)) { lead -= 1 }
        return Self.launchingTalks.contains(document.word(lead))
    }

    /// Verbs that launch talks.
    static let launchingTalks: Set<String> = ["began", "begun", "begin", "begins", "beginning", "started", "start", "starts", "starting", "opened", "open",
                                              "opens", "opening", "launched", "launch", "launches", "launching", "initiated", "commenced"]

    /// Meetings and negotiations: leaving one held about an organisation, or with it, is not leaving the organisation.
    static let meetingNouns: Set<String> = ["talks", "negotiations", "meeting", "meetings", "summit", "summits", "session", "sessions", "conference", "forum"]

    /// Whether the word at `index` is a meeting followed by what it is about or with whom ("the talks on the CSTO budget",
    /// "the negotiations with the EAEU"); a meeting of an organisation ("the sessions of the CIS councils") is its work.
    func isAMeetingAbout(_ index: Int) -> Bool {
        Self.meetingNouns.contains(document.word(index)) && ["on", "about", "over", "with", "between", "regarding", "concerning"].contains(document.word(index + 1))
    }

    /// Quantifiers that pick out part of what follows ("most CIS meetings", "some of its bodies", "many of the working groups").
    static let partialQuantifiers: Set<String> = ["most", "some", "several", "many", "certain", "few", "part", "half"]

    /// Whether the words from `end` to the organisation named next, within the clause, hold a partial quantifier.
    func namesAPart(after end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        while cursor < min(sentence.upperBound, end + 6), document.entity(at: cursor) == nil, tokens[cursor].kind == .word, tokens[cursor].isLowercase {
            if Self.partialQuantifiers.contains(document.word(cursor)) { return true }
            cursor += 1
        }
        return false
    }

    /// Whether the object at `end` is a document that founds no organisation, qualified by what it is about or whom it binds
    /// ("withdrew from the agreement on visa-free travel with the CIS countries", "left the free trade treaty between the
    /// CIS states"); not "the Agreement on the Creation of the CIS" or "the treaty" alone, which may refer back.
    func namesAnotherDocument(after end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        if ["the", "a", "an", "its", "their", "this", "that"].contains(document.word(cursor)) { cursor += 1 }
        let head = cursor
        while cursor < min(sentence.upperBound, head + 4), document.entity(at: cursor) == nil, tokens[cursor].kind == .word, tokens[cursor].isLowercase,
              !Self.documentNouns.contains(document.word(cursor)) { cursor += 1 }
        guard cursor + 1 < sentence.upperBound, document.entity(at: cursor) == nil, Self.documentNouns.contains(document.word(cursor)),
              ["on", "with", "between", "among", "regarding", "concerning", "about"].contains(document.word(cursor + 1)) else { return false }
        // Not a date after "on" ("acceded to the treaty on September 24", "on the same day"): "on" then dates the step.
        if document.word(cursor + 1) == "on" {
            let matter = (cursor + 2..<min(sentence.upperBound, cursor + 5))
            if matter.contains(where: { tokens[$0].kind == .number || DateWords.month(tokens[$0]) != nil || DateWords.weekdays[document.word($0)] != nil
                || ["same", "day", "date", "eve", "occasion", "basis", "behalf"].contains(document.word($0)) }) { return false }
        }
        return foundingDocument(after: end, sentence: sentence) == nil
    }

    /// Whether a status noun ending at `end` is granted to a country in the passive after it ("the status of observer state
    /// was granted to Moldova", "observer status has been given to Cuba").
    /// Whether "the status of a full member" ending at `end`, with its organisation after it, is granted in the passive to a
    /// country ("... of the Organization was granted to the Republic of India").
    func isMemberStatusGranted(after end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        if ["of", "in"].contains(document.word(cursor)) {
            cursor += 1
            if document.word(cursor) == "the" { cursor += 1 }
            if let span = document.entity(at: cursor), case .organisation = span.entity { cursor = span.end }
            else if Coreference.organisationNouns.contains(document.word(cursor)) { cursor += 1 } else { return false }
        }
        guard ["was", "were", "has", "have", "had", "is", "are"].contains(document.word(cursor)) else { return false }
        while Self.linkingVerbs.contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor)) { cursor += 1 }
        guard ["granted", "given", "accorded", "awarded", "conferred"].contains(document.word(cursor)), document.word(cursor + 1) == "to" else { return false }
        let recipient = document.word(cursor + 2) == "the" ? cursor + 3 : cursor + 2
        return recipient < sentence.upperBound && document.entity(at: recipient)?.entity.country != nil
    }

    func isGrantedInThePassive(after end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        guard ["was", "were", "has", "have", "had", "is", "are"].contains(document.word(cursor)) else { return false }
        while Self.linkingVerbs.contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor)) { cursor += 1 }
        guard ["granted", "given", "accorded", "awarded", "conferred"].contains(document.word(cursor)), document.word(cursor + 1) == "to",
              cursor + 2 < sentence.upperBound else { return false }
        return document.entity(at: cursor + 2)?.entity.country != nil
    }

    /// Words that state a status given after its noun ("observer status was granted in 2004", "was approved").
    static let statusGivenWords: Set<String> = granting.union(["approved", "confirmed", "formalised", "formalized", "extended", "recognised", "recognized"])

    /// Verbs that link a status to what is said of it ("has been", "remains").
    static let linkingVerbs: Set<String> = ["has", "have", "had", "been", "is", "was", "are", "were", "remains", "remained", "stays", "stayed", "be", "being"]

    /// Whether a status noun ending at `end` is the subject of a predicate that does not give it: "Chisinau's observer status
    /// has been dormant since 2022", "Mongolia's observer status with the SCO remains frozen" describe a status held.
    func isDescribedStatus(after end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        // "observer status in the EAEU", "with the SCO": the organisation after the noun.
        if ["in", "with", "at", "of"].contains(document.word(cursor)) {
            let lead = document.word(cursor + 1) == "the" ? cursor + 2 : cursor + 1
            guard let span = document.entity(at: lead), case .organisation = span.entity else { return false }
            cursor = span.end
        }
        // "Observer status means that Moldova will be able to take part", "observer status allows a state to attend": the
        // status defined, granted to no one.
        if Self.appraisingPredicates.union(["allows", "gives", "entitles", "enables", "lets", "confers", "implies"]).contains(document.word(cursor))
            || ["does", "do"].contains(document.word(cursor)) && ["not", "n't"].contains(document.word(cursor + 1)) && Self.appraisingBases.union(["allow", "give", "entitle"]).contains(document.word(cursor + 2)) {
            return true
        }
        guard cursor < sentence.upperBound, Self.linkingVerbs.contains(document.word(cursor)) else { return false }
        while cursor < sentence.upperBound, Self.linkingVerbs.contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor)) || document.word(cursor).hasSuffix("ly") { cursor += 1 }
        guard cursor < sentence.upperBound, tokens[cursor].kind == .word, tokens[cursor].isLowercase else { return false }
        return !Self.statusGivenWords.contains(document.word(cursor))
    }

    /// Copulas that state a status held ("Moldova is an observer state", "remains an observer").
    static let copularVerbs: Set<String> = ["is", "are", "was", "were", "remains", "remain", "remained", "been", "being"]

    /// Whether the status noun phrase at `at` is the complement of a copula: "Moldova is an observer state", "Cuba and
    /// Uzbekistan are the union's observer states", "Moldova remains an EAEU observer state". Back over an article, a
    /// possessive, an organisation's name and a few modifiers ("now", "official", "first") to the copula. A status with no
    /// date is no event (a ruling of the conventions); one held since a date is read by `statusesHeldSince`.
    func isCopularStatus(at: Int, sentence: Range<Int>) -> Bool {
        // Only the status's own noun phrase: "Moldova and Ukraine were granted it" is a grant, whose verb the copula governs.
        guard ["observer", "status"].contains(document.word(at)) else { return false }
        let modifiers: Set<String> = ["a", "an", "the", "'s", "its", "their", "official", "permanent", "now", "already", "still", "also", "first", "only"]
        var cursor = at - 1
        while cursor > sentence.lowerBound, at - cursor <= 8 {
            if let span = document.entity(at: cursor), case .organisation = span.entity { cursor = span.start - 1; continue }
            guard modifiers.contains(document.word(cursor)) || NumberWords.ordinalWords[document.word(cursor)] != nil else { break }
            cursor -= 1
        }
        return Self.copularVerbs.contains(document.word(cursor))
    }

    /// Head nouns an organisation's name may modify: documents and arrangements concluded within it, its meetings,
    /// people, forces and markets. Leaving or joining one of them is not leaving or joining the organisation.
    static let headNouns: Set<String> = Coreference.modifiedNouns.union([
        "agreement", "agreements", "treaties", "documents", "accords", "conventions", "deals", "zone", "regime", "programme", "program",
        "market", "markets", "agenda", "question", "issue", "reform", "ministers", "minister", "delegation", "delegations", "exercises", "drills",
        "forces", "troops", "mission", "missions", "project", "projects", "initiative", "talks", "conference", "venue", "building", "hall",
        // "joining an integrated CIS economic space", "the EAEU customs area", "the CSTO budget": an arrangement within it.
        "space", "area", "format", "framework", "platform", "budget", "body",
    ])

    /// Whether the lower-case words from `index` end a compound whose head is such a noun ("CIS agreements", "the CIS free
    /// trade agreement", "the CSTO foreign ministers"), the organisation's name only modifying it.
    func modifiesAHeadNoun(_ index: Int, sentence: Range<Int>) -> Bool {
        // "withdrew from the CSTO's predecessor treaty", "joined the EAEU's single market": something of the organisation.
        if document.word(index) == "'s", index + 1 < sentence.upperBound, tokens[index + 1].kind == .word, tokens[index + 1].isLowercase { return true }
        // "joined NATO's \"Partnership for Peace\" programme", "joined the EU's Eastern Partnership": a name the organisation owns
        // (not another organisation's: "the CIS's Collective Security Treaty" is read by `organisation(near:)`).
        if document.word(index) == "'s" {
            var name = index + 1
            while name < min(sentence.upperBound, index + 3), Self.quotationMarks.contains(tokens[name].text) { name += 1 }
            if name < sentence.upperBound, tokens[name].kind == .word, tokens[name].isCapitalized, document.entity(at: name) == nil { return true }
        }
        var cursor = index
        // "joined the \"SCO Plus\" session": a longer name holding the organisation's, and its quotation marks, come first.
        while cursor < min(sentence.upperBound, index + 3), tokens[cursor].kind == .word && tokens[cursor].isCapitalized || Self.quotationMarks.contains(tokens[cursor].text) {
            cursor += 1
        }
        let compoundEnd = cursor + 4
        while cursor < min(sentence.upperBound, compoundEnd), tokens[cursor].kind == .word, tokens[cursor].isLowercase {
            let word = document.word(cursor)
            if Self.headNouns.contains(word) { return true }
            // ("left GUUAM during a summit": any preposition or conjunction ends the compound.)
            if ["in", "on", "at", "by", "from", "to", "of", "and", "or", "after", "before", "since", "with", "for", "as", "which", "that", "but", "last", "this", "next",
                "during", "amid", "within", "until", "over", "following", "when", "while", "despite", "because", "under", "through", "via", "into", "ahead", "without"].contains(word)
                // ("quit the Customs Union it was a member of": a pronoun, an article or a verb opens a clause, no compound.)
                || ["it", "they", "he", "she", "we", "a", "an", "the", "is", "are", "was", "were", "has", "have", "had", "will", "would"].contains(word) { return false }
            cursor += 1
        }
        return false
    }
}

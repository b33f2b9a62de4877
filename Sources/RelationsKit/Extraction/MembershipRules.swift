/// Membership events: a country joined, left, suspended, froze or plans to leave or join an organisation,
/// or was granted observer status ("Kiev earlier announced the plans to quit CIS";
/// "Armenia has frozen its participation in the CSTO").
struct MembershipRules {
    let document: Document
    let reference: ReferenceIndex
    var tokens: [Token] { document.tokens }

    /// Verb phrases (lowercase word sequences) and the action they state. Longer phrases first.
    static let phrases: [(words: [String], action: String)] = [
        (["plans", "to", "quit"], "plans_to_leave"), (["plans", "to", "leave"], "plans_to_leave"), (["plans", "to", "withdraw"], "plans_to_leave"),
        (["plan", "to", "quit"], "plans_to_leave"), (["plan", "to", "leave"], "plans_to_leave"), (["plan", "to", "withdraw"], "plans_to_leave"),
        (["intends", "to", "leave"], "plans_to_leave"), (["intends", "to", "quit"], "plans_to_leave"), (["intends", "to", "withdraw"], "plans_to_leave"),
        (["intention", "to", "leave"], "plans_to_leave"), (["intention", "to", "withdraw"], "plans_to_leave"), (["intention", "to", "quit"], "plans_to_leave"),
        (["decision", "to", "leave"], "plans_to_leave"), (["decision", "to", "quit"], "plans_to_leave"), (["decision", "to", "withdraw"], "plans_to_leave"),
        (["will", "leave"], "plans_to_leave"), (["will", "quit"], "plans_to_leave"), (["will", "withdraw"], "plans_to_leave"),
        (["start", "the", "procedure", "of", "withdrawal"], "plans_to_leave"), (["denounce"], "plans_to_leave"), (["denouncing"], "plans_to_leave"),
        (["intended", "to", "pull", "out"], "plans_to_leave"), (["intends", "to", "pull", "out"], "plans_to_leave"), (["plans", "to", "pull", "out"], "plans_to_leave"),
        (["pulled", "out", "of"], "left"), (["ceased", "to", "be", "a", "member"], "left"), (["terminated", "its", "membership"], "left"),
        (["expected", "to", "accede"], "plans_to_join"), (["is", "to", "accede"], "plans_to_join"), (["will", "accede"], "plans_to_join"),
        (["restored", "its", "membership"], "joined"), (["rejoined"], "joined"), (["returned", "to"], "joined"),
        (["completed", "the", "formalities", "of", "joining"], "joined"), (["joining"], "joined"),
        (["observer", "state"], "observer"),
        (["due", "to", "leave"], "plans_to_leave"), (["due", "to", "quit"], "plans_to_leave"), (["due", "to", "join"], "plans_to_join"),
        (["seek", "membership"], "plans_to_join"), (["seeks", "membership"], "plans_to_join"), (["sought", "membership"], "plans_to_join"),
        (["admitted"], "joined"), (["was", "admitted"], "joined"), (["were", "admitted"], "joined"), (["admitted", "as"], "joined"), (["admitted", "to"], "joined"),
        (["to", "become", "a", "full", "member"], "plans_to_join"), (["to", "become", "a", "member"], "plans_to_join"),
        (["to", "obtain", "the", "status"], "plans_to_join"), (["to", "join"], "plans_to_join"), (["to", "accede"], "plans_to_join"),
        (["a", "full", "member"], "joined"), (["a", "full", "-", "fledged", "member"], "joined"),
        (["plans", "to", "join"], "plans_to_join"), (["plan", "to", "join"], "plans_to_join"), (["intends", "to", "join"], "plans_to_join"),
        (["applied", "to", "join"], "plans_to_join"), (["applied", "for", "membership"], "plans_to_join"), (["bid", "to", "join"], "plans_to_join"),
        (["intention", "to", "join"], "plans_to_join"), (["will", "join"], "plans_to_join"),
        (["frozen"], "froze"), (["froze"], "froze"), (["freezes"], "froze"), (["freeze"], "froze"), (["freezing"], "froze"),
        (["suspended"], "suspended"), (["suspends"], "suspended"), (["suspend"], "suspended"), (["suspension"], "suspended"),
        (["withdrew", "from"], "left"), (["withdrawn", "from"], "left"), (["withdrawal", "from"], "left"), (["left"], "left"), (["quit"], "left"), (["quits"], "left"),
        (["exit", "from"], "left"), (["exited"], "left"), (["leaves"], "left"),
        (["joined"], "joined"), (["joins"], "joined"), (["acceded", "to"], "joined"), (["accession", "to"], "joined"), (["accession", "of"], "joined"),
        (["became", "a", "full", "member"], "joined"), (["became", "a", "member"], "joined"), (["full", "-", "fledged", "member"], "joined"),
        (["observer", "status"], "observer"), (["status", "of", "observer"], "observer"), (["became", "an", "observer"], "observer"),
        (["status", "of", "an", "observer"], "observer"), (["status", "of", "observer", "state"], "observer"),
        // Prospects stated by a verb of intent: "intend to leave", "is planning to withdraw", "wants to join".
        (["intend", "to", "leave"], "plans_to_leave"), (["intend", "to", "quit"], "plans_to_leave"), (["intend", "to", "withdraw"], "plans_to_leave"),
        (["intended", "to", "leave"], "plans_to_leave"), (["intended", "to", "quit"], "plans_to_leave"), (["intended", "to", "withdraw"], "plans_to_leave"),
        (["intend", "to", "join"], "plans_to_join"), (["intended", "to", "join"], "plans_to_join"),
        // Applications: "submit its application for membership", "applying for membership", "a membership application".
        (["application", "for", "membership"], "plans_to_join"), (["applications", "for", "membership"], "plans_to_join"),
        (["apply", "for", "membership"], "plans_to_join"), (["applying", "for", "membership"], "plans_to_join"), (["applies", "for", "membership"], "plans_to_join"),
        (["membership", "application"], "plans_to_join"), (["membership", "bid"], "plans_to_join"), (["bid", "for", "membership"], "plans_to_join"),
        (["application", "to", "join"], "plans_to_join"),
        // Base forms: a prospect only after "to" or a modal ("would withdraw from the treaty", "will pull out of").
        (["withdraw", "from"], "plans_to_leave"), (["leave"], "plans_to_leave"), (["exit"], "plans_to_leave"), (["pull", "out", "of"], "plans_to_leave"),
        (["join"], "plans_to_join"), (["accede", "to"], "plans_to_join"), (["become", "a", "member"], "plans_to_join"), (["become", "a", "full", "member"], "plans_to_join"),
        (["pulls", "out", "of"], "left"), (["pulling", "out", "of"], "left"), (["withdraws", "from"], "left"), (["withdrawing", "from"], "left"),
        // Membership gained: "gained full membership", "was granted membership".
        (["gained", "membership"], "joined"), (["gained", "full", "membership"], "joined"), (["obtained", "membership"], "joined"),
        (["granted", "membership"], "joined"), (["granted", "full", "membership"], "joined"), (["became", "a", "member", "state"], "joined"),
        // An event taking effect takes its action from its subject noun ("Armenia's membership of the EAEU took effect",
        // "the withdrawal entered into force"); see `effectAction`.
        (["took", "effect"], "effect"), (["takes", "effect"], "effect"), (["entered", "into", "force"], "effect"), (["came", "into", "force"], "effect"),
        (["became", "effective"], "effect"),
        // Participation halted: "halted its participation", "stopped participating in".
        (["halted"], "suspended"), (["halts"], "suspended"), (["stopped"], "suspended"), (["ceased", "participation"], "suspended"),
        // Gerunds: "after leaving the CIS"; a prospect after "considering", "the process of" (see `prospectNouns`).
        (["leaving"], "left"), (["acceding", "to"], "joined"),
        (["accepted", "into"], "joined"), (["accepted", "as"], "joined"),
        // A treaty's term not extended: "In 1999 Tashkent declined to extend the Collective Security Treaty".
        (["declined", "to", "extend"], "left"), (["refused", "to", "extend"], "left"), (["declined", "to", "prolong"], "left"), (["refused", "to", "prolong"], "left"),
        (["declined", "to", "renew"], "left"), (["refused", "to", "renew"], "left"),
        // "will drop out of the pact", "dropped out of the bloc".
        (["drop", "out", "of"], "plans_to_leave"), (["dropped", "out", "of"], "left"), (["drops", "out", "of"], "left"), (["dropping", "out", "of"], "left"),
    ] + NumberWords.ordinalWords.keys.flatMap { ordinal in
        // "became the tenth member of the SCO", "became the fifth full member".
        [(["became", "the", ordinal, "member"], "joined"), (["became", "the", ordinal, "full", "member"], "joined"), (["become", "the", ordinal, "member"], "joined"),
         // "the union now has four members, and Kyrgyzstan is expected to become the fifth": the noun elided.
         (["became", "the", ordinal], "joined"), (["become", "the", ordinal], "joined")]
    }

    /// Base verb forms: an event only as a prospect, after "to" or a modal verb.
    static let baseForms: Set<[String]> = [["withdraw", "from"], ["leave"], ["exit"], ["pull", "out", "of"], ["drop", "out", "of"], ["join"], ["accede", "to"],
                                           ["become", "a", "member"], ["become", "a", "full", "member"]]
    /// Words that make the next verb a prospect ("to leave", "would withdraw", "will join").
    static let prospectWords: Set<String> = ["to", "will", "would", "shall", "could", "may", "might", "can", "must", "'ll"]
    /// Adverbs that may stand between a modal and its verb ("would also leave", "will formally withdraw").
    static let adverbs: Set<String> = ["also", "officially", "formally", "finally", "eventually", "soon", "then", "fully", "immediately", "later", "actually", "effectively"]
    /// Nouns of a process that make an accession, a joining or an exit a prospect ("the process of the country's
    /// accession", "accession talks", "launching the withdrawal procedure").
    static let prospectNouns: Set<String> = ["process", "launching", "launch", "launched", "start", "started", "starting", "talks", "negotiations",
                                              "bid", "application", "road", "path", "prospect", "prospects", "possible", "possibility", "potential",
                                              "future", "conditions", "criteria", "roadmap", "procedure", "preparations", "preparing", "prepare", "intention",
                                              "plans", "plan", "course", "aspirations", "aspiration", "goal", "candidate", "candidacy", "initiate", "initiated",
                                              "notified", "notify", "notification", "notice", "announced", "announcement", "considering", "considers", "consider",
                                              "contemplating", "mulling", "weighing", "discussing", "debating", "question", "idea", "possibility", "begun", "began", "begin"]
    /// Verbs of having: observer status held, not granted ("Uzbekistan, which has the status of an observer state").
    static let having: Set<String> = ["has", "have", "had", "holds", "hold", "held", "holding", "enjoys", "enjoy", "retains", "retain", "keeps", "as", "with", "its", "their"]
    static let granting: Set<String> = ["granted", "grant", "granting", "grants", "received", "receive", "receives", "obtained", "obtain", "obtains", "gained", "gain",
                                        "given", "became", "become", "becomes", "acquired", "won", "awarded", "accorded", "conferred"]

    /// Verbs of intent that make a nominalised event they govern a prospect ("intends to complete the withdrawal").
    static let intentVerbs: Set<String> = ["intends", "intend", "intended", "plans", "planned", "planning", "wants", "want", "seeks", "seek",
                                           "aims", "aim", "will", "would", "going", "hopes", "hope", "expects", "expect"]

    /// Words just before a verb that make it an announcement or a prospect rather than an event.
    static let announcing: Set<String> = ["announced", "announces", "announce", "decided", "decision", "notified", "intention", "threatened"]

    /// The phrases by their first word, longest first.
    static let phrasesByFirstWord: [String: [(words: [String], action: String)]] =
        Dictionary(grouping: phrases, by: { $0.words[0] }).mapValues { $0.sorted { $0.words.count > $1.words.count } }

    func extract() -> [ArticleFacts.Membership] {
        var found: [ArticleFacts.Membership] = []
        var nounProspects = Set<String>()
        let references = Coreference(document: document, reference: reference)
        for sentence in document.sentences {
            let words = sentence.map { document.word($0) }
            var offset = 0
            var lastOrganisation: String?
            while offset < words.count {
                // "became an EU member", "to become a full NATO member": the organisation inside the phrase.
                var inside: String?
                var synthetic: (words: [String], action: String)?
                if ["become", "became", "becomes"].contains(words[offset]), let (code, memberEnd) = organisationMember(after: sentence.lowerBound + offset, sentence: sentence) {
                    inside = code
                    synthetic = (Array(words[offset..<(memberEnd - sentence.lowerBound)]), words[offset] == "become" ? "plans_to_join" : "joined")
                }
                // "became a party to the treaty", "the six republics became the founding parties to it", "making Azerbaijan a
                // party to the pact": a state party to a treaty has joined it.
                var madeParty: String?
                if synthetic == nil, let (partyEnd, object) = partyPhrase(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = (Array(words[offset..<(partyEnd - sentence.lowerBound)]), words[offset] == "become" ? "plans_to_join" : "joined")
                    madeParty = object
                }
                guard let phrase = synthetic ?? Self.phrasesByFirstWord[words[offset]]?.first(where: { words[offset...].starts(with: $0.words) }) else { offset += 1; continue }
                let at = sentence.lowerBound + offset
                let end = at + phrase.words.count
                offset += phrase.words.count
                // Negated, denied or hypothetical anywhere in its clause: "has not left", "has no plans for Tajikistan to join",
                // "denied reports that Uzbekistan would leave", "If Armenia were to leave".
                if isNegatedOrHypothetical(at, sentence: sentence) { continue }
                // "become the fifth" with its noun elided: only after "members" in the sentence, and with nothing after the ordinal.
                if phrase.words.count == 3, phrase.words[1] == "the", ["became", "become"].contains(phrase.words[0]) {
                    guard (sentence.lowerBound..<at).contains(where: { ["members", "member"].contains(document.word($0)) }),
                          [".", ",", ";", "in", "on", "after", "by", "next", "this", "from"].contains(document.word(end)) || end >= sentence.upperBound else { continue }
                }
                // "The CSTO admitted Uzbekistan": the bare verb takes a country as its object.
                if phrase.words == ["admitted"], document.entity(at: end)?.entity.country == nil { continue }
                // Freezing and suspending are about membership: "frozen its participation", not "frozen conflicts".
                // In the passive the membership comes first: "Uzbekistan's membership in the CSTO was suspended".
                let passive = ["was", "were", "been", "is", "are", "be"].contains(document.word(at - 1))
                let objectWords: Set<String> = ["participation", "participating", "membership", "activities", "activity"]
                if ["froze", "suspended"].contains(phrase.action),
                   !(end..<min(sentence.upperBound, end + 5)).contains(where: { objectWords.contains(document.word($0)) }),
                   !(passive && (max(sentence.lowerBound, at - 8)..<at).contains(where: { objectWords.contains(document.word($0)) })) { continue }
                // A base form ("leave", "withdraw from", "join") states a prospect only after "to" or a modal.
                var previous = at - 1
                while previous > sentence.lowerBound, Self.adverbs.contains(document.word(previous)) { previous -= 1 }
                var afterProspectWord = previous >= sentence.lowerBound && Self.prospectWords.contains(document.word(previous)) && tokens[previous].text != "May"
                // "intends to complete accession talks and join the EU": a base form coordinated with an infinitive shares its "to".
                if !afterProspectWord, Self.baseForms.contains(phrase.words), document.word(previous) == "and" { afterProspectWord = sharesInfinitive(and: previous, sentence: sentence) }
                if Self.baseForms.contains(phrase.words) || synthetic != nil && phrase.words[0] == "become", !afterProspectWord { continue }
                // "leaving the CIS", not "leaving the meeting of the CIS council".
                if phrase.words == ["leaving"] || phrase.words == ["leave"] {
                    var next = end
                    if document.word(next) == "the" { next += 1 }
                    let venues: Set<String> = ["summit", "meeting", "session", "talks", "forum", "headquarters", "building", "hall", "venue", "conference"]
                    // "leave the bloc", "leave the organisation": a definite noun standing for an organisation named before.
                    let referring = document.word(next - 1) == "the" && document.entity(at: next) == nil && !tokens[next].isCapitalized
                        && Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(next)) && !venues.contains(document.word(next + 1))
                        && document.word(next + 1) != "of"
                    if !referring {
                        guard let span = document.entity(at: next), case .organisation = span.entity, !venues.contains(document.word(span.end)) else { continue }
                    }
                }
                // Observer status held rather than granted: "which has the status of an observer state", "as an observer".
                if phrase.action == "observer" {
                    let lead = (max(sentence.lowerBound, at - 5)..<at).map { document.word($0) }
                    if lead.contains(where: Self.having.contains), !lead.contains(where: Self.granting.contains) { continue }
                    // "Uzbekistan, an observer state of the EAEU, is studying ...": an apposition describes the status held.
                    if ["an", "a", "the"].contains(document.word(at - 1)), document.word(at - 2) == "," || document.entity(at: at - 2)?.entity.country != nil && document.word(at - 3) == "," { continue }
                }
                // "the first member of the CIS to sign such a treaty": a ranking among members, not becoming one.
                if phrase.words.contains("member"), phrase.words.contains(where: { NumberWords.ordinalWords[$0] != nil }) {
                    var next = end
                    while ["of", "the"].contains(document.word(next)) { next += 1 }
                    if let span = document.entity(at: next), case .organisation = span.entity { next = span.end }
                    if document.word(next) == "to", !["join", "accede", "be", "become"].contains(document.word(next + 1)) { continue }
                }
                var effectNoun: Int?
                if phrase.action == "effect" {
                    guard let (noun, _) = effectAction(before: at, sentence: sentence) else { continue }
                    effectNoun = noun
                }
                let earlierNoun = (sentence.lowerBound..<at).last { Coreference.organisationNouns.contains(document.word($0)) && !["it", "which"].contains(document.word($0)) && document.entity(at: $0) == nil }
                let elided = phrase.words.count == 3 && phrase.words[1] == "the"
                let subjectOrganisation = (passive || effectNoun != nil) ? clauseOrganisation(before: at, sentence: sentence)
                    : elided ? document.entities(in: sentence.lowerBound..<at).compactMap({ if case let .organisation(code) = $0.entity { code } else { nil } }).last : nil
                guard let org = inside ?? subjectOrganisation ?? organisation(near: at, end: end, sentence: sentence, references: references) ?? lastOrganisation
                    ?? earlierNoun.flatMap(references.organisation(referredToBy:))
                    // "Mongolia, which was granted observer status last year, ...": status is granted by the organisation the
                    // text is about, even when the sentence does not name it.
                    // Only the passive says whose status it is ("X was granted"; not "Russia supports granting observer status to ...").
                    ?? (phrase.action == "observer" && (max(sentence.lowerBound, at - 3)..<at).contains { ["was", "were", "been", "is", "be"].contains(document.word($0)) }
                        ? references.mostNamedOrganisation(before: at) : nil) else { continue }
                lastOrganisation = org
                var action = phrase.action == "effect" ? effectAction(before: at, sentence: sentence)!.action : phrase.action
                // "the law ratifying the treaty on Kyrgyzstan's accession": not in force yet.
                if phrase.words.first == "accession", action == "joined", words.contains(where: { $0.hasPrefix("ratif") }) || words.contains("signed"),
                   !words.contains("force") { action = "plans_to_join" }
                // "would become the second country to formally quit", "announced the country's exit": prospects.
                let before = max(sentence.lowerBound, at - 8)..<at
                // "the process of the country's accession to", "accession talks", "a bid for accession": not yet done.
                let isNoun = ["accession", "joining", "withdrawal", "exit", "entry", "leaving", "withdrawing", "acceding"].contains(phrase.words[0])
                let nounContext = (max(sentence.lowerBound, at - 6)..<min(sentence.upperBound, end + 2)).filter { $0 < at || $0 >= end }
                // "intends to complete the country's withdrawal", "wants to speed up its accession": a verb of intent governs the noun.
                let governedByIntent = (max(sentence.lowerBound, at - 8)..<at).contains { Self.intentVerbs.contains(document.word($0)) }
                    // "the treaty on Kyrgyzstan's accession has not yet entered into force": the predicate denies it happened.
                    || (end..<min(sentence.upperBound, end + 12)).contains { ["not", "n't", "yet", "pending"].contains(document.word($0)) }
                var nounProspect = false
                if isNoun, governedByIntent || nounContext.contains(where: { Self.prospectNouns.contains(document.word($0)) }) {
                    action = action == "left" ? "plans_to_leave" : action == "joined" ? "plans_to_join" : action
                    nounProspect = true
                }
                if afterProspectWord || before.contains(where: { ["would", "could", "may", "might"].contains(document.word($0)) && tokens[$0].text != "May" })
                    || (max(sentence.lowerBound, at - 5)..<at).contains(where: { Self.announcing.contains(document.word($0)) }) {
                    action = action == "left" ? "plans_to_leave" : action == "joined" ? "plans_to_join" : action
                }
                // "Nazarbayev said the accession of Azerbaijan strengthened ...": the country after "of" accedes.
                var countries = phrase.words == ["accession", "of"] ? document.entities(in: end..<min(sentence.upperBound, end + 2)).compactMap(\.entity.country).prefix(1).map { $0 } : []
                if let madeParty { countries = [madeParty] }
                if countries.isEmpty { countries = self.countries(before: at, after: end, sentence: sentence) }
                // "the six republics became ...", "both states joined ...": as many countries as the text listed before.
                if countries.isEmpty, let plural = pluralSubject(before: at, sentence: sentence) { countries = plural }
                if countries.isEmpty, let subject = (max(sentence.lowerBound, at - 3)..<at).last(where: { Coreference.countryWords.contains(document.word($0)) }),
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
                let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
                for org in [org] + coordinatedOrganisations(after: org, from: end, sentence: sentence) {
                    for country in countries where !found.contains(where: { $0.org == org && $0.country == country && $0.action == action }) {
                        found.append(ArticleFacts.Membership(org: org, country: country, action: action, start: span.start, end: span.end))
                        if nounProspect { nounProspects.insert("\(org)|\(country)|\(action)") }
                    }
                }
            }
        }
        // "The question of joining the treaty divided the leadership" in an article that reports the joining: the debate
        // before the event, not a separate prospect.
        return found.filter { event in
            !(nounProspects.contains("\(event.org)|\(event.country)|\(event.action)") && event.action == "plans_to_join"
                && found.contains { $0.org == event.org && $0.country == event.country && $0.action == "joined" })
        }
    }

    /// Organisations coordinated with the verb's object ("left GUAM and the EurAsEC", "withdrew from the CIS and the
    /// Collective Security Treaty"): each is the object too.
    func coordinatedOrganisations(after org: String, from end: Int, sentence: Range<Int>) -> [String] {
        guard let first = document.entities(in: end..<min(sentence.upperBound, end + 10)).first(where: { if case .organisation = $0.entity { true } else { false } }),
              case let .organisation(code) = first.entity, code == org else { return [] }
        var result: [String] = []
        var cursor = first.end
        while cursor < sentence.upperBound, [",", "and"].contains(document.word(cursor)) {
            cursor += 1
            if document.word(cursor) == "and" { cursor += 1 }
            if document.word(cursor) == "the" { cursor += 1 }
            guard let next = document.entity(at: cursor), case let .organisation(other) = next.entity,
                  !Coreference.modifiedNouns.contains(document.word(next.end)) else { break }
            if other != org, !result.contains(other) { result.append(other) }
            cursor = next.end
        }
        return result
    }

    /// For "took effect", "entered into force": the event noun of the subject and the action it states.
    func effectAction(before index: Int, sentence: Range<Int>) -> (noun: Int, action: String)? {
        let nouns: [String: String] = ["membership": "joined", "accession": "joined", "admission": "joined",
                                       "withdrawal": "left", "exit": "left", "denunciation": "left"]
        for position in (max(sentence.lowerBound, index - 10)..<index).reversed() {
            if [",", ";", "which", "that"].contains(document.word(position)) { return nil }
            if let action = nouns[document.word(position)] { return (position, action) }
        }
        return nil
    }

    /// The organisation named in the clause before a verb whose subject it belongs to ("Uzbekistan's membership in the
    /// CSTO was suspended", "Armenia's membership of the EAEU took effect").
    func clauseOrganisation(before index: Int, sentence: Range<Int>) -> String? {
        for position in (max(sentence.lowerBound, index - 10)..<index).reversed() {
            if [",", ";", "which", "that"].contains(document.word(position)) { return nil }
            if let span = document.entity(at: position), case let .organisation(code) = span.entity { return code }
        }
        return nil
    }

    /// "became [a|the] [founding|full|original] party|parties|signatory to", "making X a party to": the index after "to"
    /// (or "of"), and the object country of "making".
    func partyPhrase(at index: Int, sentence: Range<Int>) -> (end: Int, object: String?)? {
        var cursor = index + 1
        var object: String?
        switch document.word(index) {
        case "became", "become", "becomes": break
        case "making", "made", "makes", "make":
            guard let place = document.entity(at: cursor), let code = place.entity.country else { return nil }
            object = code
            cursor = place.end
        default: return nil
        }
        if ["a", "an", "the"].contains(document.word(cursor)) { cursor += 1 }
        while ["founding", "full", "original", "new", "fully", "-", "fledged", "state", "contracting"].contains(document.word(cursor)), cursor < index + 8 { cursor += 1 }
        guard ["party", "parties", "signatory", "signatories", "participant", "participants"].contains(document.word(cursor)),
              ["to", "of"].contains(document.word(cursor + 1)), cursor + 2 < sentence.upperBound else { return nil }
        // The object must be a treaty or organisation ("a party to the conflict" is not membership).
        var next = cursor + 2
        if ["the", "this", "that", "its"].contains(document.word(next)) { next += 1 }
        let isOrganisation = { () -> Bool in if let span = self.document.entity(at: next), case .organisation = span.entity { return true }; return false }()
        guard isOrganisation || ["treaty", "pact", "agreement", "convention", "organisation", "organization", "union", "community", "commonwealth"].contains(document.word(next)) else { return nil }
        return (cursor + 2, object)
    }

    /// "the six republics", "the three states", "both countries" before the verb at `index`: the last as many distinct
    /// countries named before (in the sentence or earlier), when the text lists that many.
    func pluralSubject(before index: Int, sentence: Range<Int>) -> [String]? {
        var cursor = index - 1
        while cursor > sentence.lowerBound, ["have", "had", "has", "also", "all", "then", "thus", "together", "jointly"].contains(document.word(cursor)) { cursor -= 1 }
        guard ["republics", "states", "countries", "nations", "members", "signatories"].contains(document.word(cursor)) else { return nil }
        let counted = document.word(cursor - 1)
        let count: Int
        if counted == "both" || counted == "two" && document.word(cursor - 2) == "the" { count = 2 }
        else if let value = NumberWords.cardinalWords[counted], value >= 2, value <= 15, document.word(cursor - 2) == "the" { count = value }
        else if tokens[cursor - 1].kind == .number, let value = Int(tokens[cursor - 1].text), value >= 2, value <= 15, document.word(cursor - 2) == "the" { count = value }
        else { return nil }
        var found: [String] = []
        for span in document.entities(in: 0..<(cursor - 1)).reversed() {
            let code = span.entity.country ?? { if case let .person(name, _) = span.entity { return document.personCountries[name] } else { return nil } }()
            guard let code, !found.contains(code) else { continue }
            found.insert(code, at: 0)
            if found.count == count { break }
        }
        return found.count == count ? found : nil
    }

    /// "a [full] EU member [state]", "an SCO member" after the verb at `index`: the organisation and the index after "member".
    func organisationMember(after index: Int, sentence: Range<Int>) -> (String, Int)? {
        var cursor = index + 1
        guard ["a", "an"].contains(document.word(cursor)) else { return nil }
        cursor += 1
        if ["full", "fully", "permanent"].contains(document.word(cursor)) { cursor += 1 }
        if document.word(cursor) == "-" { cursor += 2 }
        guard let span = document.entity(at: cursor), case let .organisation(code) = span.entity, span.end < sentence.upperBound,
              ["member", "member-state"].contains(document.word(span.end)) else { return nil }
        return (code, span.end + 1)
    }

    /// Whether the "and" at `index` joins a base form to an infinitive or a modal earlier in its clause ("intends to complete
    /// the talks and join", "will sign the protocol and leave"), with no other clause between.
    func sharesInfinitive(and index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor >= max(sentence.lowerBound, index - 10) {
            let word = document.word(cursor)
            if [",", ";", "but", "which", "who", "that", "while", "and"].contains(word) { return false }
            if Self.prospectWords.contains(word), tokens[cursor].text != "May", cursor + 1 < index, tokens[cursor + 1].kind == .word, !tokens[cursor + 1].isCapitalized,
               document.entity(at: cursor + 1) == nil { return true }
            cursor -= 1
        }
        return false
    }

    /// Auxiliaries that open a second predicate after "and" ("and will leave", "and has since withdrawn").
    static let coordinatedPredicateLeads: Set<String> = ["will", "would", "shall", "is", "are", "was", "were", "has", "have", "had", "then", "later", "intends", "plans",
                                                             "said", "says", "announced", "announces", "stated", "added", "confirmed", "warned"]

    /// Attitudes that, in the conditional ("would welcome", "could support"), suppose the event they govern.
    static let conditionalAttitudes: Set<String> = ["welcome", "support", "favour", "favor", "back", "endorse", "applaud", "appreciate", "like", "accept", "respect"]

    /// Words that negate, deny or suppose the event of their clause.
    static let negators: Set<String> = ["not", "never", "n't", "no", "neither", "nor", "refused", "refuses", "refuse", "declined", "declines",
                                        "rejected", "rejects", "reject", "denied", "denies", "deny", "dismissed", "dismisses", "ruled", "rules",
                                        "if", "unless", "whether", "hypothetical", "hypothetically", "rumours", "rumors", "speculation", "against"]

    /// Whether the clause leading to the verb at `index` negates or supposes it. The clause runs back to a comma, a
    /// semicolon, "but" or a relative pronoun; a "that" clause stays in the scope of the verb governing it ("denied that").
    func isNegatedOrHypothetical(_ index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor >= sentence.lowerBound {
            let word = document.word(cursor)
            if [",", ";", "but", "which", "who", "while", "whereas", "although", "(", "after", "since", "before", "when"].contains(word) { break }
            // "refused to sign it and will drop out of the pact": a second predicate, coordinated by "and" and led by an
            // auxiliary, is outside the first one's negation.
            if word == "and", Self.coordinatedPredicateLeads.contains(document.word(cursor + 1)) { break }
            // "Moscow would welcome a decision by Dushanbe to join": a conditional attitude of another party supposes the event.
            if Self.conditionalAttitudes.contains(word), ["would", "could", "might"].contains(document.word(cursor - 1)) || ["would", "could"].contains(document.word(cursor - 2)) && (Self.adverbs.contains(document.word(cursor - 1)) || document.word(cursor - 1).hasSuffix("ly")) { return true }
            if Self.negators.contains(word) {
                // "no longer" states the leaving; "ruled" only in "ruled out"; "not only".
                if word == "no", document.word(cursor + 1) == "longer" { cursor -= 1; continue }
                if ["ruled", "rules"].contains(word), document.word(cursor + 1) != "out" { cursor -= 1; continue }
                if word == "not", document.word(cursor + 1) == "only" { cursor -= 1; continue }
                return true
            }
            cursor -= 1
        }
        return false
    }

    /// The organisation the verb acts on: one a referring noun right after or before it stands for
    /// ("joining the union", "the union's first observer state", "which Armenia joined"), else the first
    /// named after it in the clause.
    func organisation(near at: Int, end: Int, sentence: Range<Int>, references: Coreference) -> String? {
        let after = end..<min(sentence.upperBound, end + 5)
        if let noun = after.first(where: { Coreference.organisationNouns.contains(document.word($0)) }), document.entity(at: noun) == nil,
           !after.prefix(while: { $0 < noun }).contains(where: { document.entity(at: $0) != nil }) {
            return references.organisation(referredToBy: noun)
        }
        for span in document.entities(in: end..<min(sentence.upperBound, end + 10)) {
            if case let .organisation(code) = span.entity { return code }
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
            cursor += 1
        }
        // "the union's first observer state", "which Armenia joined".
        let before = max(sentence.lowerBound, at - 4)..<at
        if let noun = before.last(where: { Coreference.organisationNouns.contains(document.word($0)) }), document.entity(at: noun) == nil,
           document.word(noun) != "which" || document.entity(at: noun + 1)?.entity.country != nil && (document.word(noun - 1) == "," || document.entity(at: noun - 1) != nil) {
            return references.organisation(referredToBy: noun)
        }
        // "The SCO granted Belarus observer status", "The CSTO admitted Uzbekistan": the organisation is the clause's subject.
        if ["observer"].contains(document.word(at)) || ["admitted", "granted", "accepted"].contains(document.word(at - 1)) || ["admitted", "granted", "accepted"].contains(document.word(at)) {
            let clause = (sentence.lowerBound..<at).reversed().prefix { ![";", "but", "which", "while"].contains(document.word($0)) }
            for index in clause {
                // "At the SCO summit, Belarus was granted observer status": a summit grants the status, not membership.
                if let span = document.entity(at: index), case let .organisation(code) = span.entity,
                   document.word(at) == "observer" || !Coreference.modifiedNouns.contains(document.word(span.end)) { return code }
            }
        }
        return nil
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
        }
        // "in November 2008 it suspended its participation": a pronoun subject right before the verb is the country it stands
        // for, not a name earlier in the sentence ("Tashkent has put its membership of a Moscow-led bloc on hold: ... it").
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
        let skipObjects = document.word(probe) == "and" && !coordinatedSubject
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
        let before = document.entities(in: sentence.lowerBound..<index).compactMap { span -> (code: String, span: EntitySpan)? in
            // A dateline's place ("MOSCOW, May 5 (Interfax) -") is where the news was filed, not a subject.
            if span.start == 0 || tokens[span.start].newlinesBefore > 0, tokens[span.start].isAllCaps, case .country(_, .capital) = span.entity { return nil }
            if skipObjects, isObject(span) { return nil }
            if let code = span.entity.country { return (code, span) }
            if case let .person(name, _) = span.entity, let code = document.personCountries[name] { return (code, span) }
            return nil
        }
        if var last = before.last {
            // "Azerbaijan and Georgia left", "Cuba and Uzbekistan were granted": a coordinated subject.
            var result = [last.code]
            for previous in before.dropLast().reversed() where !relativeSubject {
                // "Kazakhstan and the Kyrgyz Republic", "Russia, Belarus and the Republic of Armenia". A list closes with "and":
                // a comma alone before the last name ends a fronted phrase ("at the summit in Astana, Belarus became").
                let between = (previous.span.end..<last.span.start).map { document.word($0) }.filter { !["the", "republic", "of"].contains($0) }
                guard between == ["and"] || between == [","] && result.count > 1 || between == [",", "and"] else { break }
                result.insert(previous.code, at: 0)
                last = previous
            }
            return result
        }
        var result: [String] = []
        // "After leaving the CIS in 2009, Georgia ...": a fronted clause's subject follows its comma.
        if ["after", "since", "before", "upon", "on", "by"].contains(document.word(probe)) || ["after", "since", "before", "upon", "by"].contains(document.word(sentence.lowerBound)),
           let comma = (end..<sentence.upperBound).first(where: { document.word($0) == "," }),
           let subject = document.entities(in: (comma + 1)..<min(sentence.upperBound, comma + 3)).first(where: { $0.entity.country != nil }) {
            return [subject.entity.country!]
        }
        // After the verb: the first country named and those listed with it ("to Uzbekistan and Cuba"), not every
        // country later in the sentence ("the accession of Kyrgyzstan ... of the Russia-led bloc").
        var previousEnd: Int?
        for span in document.entities(in: end..<sentence.upperBound) {
            guard let code = span.entity.country else { continue }
            if let previousEnd {
                let between = (previousEnd..<span.start).map { document.word($0) }.filter { $0 != "the" && $0 != "republic" && $0 != "of" }
                guard between == ["and"] || between == [","] || between == [",", "and"] else { break }
            }
            if !result.contains(code) { result.append(code) }
            previousEnd = span.end
        }
        return result
    }
}

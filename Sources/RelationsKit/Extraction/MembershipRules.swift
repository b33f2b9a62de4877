/// Membership events: a country joined, left, suspended, froze or plans to leave or join an organisation,
/// or was granted observer status ("Kiev earlier announced the plans to quit CIS";
/// "Armenia has frozen its participation in the CSTO").
///
/// Read clause by clause: a membership verb or noun from the lexicon (by lemma, in any inflection) or one of a few idioms
/// is found; checks drop what is no event (negated, asked, a status, another object); `isPlanned` decides done or planned
/// from the form and the words that govern it; `organisation(of:)` and `subject(of:)` find the object and the countries
/// from the clause's structure. Plain token patterns, no parser: each mechanism is pinned by invented sentences in
/// `Tests/RelationsKitTests/*Membership*Tests.swift`.
struct MembershipRules {
    let document: Document
    let reference: ReferenceIndex
    var tokens: [Token] { document.tokens }

    /// How a phrase states its event. With the words that govern it, the form decides the event's mood (see `isPlanned`):
    /// a base form is an event only as a prospect ("to leave", "would join"); a finite verb, a participle or a gerund
    /// states it done unless something governs it ("has left", "intends to complete the withdrawal"); a noun likewise
    /// ("Armenia's accession to", "the process of accession"); fixed phrases carry their action.
    enum Form { case base, finite, gerund, noun, fixed }

    struct Phrase {
        let words: [String]
        let action: String
        var form: Form = .fixed
        /// A form standing without the particle its verb needs ("intends to withdraw", "Georgia withdrew in 2009", "a road map
        /// for accession"): only when no object follows ("to withdraw its troops" is not membership).
        var bare = false
        /// The lemma of a verb or noun from the lexicon.
        var lemma: String?
    }

    /// A membership verb by its lemma. Every inflection states the same event, so the forms are listed once and the
    /// phrases generated from them: "quit", "quits", "quitting" and "to quit" need no entry each.
    struct Lexeme {
        let base: String, third: String, past: String, participle: String, gerund: String
        /// What the verb needs after it ("withdraw from", "pull out of", "return to").
        var particle: [String] = []
        /// The action when done; after "to" or a modal, or governed by a word of intent, its plan (`plan(of:)`).
        let action: String
        /// Nouns of the same event ("accession to", "withdrawal from", "suspension").
        var nouns: [[String]] = []
        /// Whether the verb acts on a founding document only ("ratify the Agreement on the Creation of the CIS" joins the
        /// CIS, "denounce the Charter" leaves it; "ratified the trade agreement" is nothing).
        var onDocument = false
    }

    static let lexicon: [Lexeme] = [
        Lexeme(base: "join", third: "joins", past: "joined", participle: "joined", gerund: "joining", action: "joined"),
        Lexeme(base: "rejoin", third: "rejoins", past: "rejoined", participle: "rejoined", gerund: "rejoining", action: "joined"),
        Lexeme(base: "accede", third: "accedes", past: "acceded", participle: "acceded", gerund: "acceding", particle: ["to"], action: "joined",
               nouns: [["accession", "to"], ["accession", "of"], ["admission", "to"], ["accession"]]),
        Lexeme(base: "return", third: "returns", past: "returned", participle: "returned", gerund: "returning", particle: ["to"], action: "joined"),
        // "came back to the CSTO in 2006": like "return", only with the organisation right after it.
        Lexeme(base: "come", third: "comes", past: "came", participle: "come", gerund: "coming", particle: ["back", "to"], action: "joined"),
        Lexeme(base: "enter", third: "enters", past: "entered", participle: "entered", gerund: "entering", action: "joined"),
        Lexeme(base: "leave", third: "leaves", past: "left", participle: "left", gerund: "leaving", action: "left"),
        Lexeme(base: "quit", third: "quits", past: "quit", participle: "quit", gerund: "quitting", action: "left"),
        Lexeme(base: "exit", third: "exits", past: "exited", participle: "exited", gerund: "exiting", action: "left", nouns: [["exit", "from"]]),
        Lexeme(base: "withdraw", third: "withdraws", past: "withdrew", participle: "withdrawn", gerund: "withdrawing", particle: ["from"], action: "left",
               nouns: [["withdrawal", "from"], ["withdrawal", "of"], ["withdrawal"]]),
        Lexeme(base: "pull", third: "pulls", past: "pulled", participle: "pulled", gerund: "pulling", particle: ["out", "of"], action: "left"),
        Lexeme(base: "drop", third: "drops", past: "dropped", participle: "dropped", gerund: "dropping", particle: ["out", "of"], action: "left"),
        Lexeme(base: "denounce", third: "denounces", past: "denounced", participle: "denounced", gerund: "denouncing", action: "left",
               nouns: [["denunciation", "of"]], onDocument: true),
        Lexeme(base: "ratify", third: "ratifies", past: "ratified", participle: "ratified", gerund: "ratifying", action: "joined",
               nouns: [["ratification", "of"]], onDocument: true),
        Lexeme(base: "suspend", third: "suspends", past: "suspended", participle: "suspended", gerund: "suspending", action: "suspended", nouns: [["suspension"]]),
        Lexeme(base: "freeze", third: "freezes", past: "froze", participle: "frozen", gerund: "freezing", action: "froze"),
    ]

    /// Each lexeme's forms as phrases. A surface shared by the base and the past ("quit") is finite: after "to" or a modal
    /// the mood makes it a plan anyway.
    static let lexiconPhrases: [Phrase] = lexicon.flatMap { lexeme -> [Phrase] in
        var result: [Phrase] = []
        let pastForms = [lexeme.third, lexeme.past, lexeme.participle]
        for surface in Set(pastForms) {
            result.append(Phrase(words: [surface] + lexeme.particle, action: lexeme.action, form: .finite, lemma: lexeme.base))
            // "Georgia withdrew in 2009", "Uzbekistan pulled out in 2012": the verb without its particle and object.
            if !lexeme.particle.isEmpty {
                result.append(Phrase(words: [surface] + lexeme.particle.dropLast(), action: lexeme.action, form: .finite, bare: true, lemma: lexeme.base))
            }
        }
        if !pastForms.contains(lexeme.base) {
            result.append(Phrase(words: [lexeme.base] + lexeme.particle, action: lexeme.action, form: .base, lemma: lexeme.base))
            // "intends to withdraw", "plans to pull out", "to accede in 2015".
            if !lexeme.particle.isEmpty {
                result.append(Phrase(words: [lexeme.base] + lexeme.particle.dropLast(), action: lexeme.action, form: .base, bare: true, lemma: lexeme.base))
            }
        }
        result.append(Phrase(words: [lexeme.gerund] + lexeme.particle, action: lexeme.action, form: .gerund, lemma: lexeme.base))
        // "announced that it was pulling out", "said it was withdrawing.": the gerund without its particle and object.
        if !lexeme.particle.isEmpty {
            result.append(Phrase(words: [lexeme.gerund] + lexeme.particle.dropLast(), action: lexeme.action, form: .gerund, bare: true, lemma: lexeme.base))
        }
        // "agreed to pull the country out of the CIS": a phrasal verb's object, the country itself, between the verb and its particle.
        if lexeme.particle == ["out", "of"] {
            result += result.filter { !$0.bare && $0.words.count == 3 }.map { Phrase(words: [$0.words[0], "the", "country"] + lexeme.particle, action: $0.action, form: $0.form, lemma: $0.lemma) }
        }
        // A noun of a verb that needs a particle may stand without it ("a road map for accession in the coming months").
        for noun in lexeme.nouns { result.append(Phrase(words: noun, action: lexeme.action, form: .noun, bare: noun.count == 1 && !lexeme.particle.isEmpty, lemma: lexeme.base)) }
        return result
    }

    /// Lemmas whose action has a plan: their base forms state only a prospect. Suspending and freezing have none ("decided
    /// to suspend its participation" is reported as the suspension, as the corpora annotate it).
    static func plan(of action: String) -> String? { action == "left" ? "plans_to_leave" : action == "joined" ? "plans_to_join" : nil }

    /// Phrases that are not one verb's inflections: idioms, statuses gained, applications, effect and observer status.
    static let fixedPhrases: [Phrase] = ([
        (["start", "the", "procedure", "of", "withdrawal"], "plans_to_leave"),
        (["completed", "the", "formalities", "of", "joining"], "joined"),
        (["observer", "state"], "observer"),
        (["admitted"], "joined"), (["was", "admitted"], "joined"), (["were", "admitted"], "joined"), (["admitted", "as"], "joined"), (["admitted", "to"], "joined"),
        (["to", "become", "a", "full", "member"], "plans_to_join"), (["to", "become", "a", "member"], "plans_to_join"),
        (["to", "obtain", "the", "status"], "plans_to_join"),
        (["a", "full", "member"], "joined"), (["a", "full", "-", "fledged", "member"], "joined"),
        (["became", "a", "full", "member"], "joined"), (["became", "a", "member"], "joined"), (["full", "-", "fledged", "member"], "joined"),
        (["observer", "status"], "observer"), (["status", "of", "observer"], "observer"), (["became", "an", "observer"], "observer"),
        (["status", "of", "an", "observer"], "observer"), (["status", "of", "observer", "state"], "observer"),
        // Applications: "submit its application for membership", "a membership application".
        (["application", "for", "membership"], "plans_to_join"), (["applications", "for", "membership"], "plans_to_join"),
        (["membership", "application"], "plans_to_join"), (["membership", "bid"], "plans_to_join"), (["bid", "for", "membership"], "plans_to_join"),
        (["application", "to", "join"], "plans_to_join"),
        (["became", "a", "member", "state"], "joined"),
        // An event taking effect takes its action from its subject noun ("Armenia's membership of the EAEU took effect",
        // "the withdrawal entered into force"); see `effectAction`.
        (["took", "effect"], "effect"), (["takes", "effect"], "effect"), (["entered", "into", "force"], "effect"), (["came", "into", "force"], "effect"),
        (["became", "effective"], "effect"),
        // Participation halted: "halted its participation", "stopped participating in".
        (["halted"], "suspended"), (["halts"], "suspended"), (["stopped"], "suspended"), (["ceased", "participation"], "suspended"),
        (["accepted", "into"], "joined"), (["accepted", "as"], "joined"), (["accepted"], "joined"), (["ceased"], "suspended"),
    ] + ["declined", "refused"].flatMap { verb in
        // A treaty's term not extended: "In 1999 Tashkent declined to extend the Collective Security Treaty".
        ["extend", "prolong", "renew"].map { ([verb, "to", $0], "left") }
    } + NumberWords.ordinalWords.keys.flatMap { ordinal in
        // "became the tenth member of the SCO", "became the fifth full member".
        [(["became", "the", ordinal, "member"], "joined"), (["became", "the", ordinal, "full", "member"], "joined"), (["become", "the", ordinal, "member"], "joined"),
         // "the union now has four members, and Kyrgyzstan is expected to become the fifth": the noun elided.
         (["became", "the", ordinal], "joined"), (["become", "the", ordinal], "joined")]
    }).map { Phrase(words: $0.0, action: $0.1) }
        + [Phrase(words: ["become", "a", "member"], action: "joined", form: .base), Phrase(words: ["become", "a", "full", "member"], action: "joined", form: .base),
           // "signed up to the Collective Security Treaty", "has signed on to the pact": joining, not a founder's signature.
           Phrase(words: ["sign", "up", "to"], action: "joined", form: .base), Phrase(words: ["sign", "on", "to"], action: "joined", form: .base)]
        + [["signed", "up", "to"], ["signed", "on", "to"], ["signs", "up", "to"], ["signs", "on", "to"]].map { Phrase(words: $0, action: "joined") }

    static let phrases: [Phrase] = lexiconPhrases + fixedPhrases

    static let triggerFilter = WordFilter(triggerWords)

    /// Every word that can start an event: a phrase's first word, "become" and "making" (an organisation or a treaty inside
    /// the phrase), verbs taking membership as their object, and verbs whose particle a relative clause fronts.
    static let triggerWords: Set<String> = Set(phrases.map { $0.words[0] })
        .union(["become", "became", "becomes", "making", "made", "makes", "make"])
        .union(foundingVerbs.keys).union(signingForms.keys).union(seekingMembership).union(gainingMembership).union(grantingMembership).union(endingMembership).union(particleVerbs.keys)
        .union(endingParticipation.keys).union(recallingRepresentatives.keys).union(admittingForms.keys).union(followingForms.keys).union(membershipNouns.keys)
        .union(ceasingForms.keys).union(["not", "n't"])

    /// Lemmas that are membership only with a founding document as their object ("ratify", "denounce").
    static let documentLemmas: Set<String> = Set(lexicon.filter(\.onDocument).map(\.base))

    /// Words that make the next verb a prospect ("to leave", "would withdraw", "will join").
    static let prospectWords: Set<String> = ["to", "will", "would", "shall", "could", "may", "might", "can", "must", "'ll"]
    /// Modals of possibility: the step they govern is supposed, neither planned nor taken ("might eventually leave", "could
    /// leave when the time comes", "may join it when they are ready").
    static let possibilityModals: Set<String> = ["could", "may", "might", "can"]
    /// Adverbs that may stand between a modal and its verb ("would also leave", "will formally withdraw").
    static let adverbs: Set<String> = ["also", "subsequently", "officially", "formally", "finally", "eventually", "soon", "then", "fully", "immediately", "later", "actually", "effectively"]
    /// Nouns of a process that make an accession, a joining or an exit a prospect ("the process of the country's
    /// accession", "accession talks", "launching the withdrawal procedure").
    static let prospectNouns: Set<String> = ["process", "launching", "launch", "launched", "start", "started", "starting", "talks", "negotiations",
                                              "bid", "application", "road", "path", "prospect", "prospects", "possible", "possibility", "potential",
                                              "future", "conditions", "criteria", "roadmap", "procedure", "procedures", "preparations", "preparing", "prepare", "intention",
                                              "plans", "plan", "course", "aspirations", "aspiration", "goal", "candidate", "candidacy", "initiate", "initiated",
                                              "notified", "notify", "notification", "notice", "announced", "announcement", "question", "idea", "possibility", "begun", "began", "begin",
                                              // "a move that starts the country's withdrawal", "the vote that triggers its exit".
                                              "starts", "begins", "launches", "trigger", "triggers", "triggered", "triggering", "initiates",
                                              // "a draft law on the denunciation", "a bill denouncing the Charter": passed only in a reading.
                                              "draft", "bill", "bills",
                                              // "expressed interest in joining", "its readiness to rejoin".
                                              "interest", "readiness", "willingness", "desire", "wish", "ambition", "ambitions", "hope", "hopes",
                                              // "Russia supports granting Belarus membership", "backed Armenia's accession".
                                              "supports", "support", "supported", "backs", "backed", "favours", "favors", "endorses", "endorsed", "advocates"]
    /// Verbs of having: observer status held, not granted ("Uzbekistan, which has the status of an observer state").
    static let having: Set<String> = ["has", "have", "had", "holds", "hold", "held", "holding", "enjoys", "enjoy", "retains", "retain", "keeps", "as", "with", "its", "their"]
    static let granting: Set<String> = ["granted", "grant", "granting", "grants", "received", "receive", "receives", "obtained", "obtain", "obtains", "gained", "gain",
                                        "given", "became", "become", "becomes", "acquired", "won", "awarded", "accorded", "conferred"]

    /// Words that ask for a status ("a request for observer status", "applied for observer status").
    static let requesting: Set<String> = ["request", "requests", "requested", "requesting", "application", "applications", "bid", "bids", "asked", "asks", "ask",
                                          "asking", "applied", "applies", "apply", "applying", "petition", "petitioned", "sought", "seeks", "seek", "seeking", "candidacy"]

    /// Verbs of intent that make a nominalised event they govern a prospect ("intends to complete the withdrawal").
    static let intentVerbs: Set<String> = ["intends", "intend", "intended", "plans", "planned", "planning", "wants", "want", "seeks", "seek",
                                           "aims", "aim", "will", "would", "going", "hopes", "hope", "expects", "expect"]

    /// Verbs that say what a step means or implies, not whether it comes about ("joining does not mean abandoning").
    static let relationalVerbs: Set<String> = ["mean", "imply", "entail", "signify", "contradict", "exclude", "preclude", "equal"]

    /// Words just before a verb that make it an announcement or a prospect rather than an event.
    static let announcing: Set<String> = ["announced", "announces", "announce", "decided", "decision", "notified", "intention", "threatened"]

    /// The phrases by their first word, longest first.
    static let phrasesByFirstWord: [String: [Phrase]] =
        Dictionary(grouping: phrases, by: { $0.words[0] }).mapValues { $0.sorted { $0.words.count > $1.words.count } }

    func extract() -> [ArticleFacts.Membership] {
        var found: [ArticleFacts.Membership] = []
        // The organisation of the last observer status granted: "the same status" is granted by it.
        var lastObserverOrganisation: String?
        // The last exit reported: "the decision" announced after it is its announcement.
        var lastExit: (org: String, countries: [String])?
        // The last event reported, with its action before any mood: "X is expected to follow" repeats it.
        var lastEvent: (org: String, action: String, at: Int)?
        let references = Coreference(document: document, reference: reference)
        for sentence in document.sentences {
            let words = sentence.map { document.word($0) }
            // "Uzbekistan has held observer status in the EAEU since December 2020; the same status was granted to Cuba".
            let held = statusesHeldSince(in: sentence, references: references)
            if let observer = held.last(where: { $0.action == "observer" }) { lastObserverOrganisation = observer.org }
            var offset = 0
            var lastOrganisation: String?
            // The countries of the sentence's last event: a participial clause shares its subject ("Uzbekistan joined the
            // organisation in 1999, before withdrawing from it in 2005").
            var lastCountries: [String] = []
            var reportsAnEvent = false
            while offset < words.count {
                // Most words start no phrase: the filter, else one set lookup, skips them (the importer runs this on every token).
                guard Self.triggerFilter.mayContain(words[offset]), Self.triggerWords.contains(words[offset]) else { offset += 1; continue }
                // "became an EU member", "to become a full NATO member": the organisation inside the phrase.
                var inside: String?
                var synthetic: Phrase?
                // "becomes a member of", "has become the tenth full member", "became members of": "become" by its forms, the
                // member noun in either number; the organisation inside the phrase or after it.
                if Self.becomeForms.contains(words[offset]), let (code, memberEnd) = organisationMember(after: sentence.lowerBound + offset, sentence: sentence) {
                    // "the SCO, of which it became a founding member": the antecedent of the fronted "of which".
                    inside = code ?? relativeAntecedent(ofVerbAt: sentence.lowerBound + offset, particle: ["of"], sentence: sentence, references: references)
                    synthetic = Phrase(words: Array(words[offset..<(memberEnd - sentence.lowerBound)]), action: "joined",
                                       form: becomeForm(at: sentence.lowerBound + offset, sentence: sentence))
                } else if Self.becomeForms.contains(words[offset]), let (code, observerEnd) = organisationObserver(after: sentence.lowerBound + offset, sentence: sentence) {
                    // "became the bloc's first observer in 2018", "became the first observer state of the EAEU".
                    inside = code
                    synthetic = Phrase(words: Array(words[offset..<(observerEnd - sentence.lowerBound)]), action: "observer",
                                       form: becomeForm(at: sentence.lowerBound + offset, sentence: sentence))
                }
                // "ceased to be a full member of the CIS", "stopped being a member of GUAM": the membership ended.
                if synthetic == nil, let (form, be) = Self.ceasingForms[words[offset]].flatMap({ form in ceasingToBe(at: sentence.lowerBound + offset).map { (form, $0) } }),
                   let (code, memberEnd) = organisationMember(after: be, sentence: sentence) {
                    inside = code
                    synthetic = Phrase(words: Array(words[offset..<(memberEnd - sentence.lowerBound)]), action: "left", form: form)
                }
                // "said it would not extend its participation in the treaty", "did not renew its membership": a membership not
                // renewed ends, in the mood of the auxiliary before "not".
                if synthetic == nil, let (notEnd, form) = notRenewed(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(notEnd - sentence.lowerBound)]), action: "left", form: form, lemma: "renew")
                }
                // "became a party to the treaty", "the six republics became the founding parties to it", "making Azerbaijan a
                // party to the pact": a state party to a treaty has joined it.
                var objectCountry: String?
                if synthetic == nil, let (partyEnd, object) = partyPhrase(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(partyEnd - sentence.lowerBound)]), action: "joined", form: words[offset] == "become" ? .base : .fixed)
                    objectCountry = object
                }
                // "will seek full membership in BRICS", "applied for membership", "gained full membership".
                if synthetic == nil, let (memberEnd, action, recipient) = membershipObject(at: sentence.lowerBound + offset, sentence: sentence) {
                    // "seeking membership", "granting Belarus membership" read like nouns: "supports granting ..." is a plan.
                    synthetic = Phrase(words: Array(words[offset..<(memberEnd - sentence.lowerBound)]), action: action,
                                       form: Self.membershipNouns[words[offset]] != nil ? .noun : words[offset].hasSuffix("ing") ? .gerund : .fixed)
                    objectCountry = recipient
                }
                // "to participate in the formation of the EAEU", "took part in the creation of the CIS": a founder joins.
                if synthetic == nil, let (foundingEnd, form) = foundingParticipation(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(foundingEnd - sentence.lowerBound)]), action: "joined", form: form, lemma: "participate")
                }
                // "ended its participation in the CIS statutory bodies", "recalled all its representatives from the Commonwealth's
                // bodies": a country's part in all of an organisation's bodies ended is its leaving (a ruling of the conventions).
                if synthetic == nil, let (bodiesStart, form, country) = partInBodiesEnded(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(bodiesStart - sentence.lowerBound)]), action: "left", form: form)
                    objectCountry = country
                }
                // "agreed to admit Uzbekistan into the organisation as a full member": the country admitted is the object.
                if synthetic == nil, let (admitEnd, form, country) = admission(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(admitEnd - sentence.lowerBound)]), action: "joined", form: form, lemma: "admit")
                    objectCountry = country
                }
                // "Armenia joins on 2 January and Kyrgyzstan is expected to follow in May": the event before, with its own
                // subject and mood.
                if synthetic == nil, let event = lastEvent, document.paragraph(containing: event.at).contains(sentence.lowerBound + offset),
                   let (followEnd, form) = following(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(followEnd - sentence.lowerBound)]), action: event.action, form: form, lemma: "follow")
                    inside = event.org
                }
                // "Azerbaijan also signed the Collective Security Treaty", "put his signature to": a signature on a founding
                // document (checked below, with the organisation's age).
                if synthetic == nil, let (signEnd, form) = signature(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(signEnd - sentence.lowerBound)]), action: "joined", form: form, lemma: "sign")
                }
                var listed = Self.phrasesByFirstWord[words[offset]]?.first(where: { words[offset...].starts(with: $0.words) })
                // "Tbilisi announced its withdrawal", "Georgia's withdrawal": a noun of leaving without its object needs a country
                // for its owner ("the withdrawal" alone, or "their withdrawal", is as often of troops).
                if let bare = listed, bare.bare, bare.form == .noun, bare.action == "left", offset > 0, !(words[offset - 1] == "its" || words[offset - 1] == "'s" && document.spanAt[sentence.lowerBound + offset - 2].map { document.spans[$0].entity.country != nil } ?? false) { listed = nil }
                // "to withdraw finally from the CIS", "pulled quickly out of": an adverb between the verb and its particle.
                if let bare = listed, bare.bare, bare.form != .noun, let lemma = bare.lemma, let lexeme = Self.lexicon.first(where: { $0.base == lemma }),
                   offset + bare.words.count < words.count, case let adverb = words[offset + bare.words.count],
                   Self.adverbs.contains(adverb) || adverb.hasSuffix("ly") && adverb.count > 3,
                   words[(offset + bare.words.count + 1)...].starts(with: lexeme.particle.suffix(lexeme.particle.count - (bare.words.count - 1))) {
                    listed = Phrase(words: bare.words + [adverb] + lexeme.particle.suffix(lexeme.particle.count - (bare.words.count - 1)),
                                    action: bare.action, form: bare.form, lemma: lemma)
                }
                // "Georgia acceded on Thursday to the treaty", "withdrew in 2024 from the CSTO": a short date between the verb
                // and its particle.
                if let bare = listed, bare.bare, bare.form != .noun, let lemma = bare.lemma, let lexeme = Self.lexicon.first(where: { $0.base == lemma }),
                   offset + bare.words.count < words.count, ["in", "on"].contains(words[offset + bare.words.count]) {
                    let rest = lexeme.particle.suffix(lexeme.particle.count - (bare.words.count - 1))
                    var dateEnd = offset + bare.words.count + 1
                    while dateEnd < min(words.count, offset + bare.words.count + 4), tokens[sentence.lowerBound + dateEnd].kind == .number
                            || DateWords.month(tokens[sentence.lowerBound + dateEnd]) != nil || DateWords.weekdays[words[dateEnd]] != nil { dateEnd += 1 }
                    if dateEnd > offset + bare.words.count + 1, words[dateEnd...].starts(with: rest) {
                        listed = Phrase(words: Array(words[offset..<dateEnd]) + rest, action: bare.action, form: bare.form, lemma: lemma)
                    }
                }
                // "Uzbekistan's return to the CSTO": a base form with its particle after a possessive or an article is the noun.
                if listed?.form == .base, listed?.lemma != nil, (listed?.words.count ?? 0) > 1, ["'s", "its", "their", "the", "a", "his", "her"].contains(document.word(sentence.lowerBound + offset - 1)) {
                    listed?.form = .noun
                }
                // "the CSTO, to which the republic returned in 2006", "the CSTO, which it had left in 1999": the organisation is
                // the antecedent of the relative pronoun fronted (with the verb's particle) as the verb's object.
                var antecedent: String?
                if synthetic == nil, listed == nil || listed!.bare, let lexeme = Self.particleVerbs[words[offset]],
                   let org = relativeAntecedent(ofVerbAt: sentence.lowerBound + offset, particle: lexeme.particle, sentence: sentence, references: references) {
                    synthetic = Phrase(words: [words[offset]], action: lexeme.action, form: .finite, lemma: lexeme.base)
                    antecedent = org
                } else if synthetic == nil, let listed, listed.form == .finite, listed.lemma != nil, listed.words.count == 1, !listed.bare {
                    antecedent = relativeAntecedent(ofVerbAt: sentence.lowerBound + offset, particle: [], sentence: sentence, references: references)
                }
                // "Armenia has had observer status since 2003, while Moldova and Ukraine were granted it in 2002": "it" granted
                // is the observer status its sentence named before.
                if synthetic == nil, Self.grantingMembership.contains(words[offset]), offset + 1 < words.count, words[offset + 1] == "it",
                   ["was", "were", "been"].contains(document.word(sentence.lowerBound + offset - 1)), let org = lastObserverOrganisation,
                   words[..<offset].contains("observer") {
                    synthetic = Phrase(words: [words[offset], "it"], action: "observer")
                    inside = org
                }
                // "Uzbekistan was granted observer status in the EAEU. The same status was granted to Cuba."
                if synthetic == nil, words[offset] == "status", offset > 0, words[offset - 1] == "same", let org = lastObserverOrganisation {
                    synthetic = Phrase(words: ["status"], action: "observer")
                    inside = org
                }
                guard let phrase = synthetic ?? listed else { offset += 1; continue }
                let at = sentence.lowerBound + offset
                let end = at + phrase.words.count
                offset += phrase.words.count
                // Negated, denied or hypothetical anywhere in its clause: "has not left", "has no plans for Tajikistan to join",
                // "denied reports that Uzbekistan would leave", "If Armenia were to leave".
                let pastTense = phrase.form == .finite && phrase.lemma != nil && phrase.words.first != phrase.lemma
                if isNegatedOrHypothetical(at, sentence: sentence, pastTense: pastTense) || isConditionedAfter(end, sentence: sentence) { continue }
                if phrase.form == .noun, isSupposedOrAppraised(at, sentence: sentence) { continue }
                // A step weighed is neither taken nor planned: "is considering leaving", "is studying the possibility of joining".
                if isWeighed(phrase, at: at, end: end, sentence: sentence) { continue }
                // A question asks about the event, it does not report it: "Is Armenia going to leave the CSTO?"
                if (end..<sentence.upperBound).first(where: { [".", "?", "!", ";"].contains(document.word($0)) }).map({ document.word($0) == "?" }) ?? false { continue }
                // A status, not an event: "Armenia remains a full member", "is a full member of the union".
                if phrase.words.first == "a", ["is", "was", "are", "were", "remains", "remained", "remain", "stays", "stayed", "being"].contains(document.word(at - 1)) { continue }
                // "is to be admitted to the SCO as a full member", "joined as a full member": the manner of an event read
                // already by its verb, which gives the mood.
                if phrase.form == .fixed, ["a", "full"].contains(phrase.words.first),
                   document.word(at - 1) == "as" || document.word(at - 1) == "of" && document.word(at - 2) == "status" { continue }
                // "a full member" states joining only as the result of a change ("making Kyrgyzstan a full member", "from a partner
                // to a full member"); elsewhere it is a status ("a participant rather than a full member", "the obligations of a
                // full member").
                if phrase.form == .fixed, ["a", "full"].contains(phrase.words.first) {
                    var lead = at - 1
                    if let span = document.spanAt[lead], document.spans[span].entity.country != nil { lead = document.spans[span].start - 1 }
                    while lead > sentence.lowerBound, Self.adverbs.contains(document.word(lead)) { lead -= 1 }
                    guard ["making", "made", "makes", "make", "to"].contains(document.word(lead)) || Self.becomeForms.contains(document.word(lead)) else { continue }
                }
                // "to obtain the status of a member state": the status its own words name; "the first country to obtain the
                // status," refers back to a status named before (observer status, read where it was named).
                if phrase.words == ["to", "obtain", "the", "status"], document.word(end) != "of" || (end..<min(sentence.upperBound, end + 4)).contains(where: { document.word($0) == "observer" }) { continue }
                // "become the fifth" with its noun elided: only after "members" in the sentence, and with nothing after the ordinal.
                if phrase.words.count == 3, phrase.words[1] == "the", ["became", "become"].contains(phrase.words[0]) {
                    guard (sentence.lowerBound..<at).contains(where: { ["members", "member"].contains(document.word($0)) }),
                          [".", ",", ";", "in", "on", "after", "by", "next", "this", "from"].contains(document.word(end)) || end >= sentence.upperBound else { continue }
                }
                // "The CSTO admitted Uzbekistan", "The SCO accepted Belarus as a full member": the bare verb takes a country as its
                // object, and the organisation is its subject.
                if phrase.words == ["admitted"] || phrase.words == ["accepted"] {
                    guard let object = document.entity(at: end), object.entity.country != nil,
                          [".", ",", ";", "as", "into", "to", "in", "on", "at"].contains(document.word(object.end)) || object.end >= sentence.upperBound else { continue }
                }
                // Freezing and suspending are about membership: "frozen its participation", not "frozen conflicts".
                // In the passive the membership comes first: "Uzbekistan's membership in the CSTO was suspended".
                // "Armenia's participation has remained frozen since February 2024": a state held since a date is the event of
                // that date, like a passive.
                let passive = ["was", "were", "been", "is", "are", "be"].contains(document.word(at - 1))
                    || ["remained", "remains", "stayed", "stays"].contains(document.word(at - 1)) && document.word(end) == "since" && end + 1 < sentence.upperBound && startsADate(end + 1)
                let objectWords: Set<String> = ["participation", "participating", "membership", "activities", "activity"]
                if ["froze", "suspended"].contains(phrase.action),
                   !(end..<min(sentence.upperBound, end + 5)).contains(where: { objectWords.contains(document.word($0)) }),
                   // Back over a long name and the auxiliaries: "participation in the Collective Security Treaty Organization has been frozen".
                   !(passive && (max(sentence.lowerBound, at - 12)..<at).reversed().prefix(while: { ![",", ";"].contains(document.word($0)) })
                       .contains(where: { objectWords.contains(document.word($0)) })) { continue }
                // A base form ("leave", "withdraw from", "join") states a prospect only after "to" or a modal.
                var previous = at - 1
                while previous > sentence.lowerBound, Self.adverbs.contains(document.word(previous)) { previous -= 1 }
                // "is to be admitted", "will be accepted into": a passive infinitive or a modal passive is a prospect too.
                if document.word(previous) == "be", previous - 1 > sentence.lowerBound, phrase.form == .fixed || phrase.form == .finite {
                    previous -= 1
                    while previous > sentence.lowerBound, Self.adverbs.contains(document.word(previous)) { previous -= 1 }
                }
                var afterProspectWord = previous >= sentence.lowerBound && Self.prospectWords.contains(document.word(previous)) && tokens[previous].text != "May"
                // "from a dialogue partner to a full member": "to" before a noun phrase is a preposition.
                if ["a", "an"].contains(phrase.words.first), document.word(previous) == "to" { afterProspectWord = false }
                // "intends to complete accession talks and join the EU": a base form coordinated with an infinitive shares its "to".
                if !afterProspectWord, phrase.form == .base, document.word(previous) == "and" { afterProspectWord = sharesInfinitive(and: previous, sentence: sentence) }
                // "endorsed his proposal that Georgia leave the CIS", "demanded that Armenia quit": the subjunctive of a proposal.
                if !afterProspectWord, phrase.form == .base || phrase.lemma == phrase.words[0], isMandative(at, sentence: sentence) { afterProspectWord = true }
                if phrase.form == .base, Self.plan(of: phrase.action) != nil, !afterProspectWord { continue }
                if afterProspectWord, Self.possibilityModals.contains(document.word(previous)) { continue }
                // An invitation is another's wish, not the country's plan: "is being invited to join", "Russia urged Tajikistan to join".
                if afterProspectWord, document.word(previous) == "to", isInvited(beforeInfinitive: previous, sentence: sentence) { continue }
                // "intends to withdraw", but not "to withdraw its troops": a bare base form takes no object.
                // A bare noun may head a process ("complete the accession procedures"), not a document ("the accession treaty").
                if phrase.bare, end < sentence.upperBound, tokens[end].kind == .word, !Self.intransitiveFollowers.contains(document.word(end)),
                   !(phrase.form == .noun && Self.processNouns.contains(document.word(end))) { continue }
                // "leaving the CIS", not "leaving the meeting of the CIS council"; "returned to the CSTO", not "returned to the
                // question of CSTO reform" or "returned to Moscow": these verbs say many things, membership only with the
                // organisation itself as their object.
                if ["leave", "return", "come", "enter"].contains(phrase.lemma), antecedent == nil, document.word(end) != "it", !leavesWithoutObject(phrase, at: at, end: end, sentence: sentence) {
                    var next = end
                    if document.word(next) == "the" { next += 1 }
                    let venues: Set<String> = ["summit", "meeting", "session", "talks", "forum", "headquarters", "building", "hall", "venue", "conference", "summits", "meetings"]
                    // "leave the bloc", "leave the organisation": a definite noun standing for an organisation named before.
                    let referring = document.word(next - 1) == "the" && document.entity(at: next) == nil && !tokens[next].isCapitalized
                        && Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(next)) && !venues.contains(document.word(next + 1))
                        && document.word(next + 1) != "of"
                    if !referring {
                        guard let span = document.entity(at: next), case .organisation = span.entity, !venues.contains(document.word(span.end)) else { continue }
                        // "Enter" takes many objects ("entered the CIS airspace"): the organisation must end the object.
                        if phrase.lemma == "enter", span.end < sentence.upperBound, tokens[span.end].isLowercase,
                           !Self.intransitiveFollowers.contains(document.word(span.end)), !["from", "to", "of", "with", "for", "on", "which", "that"].contains(document.word(span.end)) { continue }
                    }
                }
                // Observer status held rather than granted: "which has the status of an observer state", "as an observer".
                if phrase.action == "observer", !Self.becomeForms.contains(phrase.words[0]) {
                    if isDescribedStatus(after: end, sentence: sentence) { continue }
                    let lead = (max(sentence.lowerBound, at - 5)..<at).map { document.word($0) }
                    if lead.contains(where: Self.having.contains), !lead.contains(where: Self.granting.contains) { continue }
                    // "a request for observer status", "Mongolia's application for the status of observer": asked for, not granted.
                    if let lead = (max(sentence.lowerBound, at - 3)..<at).last(where: { document.word($0) == "for" }),
                       (lead + 1..<at).allSatisfy({ ["the", "an", "a"].contains(document.word($0)) }), Self.requesting.contains(document.word(lead - 1)) { continue }
                    // "Uzbekistan, an observer state of the EAEU, is studying ...": an apposition describes the status held.
                    // "Belarus, an SCO observer state, became ...": the organisation's name may modify the noun.
                    var article = at - 1
                    if let span = document.entity(at: article), case .organisation = span.entity { article = span.start - 1 }
                    if ["an", "a", "the"].contains(document.word(article)), document.word(article - 1) == "," || document.entity(at: article - 1)?.entity.country != nil && document.word(article - 2) == "," { continue }
                    // "Uzbekistan, the union's observer state, is studying ...": the same with a possessive.
                    if document.word(at - 1) == "'s", let comma = (max(sentence.lowerBound, at - 6)..<at).last(where: { document.word($0) == "," }),
                       ["the", "a", "an"].contains(document.word(comma + 1)) { continue }
                }
                // "stopped participating in most CIS meetings", "withdrew from several CIS bodies": a step about part of the
                // organisation's work is not about the organisation.
                if namesAPart(after: end, sentence: sentence) { continue }
                // "the first member of the CIS to sign such a treaty": a ranking among members, not becoming one.
                if phrase.words.contains("member"), phrase.words.contains(where: { NumberWords.ordinalWords[$0] != nil }) {
                    var next = end
                    while ["of", "the"].contains(document.word(next)) { next += 1 }
                    if let span = document.entity(at: next), case .organisation = span.entity { next = span.end }
                    if document.word(next) == "to", !["join", "accede", "be", "become"].contains(document.word(next + 1)) { continue }
                }
                // "the accession of Uzbekistan to the organization", "the withdrawal of Georgia from the CIS": the subject after "of",
                // the object after the verb's particle; "the withdrawal of troops" is no membership.
                var objectStart = end
                if phrase.form == .noun, phrase.words.last == "of", ["accede", "withdraw"].contains(phrase.lemma) {
                    let lead = document.word(end) == "the" ? end + 1 : end
                    // The country itself, not a demonym modifying another noun ("of Russian troops").
                    if let span = document.entity(at: lead), span.entity.country != nil, ["to", "from", "into"].contains(document.word(span.end)) {
                        objectStart = span.end + 1
                    } else if phrase.lemma == "withdraw" { continue }
                }
                var effectNoun: Int?
                if phrase.action == "effect" {
                    guard let (noun, _) = effectAction(before: at, sentence: sentence) else { continue }
                    effectNoun = noun
                }
                // "quitting CIS agreements one by one", "entered the EAEU market", "will join the CSTO foreign ministers": an
                // organisation's name modifying the object's head noun is not the object.
                if phrase.lemma != nil, !Self.documentLemmas.contains(phrase.lemma!), phrase.lemma != "sign", !["suspended", "froze"].contains(phrase.action),
                   let object = document.entities(in: end..<min(sentence.upperBound, end + 3)).first,
                   case .organisation = object.entity, modifiesAHeadNoun(object.end, sentence: sentence),
                   // "his decision to quit the CIS statutory bodies": leaving all of its bodies is leaving it (the conventions).
                   !(phrase.action == "left" && namesAllItsBodies(object, sentence: sentence)) { continue }
                // Ratifying or denouncing is membership only of a founding document: "ratify the Agreement on the Creation of
                // the CIS" joins the CIS.
                var documentOrganisation: String?
                if let lemma = phrase.lemma, Self.documentLemmas.contains(lemma) || lemma == "sign" {
                    guard let code = foundingDocument(after: end, sentence: sentence) else { continue }
                    documentOrganisation = code
                }
                // "Uzbekistan has received observer status in the EAEU. The same decision granted observer status to Cuba": a
                // status granted that names no organisation continues the last one granted.
                guard var org = inside ?? documentOrganisation ?? antecedent
                    ?? organisation(of: phrase, at: at, end: objectStart, passive: passive, effectNoun: effectNoun, lastOrganisation: lastOrganisation, lastEvent: lastEvent?.org,
                                    sentence: sentence, references: references)
                    // (not "supports granting observer status to", a stance)
                    ?? (phrase.action == "observer" && ["granted", "gave", "accorded", "awarded", "conferred"].contains(document.word(at - 1)) ? lastObserverOrganisation : nil) else {
                    // "Moldova received observer status in 2018; Cuba followed": "followed" repeats this event, unread, not an older one.
                    lastEvent = nil
                    continue
                }
                if namesABody(from: at, to: end, sentence: sentence) { continue }
                // "Uzbekistan rejoined in 2006", "it suspended its membership in 2012" after the Collective Security Treaty was
                // named: an organisation the text does not name at the event, taken up from a treaty, is the organisation built
                // on that treaty once it exists.
                if let later = reference.institutionalisedAs[org], !namesOrganisation(org, from: objectStart, sentence: sentence),
                   let year = eventYear(at: at, sentence: sentence), year >= later.year {
                    org = later.code
                }
                var action = phrase.action == "effect" ? effectAction(before: at, sentence: sentence)!.action : phrase.action
                if action == "joined", phrase.lemma == "accede", phrase.form == .noun, joinsAsObserver(after: end, sentence: sentence) { action = "observer" }
                // "Uzbekistan and Cuba are admitted as observers", "was accepted as a dialogue partner": the role after "as" is
                // what the admission gives.
                if let role = admittedRole(phrase, end: end) {
                    guard !["partner", "partners", "dialogue", "guest", "guests", "associate"].contains(role) else { continue }
                    if ["observer", "observers"].contains(role) { action = "observer" }
                }
                lastOrganisation = org
                if action == "observer" { lastObserverOrganisation = org }
                let planned = isPlanned(phrase, at: at, end: end, afterProspectWord: afterProspectWord, sentence: sentence)
                if planned { action = Self.plan(of: action) ?? action }
                guard let subjects = subject(of: phrase, at: at, end: end, previous: previous, objectCountry: objectCountry, lastCountries: lastCountries,
                                             sentence: sentence, references: references) else { continue }
                // A signature joins only a state that acceded later: the founders' own signatures found the organisation (the
                // conventions count them only where the text says they "became parties" or "members").
                let countries = phrase.lemma == "sign" ? subjects.filter { accededLater($0, to: org) } : subjects
                if !countries.isEmpty {
                    // "left the treaty in 1999, together with A and B, and returned to the organisation in 2006": the companions
                    // share the first predicate only.
                    let partners = companions(after: end, sentence: sentence)
                    lastCountries = countries.allSatisfy(partners.contains) ? countries : countries.filter { !partners.contains($0) }
                    lastEvent = (org, phrase.action == "effect" ? effectAction(before: at, sentence: sentence)!.action : phrase.action, at)
                    reportsAnEvent = true
                    if action == "left" { lastExit = (org, countries) }
                }
                let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
                for org in [org] + coordinatedOrganisations(after: org, from: end, sentence: sentence) {
                    for country in countries where !found.contains(where: { $0.org == org && $0.country == country && $0.action == action }) {
                        found.append(ArticleFacts.Membership(org: org, country: country, action: action, start: span.start, end: span.end))
                    }
                }
            }
            let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
            // "Georgia ceased to be a member of the CIS ... The decision was announced by Saakashvili in August 2008": the
            // exit's announcement, stated as a step of its own, is its plan (the conventions count both events).
            if !reportsAnEvent, let exit = lastExit, announcesTheDecision(in: sentence) {
                for country in exit.countries where !found.contains(where: { $0.org == exit.org && $0.country == country && $0.action == "plans_to_leave" }) {
                    found.append(ArticleFacts.Membership(org: exit.org, country: country, action: "plans_to_leave", start: span.start, end: span.end))
                }
            }
            for status in held + membershipGoals(in: sentence, references: references) {
                for country in status.countries where !found.contains(where: { $0.org == status.org && $0.country == country && $0.action == status.action }) {
                    found.append(ArticleFacts.Membership(org: status.org, country: country, action: status.action, start: span.start, end: span.end))
                }
            }
        }
        return found
    }

    /// Words that hold a status before its noun ("has been a member", "has held observer status", "took part as a member", and
    /// an apposition's comma).
    static let holdingWords: Set<String> = ["been", "being", "held", "holds", "hold", "holding", "has", "have", "had", "enjoys", "enjoyed", "as", ","]

    /// A membership or observer status held since a stated date is the event of that date (a ruling of the conventions):
    /// "a member of the CSTO since 2002", "has held observer status in the EAEU since December 2020", "Uzbekistan, an
    /// observer of the union since 2020,". Only the noun phrase right before "since" counts; a status with no date ("a
    /// long-standing member"), or another status ("an associate member", "a dialogue partner"), is no event.
    func statusesHeldSince(in sentence: Range<Int>, references: Coreference) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        // "since the 2005 summit": an event dated by its year dates the status too; "an observer from 2015" is held since then.
        for since in sentence where ["since", "from"].contains(document.word(since)) && since + 2 < sentence.upperBound
            && (startsADate(since + 1) || document.word(since) == "since" && (namesAFounding(since + 1) || opensAFoundingClause(since + 1))
                || document.word(since + 1) == "the" && startsADate(since + 2)) {
            var cursor = since - 1
            // "of the CSTO", "in the Shanghai Cooperation Organisation", "at the union": the organisation after the noun.
            var org: String?
            if cursor > sentence.lowerBound, let index = document.spanAt[cursor], case let .organisation(code) = document.spans[index].entity {
                org = code
                cursor = document.spans[index].start - 1
            } else if Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(cursor)), document.word(cursor - 1) == "the" {
                org = references.organisation(referredToBy: cursor)
                cursor -= 1
            }
            if org != nil {
                if document.word(cursor) == "the" { cursor -= 1 }
                // "a party to the Collective Security Treaty since its signing".
                // "observer status with the EAEU": observer status is held with an organisation too.
                guard ["of", "in", "at"].contains(document.word(cursor)) || document.word(cursor) == "to" && ["party", "parties"].contains(document.word(cursor - 1))
                        || document.word(cursor) == "with" && ["status", "observer"].contains(document.word(cursor - 1)) else { continue }
                cursor -= 1
            }
            // The status noun: "member", "members", "member state", "observer", "observer state", "observer status", "the
            // status of an observer".
            let plural = ["members", "observers", "parties", "states", "countries"].contains(document.word(cursor))
            if ["state", "states", "country", "status"].contains(document.word(cursor)), ["member", "observer"].contains(document.word(cursor - 1)) { cursor -= 1 }
            let action: String
            // "an observer member of the SCO since 2005": observer status under the member noun.
            if ["member", "members"].contains(document.word(cursor)), document.word(cursor - 1) == "observer" { cursor -= 1 }
            switch document.word(cursor) {
            case "member", "members": action = "joined"
            case "observers": action = "observer"
            // "the treaty, to which Kazakhstan has been a party since May 1992": a party to a treaty named, or fronted as "to which".
            case "party", "parties":
                guard org != nil || (max(sentence.lowerBound, cursor - 8)..<cursor).contains(where: { document.word($0) == "which" && document.word($0 - 1) == "to" }) else { continue }
                action = "joined"
            case "observer":
                action = "observer"
                if ["an", "a"].contains(document.word(cursor - 1)), document.word(cursor - 2) == "of", document.word(cursor - 3) == "status" { cursor -= 3 }
                else if document.word(cursor - 1) == "of", document.word(cursor - 2) == "status" { cursor -= 2 }
            default: continue
            }
            cursor -= 1
            // "a full member", "a CSTO member", "an SCO observer state"; not "an associate member".
            while cursor > sentence.lowerBound, ["full", "-", "fledged", "permanent"].contains(document.word(cursor)) { cursor -= 1 }
            if cursor > sentence.lowerBound, let index = document.spanAt[cursor], case let .organisation(code) = document.spans[index].entity {
                org = org ?? code
                cursor = document.spans[index].start - 1
            }
            if ["a", "an", "another"].contains(document.word(cursor)) { cursor -= 1 }
            // "had been a dialogue partner since 2010 and an observer since 2015": a status coordinated with an earlier one
            // shares its verb.
            if document.word(cursor) == "and",
               let verb = (max(sentence.lowerBound, cursor - 12)..<cursor).reversed().prefix(while: { ![",", ";", ":"].contains(document.word($0)) })
                .first(where: { Self.holdingWords.subtracting([",", "as"]).contains(document.word($0)) }) {
                cursor = verb
            }
            guard cursor >= sentence.lowerBound, Self.holdingWords.contains(document.word(cursor)), !isNegatedOrHypothetical(cursor, sentence: sentence) else { continue }
            // "Uzbekistan, an observer of the union since 2020,": the apposition's head is the subject.
            let countries: [String]
            if document.word(cursor) == "," {
                // "The republic, a member of the CSTO since 2002,": a country noun takes up the country named before.
                if ["country", "republic"].contains(document.word(cursor - 1)), document.word(cursor - 2) == "the", document.spanAt[cursor - 1] == nil,
                   let code = references.country(referredToBy: cursor - 1) {
                    countries = [code]
                } else {
                    // "India and Pakistan, observers since 2005,": a plural status is held by all the names coordinated before.
                    let holders = coordinatedCountries(endingAt: cursor, sentence: sentence)
                    guard !holders.isEmpty else { continue }
                    countries = plural ? holders : Array(holders.suffix(1))
                }
            } else {
                var verb = cursor
                while verb > sentence.lowerBound, Self.holdingWords.subtracting([","]).contains(document.word(verb - 1)) || Self.adverbs.contains(document.word(verb - 1)) { verb -= 1 }
                // "Both countries had held observer status since 2005": a counted plural holder names the countries before.
                countries = pluralSubject(before: verb, sentence: sentence) ?? self.countries(before: verb, after: since, sentence: sentence)
            }
            // "within the CIS, the SCO and the EAEU, where Uzbekistan has held observer status": the status is in the
            // organisation named last before; else the paragraph's topic, the article's, or the one the sentence names next
            // ("Iran, which had been an observer since 2005, joined the SCO").
            let next = document.entities(in: since..<sentence.upperBound).lazy.compactMap { span -> String? in if case let .organisation(code) = span.entity { code } else { nil } }.first
            guard !countries.isEmpty, let code = org ?? topicOrganisation(before: since) ?? references.mostNamedOrganisation(before: since) ?? next else { continue }
            result.append((code, countries, action))
        }
        if let fronted = statusHeldFromAFrontedDate(in: sentence, references: references) { result.append(fronted) }
        return result
    }

    static let holdingVerbs: Set<String> = ["has", "have", "had", "been", "held", "holds", "was", "were", "is", "enjoyed", "enjoys"]

    /// The same with the date fronted before the subject: "From May 2002 Moldova held observer status in the Eurasian Economic
    /// Community", "Since 2015, Uzbekistan has been an observer of the SCO".
    func statusHeldFromAFrontedDate(in sentence: Range<Int>, references: Coreference) -> (org: String, countries: [String], action: String)? {
        // A list's bullet may open the sentence, and so may a dateline that runs into it ("MINSK, 4 January 2010 (BelTA) - Since ...").
        var first = ["-", "•", "*"].contains(document.word(sentence.lowerBound)) ? sentence.lowerBound + 1 : sentence.lowerBound
        if tokens[sentence.lowerBound].isAllCaps, let dash = (sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 16)).first(where: { document.word($0) == "-" }) {
            first = dash + 1
            while document.word(first) == "-" { first += 1 }
        }
        guard ["since", "from"].contains(document.word(first)), first + 1 < sentence.upperBound, startsADate(first + 1) else { return nil }
        var cursor = first + 1
        while cursor < sentence.upperBound, tokens[cursor].kind == .number || DateWords.month(tokens[cursor]) != nil { cursor += 1 }
        if document.word(cursor) == "," { cursor += 1 }
        // "Since 2018 the country has held observer status": a country noun takes up the country named before; "Since 2010,
        // Belarus, Kazakhstan and Russia have been members": each of the names coordinated.
        let countries: [String]
        if document.entity(at: cursor)?.entity.country != nil {
            (countries, cursor) = coordinatedCountries(startingAt: cursor, sentence: sentence)
        } else if document.word(cursor) == "the", ["country", "republic"].contains(document.word(cursor + 1)), document.spanAt[cursor + 1] == nil,
                  let code = references.country(referredToBy: cursor + 1) {
            countries = [code]
            cursor += 2
        } else { return nil }
        guard Self.holdingVerbs.contains(document.word(cursor)) else { return nil }
        while cursor < sentence.upperBound, Self.holdingVerbs.contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor)) { cursor += 1 }
        if ["a", "an", "the"].contains(document.word(cursor)) { cursor += 1 }
        while ["full", "-", "fledged", "permanent"].contains(document.word(cursor)) { cursor += 1 }
        var org: String?
        if let span = document.entity(at: cursor), case let .organisation(code) = span.entity { org = code; cursor = span.end }
        let action: String
        switch document.word(cursor) {
        case "member", "party", "members", "parties": action = "joined"
        case "observer", "observers": action = "observer"
        default: return nil
        }
        cursor += 1
        if ["status", "state", "country", "states", "countries"].contains(document.word(cursor)) { cursor += 1 }
        if org == nil, ["of", "in", "at", "to"].contains(document.word(cursor)) || action == "observer" && document.word(cursor) == "with" {
            let lead = document.word(cursor + 1) == "the" ? cursor + 2 : cursor + 1
            if let span = document.entity(at: lead), case let .organisation(code) = span.entity { org = code }
        }
        guard !isNegatedOrHypothetical(cursor, sentence: sentence), let code = org ?? topicOrganisation(before: cursor) else { return nil }
        return (code, countries, action)
    }

    /// The countries coordinated from `start` on ("Belarus, Kazakhstan and Russia"), and the index after the last.
    func coordinatedCountries(startingAt start: Int, sentence: Range<Int>) -> (codes: [String], end: Int) {
        var codes: [String] = []
        var cursor = start
        while let span = document.entity(at: cursor), let code = span.entity.country {
            if !codes.contains(code) { codes.append(code) }
            cursor = span.end
            var next = cursor
            while next < sentence.upperBound, [",", "and"].contains(document.word(next)), next < cursor + 2 { next += 1 }
            guard next > cursor, document.entity(at: next)?.entity.country != nil else { break }
            cursor = next
        }
        return (codes, cursor)
    }

    /// The countries coordinated right before `end` ("India and Pakistan" before ", observers since 2005").
    func coordinatedCountries(endingAt end: Int, sentence: Range<Int>) -> [String] {
        var codes: [String] = []
        var cursor = end - 1
        while cursor >= sentence.lowerBound, let index = document.spanAt[cursor], document.spans[index].end == cursor + 1, let code = document.spans[index].entity.country {
            if !codes.contains(code) { codes.insert(code, at: 0) }
            cursor = document.spans[index].start - 1
            var previous = cursor
            while previous > sentence.lowerBound, [",", "and"].contains(document.word(previous)), previous > cursor - 2 { previous -= 1 }
            guard previous < cursor, document.spanAt[previous] != nil else { break }
            cursor = previous
        }
        return codes
    }

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
    /// word stands just before "membership" or just after its object, in the same clause.
    func membershipGoals(in sentence: Range<Int>, references: Coreference) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        for index in sentence where document.word(index) == "membership" && ["of", "in"].contains(document.word(index + 1)) {
            let lead = document.word(index + 2) == "the" ? index + 3 : index + 2
            guard let span = document.entity(at: lead), case let .organisation(org) = span.entity, !modifiesAHeadNoun(span.end, sentence: sentence) else { continue }
            let organisations = [org] + coordinatedOrganisations(after: org, from: index + 1, sentence: sentence)
            var last = span.end
            while let next = document.entities(in: last..<min(sentence.upperBound, last + 3)).first, case .organisation = next.entity { last = next.end }
            let before = (max(sentence.lowerBound, index - 4)..<index).reversed().prefix { ![",", ";", ":"].contains(document.word($0)) }
            let after = (last..<min(sentence.upperBound, last + 6)).prefix { ![",", ";", ":", "."].contains(document.word($0)) }
            guard before.contains(where: { Self.goalWords.contains(document.word($0)) }) || after.contains(where: { Self.goalWords.contains(document.word($0)) }),
                  !isNegatedOrHypothetical(index, sentence: sentence) else { continue }
            let countries = self.countries(before: index, after: last, sentence: sentence)
            guard !countries.isEmpty else { continue }
            for org in organisations { result.append((org, countries, "plans_to_join")) }
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
        guard cursor < sentence.upperBound, Self.linkingVerbs.contains(document.word(cursor)) else { return false }
        while cursor < sentence.upperBound, Self.linkingVerbs.contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor)) || document.word(cursor).hasSuffix("ly") { cursor += 1 }
        guard cursor < sentence.upperBound, tokens[cursor].kind == .word, tokens[cursor].isLowercase else { return false }
        return !Self.statusGivenWords.contains(document.word(cursor))
    }

    /// Head nouns an organisation's name may modify: documents and arrangements concluded within it, its meetings,
    /// people, forces and markets. Leaving or joining one of them is not leaving or joining the organisation.
    static let headNouns: Set<String> = Coreference.modifiedNouns.union([
        "agreement", "agreements", "treaties", "documents", "accords", "conventions", "deals", "zone", "regime", "programme", "program",
        "market", "markets", "agenda", "question", "issue", "reform", "ministers", "minister", "delegation", "delegations", "exercises", "drills",
        "forces", "troops", "mission", "missions", "project", "projects", "initiative", "talks", "conference", "venue", "building", "hall",
    ])

    /// Whether the lower-case words from `index` end a compound whose head is such a noun ("CIS agreements", "the CIS free
    /// trade agreement", "the CSTO foreign ministers"), the organisation's name only modifying it.
    func modifiesAHeadNoun(_ index: Int, sentence: Range<Int>) -> Bool {
        // "withdrew from the CSTO's predecessor treaty", "joined the EAEU's single market": something of the organisation.
        if document.word(index) == "'s", index + 1 < sentence.upperBound, tokens[index + 1].kind == .word, tokens[index + 1].isLowercase { return true }
        var cursor = index
        // "joined the \"SCO Plus\" session": a longer name holding the organisation's, and its quotation marks, come first.
        while cursor < min(sentence.upperBound, index + 3), tokens[cursor].kind == .word && tokens[cursor].isCapitalized || Self.quotationMarks.contains(tokens[cursor].text) {
            cursor += 1
        }
        let compoundEnd = cursor + 4
        while cursor < min(sentence.upperBound, compoundEnd), tokens[cursor].kind == .word, tokens[cursor].isLowercase {
            let word = document.word(cursor)
            if Self.headNouns.contains(word) { return true }
            if ["in", "on", "at", "by", "from", "to", "of", "and", "or", "after", "before", "since", "with", "for", "as", "which", "that", "but", "last", "this", "next"].contains(word) { return false }
            cursor += 1
        }
        return false
    }

    static let quotationMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}"]

    /// Nouns of a process a bare noun may modify ("the accession procedures", "accession talks").
    static let processNouns: Set<String> = ["procedure", "procedures", "process"]

    /// Words after a bare base form that show it takes no object ("intends to withdraw in 2025", "plans to pull out.").
    static let intransitiveFollowers: Set<String> = ["in", "by", "at", "next", "this", "after", "before", "within", "until", "soon", "altogether", "completely",
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
        // A verb without its particle ("Georgia withdrew in 2009") has no object after it: a name there is another clause's.
        let near = phrase.bare && phrase.form != .base ? nil : organisation(near: at, end: end, sentence: sentence, references: references)
        if let found = subjectOrganisation ?? near ?? lastOrganisation ?? earlierNoun.flatMap(references.organisation(referredToBy:)) { return found }
        // "The CSTO has six members. Uzbekistan, which joined in 2006, ...": a verb without an object is about the
        // organisation the paragraph names last, when a country is plainly its subject, else the last event's ("Georgia and
        // Azerbaijan, which joined the treaty in 1993, ... Belarus, which acceded at the end of 1993").
        if Self.intransitiveLemmas.contains(phrase.lemma ?? "") && phrase.form != .noun && standsWithoutObject(end, sentence: sentence) && countryRightBefore(at, sentence: sentence)
            || leavesWithoutObject(phrase, at: at, end: end, sentence: sentence),
           // "Who joined? / Uzbekistan joined in April 1999": a paragraph that names none is about the article's organisation.
           let topic = topicOrganisation(before: at) ?? lastEvent ?? references.mostNamedOrganisation(before: at) {
            return topic
        }
        // "Uzbekistan joined the group in 1999. But it announced in 2002 that it was pulling out": a reported progressive
        // without an object is about the organisation the paragraph or the last event names.
        if Self.intransitiveLemmas.contains(phrase.lemma ?? ""), phrase.form == .gerund, isReportedProgressive(at, sentence: sentence),
           standsWithoutObject(end, sentence: sentence) || document.word(end) == "and",
           let topic = topicOrganisation(before: at) ?? lastEvent {
            return topic
        }
        // "Uzbekistan was admitted as the sixth full member", "agreed to admit Uzbekistan into the mechanism", "signed a
        // memorandum with a view to obtaining full membership": admission or membership that names no organisation is
        // into the one the text is about, else the one its sentence names after it.
        let admission = phrase.words.contains("admitted") || phrase.lemma == "admit" || Self.becomeForms.contains(phrase.words[0]) || phrase.words.last == "membership"
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
        // "Kyrgyzstan hoped to complete the accession procedures": an accession without its object continues the text's
        // last membership event.
        if phrase.bare, phrase.form == .noun, let topic = lastEvent ?? topicOrganisation(before: at) { return topic }
        guard phrase.action == "observer" else { return nil }
        // "the observer status granted to Ukraine and Moldova had raised the profile of the Community": the organisation
        // the rest of the sentence names or refers to.
        if let named = organisation(namedAfter: end, sentence: sentence, references: references) { return named }
        // "Mongolia, which was granted observer status last year, ...": status is granted by the organisation the
        // text is about, even when the sentence does not name it.
        // Only the passive says whose status it is ("X was granted"; not "Russia supports granting observer status to ...").
        return (max(sentence.lowerBound, at - 3)..<at).contains { ["was", "were", "been", "is", "be"].contains(document.word($0)) }
            ? references.mostNamedOrganisation(before: at) : nil
    }

    /// The countries that act, from the clause: a noun's "of" or a treaty's party, the subject a participial clause shares,
    /// a pronoun or "the country" standing for one, the nearest named before the verb with those coordinated, else those
    /// after it; nil when the subject is a person's pronoun ("we have frozen ..."), which names no country here.
    func subject(of phrase: Phrase, at: Int, end: Int, previous: Int, objectCountry: String?, lastCountries: [String],
                 sentence: Range<Int>, references: Coreference) -> [String]? {
        var countries: [String] = []
        // "the leaders of A and B were joined by C": in the passive, who joins follows "by", and those before are joined.
        if phrase.lemma == "join", phrase.form == .finite, ["was", "were", "been", "is", "are", "be"].contains(document.word(previous)), document.word(end) == "by" {
            var cursor = end + 1
            while cursor < sentence.upperBound {
                if ["the", "and", ","].contains(document.word(cursor)) { cursor += 1; continue }
                guard let span = document.entity(at: cursor), let code = span.entity.country else { break }
                if !countries.contains(code) { countries.append(code) }
                cursor = span.end
            }
            return countries
        }
        // "Nazarbayev said the accession of Azerbaijan strengthened ...": the country after "of" accedes.
        if phrase.form == .noun, phrase.words.last == "of", ["accede", "withdraw"].contains(phrase.lemma) { countries = document.entities(in: end..<min(sentence.upperBound, end + 2)).compactMap(\.entity.country).prefix(1).map { $0 } }
        if let objectCountry { countries = [objectCountry] }
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
        // "left the treaty in 1999 together with Georgia and Uzbekistan": the companions act too.
        countries += companions(after: end, sentence: sentence).filter { !countries.contains($0) }
        return countries
    }

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
    /// refused ...") and followed by their verb.
    func openingCountries(of sentence: Range<Int>, before index: Int) -> [String]? {
        var cursor = sentence.lowerBound
        var codes: [String] = []
        while cursor < index, let span = document.entity(at: cursor), let code = span.entity.country {
            if !codes.contains(code) { codes.append(code) }
            cursor = span.end
            guard [",", "and"].contains(document.word(cursor)) else { break }
            cursor += document.word(cursor + 1) == "and" ? 2 : 1
        }
        guard codes.count >= 2, cursor < index, tokens[cursor].kind == .word, tokens[cursor].isLowercase else { return nil }
        return codes
    }

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

    /// Whether "leave" stands without its object and still means the organisation: dated by a year with a country plainly
    /// its subject ("Georgia, which left in 2009,", "when Uzbekistan left in 2012"; a place is left on a day, not in a year),
    /// or as a reported plan about an organisation the sentence names before ("notified the organisation's executive
    /// committee that it was leaving in protest").
    func leavesWithoutObject(_ phrase: Phrase, at: Int, end: Int, sentence: Range<Int>) -> Bool {
        guard phrase.lemma == "leave", phrase.form != .noun, end < sentence.upperBound else { return false }
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
                                         "warned", "reported", "wrote", "added", "explained"]

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
        guard ["in", "on", "since", "last", "this", "back"].contains(document.word(end)), end + 1 < sentence.upperBound else { return false }
        let next = tokens[end + 1]
        return next.kind == .number || DateWords.month(next) != nil || ["year", "month", "week", "spring", "summer", "autumn", "winter", "decade"].contains(next.lower)
    }

    /// Whether a country is the verb's subject right before it, perhaps through a relative pronoun ("Belarus has joined",
    /// "Uzbekistan, which joined").
    func countryRightBefore(_ index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, Self.adverbs.contains(document.word(cursor)) || ["has", "have", "had", "already", "is", "was"].contains(document.word(cursor)) { cursor -= 1 }
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

    /// The role an admission gives after "as" ("admitted as observers", "accepted as a full member"): the noun, past
    /// articles and modifiers; nil for any other phrase.
    func admittedRole(_ phrase: Phrase, end: Int) -> String? {
        guard phrase.action == "joined", phrase.words.contains(where: { ["admitted", "accepted"].contains($0) }) else { return nil }
        guard phrase.words.last == "as" || document.word(end) == "as" else { return nil }
        var cursor = phrase.words.last == "as" ? end : end + 1
        while ["a", "an", "the", "full", "new", "fully", "-", "fledged", "permanent"].contains(document.word(cursor)) || NumberWords.ordinalWords[document.word(cursor)] != nil { cursor += 1 }
        return document.word(cursor)
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

    /// Verbs that enact a decision: the decision is the event, not its announcement.
    static let enacting: Set<String> = ["signed", "adopted", "approved", "took", "taken"]

    /// Verbs that give notice of a step to its addressee ("notified the committee of its withdrawal").
    static let notifying: Set<String> = ["notified", "notifies", "notify", "notifying", "informed", "informs", "inform", "informing", "advised", "advises"]

    /// Verbs that complete a process: its event is done ("completed the procedure of withdrawal").
    static let completing: Set<String> = ["completed", "finalised", "finalized", "concluded", "finished", "formalised", "formalized"]

    /// Words that make a noun or gerund an event's plan rather than its report.
    static let nounPredicateFuture: Set<String> = ["will", "shall", "would"]

    /// Whether the event at `at` is planned rather than done: its form and the words that govern it decide, not the
    /// phrase.
    func isPlanned(_ phrase: Phrase, at: Int, end: Int, afterProspectWord: Bool, sentence: Range<Int>) -> Bool {
        // "Armenia joins on 2 January", "Belarus becomes a member next month": the present of an event still to come.
        if Self.presentForms.contains(phrase.words[0]), namesAFutureTime(after: end, sentence: sentence) { return true }
        // "Under the procedure, Moldova's exit takes effect twelve months after the depositary is notified": the present of a
        // term counted from a step states a rule, the event still to come.
        if phrase.words == ["takes", "effect"], statesATerm(at: at) { return true }
        // "the leaders agreed to admit Uzbekistan", "decided to grant Belarus full membership": the admitting side's decision
        // is the admission.
        if afterProspectWord, phrase.lemma == "admit" || Self.grantingMembership.contains(phrase.words[0]), document.word(at - 1) == "to" {
            var lead = at - 2
            while lead > sentence.lowerBound, Self.adverbs.contains(document.word(lead)) || document.word(lead).hasSuffix("ly") { lead -= 1 }
            if Self.deciding.contains(document.word(lead)) { return false }
        }
        // "signed a memorandum with a view to obtaining full membership", "steps aimed at joining", "the documents necessary
        // for Armenia's accession": a purpose is a plan.
        if phrase.form == .gerund || phrase.form == .noun || phrase.words[0].hasSuffix("ing") {
            var lead = at - 1
            if phrase.bare { while lead > sentence.lowerBound, document.spanAt[lead] != nil || ["'s", "'", "its", "their"].contains(document.word(lead)) { lead -= 1 } }
            if document.word(lead) == "to" && document.word(lead - 1) == "view" || document.word(lead) == "at" && ["aimed", "aiming"].contains(document.word(lead - 1))
                || phrase.bare && document.word(lead) == "for" { return true }
            // "voted for the country's withdrawal", "voted in favour of Armenia's accession": a vote for a step is its decision.
            var owner = at - 1
            while owner > sentence.lowerBound, document.spanAt[owner] != nil || ["'s", "'", "its", "their", "the", "country", "republic"].contains(document.word(owner)) { owner -= 1 }
            if document.word(owner) == "for" && Self.voting.contains(document.word(owner - 1))
                || document.word(owner) == "of" && ["favour", "favor"].contains(document.word(owner - 1)) && document.word(owner - 2) == "in" && Self.voting.contains(document.word(owner - 3)) { return true }
        }
        // "said it was leaving the CSTO": a progressive in reported speech is a plan.
        if phrase.form == .gerund, isReportedProgressive(at, sentence: sentence) { return true }
        // "the parliament voted to ratify the Agreement": a parliament's vote to ratify is the ratification.
        // "voted earlier this week to ratify", "voted overwhelmingly to ratify": adverbials may stand between.
        if afterProspectWord, phrase.lemma == "ratify", document.word(at - 1) == "to",
           let vote = (max(sentence.lowerBound, at - 7)..<(at - 1)).last(where: { ["voted", "votes"].contains(document.word($0)) }),
           !(vote..<(at - 1)).contains(where: { [",", ";", "and", "but", "to"].contains(document.word($0)) || Self.prospectWords.contains(document.word($0)) }) {
            return false
        }
        // Signing a decision or the documents on a state's accession is the accession; an accession treaty or law still has
        // to enter into force ("the law ratifying the treaty on Kyrgyzstan's accession").
        if phrase.lemma == "accede", phrase.form == .noun, phrase.action == "joined" {
            let (noun, position) = accessionDocument(before: at, sentence: sentence)
            switch noun {
            case "decision", "decisions", "documents", "document", "protocol", "act": return false
            default:
                let words = sentence.map { document.word($0) }
                // "Armenia signed the treaty on its accession to the Union", "Kyrgyzstan also signed a treaty of accession": the
                // acceding state's own signature (a country or its leader signs) on its accession treaty is its joining (a ruling
                // of the conventions); the members' signatures ("the leaders signed the treaty on Iran's accession"), a law that
                // ratifies the treaty, or a treaty still to be signed, are not.
                if ["treaty", "agreement"].contains(noun), let position, !words.contains(where: { $0.hasPrefix("ratif") || $0 == "law" }) {
                    var verb = position - 1
                    while verb > sentence.lowerBound, ["the", "a", "an", "its", "their", "his", "her"].contains(document.word(verb)) { verb -= 1 }
                    var signer = verb - 1
                    while signer > sentence.lowerBound, Self.adverbs.contains(document.word(signer)) || ["has", "had", "have"].contains(document.word(signer)) { signer -= 1 }
                    if ["signed", "signs"].contains(document.word(verb)), signer >= sentence.lowerBound, let span = document.spanAt[signer],
                       document.spans[span].entity.country != nil || { if case .person = document.spans[span].entity { true } else { false } }() { return false }
                    // "is expected to sign the treaty on its accession": the signature still to come.
                    if document.word(verb) == "sign", Self.prospectWords.contains(document.word(verb - 1)) { return true }
                }
                // A step towards the accession: a plan, also beside the joining (a ruling of the conventions).
                if words.contains(where: { $0.hasPrefix("ratif") }) || words.contains("signed"), !words.contains("force") { return true }
            }
        }
        // "Georgia was the only country to leave the CIS": an infinitive after a ranking ("the first state to", "the only
        // country to") takes its mood from the main verb ("would become the second country to quit" is a plan).
        if afterProspectWord, let rank = ranking(before: at, sentence: sentence) {
            return (max(sentence.lowerBound, rank - 6)..<rank).contains { ["would", "will", "could", "may", "might", "set", "expected", "likely"].contains(document.word($0)) }
        }
        // "would become the second country to formally quit", "announced the country's exit": prospects.
        let before = max(sentence.lowerBound, at - 8)..<at
        let governed = afterProspectWord || before.contains(where: { ["would", "could", "may", "might"].contains(document.word($0)) && tokens[$0].text != "May" })
            || (max(sentence.lowerBound, at - 5)..<at).contains(where: { position in
                // "signed a decision granting Belarus full membership": a decision signed or adopted is the act itself.
                Self.announcing.contains(document.word(position))
                    && !(document.word(position) == "decision" && Self.enacting.contains(document.word(position - (["a", "the"].contains(document.word(position - 1)) ? 2 : 1))))
            })
        // "the process of the country's accession to", "accession talks", "a bill denouncing the Charter": not yet done.
        let isNoun = phrase.form == .noun || phrase.form == .gerund || ["accession", "joining", "withdrawal", "exit", "entry", "leaving", "withdrawing", "acceding"].contains(phrase.words[0])
        guard isNoun else { return governed }
        let nounContext = (max(sentence.lowerBound, at - 6)..<min(sentence.upperBound, end + 2)).filter { $0 < at || $0 >= end }
        // "intends to complete the country's withdrawal", "wants to speed up its accession": a verb of intent governs the noun.
        let governedByIntent = before.contains { Self.intentVerbs.contains(document.word($0)) }
            // "the treaty on Kyrgyzstan's accession has not yet entered into force": the predicate denies it happened.
            // Only a predicate of coming about is denied: "joining the union does not mean abandoning ..." says what the
            // step means, not that it is still to come.
            || (end..<min(sentence.upperBound, end + 12)).contains { position in
                ["yet", "pending"].contains(document.word(position))
                    || ["not", "n't"].contains(document.word(position)) && !Self.relationalVerbs.contains(document.word(position + 1))
            }
            // "Moldova's withdrawal from the CIS will take effect in a year": the noun's predicate is in the future.
            || (end..<min(sentence.upperBound, end + 12)).prefix(while: { ![",", ";", "which", "that", "and", "but"].contains(document.word($0)) })
                .contains { Self.nounPredicateFuture.contains(document.word($0)) || statesATerm(at: $0) }
        if governedByIntent { return true }
        // "the country's withdrawal from the CIS, which the Parliament decided last August": a relative clause that makes the
        // step a decision.
        if let which = (end..<min(sentence.upperBound, end + 10)).first(where: { document.word($0) == "which" && document.word($0 - 1) == "," }),
           (which + 1..<min(sentence.upperBound, which + 6)).prefix(while: { ![",", ";"].contains(document.word($0)) })
            .contains(where: { Self.deciding.contains(document.word($0)) || Self.announcing.contains(document.word($0)) }) {
            return true
        }
        // "officially notified the Executive Committee of the CIS of its withdrawal", "informing it of the country's withdrawal":
        // a notice of the step starts it (a ruling of the conventions), however long the addressee's name.
        if let of = (max(sentence.lowerBound, at - 5)..<at).last(where: { document.word($0) == "of" }),
           (of + 1..<at).allSatisfy({ ["its", "their", "the", "country", "republic", "'s"].contains(document.word($0)) || document.spanAt[$0] != nil }),
           let verb = (max(sentence.lowerBound, of - 14)..<of).reversed().prefix(while: { ![";", "which", "that", "and", "but"].contains(document.word($0)) })
            .first(where: { Self.notifying.contains(document.word($0)) }) {
            // "Uzbekistan has officially notified the member states of its withdrawal": the notice reported as the day's news,
            // in the perfect, is the step itself.
            var auxiliary = verb - 1
            while Self.adverbs.contains(document.word(auxiliary)) { auxiliary -= 1 }
            return !["has", "have"].contains(document.word(auxiliary))
        }
        // "completed the procedure of leaving the CIS", "finalised its accession": a process completed is the event; also
        // through a longer phrase of the procedures ("finalized all legal procedures necessary for its withdrawal").
        if (max(sentence.lowerBound, at - 6)..<at).contains(where: { Self.completing.contains(document.word($0)) }) { return false }
        let clauseBefore = (max(sentence.lowerBound, at - 10)..<at).reversed().prefix { ![",", ";", "and", "but", "which", "that"].contains(document.word($0)) }
        if let completed = clauseBefore.first(where: { Self.completing.contains(document.word($0)) }),
           (completed..<at).contains(where: { Self.processNouns.contains(document.word($0)) }) { return false }
        // "ready to assist Kyrgyzstan's early accession to the union": an accession qualified as still to come.
        if phrase.form == .noun, Self.prospectiveQualifiers.contains(document.word(at - 1)) { return true }
        if nounContext.contains(where: { Self.prospectNouns.contains(document.word($0)) }) { return true }
        return governed
    }

    /// Capitalized head words of an organisation's bodies that follow its name ("the CIS Interparliamentary Assembly").
    static let bodyHeads: Set<String> = ["interparliamentary", "parliamentary", "assembly", "council", "secretariat", "committee"]

    /// Whether the phrase's object is one of the organisation's bodies, not the organisation: the name with a body's
    /// abbreviation before it ("a member of the IPA CIS", "withdrawal from the PA CSTO") or a body's capitalized head after
    /// it ("the CIS Interparliamentary Assembly"). Leaving one body is not leaving the organisation (the conventions count
    /// only leaving all of them).
    func namesABody(from at: Int, to end: Int, sentence: Range<Int>) -> Bool {
        guard let span = document.entities(in: at..<min(sentence.upperBound, end + 4)).first, case .organisation = span.entity else { return false }
        let before = span.start - 1
        if before >= sentence.lowerBound, document.spanAt[before] == nil, tokens[before].kind == .word, tokens[before].isAllCaps, tokens[before].text.count <= 4 { return true }
        return span.end < sentence.upperBound && tokens[span.end].isCapitalized && Self.bodyHeads.contains(document.word(span.end))
    }

    /// Adjectives that place a noun of joining or leaving still ahead ("early accession", "its speedy withdrawal").
    static let prospectiveQualifiers: Set<String> = ["early", "speedy", "swift", "rapid", "quick", "eventual", "forthcoming", "upcoming", "imminent"]

    /// Whether the accession ends in observer status, not membership: "the proposal on Uzbekistan's accession to the
    /// organization as an observer state" (within the phrase's clause). Only the noun: the corpora read a verb's "joined the
    /// CIS as an observer" and "asked to join ... as an observer" as joining.
    func joinsAsObserver(after end: Int, sentence: Range<Int>) -> Bool {
        (end..<min(sentence.upperBound, end + 12)).prefix { ![",", ";"].contains(document.word($0)) }.contains { index in
            document.word(index) == "as" && ["an", "a"].contains(document.word(index + 1)) && document.word(index + 2) == "observer"
        }
    }

    /// "the only country to leave", "the second capital to join", "the second state after Georgia to leave": where the ranking
    /// word stands, when the infinitive at `at` follows one (up to a noun phrase and an "after X").
    func ranking(before at: Int, sentence: Range<Int>) -> Int? {
        var to = at - 1
        if Self.adverbs.contains(document.word(to)) || document.word(to) == "be" { to -= 1 }
        guard document.word(to) == "to" else { return nil }
        var cursor = to - 1
        while cursor > sentence.lowerBound, cursor >= to - 6 {
            let word = document.word(cursor)
            if ["only", "first", "last"].contains(word) || NumberWords.ordinalWords[word] != nil { return ["the", "its", "their"].contains(document.word(cursor - 1)) ? cursor - 1 : nil }
            // Nouns and their modifiers ("post-Soviet", "Central Asian"), and "after Georgia": no verb ("the first time it
            // decided to join" ranks nothing).
            guard document.spanAt[cursor] != nil || word == "-" || tokens[cursor].kind == .word && !word.hasSuffix("ed") && !Self.prospectWords.contains(word)
                    && !["is", "was", "be", "been", "are", "were", "has", "have", "had", "time", "and", "or", "that", "which", "who"].contains(word) else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// Words that demand or propose what their "that" clause states ("his proposal that Georgia leave the CIS").
    static let mandating: Set<String> = ["proposal", "proposals", "proposed", "proposes", "propose", "demand", "demands", "demanded", "insisted", "insists",
                                         "insist", "suggested", "suggests", "suggestion", "recommended", "recommends", "recommendation", "urged", "urges",
                                         "resolution", "motion", "requirement", "required", "requires", "request", "requested"]

    /// Whether the base form at `at` is a subjunctive after a demand or proposal: "that" and a country right before it, and a
    /// word of proposing or demanding before "that".
    func isMandative(_ at: Int, sentence: Range<Int>) -> Bool {
        guard let index = document.spanAt[at - 1], document.spans[index].entity.country != nil else { return false }
        var that = document.spans[index].start - 1
        if document.word(that) == "the" { that -= 1 }
        guard document.word(that) == "that", that > sentence.lowerBound else { return false }
        return (max(sentence.lowerBound, that - 3)..<that).contains { Self.mandating.contains(document.word($0)) }
    }

    /// The document noun an accession noun depends on ("signed a decision on Uzbekistan's accession", "the treaty on its
    /// accession") and where it stands, or "" when none.
    func accessionDocument(before index: Int, sentence: Range<Int>) -> (noun: String, at: Int?) {
        var cursor = index - 1
        while cursor > sentence.lowerBound, cursor >= index - 6 {
            let word = document.word(cursor)
            if document.spanAt[cursor] != nil || ["'s", "its", "their", "his", "her", "the", "country", "republic", "on", "of", "s", "'"].contains(word) { cursor -= 1; continue }
            return (word, cursor)
        }
        return ("", nil)
    }

    static let repeatingAuxiliaries: Set<String> = ["did", "does", "had", "has", "have", "were", "was"]

    /// Countries named after "together with" or "along with" in the verb's clause ("left the treaty in 1999 together with
    /// Georgia and Uzbekistan").
    func companions(after end: Int, sentence: Range<Int>) -> [String] {
        var cursor = end
        // "left the treaty in 1999, as did Uzbekistan", "joined in 2015, and so did Kyrgyzstan": the verb repeated for them.
        func opensCompanions(_ index: Int) -> Bool {
            ["together", "along"].contains(document.word(index)) && document.word(index + 1) == "with"
                || ["as", "so"].contains(document.word(index)) && Self.repeatingAuxiliaries.contains(document.word(index + 1))
        }
        while cursor + 2 < sentence.upperBound, cursor < end + 10 {
            let word = document.word(cursor)
            if opensCompanions(cursor) { break }
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
        while cursor > sentence.lowerBound, cursor >= index - 8,
              Self.governingWords.contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor))
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

    /// The finite forms of verbs that need a particle ("returned", "withdrew"), for relative clauses that front it.
    static let particleVerbs: [String: Lexeme] = Dictionary(lexicon.filter { !$0.particle.isEmpty }.flatMap { lexeme in
        Set([lexeme.third, lexeme.past, lexeme.participle]).map { ($0, lexeme) }
    }, uniquingKeysWith: { first, _ in first })

    /// Verbs that take membership as their object: seeking or applying for it is a plan, gaining or resuming it is joining,
    /// ending it is leaving ("will seek full membership in BRICS", "applied for membership", "was granted full membership",
    /// "resumed its membership", "terminated its membership").
    static let seekingMembership: Set<String> = ["seek", "seeks", "sought", "seeking", "apply", "applies", "applied", "applying", "pursue", "pursues", "pursued", "pursuing"]
    static let gainingMembership: Set<String> = ["gained", "gains", "gain", "obtained", "obtains", "obtain", "granted", "received", "receives", "acquired", "won", "attained",
                                                 "restored", "restores", "resumed", "resumes", "renewed", "regained",
                                                 "gaining", "obtaining", "acquiring", "receiving", "securing", "secure", "secured"]
    static let grantingMembership: Set<String> = ["granted", "grant", "grants", "granting", "offered", "offers", "offering"]
    static let endingMembership: Set<String> = ["terminated", "terminates", "ended", "ends", "renounced", "renounces", "relinquished", "gave"]
    /// Nouns of membership gained back or ended, with its action ("the restoration of Uzbekistan's membership").
    static let membershipNouns: [String: String] = ["restoration": "joined", "resumption": "joined", "renewal": "joined", "termination": "left"]

    /// Verbs and nouns that end a country's part in an organisation's bodies, by form: ending or terminating its
    /// participation in them, recalling, withdrawing or pulling its representatives from them.
    static let endingParticipation: [String: Form] = [
        "end": .base, "ends": .finite, "ended": .finite, "ending": .gerund,
        "terminate": .base, "terminates": .finite, "terminated": .finite, "terminating": .gerund, "termination": .noun,
    ]
    static let recallingRepresentatives: [String: Form] = [
        "recall": .base, "recalls": .finite, "recalled": .finite, "recalling": .gerund,
        "withdraw": .base, "withdraws": .finite, "withdrew": .finite, "withdrawn": .finite, "withdrawing": .gerund,
        "pull": .base, "pulls": .finite, "pulled": .finite, "pulling": .gerund,
    ]
    static let representatives: Set<String> = ["representatives", "representative", "envoys", "delegates", "delegations", "diplomats", "officials"]
    static let bodyNouns: Set<String> = ["bodies", "organs", "structures"]
    /// Words that make the bodies only some of them ("ceased to take part in most of the Commonwealth's bodies").
    static let partOfTheBodies: Set<String> = ["most", "some", "several", "many", "certain", "few", "number", "one", "two", "three", "part"]

    /// "ended its participation in the bloc's bodies", "a decree on the termination of Ukraine's participation in the statutory
    /// bodies of the CIS", "recalled all its representatives from CIS bodies", "all representatives of Ukraine have been
    /// recalled from the Commonwealth's bodies": the index where the bodies' phrase starts (the organisation is named in it or
    /// after it), the form, and the country the phrase itself names ("Ukraine's participation", "Ukrainian representatives").
    /// Halting, suspending or freezing the participation is read as such, not here.
    func partInBodiesEnded(at index: Int, sentence: Range<Int>) -> (start: Int, form: Form, country: String?)? {
        let word = document.word(index)
        guard var form = Self.endingParticipation[word] ?? Self.recallingRepresentatives[word] else { return nil }
        var country: String?
        var cursor = index + 1
        // "the end of its participation", "the termination of Ukraine's participation".
        if word == "end", ["the", "an"].contains(document.word(index - 1)) { form = .noun }
        if form == .noun {
            guard document.word(cursor) == "of" else { return nil }
            cursor += 1
        }
        // "ended Ukraine's participation", "recalled all its representatives", "recalled the Ukrainian envoys".
        while cursor < min(sentence.upperBound, index + 8) {
            if ["its", "their", "the", "all", "his", "her", "final", "formal", "remaining"].contains(document.word(cursor)) { cursor += 1; continue }
            if let span = document.entity(at: cursor), let code = span.entity.country { country = code; cursor = span.end; continue }
            if document.word(cursor) == "'s" { cursor += 1; continue }
            break
        }
        if Self.endingParticipation[word] != nil {
            guard document.word(cursor) == "participation", document.word(cursor + 1) == "in" else { return nil }
            cursor += 2
        } else if Self.representatives.contains(document.word(cursor)) {
            cursor += 1
            // "all representatives of Ukraine".
            if document.word(cursor) == "of", let span = document.entity(at: cursor + 1), let code = span.entity.country { country = code; cursor = span.end }
            guard document.word(cursor) == "from" else { return nil }
            cursor += 1
        } else {
            // The passive names the representatives before the verb: "all Ukrainian representatives are being recalled from".
            guard document.word(cursor) == "from", form == .finite,
                  let be = (max(sentence.lowerBound, index - 3)..<index).last(where: { ["been", "being", "are", "were", "was", "is"].contains(document.word($0)) }),
                  let noun = (max(sentence.lowerBound, be - 4)..<be).last(where: { Self.representatives.contains(document.word($0)) }) else { return nil }
            if document.word(noun + 1) == "of", let span = document.entity(at: noun + 2), let code = span.entity.country { country = code }
            if country == nil { country = (max(sentence.lowerBound, noun - 3)..<noun).compactMap { document.entity(at: $0)?.entity.country }.last }
            cursor += 1
        }
        // All the bodies, not some: the body noun ends the phrase or leads to the organisation.
        let object = (cursor..<min(sentence.upperBound, cursor + 6)).prefix { ![",", ";", "and", "but"].contains(document.word($0)) }
        guard object.contains(where: { Self.bodyNouns.contains(document.word($0)) }),
              !object.prefix(while: { !Self.bodyNouns.contains(document.word($0)) }).contains(where: { Self.partOfTheBodies.contains(document.word($0)) }) else { return nil }
        return (cursor, form, country)
    }

    /// Whether the organisation's name `object` modifies its bodies, all of them ("the CIS statutory bodies", "all CSTO bodies";
    /// not "most CIS bodies").
    func namesAllItsBodies(_ object: EntitySpan, sentence: Range<Int>) -> Bool {
        let head = (object.end..<min(sentence.upperBound, object.end + 3)).prefix { tokens[$0].kind == .word && tokens[$0].isLowercase }
        guard head.contains(where: { Self.bodyNouns.contains(document.word($0)) }) else { return false }
        return !(max(sentence.lowerBound, object.start - 3)..<object.start).contains { Self.partOfTheBodies.contains(document.word($0)) }
    }

    /// Verbs of weighing a step, and the words that may stand between them and the step weighed ("is studying the possibility
    /// of joining", "is weighing whether to quit", "examines a possible accession").
    static let weighing: Set<String> = ["consider", "considers", "considered", "considering", "study", "studies", "studied", "studying",
                                        "examine", "examines", "examined", "examining", "weigh", "weighs", "weighed", "weighing",
                                        "mull", "mulls", "mulled", "mulling", "explore", "explores", "explored", "exploring",
                                        "contemplate", "contemplates", "contemplated", "contemplating", "ponder", "ponders", "pondered", "pondering",
                                        // Discussing or debating a step weighs it too (a ruling of the conventions): "discussed the prospects
                                        // of Tajikistan's accession", "is discussing the possibility of applying", "debated leaving the CIS".
                                        "discuss", "discusses", "discussed", "discussing", "discussion", "discussions",
                                        "debate", "debates", "debated", "debating"]
    /// Passive participles that weigh a noun named before them ("Tajikistan's accession was discussed"); not "considered",
    /// which also describes a thing done ("the accession was considered a success").
    static let weighedPassives: Set<String> = ["discussed", "debated", "studied", "examined", "weighed", "explored"]
    static let weighedStepLead: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "'s", "of", "to", "for", "whether", "possibility", "possible",
                                               "potential", "eventual", "option", "options", "idea", "prospect", "prospects", "consequences", "benefits",
                                               "costs", "merits", "pros", "feasibility", "implications", "economic", "practical", "legal", "seriously", "also", "on", "about",
                                               "now", "again", "full", "country", "republic",
                                               // "would examine the question of joining", "studied the issue of its accession".
                                               "question", "issue", "matter",
                                               // "is studying the possibility of obtaining observer status".
                                               "obtaining", "receiving", "gaining", "acquiring", "getting", "seeking",
                                               // "discussed the possibility of Belarus becoming a full member".
                                               "becoming"]

    /// Whether a verb of weighing governs the phrase (a ruling of the conventions: weighing a step is no plan), before it
    /// ("Armenia is considering leaving the CSTO"), as a question ("the question of joining"), or, for a noun, in the passive after it ("Tajikistan's accession is being
    /// studied", "a bid to join is under consideration").
    func isWeighed(_ phrase: Phrase, at: Int, end: Int, sentence: Range<Int>) -> Bool {
        var cursor = at - 1
        var weighedNoun = false
        while cursor >= sentence.lowerBound, cursor >= at - 8 {
            if Self.weighing.contains(document.word(cursor)) { return true }
            // "The question of joining the treaty divided the leadership": a step that is a question or issue is debated.
            // "was looking at the possibility of joining", "raised the prospect of leaving": a possibility is no intention,
            // whatever verb names it.
            if ["question", "issue", "matter", "possibility", "prospect", "prospects", "option", "idea"].contains(document.word(cursor)),
               document.word(cursor + 1) == "of" { return true }
            guard Self.weighedStepLead.contains(document.word(cursor)) || document.spanAt[cursor] != nil else { break }
            weighedNoun = weighedNoun || ["possibility", "prospect", "prospects", "option", "options", "idea", "question", "issue", "matter"].contains(document.word(cursor))
            cursor -= 1
        }
        // "discussed the construction of a plant and the prospects of Tajikistan's accession": a verb of weighing earlier in
        // the clause governs the possibility named.
        if weighedNoun {
            let clause = (max(sentence.lowerBound, cursor - 16)...max(sentence.lowerBound, cursor)).reversed().prefix { ![",", ";", ":"].contains(document.word($0)) }
            if clause.contains(where: { Self.weighing.contains(document.word($0)) }) { return true }
        }
        guard phrase.form != .finite, phrase.form != .base else { return false }
        let clause = (end..<min(sentence.upperBound, end + 10)).prefix { ![",", ";", "and", "but", "which", "that"].contains(document.word($0)) }
        return clause.contains { position in
            document.word(position) == "being" && Self.weighing.contains(document.word(position + 1))
                || ["is", "was", "were", "are", "been"].contains(document.word(position)) && Self.weighedPassives.contains(document.word(position + 1))
                || document.word(position) == "under" && ["consideration", "study", "review", "examination"].contains(document.word(position + 1))
        }
    }

    /// Whether the infinitive whose "to" stands at `to` is what others invite or urge a country to do: in the passive ("was
    /// invited to join") or with the country as the object ("urged Tajikistan to join"); not "Uzbekistan asked to join".
    func isInvited(beforeInfinitive to: Int, sentence: Range<Int>) -> Bool {
        // "called upon Moldova to do the same and to leave": a coordinated infinitive is asked for by the first one's verb.
        if document.word(to - 1) == "and",
           let first = (max(sentence.lowerBound, to - 10)..<(to - 1)).reversed().prefix(while: { ![";", ":", "."].contains(document.word($0)) })
            .first(where: { document.word($0) == "to" }) {
            return isInvited(beforeInfinitive: first, sentence: sentence)
        }
        var verb = to - 1
        var object = false
        // "called on Ukraine to follow", also "on Ukraine and other members": the names and the plural nouns coordinated
        // with them are the object.
        while verb > sentence.lowerBound, verb >= to - 8 {
            let word = document.word(verb)
            if let span = document.spanAt[verb], document.spans[span].entity.country != nil {
                verb = document.spans[span].start - 1
                object = true
            } else if ["and", ",", "the", "other", "its", "their", "all", "fellow"].contains(word)
                        || tokens[verb].kind == .word && tokens[verb].isLowercase && word.hasSuffix("s") && !Self.inviting.contains(word)
                        && !["is", "was", "has", "as", "does", "this", "thus"].contains(word) {
                verb -= 1
            } else { break }
        }
        if !object { verb = to - 1 }
        // "called on Ukraine to follow", "appealed to Tajikistan to join": the verb before its preposition.
        if object, ["on", "upon"].contains(document.word(verb)) && ["called", "calls", "call", "calling"].contains(document.word(verb - 1))
            || document.word(verb) == "to" && ["appealed", "appeals", "appeal", "appealing"].contains(document.word(verb - 1)) { verb -= 1 }
        guard verb > sentence.lowerBound, Self.inviting.contains(document.word(verb)) else { return false }
        var auxiliary = verb - 1
        while auxiliary > sentence.lowerBound, Self.adverbs.contains(document.word(auxiliary)) { auxiliary -= 1 }
        return object || ["is", "was", "are", "were", "been", "being", "be"].contains(document.word(auxiliary))
    }

    /// Verbs by which others ask a country to take a step.
    static let inviting: Set<String> = ["invited", "invites", "invite", "inviting", "urged", "urges", "urge", "urging", "encouraged", "encourages",
                                        "encourage", "pressed", "presses", "press", "pressured", "asked", "asks", "ask",
                                        "called", "calls", "call", "calling", "appealed", "appeals", "appeal", "appealing"]

    /// "seek [a] [full] membership", "applied for membership": the index after "membership" and the action.
    /// A country between a verb of granting and "membership" receives it ("a decision granting Belarus full membership").
    func membershipObject(at index: Int, sentence: Range<Int>) -> (end: Int, action: String, recipient: String?)? {
        if let action = Self.membershipNouns[document.word(index)] { return membershipNoun(at: index, action: action, sentence: sentence) }
        let seeking = Self.seekingMembership.contains(document.word(index)), ending = Self.endingMembership.contains(document.word(index))
        guard seeking || ending || Self.gainingMembership.contains(document.word(index)) || Self.grantingMembership.contains(document.word(index)) else { return nil }
        var cursor = index + 1
        // "applied for membership", "gave up its membership".
        if document.word(cursor) == "for" || document.word(cursor) == "up" && document.word(index) == "gave" { cursor += 1 } else if document.word(index) == "gave" { return nil }
        var recipient: String?
        if Self.grantingMembership.contains(document.word(index)), let span = document.entity(at: cursor), let code = span.entity.country {
            recipient = code
            cursor = span.end
        }
        if ["a", "an", "its", "their", "the"].contains(document.word(cursor)) { cursor += 1 }
        while ["full", "fully", "-", "fledged", "permanent", "formal"].contains(document.word(cursor)), cursor < index + 9 { cursor += 1 }
        guard document.word(cursor) == "membership", cursor < sentence.upperBound else { return nil }
        // Membership offered is not yet taken ("Russia offered Armenia membership").
        let offered = document.word(index).hasPrefix("offer")
        return (cursor + 1, seeking || offered ? "plans_to_join" : ending ? "left" : "joined", recipient)
    }

    /// The forms of "admit", whose object is the country admitted.
    static let admittingForms: [String: Form] = ["admit": .base, "admits": .finite, "admitting": .gerund]

    /// "admit Uzbekistan into the organisation", "admitting India as a member": the index after the country admitted, the
    /// form, and the country.
    func admission(at index: Int, sentence: Range<Int>) -> (end: Int, form: Form, country: String)? {
        guard let form = Self.admittingForms[document.word(index)], let span = document.entity(at: index + 1), let code = span.entity.country,
              span.end >= sentence.upperBound || [".", ",", ";", "as", "into", "to", "in", "on", "at", "next", "this", "by", "later"].contains(document.word(span.end)) else { return nil }
        return (span.end, form, code)
    }

    /// Verbs whose subject decides, as the side that admits or grants, on the step they govern: "the heads of state agreed
    /// to admit Uzbekistan", "decided to grant Belarus full membership" is the admission itself, as "a decision granting" is.
    static let voting: Set<String> = ["voted", "votes", "vote", "voting"]
    static let deciding: Set<String> = ["agreed", "agrees", "decided", "decides", "voted", "votes", "resolved", "approved"]

    /// The forms of "follow", which without an object repeat the event before for another country.
    static let followingForms: [String: Form] = ["follow": .base, "follows": .finite, "followed": .finite]

    /// "is expected to follow in May", "followed suit in 2018": the index after the phrase and its form; not with an object
    /// ("followed the talks") or in the passive ("was followed by").
    func following(at index: Int, sentence: Range<Int>) -> (end: Int, form: Form)? {
        guard let form = Self.followingForms[document.word(index)], !["was", "were", "is", "be", "been", "are"].contains(document.word(index - 1)) else { return nil }
        var end = index + 1
        if document.word(end) == "suit" { end += 1 }
        guard end >= sentence.upperBound || [".", ",", ";", "in", "on", "later", "soon", "next", "this", "within", "shortly"].contains(document.word(end)) else { return nil }
        return (end, form)
    }

    /// The present forms that state an event ("joins", "leaves", "becomes"): with a time still to come, a schedule.
    static let presentForms: Set<String> = Set(lexicon.filter { $0.third != $0.past }.map(\.third)).union(["becomes"])

    /// Whether the clause after `end` names a time after the article's date: "next year", "tomorrow", or a month that is
    /// one to six months ahead ("joins on 2 January" in a December article), or this month on a later day.
    func namesAFutureTime(after end: Int, sentence: Range<Int>) -> Bool {
        let clause = (end..<min(sentence.upperBound, end + 10)).prefix { ![",", ";", ".", "and", "but", "which", "that", "when"].contains(document.word($0)) }
        for position in clause {
            if ["next", "tomorrow"].contains(document.word(position)) { return true }
            guard let month = DateWords.month(tokens[position]), let published = document.publishedOn, published.count == 10,
                  let year = Int(published.prefix(4)), let publishedMonth = Int(published.dropFirst(5).prefix(2)), let publishedDay = Int(published.suffix(2)) else { continue }
            let numbers = [position - 1, position + 1, position + 2, position + 3].filter { clause.contains($0) && tokens[$0].kind == .number }.compactMap { Int(tokens[$0].text) }
            if let stated = numbers.first(where: { $0 > 1900 }) { return (stated, month) > (year, publishedMonth) }
            let ahead = (month - publishedMonth + 12) % 12
            if ahead == 0, let day = numbers.first(where: { $0 <= 31 }) { return day > publishedDay }
            return (1...6).contains(ahead)
        }
        return false
    }

    /// "the restoration of the membership of Uzbekistan in the Organization", "the resumption of Armenia's membership", "the
    /// termination of its membership": the index after the phrase (after the country that follows it), the action and the
    /// country named.
    func membershipNoun(at index: Int, action: String, sentence: Range<Int>) -> (end: Int, action: String, recipient: String?)? {
        var cursor = index + 1
        guard document.word(cursor) == "of" else { return nil }
        cursor += 1
        if document.word(cursor) == "the" { cursor += 1 }
        var recipient: String?
        if let span = document.entity(at: cursor), let code = span.entity.country, document.word(span.end) == "'s" {
            recipient = code
            cursor = span.end + 1
        } else if ["its", "their"].contains(document.word(cursor)) {
            cursor += 1
        }
        guard document.word(cursor) == "membership", cursor < sentence.upperBound else { return nil }
        cursor += 1
        if recipient == nil, document.word(cursor) == "of" {
            let lead = document.word(cursor + 1) == "the" ? cursor + 2 : cursor + 1
            if let span = document.entity(at: lead), let code = span.entity.country {
                recipient = code
                cursor = span.end
            }
        }
        return (cursor, action, recipient)
    }

    /// Verbs of taking part, with the word that completes them ("take part", "participate").
    static let foundingVerbs: [String: (completion: String?, form: Form)] = [
        "participate": (nil, .base), "participates": (nil, .finite), "participated": (nil, .finite), "participating": (nil, .gerund),
        "take": ("part", .base), "takes": ("part", .finite), "took": ("part", .finite), "taken": ("part", .finite), "taking": ("part", .gerund),
    ]

    /// "participate in the formation of", "took part in the creation of": taking part in founding an organisation is joining
    /// it (its name follows). The index after "of" and the form of the verb.
    func foundingParticipation(at index: Int, sentence: Range<Int>) -> (end: Int, form: Form)? {
        guard let verb = Self.foundingVerbs[document.word(index)] else { return nil }
        var cursor = index + 1
        if let completion = verb.completion {
            guard document.word(cursor) == completion else { return nil }
            cursor += 1
        }
        guard document.word(cursor) == "in" else { return nil }
        cursor += 1
        if document.word(cursor) == "the" { cursor += 1 }
        guard ["formation", "creation", "establishment", "founding"].contains(document.word(cursor)), document.word(cursor + 1) == "of",
              cursor + 2 < sentence.upperBound else { return nil }
        return (cursor + 2, verb.form)
    }

    /// The forms of "sign": "signed the treaty", "will sign", "put his signature to".
    static let signingForms: [String: Form] = ["sign": .base, "signs": .finite, "signed": .finite, "signing": .gerund,
                                               "put": .finite, "puts": .finite, "putting": .gerund]

    /// "signed", "put his signature to", "put their signatures under": the index after the phrase and its form.
    func signature(at index: Int, sentence: Range<Int>) -> (end: Int, form: Form)? {
        guard let form = Self.signingForms[document.word(index)] else { return nil }
        // "signed up to the treaty" is joining it, a fixed phrase, whoever founded it.
        if ["up", "on"].contains(document.word(index + 1)), document.word(index + 2) == "to" { return nil }
        guard ["put", "puts", "putting"].contains(document.word(index)) else { return (index + 1, form) }
        guard ["his", "her", "their", "its", "the"].contains(document.word(index + 1)), ["signature", "signatures"].contains(document.word(index + 2)),
              ["to", "under", "on"].contains(document.word(index + 3)) else { return nil }
        return (index + 4, form)
    }

    /// Whether the reference lists `country` as a member of `org` that joined after its founders: on a date that is
    /// neither the founding nor the start of operation ("Azerbaijan put his signature to the Collective Security Treaty" in
    /// 1993 accedes; Russia's signature in Tashkent in 1992, or Belarus's on the Treaty on the Eurasian Economic Union, founds).
    func accededLater(_ country: String, to org: String) -> Bool {
        guard let organisation = reference.data.organisations.first(where: { $0.code == org }),
              let joined = reference.data.memberships.first(where: { $0.organisation == org && $0.country == country && $0.role == "member" })?.joined
        else { return false }
        return joined != organisation.founded && joined != organisation.operationalFrom
    }

    /// Nouns of documents that found an organisation or bind its members.
    static let documentNouns: Set<String> = ["agreement", "agreements", "charter", "treaty", "protocol", "documents", "document", "statute", "convention", "accords"]

    /// The organisation whose founding document is the object at `index` ("the Agreement on the Creation of the
    /// Commonwealth of Independent States", "the CIS Charter", "the founding documents of the CIS", "the Collective
    /// Security Treaty"); nil for any other document ("the treaty on Kyrgyzstan's accession", "the trade agreement").
    func foundingDocument(after index: Int, sentence: Range<Int>) -> String? {
        var cursor = index
        if ["the", "its", "a"].contains(document.word(cursor)) { cursor += 1 }
        if let span = document.entity(at: cursor), case let .organisation(code) = span.entity {
            // "the CIS Charter", or a name that is itself a treaty ("the Collective Security Treaty"); not "the CIS agreement on
            // visa-free travel", one of many concluded within it.
            return ["charter", "statute"].contains(document.word(span.end)) || Self.documentNouns.contains(document.word(span.end - 1)) ? code : nil
        }
        while ["founding", "constituent", "basic"].contains(document.word(cursor)) { cursor += 1 }
        guard Self.documentNouns.contains(document.word(cursor)) else { return nil }
        cursor += 1
        switch document.word(cursor) {
        case "of", "establishing", "creating", "founding": cursor += 1
        case "underlying", "underpinning", "behind":
            // "the agreements underlying the country's membership of the CIS": named by the membership they found.
            cursor += 1
            if document.word(cursor) == "the" { cursor += 1 }
            if ["its", "their"].contains(document.word(cursor)) {
                cursor += 1
            } else if let span = document.entity(at: cursor), span.entity.country != nil, document.word(span.end) == "'s" {
                cursor = span.end + 1
            } else if ["country", "republic", "state"].contains(document.word(cursor)), document.word(cursor + 1) == "'s" {
                cursor += 2
            }
            guard document.word(cursor) == "membership", ["of", "in"].contains(document.word(cursor + 1)) else { return nil }
            cursor += 2
        case "on":
            // "the Agreement on the Creation of the CIS", "the Treaty on the Eurasian Economic Union".
            cursor += 1
            if document.word(cursor) == "the" { cursor += 1 }
            if ["creation", "establishment", "formation", "founding"].contains(document.word(cursor)), document.word(cursor + 1) == "of" { cursor += 2 }
        default: return nil
        }
        if document.word(cursor) == "the" { cursor += 1 }
        // Not "the agreement on the CIS free trade zone".
        guard cursor < sentence.upperBound, let span = document.entity(at: cursor), case let .organisation(code) = span.entity,
              !modifiesAHeadNoun(span.end, sentence: sentence) else { return nil }
        return code
    }

    /// Organisations coordinated with the verb's object ("left GUAM and the EurAsEC", "withdrew from the CIS and the
    /// Collective Security Treaty"): each is the object too.
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
            skipDate()
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
        if ["the", "this", "that", "its", "a", "an"].contains(document.word(next)) { next += 1 }
        let isOrganisation = { () -> Bool in if let span = self.document.entity(at: next), case .organisation = span.entity { return true }; return false }()
        guard isOrganisation || ["treaty", "pact", "agreement", "convention", "organisation", "organization", "union", "community", "commonwealth"].contains(document.word(next)) else { return nil }
        return (cursor + 2, object)
    }

    /// "the six republics", "the three states", "both countries" before the verb at `index`: the last as many distinct
    /// countries named before (in the sentence or earlier), when the text lists that many.
    func pluralSubject(before index: Int, sentence: Range<Int>) -> [String]? {
        var cursor = index - 1
        // Over the words that govern the verb: "both countries intend to join", "the two states have decided to leave".
        while cursor > sentence.lowerBound, cursor >= index - 8,
              ["have", "had", "has", "also", "all", "then", "thus", "together", "jointly"].contains(document.word(cursor))
                || Self.governingWords.contains(document.word(cursor)) && document.word(cursor) != "in" { cursor -= 1 }
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

    /// "[will|did] not extend|renew|prolong its participation|membership": the index after the noun, and the form the
    /// auxiliary before "not" gives (a modal: a plan; "did", "has": done).
    func notRenewed(at index: Int, sentence: Range<Int>) -> (end: Int, form: Form)? {
        guard ["extend", "renew", "prolong", "extended", "renewed", "prolonged"].contains(document.word(index + 1)),
              ["its", "their"].contains(document.word(index + 2)), ["participation", "membership"].contains(document.word(index + 3)) else { return nil }
        let auxiliary = document.word(index - 1)
        if Self.prospectWords.contains(auxiliary), tokens[index - 1].text != "May" { return (index + 4, .base) }
        return ["did", "does", "has", "have", "had"].contains(auxiliary) ? (index + 4, .finite) : nil
    }

    /// The forms of "cease" and "stop", which with "to be" or "being" and a member noun state leaving.
    static let ceasingForms: [String: Form] = ["cease": .base, "ceases": .finite, "ceased": .finite, "ceasing": .gerund,
                                               "stop": .base, "stops": .finite, "stopped": .finite, "stopping": .gerund]

    /// "ceased to be", "stopped being": the index of "be" or "being" after the verb at `index`.
    func ceasingToBe(at index: Int) -> Int? {
        if document.word(index + 1) == "to", document.word(index + 2) == "be" { return index + 2 }
        return document.word(index + 1) == "being" ? index + 1 : nil
    }

    /// The forms of "become", which with a member noun states joining.
    static let becomeForms: Set<String> = ["become", "becomes", "became", "becoming"]

    /// How a form of "become" states its event: "becoming" is a gerund; "become" a prospect after "to" or a modal, done after
    /// "has" or "have" ("has become the tenth member") or as a plural present ("Belarus and Kazakhstan become members").
    func becomeForm(at index: Int, sentence: Range<Int>) -> Form {
        switch document.word(index) {
        case "becoming": return .gerund
        case "become":
            var previous = index - 1
            while previous > sentence.lowerBound, Self.adverbs.contains(document.word(previous)) { previous -= 1 }
            return previous >= sentence.lowerBound && Self.prospectWords.contains(document.word(previous)) && tokens[previous].text != "May" ? .base : .fixed
        default: return .fixed
        }
    }

    /// "[an|the] [ORG's|the bloc's] [first] observer [state] [of ORG]" after a form of "become" at `index`: the organisation
    /// named inside or right after the phrase, if any, and the index after the observer noun.
    func organisationObserver(after index: Int, sentence: Range<Int>) -> (String?, Int)? {
        var cursor = index + 1
        // "Uzbekistan and Cuba have become observer states of the union": the plural stands without its article.
        if document.word(cursor) == "observers" || document.word(cursor) == "observer" && ["states", "countries"].contains(document.word(cursor + 1)) {
            cursor += document.word(cursor) == "observers" ? 1 : 2
            var code: String?
            if ["of", "in"].contains(document.word(cursor)) {
                let lead = document.word(cursor + 1) == "the" ? cursor + 2 : cursor + 1
                if let span = document.entity(at: lead), case let .organisation(name) = span.entity { code = name; cursor = span.end }
            }
            return (code, cursor)
        }
        guard ["an", "the"].contains(document.word(cursor)) else { return nil }
        cursor += 1
        var code: String?
        if let span = document.entity(at: cursor), case let .organisation(name) = span.entity, document.word(span.end) == "'s" {
            code = name
            cursor = span.end + 1
        } else if Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(cursor)), document.word(cursor + 1) == "'s" {
            cursor += 2
        }
        while cursor < index + 8, document.word(cursor) == "first" || NumberWords.ordinalWords[document.word(cursor)] != nil { cursor += 1 }
        cursor = afterNumericOrdinal(cursor)
        guard document.word(cursor) == "observer", cursor < sentence.upperBound else { return nil }
        cursor += 1
        if ["state", "country"].contains(document.word(cursor)) { cursor += 1 }
        if code == nil, ["of", "in"].contains(document.word(cursor)) {
            let lead = document.word(cursor + 1) == "the" ? cursor + 2 : cursor + 1
            if let span = document.entity(at: lead), case let .organisation(name) = span.entity { code = name; cursor = span.end }
        }
        return (code, cursor)
    }

    /// The index after an ordinal in figures at `index` ("the 10th full member"), else `index`.
    func afterNumericOrdinal(_ index: Int) -> Int {
        guard index < tokens.count, tokens[index].text.first?.isNumber == true, let read = NumberWords.read(tokens, at: index), read.ordinal else { return index }
        return read.end
    }

    /// "[a|the] [full] [ORG] member[s] [state[s]]" after a form of "become" at `index` ("became an SCO member", "became the
    /// SCO's ninth member", "has become the tenth full member of", "became full members of"): the organisation named inside
    /// the phrase, if any (else the object after it), and the index after the member noun.
    func organisationMember(after index: Int, sentence: Range<Int>) -> (String?, Int)? {
        var cursor = index + 1
        let article = ["a", "an", "the"].contains(document.word(cursor))
        if article { cursor += 1 }
        var code: String?
        if let span = document.entity(at: cursor), case let .organisation(name) = span.entity, document.word(span.end) == "'s" {
            code = name
            cursor = span.end + 1
        } else if article, Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(cursor)), document.word(cursor + 1) == "'s" {
            // "became the bloc's tenth member": the organisation comes from the text, as for the observer.
            cursor += 2
        }
        cursor = afterNumericOrdinal(cursor)
        while cursor < index + 8, ["full", "fully", "permanent", "-", "fledged", "newest", "latest", "new", "founding", "original"].contains(document.word(cursor)) || NumberWords.ordinalWords[document.word(cursor)] != nil {
            cursor += 1
        }
        if code == nil, let span = document.entity(at: cursor), case let .organisation(name) = span.entity {
            code = name
            cursor = span.end
        }
        guard cursor < sentence.upperBound else { return nil }
        let noun = document.word(cursor)
        // A singular member noun needs its article ("became a member"); the plural stands alone ("became members of") or
        // after "the" ("became the founding members of").
        guard ["member", "member-state"].contains(noun) && (article || code != nil)
                || ["members", "member-states"].contains(noun) && (!article || document.word(index + 1) == "the") else { return nil }
        cursor += 1
        if ["state", "states", "country", "countries"].contains(document.word(cursor)) { cursor += 1 }
        // Without the organisation inside, "of" or "in" names it ("became members of the EAEU", "of the union"), or nothing
        // but a time or place follows ("which became a founding member at the meeting, declared the establishment of the
        // SCO", "of which it became a member in 2001"): the organisation comes from the clause or the text.
        if code == nil, !["of", "in", ",", ".", ";", "at", "on", "last", "this", "after", "when", "from"].contains(document.word(cursor)), cursor < sentence.upperBound { return nil }
        return (code, cursor)
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
                                                             // "refused to sign the protocol and thereby withdrew from it": the consequence is stated.
                                                             "thereby", "thus", "hence",
                                                             "said", "says", "announced", "announces", "stated", "added", "confirmed", "warned"]

    /// Attitudes that, in the conditional ("would welcome", "could support"), suppose the event they govern.
    static let conditionalAttitudes: Set<String> = ["welcome", "support", "favour", "favor", "back", "endorse", "applaud", "appreciate", "like", "accept", "respect"]

    /// Words that negate, deny or suppose the event of their clause.
    static let negators: Set<String> = ["not", "never", "n't", "no", "neither", "nor", "refused", "refuses", "refuse", "declined", "declines",
                                        "rejected", "rejects", "reject", "denied", "denies", "deny", "dismissed", "dismisses", "ruled", "rules",
                                        // "has so far refrained from seeking full membership", "abstained from joining".
                                        "refrained", "refrains", "refrain", "refraining", "abstained", "abstains", "abstain", "avoided", "avoids", "avoid",
                                        "if", "unless", "whether", "hypothetical", "hypothetically", "rumours", "rumors", "speculation", "against"]

    /// Whether the clause leading to the verb at `index` negates or supposes it. The clause runs back to a comma, a
    /// semicolon, "but" or a relative pronoun; a "that" clause stays in the scope of the verb governing it ("denied that").
    /// `pastTense` says the verb's form is past and not its base ("left", "withdrew").
    func isNegatedOrHypothetical(_ index: Int, sentence: Range<Int>, pastTense: Bool = false) -> Bool {
        // "refused to sign the protocol and left the treaty": a past form right after "and" cannot share the infinitive, so a
        // refusal of that infinitive does not reach it.
        let coordinatedPast = pastTense && document.word(index - 1) == "and"
        var cursor = index - 1
        while cursor >= sentence.lowerBound {
            let word = document.word(cursor)
            // "Uzbekistan is not present: it suspended its membership in 2012": a colon opens a clause of its own.
            if [",", ";", ":", "but", "which", "who", "while", "whereas", "although", "(", "after", "since", "before", "when"].contains(word) { break }
            // "refused to sign it and will drop out of the pact": a second predicate, coordinated by "and" and led by an
            // auxiliary, is outside the first one's negation.
            if word == "and", Self.coordinatedPredicateLeads.contains(document.word(cursor + 1)) { break }
            // "Were Ukraine ever to leave the CIS, ...", "Should Kyrgyzstan quit the union", "Had Georgia joined earlier": an
            // auxiliary before its subject at the head of a clause is a condition, as "if" is.
            if ["were", "should", "had"].contains(word), cursor == sentence.lowerBound || tokens[cursor - 1].kind != .word,
               cursor + 1 < sentence.upperBound, tokens[cursor + 1].isCapitalized { return true }
            // "Moscow would welcome a decision by Dushanbe to join": a conditional attitude of another party supposes the event.
            if Self.conditionalAttitudes.contains(word), ["would", "could", "might"].contains(document.word(cursor - 1)) || ["would", "could"].contains(document.word(cursor - 2)) && (Self.adverbs.contains(document.word(cursor - 1)) || document.word(cursor - 1).hasSuffix("ly")) { return true }
            // "Answering a question about possible accession", "asked about Tajikistan's joining": a question names the event,
            // it does not report it ("the question of accession" is the debate, a prospect).
            if ["question", "questions"].contains(word) && ["about", "on", "regarding", "concerning"].contains(document.word(cursor + 1))
                || word == "asked" && document.word(cursor + 1) == "about" { return true }
            if Self.negators.contains(word) {
                // "no longer" states the leaving; "ruled" only in "ruled out"; "not only".
                if word == "no", document.word(cursor + 1) == "longer" { cursor -= 1; continue }
                if ["ruled", "rules"].contains(word), document.word(cursor + 1) != "out" { cursor -= 1; continue }
                if word == "not", document.word(cursor + 1) == "only" { cursor -= 1; continue }
                // "did not sign the protocol and left the treaty": "did not" governs a base form, so a past form after "and" is
                // a predicate of its own ("has not signed and ratified it" shares its participle, and stays negated).
                if coordinatedPast, document.word(cursor + 1) == "to" || ["not", "n't"].contains(word) && ["did", "does", "do"].contains(document.word(cursor - 1)) {
                    cursor -= 1; continue
                }
                return true
            }
            cursor -= 1
        }
        return false
    }

    /// Whether a nominalised event is a consequence supposed ("the law would be the beginning of Armenia's exit", "could mean
    /// Georgia's withdrawal") or an appraisal by a speaker ("Moscow regarded the bill as the start of Yerevan's exit"): neither
    /// states the step, nor the country's plan.
    func isSupposedOrAppraised(_ index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, cursor >= index - 14 {
            let word = document.word(cursor)
            if [",", ";", ":", "which", "who", "while", "but", "and", "that"].contains(word) { return false }
            if ["be", "mean", "signal", "spell", "amount"].contains(word), ["would", "could", "might", "may"].contains(document.word(cursor - 1)) { return true }
            if word == "as", (max(sentence.lowerBound, cursor - 6)..<cursor).contains(where: { Self.appraising.contains(document.word($0)) }) { return true }
            // "Peskov called the law \"the beginning of Armenia's exit\"": a verb of naming whose object comes first makes the
            // step its complement, an appraisal ("called for Armenia's exit" is a demand; "called Armenia's exit a mistake"
            // names the step itself).
            if Self.naming.contains(word), !["for", "on", "upon", "to", "off", "in"].contains(document.word(cursor + 1)),
               (cursor + 1..<index).contains(where: { ["the", "a", "an"].contains(document.word($0)) }) { return true }
            cursor -= 1
        }
        return false
    }

    /// Verbs that name a thing as a speaker sees it, without "as" ("called the law the beginning of its exit").
    static let naming: Set<String> = ["called", "calls", "call", "calling", "termed", "terms", "dubbed", "labelled", "labeled"]

    /// Verbs that take "as" for how a speaker sees a thing ("regarded the bill as").
    static let appraising: Set<String> = ["regarded", "regards", "regard", "viewed", "views", "view", "saw", "sees", "see", "described", "describes", "describe",
                                          "characterized", "characterised", "interpreted", "interprets", "perceived", "perceives"]

    /// Whether a condition follows the verb in its clause: "would like Moldova to join the union if his party wins", "will
    /// leave the CSTO unless ...", "could quit provided that ...". The clause ends at a comma, a semicolon or a conjunction.
    func isConditionedAfter(_ end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        while cursor < sentence.upperBound {
            let word = document.word(cursor)
            if [",", ";", ":", ".", "but", "and", "which", "who", "while", "when", "after", "before", "since", "because", "as"].contains(word) { return false }
            if ["if", "unless"].contains(word) || ["provided", "providing"].contains(word) && document.word(cursor + 1) == "that" { return true }
            cursor += 1
        }
        return false
    }

    /// The organisation the verb acts on: one a referring noun right after or before it stands for
    /// ("joining the union", "the union's first observer state", "which Armenia joined"), else the first
    /// named after it in the clause.
    func organisation(near at: Int, end: Int, sentence: Range<Int>, references: Coreference) -> String? {
        // "suspended Uzbekistan's membership in the organization": the owner's name and "'s" take two more tokens than "its".
        let owner = document.entity(at: end).flatMap { $0.entity.country != nil && document.word($0.end) == "'s" ? $0 : nil }
        let after = end..<min(sentence.upperBound, end + 5 + (owner.map { $0.end + 1 - end } ?? 0))
        // "admitted to the association, which from now on will be called GUUAM", "members of a forum which diplomats call
        // GUAM": a generic noun is the organisation a clause after it names.
        if let noun = after.first(where: { Self.namedNouns.contains(document.word($0)) && document.entity(at: $0) == nil }),
           let code = organisation(namedByClauseAfter: noun, sentence: sentence) {
            return code
        }
        // "has frozen its participation, although it has not left": "it" after a comma opens another clause.
        // "joined the Organization of Turkic States": a capitalized noun heading an unknown name refers to nothing named before.
        if let noun = after.first(where: { Coreference.organisationNouns.contains(document.word($0)) }), document.entity(at: noun) == nil,
           !(tokens[noun].isCapitalized && document.word(noun + 1) == "of" && noun + 2 < sentence.upperBound && tokens[noun + 2].isCapitalized && document.entity(at: noun + 2) == nil),
           !after.prefix(while: { $0 < noun }).contains(where: { position in
               owner.map { $0.start <= position && position < $0.end } != true && document.entity(at: position) != nil
                   || document.word(noun) == "it" && document.word(position) == ","
           }) {
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
            let previous = document.sentences.last { $0.upperBound <= sentence.lowerBound }
                .flatMap { document.paragraph(containing: sentence.lowerBound).contains($0.lowerBound) ? $0.lowerBound : nil } ?? sentence.lowerBound
            if ["bloc", "grouping", "group", "alliance"].contains(document.word(noun)),
               let named = document.entities(in: previous..<at).last(where: { span in
                   if case .organisation = span.entity { !Coreference.modifiedNouns.contains(document.word(span.end)) } else { false }
               }), case let .organisation(code) = named.entity {
                return code
            }
            if ["bloc", "grouping", "group", "alliance"].contains(document.word(noun)), let code = organisation(namedByFoundersIn: previous..<at) { return code }
            return references.organisation(referredToBy: noun)
        }
        // "joined in April 1999, at a meeting held during NATO's 50th-anniversary summit": a name that only owns a meeting is
        // no object.
        for span in document.entities(in: end..<min(sentence.upperBound, end + 10)) {
            // "withdrew from the talks on the CSTO budget": a meeting before the name is the object, the name only its topic.
            if (end..<span.start).contains(where: isAMeetingAbout) { break }
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
            return references.organisation(referredToBy: noun)
        }
        // "The SCO granted Belarus observer status", "The CSTO admitted Uzbekistan": the organisation is the clause's subject.
        if ["observer"].contains(document.word(at)) || ["admitted", "granted", "accepted"].contains(document.word(at - 1)) || ["admitted", "accepted"].contains(document.word(at)) || Self.grantingMembership.contains(document.word(at)) {
            let clause = (sentence.lowerBound..<at).reversed().prefix { ![";", "but", "which", "while"].contains(document.word($0)) }
            for index in clause {
                // "At the SCO summit, Belarus was granted observer status": a summit grants the status, not membership.
                if let span = document.entity(at: index), case let .organisation(code) = span.entity,
                   document.word(at) == "observer" || !Coreference.modifiedNouns.contains(document.word(span.end)) { return code }
            }
        }
        return nil
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
                  !["and", "or", "plus", "together", "along", "with", "as", "including", "but"].contains(document.word(open + 1)) {
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
        let clauseStart = (sentence.lowerBound..<index).last { document.word($0) == ";" }.map { $0 + 1 } ?? sentence.lowerBound
        let before = document.entities(in: clauseStart..<index).compactMap { span -> (code: String, span: EntitySpan)? in
            // A dateline's place ("MOSCOW, May 5 (Interfax) -") is where the news was filed, not a subject.
            if span.start == 0 || tokens[span.start].newlinesBefore > 0, tokens[span.start].isAllCaps, case .country(_, .capital) = span.entity { return nil }
            if skipObjects, isObject(span) { return nil }
            if let code = span.entity.country { return (code, span) }
            if case let .person(name, _) = span.entity, let code = document.personCountries[name] { return (code, span) }
            return nil
        }
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
                let between = (previous.span.end..<last.span.start).map { document.word($0) }.filter { !["the", "republic", "of"].contains($0) }
                // "Azerbaijan, together with Georgia and Uzbekistan, left": companions before the verb act too.
                let companion = between == [",", "together", "with"] || between == [",", "along", "with"] || between == ["together", "with"] || between == ["along", "with"]
                // "and" links only the list's last two names: "... by Russia, Belarus and Kazakhstan, and Armenia joined" is
                // two clauses, and Armenia alone joined.
                // "met in Kiev, and Uzbekistan joined": a place after a preposition ends another clause.
                let closesAList = (between == ["and"] || between == [",", "and"] && !isObject(previous.span)) && result.count == 1
                if closesAList, position > 0, (before[position - 1].span.end..<previous.span.start).contains(where: { document.word($0) == "and" }) { break }
                guard closesAList || between == [","] && result.count > 1 || companion else { break }
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
        if opensClause || ["after", "since", "before", "upon", "by", "having"].contains(document.word(sentence.lowerBound)),
           let comma = (end..<sentence.upperBound).first(where: { document.word($0) == "," }) {
            if let subject = document.entities(in: (comma + 1)..<min(sentence.upperBound, comma + 3)).first(where: { $0.entity.country != nil }) {
                return [subject.entity.country!]
            }
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
        for span in document.entities(in: end..<sentence.upperBound) {
            guard let code = span.entity.country else { continue }
            // "joining the Customs Union of Russia, Belarus and Kazakhstan": countries completing the organisation's name are
            // its members, not the subject.
            if previousEnd == nil, document.word(span.start - 1) == "of",
               document.spanAt[span.start - 2].map({ if case .organisation = document.spans[$0].entity { true } else { false } }) ?? false { break }
            // "talks on joining resumed with Russia and Belarus": a partner in the talks is not the one who joins.
            if previousEnd == nil, ["with", "between", "against", "among"].contains(document.word(span.start - 1)) { break }
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
}

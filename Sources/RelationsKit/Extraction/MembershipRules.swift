/// Membership events: a country joined, left, suspended, froze or plans to leave or join an organisation,
/// or was granted observer status ("Kiev earlier announced the plans to quit CIS";
/// "Armenia has frozen its participation in the CSTO").
///
/// Read clause by clause: a membership verb or noun from the lexicon (by lemma, in any inflection) or one of a few idioms
/// is found; checks drop what is no event (negated, asked, a status, another object); `isPlanned` decides done or planned
/// from the form and the words that govern it; `organisation(of:)` and `subject(of:)` find the object and the countries
/// from the clause's structure. Plain token patterns, no parser: each mechanism is pinned by invented sentences in
/// `Tests/RelationsKitTests/*Membership*Tests.swift`.
///
/// This file holds the lexicon and the pass over the clauses; the rest is in `MembershipRules+*.swift`: the status held
/// since a date, marked by an anniversary, dated in brackets in a list of members or taken part in as an observer from a
/// start (`+Status`), an organisation's growth told as its history (`+History`), what makes a phrase no event (`+Context`), the organisation (`+Organisation`), the countries
/// (`+Subject`), done or planned (`+Mood`) and the phrases beyond the lexicon (`+Phrases`).
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
        // "the joining of India and Pakistan as full members": the gerund as a noun, its states after "of", as for "accession of".
        Lexeme(base: "join", third: "joins", past: "joined", participle: "joined", gerund: "joining", action: "joined", nouns: [["joining", "of"]]),
        Lexeme(base: "rejoin", third: "rejoins", past: "rejoined", participle: "rejoined", gerund: "rejoining", action: "joined"),
        Lexeme(base: "accede", third: "accedes", past: "acceded", participle: "acceded", gerund: "acceding", particle: ["to"], action: "joined",
               // "a declaration on Armenia's accession into the Customs Union": "into" as "to".
               nouns: [["accession", "to"], ["accession", "into"], ["accession", "of"], ["admission", "to"], ["admission", "into"], ["admission", "of"], ["accession"], ["admission"]]),
        Lexeme(base: "return", third: "returns", past: "returned", participle: "returned", gerund: "returning", particle: ["to"], action: "joined"),
        // "came back to the CSTO in 2006": like "return", only with the organisation right after it.
        Lexeme(base: "come", third: "comes", past: "came", participle: "come", gerund: "coming", particle: ["back", "to"], action: "joined"),
        Lexeme(base: "enter", third: "enters", past: "entered", participle: "entered", gerund: "entering", action: "joined"),
        Lexeme(base: "leave", third: "leaves", past: "left", participle: "left", gerund: "leaving", action: "left"),
        // "Georgia departed the CIS in 2009", "before Georgia departed in 2008", "its departure from the CIS": read like "leave"
        // (the organisation itself as the object, after an optional "from"; without one, dated by a year).
        Lexeme(base: "depart", third: "departs", past: "departed", participle: "departed", gerund: "departing", action: "left", nouns: [["departure", "from"]]),
        Lexeme(base: "quit", third: "quits", past: "quit", participle: "quit", gerund: "quitting", action: "left"),
        Lexeme(base: "exit", third: "exits", past: "exited", participle: "exited", gerund: "exiting", action: "left", nouns: [["exit", "from"]]),
        Lexeme(base: "withdraw", third: "withdraws", past: "withdrew", participle: "withdrawn", gerund: "withdrawing", particle: ["from"], action: "left",
               nouns: [["withdrawal", "from"], ["withdrawal", "of"], ["withdrawal"]]),
        // "Moldova has started the procedure for secession from the CIS": a state's secession from an organisation is its withdrawal.
        Lexeme(base: "secede", third: "secedes", past: "seceded", participle: "seceded", gerund: "seceding", particle: ["from"], action: "left",
               nouns: [["secession", "from"]]),
        // "their intention to abandon the treaty", "Georgia abandoned the CSTO": the organisation itself as the object.
        Lexeme(base: "abandon", third: "abandons", past: "abandoned", participle: "abandoned", gerund: "abandoning", action: "left"),
        Lexeme(base: "pull", third: "pulls", past: "pulled", participle: "pulled", gerund: "pulling", particle: ["out", "of"], action: "left"),
        Lexeme(base: "drop", third: "drops", past: "dropped", participle: "dropped", gerund: "dropping", particle: ["out", "of"], action: "left"),
        Lexeme(base: "denounce", third: "denounces", past: "denounced", participle: "denounced", gerund: "denouncing", action: "left",
               nouns: [["denunciation", "of"]], onDocument: true),
        Lexeme(base: "ratify", third: "ratifies", past: "ratified", participle: "ratified", gerund: "ratifying", action: "joined",
               nouns: [["ratification", "of"]], onDocument: true),
        Lexeme(base: "suspend", third: "suspends", past: "suspended", participle: "suspended", gerund: "suspending", action: "suspended", nouns: [["suspension"]]),
        Lexeme(base: "freeze", third: "freezes", past: "froze", participle: "frozen", gerund: "freezing", action: "froze"),
    ]

    /// Every form of the named lexemes, and the first word of each of their nouns ("accede" → accede, accedes, acceded,
    /// acceding, accession, admission).
    static func forms(of bases: Set<String>) -> Set<String> {
        Set(lexicon.filter { bases.contains($0.base) }.flatMap { [$0.base, $0.third, $0.past, $0.participle, $0.gerund] + $0.nouns.compactMap(\.first) })
    }

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
        (["a", "fully", "-", "fledged", "member"], "joined"), (["fully", "-", "fledged", "member"], "joined"),
        // "the bloc expanded when Egypt and Iran became members", "officially became full members in 2024": the noun without its
        // "of", the organisation the sentence or the text is about (read by `organisation(of:)`).
        (["became", "members"], "joined"), (["became", "full", "members"], "joined"), (["became", "full", "-", "fledged", "members"], "joined"),
        (["observer", "status"], "observer"), (["status", "of", "observer"], "observer"), (["became", "an", "observer"], "observer"),
        (["status", "of", "an", "observer"], "observer"), (["status", "of", "observer", "state"], "observer"),
        // Applications: "submit its application for membership", "a membership application".
        (["application", "for", "membership"], "plans_to_join"), (["applications", "for", "membership"], "plans_to_join"),
        (["membership", "application"], "plans_to_join"), (["membership", "bid"], "plans_to_join"), (["bid", "for", "membership"], "plans_to_join"),
        (["application", "to", "join"], "plans_to_join"),
        // The SCO's accession step: "signed a memorandum of obligations for SCO membership", "a memorandum of commitment to the SCO".
        (["memorandum", "of", "obligations"], "plans_to_join"), (["memorandum", "on", "obligations"], "plans_to_join"),
        (["memorandum", "of", "commitment"], "plans_to_join"), (["memorandum", "of", "commitments"], "plans_to_join"),
        (["memoranda", "of", "obligations"], "plans_to_join"), (["memorandum", "of", "obligation"], "plans_to_join"),
        (["memorandum", "on", "obligation"], "plans_to_join"),
        (["became", "a", "member", "state"], "joined"),
        // An event taking effect takes its action from its subject noun ("Armenia's membership of the EAEU took effect",
        // "the withdrawal entered into force"); see `effectAction`.
        (["took", "effect"], "effect"), (["takes", "effect"], "effect"), (["entered", "into", "force"], "effect"), (["came", "into", "force"], "effect"),
        (["became", "effective"], "effect"),
        // Participation halted: "halted its participation", "stopped participating in".
        (["halted"], "suspended"), (["halts"], "suspended"), (["stopped"], "suspended"), (["ceased", "participation"], "suspended"),
        (["accepted", "into"], "joined"), (["accepted", "as"], "joined"), (["accepted"], "joined"), (["ceased"], "suspended"),
        // Admission worded as a reception: "were welcomed into the alliance", "was inducted into the bloc", "ushered into".
        (["welcomed", "into"], "joined"), (["inducted", "into"], "joined"), (["ushered", "into"], "joined"), (["admitted", "into"], "joined"),
        // "were welcomed as new members", "was welcomed as a participating State": the role after "as" decides (`receptionRoles`).
        (["welcomed", "as"], "joined"),
    ] + ["declined", "refused"].flatMap { verb in
        // A treaty's term not extended: "In 1999 Tashkent declined to extend the Collective Security Treaty".
        ["extend", "prolong", "renew"].map { ([verb, "to", $0], "left") }
    } + choosingNotToExtend + NumberWords.ordinalWords.keys.flatMap { ordinal in
        // "became the tenth member of the SCO", "became the fifth full member".
        [(["became", "the", ordinal, "member"], "joined"), (["became", "the", ordinal, "full", "member"], "joined"), (["become", "the", ordinal, "member"], "joined"),
         // "the union now has four members, and Kyrgyzstan is expected to become the fifth": the noun elided.
         (["became", "the", ordinal], "joined"), (["become", "the", ordinal], "joined")]
    }).map { Phrase(words: $0.0, action: $0.1) }
        + [Phrase(words: ["become", "a", "member"], action: "joined", form: .base), Phrase(words: ["become", "a", "full", "member"], action: "joined", form: .base),
           // "signed up to the Collective Security Treaty", "has signed on to the pact": joining, not a founder's signature.
           Phrase(words: ["sign", "up", "to"], action: "joined", form: .base), Phrase(words: ["sign", "on", "to"], action: "joined", form: .base)]
        + [["signed", "up", "to"], ["signed", "on", "to"], ["signs", "up", "to"], ["signs", "on", "to"]].map { Phrase(words: $0, action: "joined") }

    /// Declining worded as a choice: "they decided not to extend the treaty", "chose not to renew their participation" (the
    /// object checked by `extendsAMembership`).
    static let choosingNotToExtend: [([String], String)] = ["decided", "chose", "opted"].flatMap { (verb: String) -> [([String], String)] in
        ["extend", "prolong", "renew"].map { (term: String) -> ([String], String) in ([verb, "not", "to", term], "left") }
    }

    static let phrases: [Phrase] = lexiconPhrases + fixedPhrases + hyphenatedReturns

    /// Returns written with a hyphenated "re-", which the tokenizer splits ("re-entered the CSTO", "re-joined the
    /// organisation in 2006", "but re-entered in 2006" after an exit): "re-join" reads as "rejoin", "re-enter" as "return"
    /// (the organisation after it, or an exit before it in its sentence).
    static let hyphenatedReturns: [Phrase] = [
        (["re-enter"], Form.base, "return"), (["re-enters", "re-entered"], .finite, "return"), (["re-entering"], .gerund, "return"),
        (["re-join"], .base, "rejoin"), (["re-joins", "re-joined"], .finite, "rejoin"), (["re-joining"], .gerund, "rejoin"),
        (["re-admitted"], .fixed, nil),
    ].flatMap { (surfaces: [String], form: Form, lemma: String?) -> [Phrase] in
        surfaces.map { surface in
            let parts = surface.split(separator: "-").map(String.init)
            return Phrase(words: [parts[0], "-", parts[1]], action: "joined", form: form, lemma: lemma)
        }
    }

    static let triggerFilter = WordFilter(triggerWords)

    /// Every word that can start an event: a phrase's first word, "become" and "making" (an organisation or a treaty inside
    /// the phrase), verbs taking membership as their object, and verbs whose particle a relative clause fronts.
    static let triggerWords: Set<String> = Set(phrases.map { $0.words[0] })
        .union(["become", "became", "becomes", "becoming", "making", "made", "makes", "make"])
        .union(foundingVerbs.keys).union(signingForms.keys).union(seekingMembership).union(submittingApplication).union(gainingMembership).union(grantingMembership).union(endingMembership).union(particleVerbs.keys)
        .union(endingParticipation.keys).union(recallingRepresentatives.keys).union(admittingForms.keys).union(followingForms.keys).union(membershipNouns.keys)
        .union(ceasingForms.keys).union(["not", "n't"]).union(admittingDocuments).union(approvingForms.keys).union(applicationNouns)

    /// Lemmas that are membership only with a founding document as their object ("ratify", "denounce").
    static let documentLemmas: Set<String> = Set(lexicon.filter(\.onDocument).map(\.base))

    /// Words that make the next verb a prospect ("to leave", "would withdraw", "will join").
    static let prospectWords: Set<String> = ["to", "will", "would", "shall", "could", "may", "might", "can", "must", "'ll"]
    /// Modals of possibility: the step they govern is supposed, neither planned nor taken ("might eventually leave", "could
    /// leave when the time comes", "may join it when they are ready").
    static let possibilityModals: Set<String> = ["could", "may", "might", "can"]
    /// Adverbs that may stand between a modal and its verb ("would also leave", "will formally withdraw").
    static let adverbs: Set<String> = ["also", "subsequently", "officially", "formally", "finally", "eventually", "soon", "then", "fully", "immediately", "later", "actually", "effectively"]
    /// Nouns and verbs in "-ly" that are no adverbs.
    static let nonAdverbsInLy: Set<String> = ["family", "families", "rally", "apply", "reply", "supply", "assembly", "ally", "italy", "july", "monopoly", "anomaly",
                                             "comply", "multiply", "rely", "belly", "jelly", "folly", "holly", "bully", "tally", "sally", "dolly"]
    /// Whether the word at `index` is an adverb that may stand between a modal and its verb: a listed one, or a lower-case
    /// word in "-ly" ("Ukraine will inevitably become a member", "would eventually leave", "will likely join", "will
    /// gradually withdraw"): the modal still governs the verb.
    func isAdverb(_ index: Int) -> Bool {
        let word = document.word(index)
        if Self.adverbs.contains(word) { return true }
        return word.count > 4 && word.hasSuffix("ly") && index < tokens.count && tokens[index].isLowercase && !Self.nonAdverbsInLy.contains(word)
    }

    /// Nouns of a process that make an accession, a joining or an exit a prospect ("the process of the country's
    /// accession", "accession talks", "launching the withdrawal procedure").
    static let prospectNouns: Set<String> = ["process", "launching", "launch", "launched", "start", "started", "starting", "talks", "negotiations",
                                              "bid", "application", "road", "path", "prospect", "prospects", "possible", "possibility", "potential",
                                              "future", "conditions", "criteria", "roadmap", "procedure", "procedures", "preparations", "preparing", "prepare", "intention",
                                              // "Lithuania's pursuit of admission to NATO", "the political aspects of Uzbekistan's accession",
                                              // "the formalities of its accession", "the timetable for Armenia's accession", "set June 15
                                              // as the deadline for Armenia's joining": a time set for the step.
                                              "pursuit", "quest", "aspects", "formalities", "timetable", "terms", "modalities",
                                              "deadline", "deadlines", "timeline", "timeframe", "schedule",
                                              // "asked the government to elaborate proposals for the official termination of the participation".
                                              "proposal", "proposals",
                                              "plans", "plan", "course", "aspirations", "aspiration", "goal", "candidate", "candidacy", "initiate", "initiated",
                                              "notified", "notify", "notification", "notice", "announced", "announcement", "question", "idea", "possibility", "begun", "began", "begin",
                                              // "a move that starts the country's withdrawal", "the vote that triggers its exit".
                                              "starts", "begins", "launches", "trigger", "triggers", "triggered", "triggering", "initiates",
                                              // "a draft law on the denunciation", "a bill denouncing the Charter": passed only in a reading.
                                              "draft", "bill", "bills",
                                              // "its readiness to rejoin", "its desire to join" (not interest: see `showsInterest`).
                                              "readiness", "willingness", "desire", "wish", "ambition", "ambitions", "hope", "hopes",
                                              // "Russia supports granting Belarus membership", "backed Armenia's accession".
                                              "supports", "support", "supported", "backs", "backed", "favours", "favors", "endorses", "endorsed", "advocates",
                                              // "a joint statement in favor of Ukraine joining NATO".
                                              "favour", "favor"]
    /// Verbs of having: observer status held, not granted ("Uzbekistan, which has the status of an observer state"). Verbs of
    /// keeping a status are having it too, in any tense ("Azerbaijan retained observer status", "kept its observer status",
    /// "has maintained observer status"): a status continued is no status granted.
    static let having: Set<String> = ["has", "have", "had", "holds", "hold", "held", "holding", "enjoys", "enjoy", "as", "with", "its", "their",
                                      "retains", "retain", "retained", "retaining", "keeps", "keep", "kept", "keeping",
                                      "maintains", "maintain", "maintained", "maintaining", "preserves", "preserve", "preserved", "preserving",
                                      // "kept the organisation at a distance, preferring an observer status": a status preferred is
                                      // one chosen to keep, not one granted.
                                      "prefers", "prefer", "preferred", "preferring"]
    static let granting: Set<String> = ["granted", "grant", "granting", "grants", "received", "receive", "receives", "obtained", "obtain", "obtains", "gained", "gain",
                                        "given", "became", "become", "becomes", "acquired", "won", "awarded", "accorded", "conferred",
                                        // "grateful to the member states for providing it with observer status".
                                        "providing", "provided", "provides", "provide"]

    /// Words that ask for a status ("a request for observer status", "applied for observer status").
    static let requesting: Set<String> = ["request", "requests", "requested", "requesting", "application", "applications", "bid", "bids", "asked", "asks", "ask",
                                          "asking", "applied", "applies", "apply", "applying", "petition", "petitioned", "sought", "seeks", "seek", "seeking", "candidacy"]

    /// Verbs of intent that make a nominalised event they govern a prospect ("intends to complete the withdrawal").
    static let intentVerbs: Set<String> = ["intends", "intend", "intended", "plans", "planned", "planning", "wants", "want", "seeks", "seek",
                                           "aims", "aim", "will", "would", "going", "hopes", "hope", "expects", "expect"]

    /// Verbs that say what a step means or implies, not whether it comes about ("joining does not mean abandoning").
    static let relationalVerbs: Set<String> = ["mean", "imply", "entail", "signify", "contradict", "exclude", "preclude", "equal"]

    /// Words just before a verb that make it an announcement or a prospect rather than an event.
    /// ("the latest country to decide joining the CIS": deciding in every form.)
    static let announcing: Set<String> = ["announced", "announces", "announce", "decided", "decide", "decides", "deciding", "decision", "notified", "intention", "threatened",
                                          // "declaring his country's withdrawal from the CIS": a declared step is announced.
                                          "declared", "declares", "declaring", "announcing"]

    /// The phrases by their first word, longest first.
    static let phrasesByFirstWord: [String: [Phrase]] =
        Dictionary(grouping: phrases, by: { $0.words[0] }).mapValues { $0.sorted { $0.words.count > $1.words.count } }

    func extract() -> [ArticleFacts.Membership] {
        var found: [ArticleFacts.Membership] = []
        // The plans whose evidence so far is another party's act on the country ("the decision to admit Iran", "asked the SCO
        // to grant Belarus membership"), by their index in `found`.
        var restsOnOthersAct: Set<Int> = []
        // The organisation of the last observer status granted: "the same status" is granted by it.
        var lastObserverOrganisation: String?
        // The last exit reported: "the decision" announced after it is its announcement.
        var lastExit: (org: String, countries: [String])?
        // The last event reported, with its action before any mood: "X is expected to follow" repeats it.
        var lastEvent: (org: String, action: String, at: Int)?
        let references = Coreference(document: document, reference: reference, occasionOwnersRefer: false)
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
                // A part in all of an organisation's bodies or a membership ended, which a decree may enact at once.
                var endsAPart = false
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
                var objectCountries: [String] = []
                if synthetic == nil, let (partyEnd, object) = partyPhrase(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(partyEnd - sentence.lowerBound)]), action: "joined", form: words[offset] == "become" ? .base : .fixed)
                    objectCountries = object.map { [$0] } ?? []
                }
                // "will seek full membership in BRICS", "applied for membership", "gained full membership".
                if synthetic == nil, let (memberEnd, action, recipient, modifier) = membershipObject(at: sentence.lowerBound + offset, sentence: sentence) {
                    if let modifier { inside = modifier }
                    // "seeking membership", "granting Belarus membership" read like nouns: "supports granting ..." is a plan.
                    synthetic = Phrase(words: Array(words[offset..<(memberEnd - sentence.lowerBound)]), action: action,
                                       form: Self.membershipNouns[words[offset]] != nil ? .noun : words[offset].hasSuffix("ing") ? .gerund : .fixed)
                    objectCountries = recipient.map { [$0] } ?? []
                    endsAPart = action == "left"
                }
                // "to participate in the formation of the EAEU", "took part in the creation of the CIS": a founder joins.
                if synthetic == nil, let (foundingEnd, form) = foundingParticipation(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(foundingEnd - sentence.lowerBound)]), action: "joined", form: form, lemma: "participate")
                }
                // "ended its participation in the CIS statutory bodies", "recalled all its representatives from the Commonwealth's
                // bodies": a country's part in all of an organisation's bodies ended is its leaving (a ruling of the conventions).
                if synthetic == nil, let (bodiesStart, form, country) = partInBodiesEnded(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(bodiesStart - sentence.lowerBound)]), action: "left", form: form)
                    objectCountries = country.map { [$0] } ?? []
                    endsAPart = true
                }
                // "a decision on the full membership of Belarus in the SCO has been made": the admitting side's act enacted.
                if synthetic == nil, let (documentEnd, country) = enactedMembershipDocument(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(documentEnd - sentence.lowerBound)]), action: "joined")
                    objectCountries = [country]
                }
                // "agreed to admit Uzbekistan into the organisation as a full member": the country admitted is the object.
                if synthetic == nil, let (admitEnd, form, countries) = admission(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(admitEnd - sentence.lowerBound)]), action: "joined", form: form, lemma: "admit")
                    objectCountries = countries
                }
                // "approved the applications of India and Pakistan for full SCO membership": the admitting side's approval is the
                // admission; the phrase is the verb alone, so that the application after it is read as the plan it is.
                if synthetic == nil, let (form, countries, org) = approvedApplication(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: [words[offset]], action: "joined", form: form, lemma: "admit")
                    objectCountries = countries
                    inside = org
                }
                // "the applications of India and Pakistan for full membership", "Iran's request for membership in the SCO",
                // "Belarus's membership application": an application is its countries' plan to join, whoever approves or backs it.
                if synthetic == nil, let application = ownedApplication(at: sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: Array(words[offset..<(application.end - sentence.lowerBound)]), action: "plans_to_join", form: .noun)
                    objectCountries = application.countries
                    inside = application.org
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
                // "... an observer country status in the Eurasian Economic Union. Such status has been granted to Moldova", "Cuba
                // received this status too": a demonstrative status takes up the observer status named last.
                if synthetic == nil, words[offset] == "status", offset > 0, ["such", "this", "that"].contains(words[offset - 1]),
                   let org = organisation(ofObserverStatusTakenUpAt: sentence.lowerBound + offset, sentence: sentence, lastObserverOrganisation: lastObserverOrganisation) {
                    synthetic = Phrase(words: ["status"], action: "observer")
                    inside = org
                }
                // "Belarus got its status upgraded to that of the observer", "its status in the SCO was raised to observer": a
                // status upgraded to observer is observer status granted.
                if synthetic == nil, ["observer", "observers"].contains(words[offset]), isUpgradedTo(sentence.lowerBound + offset, sentence: sentence) {
                    synthetic = Phrase(words: [words[offset]], action: "observer")
                }
                // "became a member of the International Criminal Court": an organisation the reference does not know.
                if synthetic == nil, let member = listed, member.form == .fixed, ["member", "members", "state"].contains(member.words.last ?? ""),
                   namesAnUnknownOrganisation(after: sentence.lowerBound + offset + member.words.count, sentence: sentence) {
                    offset += member.words.count
                    continue
                }
                // "Ukraine will inevitably become a member of the great European family": a member of something no organisation.
                if synthetic == nil, let member = listed, ["member", "members"].contains(member.words.last ?? ""),
                   namesNoOrganisation(after: sentence.lowerBound + offset + member.words.count, sentence: sentence) {
                    offset += member.words.count
                    continue
                }
                guard let phrase = synthetic ?? listed else { offset += 1; continue }
                let at = sentence.lowerBound + offset
                let end = at + phrase.words.count
                offset += phrase.words.count
                // "the process of joining the World Trade Organization", "withdrew from the Energy Charter Treaty": an object
                // whose name the reference does not know is another organisation, not one named before.
                if phrase.lemma != nil, inside == nil, namesAnUnknownOrganisation(at: end, sentence: sentence) { continue }
                // "... joining the World Trade Organisation (WTO); both are candidates for accession to the global trade body": a
                // generic noun after an unknown organisation refers to it.
                if phrase.lemma != nil, inside == nil, refersToAnUnknownOrganisation(objectAt: end, before: at, sentence: sentence) { continue }
                // Negated, denied or hypothetical anywhere in its clause: "has not left", "has no plans for Tajikistan to join",
                // "denied reports that Uzbekistan would leave", "If Armenia were to leave".
                let pastTense = phrase.form == .finite && phrase.lemma != nil && phrase.words.first != phrase.lemma
                if isNegatedOrHypothetical(at, sentence: sentence, pastTense: pastTense) && !isDelayedUntil(at: at, end: end, sentence: sentence)
                    || isConditionedAfter(end, sentence: sentence) { continue }
                // "the alliance will be safer when Georgia becomes a member", "once Ukraine joins": a clause of time still ahead.
                if isInAClauseOfTimeAhead(phrase, at: at, sentence: sentence) { continue }
                // "the decision on the country's accession should be made by a referendum": a decision still to be taken.
                if phrase.form == .noun || phrase.form == .gerund, isDecisionStillAhead(at: at, end: end, sentence: sentence) { continue }
                if phrase.form == .noun || phrase.form == .gerund, isOpposedInAList(at: at, sentence: sentence) { continue }
                // "Uzbekistan's reasons for dropping out of the treaty": a motive names a step reported elsewhere, not the step.
                if phrase.form == .noun || phrase.form == .gerund, isMotiveOf(at: at, sentence: sentence) { continue }
                if phrase.form == .noun, isSupposedOrAppraised(at, sentence: sentence) || isSupposedByItsPredicate(after: end, sentence: sentence)
                    || isMadeLikelyOrNot(at: at, end: end, sentence: sentence) { continue }
                // "a report saying that leaving the CIS is impractical": a gerund that is its clause's subject, described by a
                // copula, is a step appraised in general.
                if phrase.form == .gerund, isAppraisedGerund(at: at, end: end, sentence: sentence) { continue }
                // "MPs registered a draft resolution on the withdrawal of Moldova from the CIS": a step a draft proposes, no vote
                // reported, is only put forward, as a debated step is weighed.
                if phrase.form == .noun || phrase.form == .gerund, isOnlyProposed(at: at, sentence: sentence) { continue }
                // "decided not to extend the treaty", "declined to renew its participation": a term not extended is membership only
                // of a treaty, an organisation or a part in one ("declined to extend the ceasefire" is none).
                if phrase.form == .fixed, ["extend", "prolong", "renew"].contains(phrase.words.last), !extendsAMembership(after: end, sentence: sentence) { continue }
                // A step weighed is neither taken nor planned: "is considering leaving", "is studying the possibility of joining".
                if isWeighed(phrase, at: at, end: end, sentence: sentence) { continue }
                // A question asks about the event, it does not report it: "Is Armenia going to leave the CSTO?"
                if (end..<sentence.upperBound).first(where: { [".", "?", "!", ";"].contains(document.word($0)) }).map({ document.word($0) == "?" }) ?? false { continue }
                // A status, not an event: "Armenia remains a full member", "is a full member of the union".
                if phrase.words.first == "a", ["is", "was", "are", "were", "remains", "remained", "remain", "stays", "stayed", "being"].contains(document.word(at - 1)) { continue }
                // "is to be admitted to the SCO as a full member", "joined as a full member": the manner of an event read
                // already by its verb, which gives the mood.
                // "the status of a full member of the Organization was granted to India and Pakistan": a member's status granted
                // in the passive is the joining of those it is granted to, as observer status is.
                if phrase.form == .fixed, ["a", "full", "fully"].contains(phrase.words.first),
                   document.word(at - 1) == "as" || document.word(at - 1) == "of" && document.word(at - 2) == "status" && !isMemberStatusGranted(after: end, sentence: sentence) { continue }
                // "a full member" states joining only as the result of a change ("making Kyrgyzstan a full member", "from a partner
                // to a full member"); elsewhere it is a status ("a participant rather than a full member", "the obligations of a
                // full member").
                if phrase.form == .fixed, ["a", "full", "fully"].contains(phrase.words.first) {
                    var lead = at - 1
                    if let span = document.spanAt[lead], document.spans[span].entity.country != nil { lead = document.spans[span].start - 1 }
                    while lead > sentence.lowerBound, Self.adverbs.contains(document.word(lead)) { lead -= 1 }
                    // "has lifted its moratorium and is now a fully-fledged member", "Iran is now a full member": "now" after the
                    // copula states the change.
                    let nowAMember = document.word(lead) == "now" && ["is", "are"].contains(document.word(lead - 1))
                    guard nowAMember || ["making", "made", "makes", "make", "to"].contains(document.word(lead)) || Self.becomeForms.contains(document.word(lead))
                            || document.word(lead) == "of" && document.word(lead - 1) == "status" && isMemberStatusGranted(after: end, sentence: sentence) else { continue }
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
                // "Armenia's membership in the CSTO was \"frozen\"": scare quotes around the participle keep the passive.
                let auxiliary = document.word(at - 1) == "\"" && at - 1 > sentence.lowerBound ? at - 2 : at - 1
                let passive = ["was", "were", "been", "is", "are", "be"].contains(document.word(auxiliary)) || isReducedPassiveJoin(phrase, at: at, sentence: sentence)
                    || ["remained", "remains", "stayed", "stays"].contains(document.word(at - 1)) && document.word(end) == "since" && end + 1 < sentence.upperBound && startsADate(end + 1)
                let objectWords: Set<String> = ["participation", "participating", "membership", "activities", "activity"]
                // "suspended cooperation with the CIS in 1995": cooperation with an organisation suspended is a member's
                // suspension only for a country the reference lists as its member (checked below); "Russia suspended
                // cooperation with NATO" is none.
                let cooperation = ["its", "their"].contains(document.word(end)) ? end + 1 : end
                let suspendsCooperation = ["froze", "suspended"].contains(phrase.action) && ["cooperation", "co-operation"].contains(document.word(cooperation))
                    && document.word(cooperation + 1) == "with"
                    && document.entity(at: document.word(cooperation + 2) == "the" ? cooperation + 3 : cooperation + 2).map({ if case .organisation = $0.entity { true } else { false } }) == true
                if ["froze", "suspended"].contains(phrase.action), !suspendsCooperation,
                   !(end..<min(sentence.upperBound, end + 5)).contains(where: { objectWords.contains(document.word($0)) }),
                   // Back over a long name and the auxiliaries: "participation in the Collective Security Treaty Organization has been frozen".
                   !(passive && (max(sentence.lowerBound, at - 12)..<at).reversed().prefix(while: { ![",", ";"].contains(document.word($0)) })
                       .contains(where: { objectWords.contains(document.word($0)) })) { continue }
                // A base form ("leave", "withdraw from", "join") states a prospect only after "to" or a modal.
                var previous = at - 1
                while previous > sentence.lowerBound, isAdverb(previous) { previous -= 1 }
                // "is to be admitted", "will be accepted into": a passive infinitive or a modal passive is a prospect too.
                if document.word(previous) == "be", previous - 1 > sentence.lowerBound, phrase.form == .fixed || phrase.form == .finite {
                    previous -= 1
                    while previous > sentence.lowerBound, isAdverb(previous) { previous -= 1 }
                }
                var afterProspectWord = previous >= sentence.lowerBound && Self.prospectWords.contains(document.word(previous)) && tokens[previous].text != "May"
                // "from a dialogue partner to a full member": "to" before a noun phrase is a preposition.
                if ["a", "an"].contains(phrase.words.first), document.word(previous) == "to" { afterProspectWord = false }
                // "intends to complete accession talks and join the EU": a base form coordinated with an infinitive shares its "to".
                if !afterProspectWord, phrase.form == .base, document.word(previous) == "and" { afterProspectWord = sharesInfinitive(and: previous, sentence: sentence) }
                // "endorsed his proposal that Georgia leave the CIS", "demanded that Armenia quit": the subjunctive of a proposal.
                if !afterProspectWord, phrase.form == .base || phrase.lemma == phrase.words[0], isMandative(at, sentence: sentence) { afterProspectWord = true }
                // "the 2017 enlargement saw India and Pakistan join", "the year saw Georgia leave the CIS": a base form after a verb
                // of perceiving and its countries is the event in that verb's tense ("will see Uzbekistan join" is a plan).
                var perceived = false
                if !afterProspectWord, phrase.form == .base, let seeing = perceivingVerb(before: at, sentence: sentence) {
                    if Self.perceivingPast.contains(document.word(seeing)) { perceived = true } else { afterProspectWord = true }
                }
                // "Kyrgyzstan and Armenia join the EAEU", "Kyrgyzstan, Armenia officially enter Eurasian Economic Union": the plural
                // present after its coordinated countries is the event, a plan with a future time, as the singular's ("join on 2 January").
                var pluralSubject: [String]?
                if !afterProspectWord, !perceived, phrase.form == .base, isPluralPresent(at: at, end: end, sentence: sentence) {
                    if placesAheadInTime(at: at, end: end, sentence: sentence) { afterProspectWord = true } else { perceived = true }
                    var subject = at - 1
                    while subject > sentence.lowerBound, isAdverb(subject) { subject -= 1 }
                    pluralSubject = coordinatedCountries(endingAt: subject + 1, sentence: sentence)
                }
                // "Uzbekistan did not join until January 2006": the base form after "did not", delayed to a time, is the event.
                let delayedPast = phrase.form == .base && ["did", "does", "do"].contains(document.word(at - 2)) && isDelayedUntil(at: at, end: end, sentence: sentence)
                if phrase.form == .base, Self.plan(of: phrase.action) != nil, !afterProspectWord, !perceived, !delayedPast { continue }
                if afterProspectWord, Self.possibilityModals.contains(document.word(previous)) { continue }
                // "the war pushed Georgia to enter the CIS in 1993", "Georgia was forced to join": a past verb of causing
                // entails the step, done.
                // "left the CSTO in 1999, only to rejoin it in 2006": an infinitive of result states the step taken.
                let caused = afterProspectWord && document.word(previous) == "to" && (isCaused(beforeInfinitive: previous, sentence: sentence)
                    || isResultInfinitive(to: previous)
                    // "has signed a decree to recall all its envoys from the CIS bodies": a decree signed enacts the recall.
                    || endsAPart && isEnactedByDecree(beforeInfinitive: previous, sentence: sentence))
                // An invitation is another's wish, not the country's plan: "is being invited to join", "Russia urged Tajikistan to join".
                if afterProspectWord, !caused, document.word(previous) == "to", isInvited(beforeInfinitive: previous, sentence: sentence) { continue }
                // "intends to withdraw", but not "to withdraw its troops": a bare base form takes no object.
                // A bare noun may head a process ("complete the accession procedures"), not a document ("the accession treaty").
                // "began accession negotiations": accession talks launched are a step towards joining (a prospect noun, read by
                // `isPlanned`); "its EU accession talks", merely held, are none.
                let talksLaunched = phrase.bare && phrase.form == .noun && end < sentence.upperBound && isAccessionTalksLaunched(end, at: at, sentence: sentence)
                if phrase.bare, end < sentence.upperBound, tokens[end].kind == .word, !Self.intransitiveFollowers.contains(document.word(end)),
                   !(phrase.form == .noun && Self.processNouns.contains(document.word(end))), !talksLaunched { continue }
                // "leaving the CIS", not "leaving the meeting of the CIS council"; "returned to the CSTO", not "returned to the
                // question of CSTO reform" or "returned to Moscow": these verbs say many things, membership only with the
                // organisation itself as their object.
                // ("left it", "entered this in 2015": a pronoun or a bare demonstrative taking up an organisation named before.)
                if ["leave", "return", "come", "enter", "depart"].contains(phrase.lemma), antecedent == nil, document.word(end) != "it",
                   organisation(ofBareDemonstrativeAt: end, before: at, sentence: sentence) == nil, !leavesWithoutObject(phrase, at: at, end: end, sentence: sentence) {
                    var next = end
                    // "departed from the CIS" as well as "departed the CIS".
                    if phrase.lemma == "depart", document.word(next) == "from" { next += 1 }
                    // "left both the CIS and the CSTO": over "both" before coordinated objects.
                    if document.word(next) == "both" { next += 1 }
                    let definite = document.word(next) == "the"
                    if definite { next += 1 }
                    // "leave the 15-year-old CIS", "leave the Russia-led CSTO", "left the post-Soviet bloc": over the words that
                    // describe the organisation.
                    next = afterDescriptiveModifiers(next, sentence: sentence)
                    let venues: Set<String> = ["summit", "meeting", "session", "talks", "forum", "headquarters", "building", "hall", "venue", "conference", "summits", "meetings"]
                    // "leave the bloc", "leave the organisation": a definite noun standing for an organisation named before.
                    let referring = definite && document.entity(at: next) == nil && !tokens[next].isCapitalized
                        && Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(next)) && !venues.contains(document.word(next + 1))
                        && document.word(next + 1) != "of"
                    if !referring {
                        guard let span = document.entity(at: next), case .organisation = span.entity, !venues.contains(document.word(span.end)) else { continue }
                        // "Enter" takes many objects ("entered the CIS airspace"), "depart from" too ("departed from the CIS
                        // position"): the organisation must end the object.
                        if ["enter", "depart"].contains(phrase.lemma), span.end < sentence.upperBound, tokens[span.end].isLowercase,
                           !Self.intransitiveFollowers.contains(document.word(span.end)), !["from", "to", "of", "with", "for", "on", "which", "that"].contains(document.word(span.end)) { continue }
                    }
                }
                // Observer status held rather than granted: "which has the status of an observer state", "as an observer".
                if phrase.action == "observer", !Self.becomeForms.contains(phrase.words[0]) {
                    if isDescribedStatus(after: end, sentence: sentence) { continue }
                    // "Azerbaijan may get a status of an observer", "could receive observer status": a possibility, not a grant.
                    if isPossibleStatus(at: at, sentence: sentence) { continue }
                    let lead = (max(sentence.lowerBound, at - 5)..<at).map { document.word($0) }
                    if lead.contains(where: Self.having.contains), !lead.contains(where: Self.granting.contains) { continue }
                    // "Moldova is an observer state", "Cuba and Uzbekistan are observers in the union": a copula before the status
                    // states it held, with no date, no event (a ruling of the conventions; a date after "since" is read by
                    // `statusesHeldSince`).
                    if isCopularStatus(at: at, sentence: sentence) { continue }
                    // "submitted requests to obtain observer status", "applied to receive", "seeks observer status", "intends to
                    // gain the status of an observer": asked for or intended, not granted (no plan exists for a status).
                    if isAskedForStatus(at: at, sentence: sentence) { continue }
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
                // "withdrew from the agreement on visa-free travel with the CIS countries": a document qualified by what it is
                // about or whom it binds, and not a founding one, is one of many concluded within the organisation.
                if phrase.lemma.map({ !Self.documentLemmas.contains($0) && $0 != "sign" }) ?? true, namesAnotherDocument(after: end, sentence: sentence) { continue }
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
                    if let span = document.entity(at: lead), span.entity.country != nil,
                       case let listEnd = coordinatedCountries(startingAt: span.start, sentence: sentence).end, ["to", "from", "into"].contains(document.word(listEnd)) {
                        objectStart = listEnd + 1
                    } else if let group = referredGroup(startingAt: end, sentence: sentence), ["to", "from", "into"].contains(document.word(group.end)) {
                        // "the admission of these countries to NATO": a phrase referring back to a group of names.
                        objectStart = group.end + 1
                    } else if phrase.lemma == "withdraw" || phrase.words.first == "admission" { continue }
                    // "transformed into the SCO with the accession of Uzbekistan in 2001", "after the admission of India and
                    // Pakistan in 2017": a joining noun whose countries only a date or the clause's end follows is into the
                    // organisation its sentence named before it.
                    if inside == nil, phrase.lemma == "accede", case let lead = document.word(end) == "the" ? end + 1 : end,
                       let span = document.entity(at: lead), span.entity.country != nil,
                       case let listEnd = coordinatedCountries(startingAt: span.start, sentence: sentence).end, standsWithoutObject(listEnd, sentence: sentence),
                       let named = document.entities(in: sentence.lowerBound..<at).last(where: { span in
                           if case .organisation = span.entity { !Coreference.modifiedNouns.contains(document.word(span.end)) } else { false }
                       }), case let .organisation(code) = named.entity {
                        inside = code
                    }
                }
                var effectNoun: Int?
                if phrase.action == "effect" {
                    guard let (noun, _) = effectAction(before: at, sentence: sentence) else { continue }
                    effectNoun = noun
                }
                // "quitting CIS agreements one by one", "entered the EAEU market", "will join the CSTO foreign ministers": an
                // organisation's name modifying the object's head noun is not the object.
                if phrase.lemma != nil, !Self.documentLemmas.contains(phrase.lemma!), phrase.lemma != "sign", !["suspended", "froze"].contains(phrase.action),
                   // ("joining an \"integrated\" CIS economic space": over a quoted modifier and its marks.)
                   case let quoted = (end..<min(sentence.upperBound, end + 5)).filter({ Self.quotationMarks.contains(document.word($0)) }).count,
                   let object = document.entities(in: end..<min(sentence.upperBound, end + 3 + quoted)).first,
                   case .organisation = object.entity, modifiesAHeadNoun(object.end, sentence: sentence),
                   // "his decision to quit the CIS statutory bodies": leaving all of its bodies is leaving it (the conventions).
                   !(phrase.action == "left" && namesAllItsBodies(object, sentence: sentence)),
                   // "approved the withdrawal from the CIS's core treaties": its founding documents stand for the organisation.
                   !namesItsFoundingDocuments(object, sentence: sentence) { continue }
                // "withdrew from the agreement on the Interparliamentary Assembly of the CIS member states", "pulled out of the
                // convention on legal aid within the CIS": one of the documents concluded within an organisation is not the
                // organisation (its founding documents stand for it: "the Agreement on the Establishment of the CIS").
                // "the withdrawal of Moldova from the Agreement on the Interparliamentary Assembly": after the noun's owner.
                if phrase.action == "left", phrase.lemma != nil, !Self.documentLemmas.contains(phrase.lemma!), leavesAnOrdinaryDocument(from: objectStart, sentence: sentence) { continue }
                // Ratifying or denouncing is membership only of a founding document: "ratify the Agreement on the Creation of
                // the CIS" joins the CIS.
                var documentOrganisation: String?
                if let lemma = phrase.lemma, Self.documentLemmas.contains(lemma) || lemma == "sign" {
                    // "The treaty was signed in 1992. Georgia signed it in 1993": "it" for an organisation that is a treaty is
                    // its founding document (whose founders' signatures found it, checked below).
                    guard let code = foundingDocument(after: end, sentence: sentence) ?? treatyReferredTo(at: end, references: references) else { continue }
                    documentOrganisation = code
                }
                // "Uzbekistan has received observer status in the EAEU. The same decision granted observer status to Cuba": a
                // status granted that names no organisation continues the last one granted.
                // "opened EU accession talks", "began accession negotiations with NATO": the organisation modifying the noun, or
                // the one the talks launched are held with.
                let talksPartner: Int? = talksLaunched && document.word(end + 1) == "with" ? document.word(end + 2) == "the" ? end + 3 : end + 2 : nil
                let modifierOrganisation = (phrase.bare && phrase.form == .noun ? document.entity(at: at - 1) : nil).flatMap { span -> String? in
                    if case let .organisation(code) = span.entity { code } else { nil }
                } ?? talksPartner.flatMap { document.entity(at: $0) }.flatMap { span -> String? in
                    if case let .organisation(code) = span.entity { code } else { nil }
                }
                guard var org = inside ?? documentOrganisation ?? antecedent ?? modifierOrganisation
                    ?? organisation(of: phrase, at: at, end: objectStart, passive: passive, effectNoun: effectNoun, lastOrganisation: lastOrganisation, lastEvent: lastEvent?.org,
                                    sentence: sentence, references: references)
                    // (not "supports granting observer status to", a stance)
                    ?? (phrase.action == "observer" && ["granted", "gave", "accorded", "awarded", "conferred"].contains(document.word(at - 1)) ? lastObserverOrganisation : nil)
                    // "For the first time the status of observer state was granted to Moldova in May 2018": the same, in the passive.
                    ?? (phrase.action == "observer" && isGrantedInThePassive(after: end, sentence: sentence) ? lastObserverOrganisation : nil)
                    // "... and Belarus got its status upgraded to that of the observer" in a paragraph on the SCO: a status raised
                    // with no organisation near it is in the one the paragraph is about.
                    ?? (phrase.action == "observer" && isUpgradedTo(at, sentence: sentence) ? topicOrganisation(before: at) : nil) else {
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
                } else if let (treaty, later) = reference.institutionalisedAs.first(where: { $0.value.code == org }).map({ ($0.key, $0.value) }),
                          !Self.presentForms.contains(phrase.words[0]), predatesItsFounding(later.year, at: at, sentence: sentence),
                          document.entities(in: sentence).contains(where: { if case let .organisation(named) = $0.entity { named == treaty } else { false } }) {
                    // "the members of the Collective Security Treaty (CST), which were joined by Azerbaijan, Georgia and Belarus the
                    // following year" in a sentence about the CSTO: an organisation built on a treaty did not exist before the year
                    // it was founded, so an event dated before it, in a sentence naming the treaty, is the treaty's.
                    org = treaty
                }
                var action = phrase.action == "effect" ? effectAction(before: at, sentence: sentence)!.action : phrase.action
                // "announced it is temporarily withdrawing from EurAsEC", "its temporary withdrawal": an exit qualified as
                // temporary is a suspension (which has no plan: announced, it is reported as taken).
                if action == "left", phrase.lemma != nil, isTemporary(at: at, end: end, sentence: sentence) { action = "suspended" }
                // "the proposal on Uzbekistan's accession to the organization as an observer state": the accession is to observer status.
                if action == "joined", phrase.lemma == "accede", phrase.form == .noun, joinsAsObserver(after: end, sentence: sentence) { action = "observer" }
                // "Uzbekistan and Cuba are admitted as observers", "was accepted as a dialogue partner": the role after "as" is
                // what the admission gives.
                // "will join BRICS as partner states", "joined the SCO as a dialogue partner": a partner's role is no membership.
                if action == "joined", joinsAsPartner(after: end, sentence: sentence) { continue }
                // "Russia and China join forces in the SCO", "joined hands with": an idiom of cooperating, no joining.
                if ["join", "rejoin"].contains(phrase.lemma ?? ""), ["forces", "hands", "efforts"].contains(document.word(end)) { continue }
                // "A motion calling for Georgia to leave the CIS was withdrawn": a thing withdrawn in the passive, without "from",
                // is no country leaving.
                if phrase.lemma == "withdraw", phrase.bare, phrase.words[0] == "withdrawn", ["was", "were", "been", "is", "are", "be", "being"].contains(document.word(at - 1)) { continue }
                // "six new dialogue partners joined the organisation", "two partner countries were admitted": partners are no members.
                if action == "joined", hasAPartnerSubject(before: at, sentence: sentence) { continue }
                if let role = admittedRole(phrase, end: end) {
                    guard !["partner", "partners", "dialogue", "guest", "guests", "associate"].contains(role) else { continue }
                    if ["observer", "observers"].contains(role) { action = "observer" }
                    // "was welcomed as a guest", "the move was welcomed as a step forward", "the draft was accepted as a basis": a
                    // reception or an acceptance admits only to a member's role.
                    if phrase.words.contains(where: Self.receivingForms.contains), !Self.receptionRoles.contains(role) { continue }
                }
                lastOrganisation = org
                if action == "observer" { lastObserverOrganisation = org }
                let planned = !caused && isPlanned(phrase, at: at, end: end, afterProspectWord: afterProspectWord, sentence: sentence)
                if planned { action = Self.plan(of: action) ?? action }
                // "Iran, India and Pakistan joined the SCO as observers": a step taken into observer status, not membership (a
                // step planned, "asked to join as an observer", stays a plan to join).
                if action == "joined", ["join", "rejoin", "enter", "accede"].contains(phrase.lemma ?? ""), phrase.form != .noun,
                   joinsAsObserver(after: end, sentence: sentence) { action = "observer" }
                // "has completed the necessary formalities to become a full member", "The previous country to become a full member
                // was Iran": the infinitive phrase, a plan of its own, is done with what governs it.
                if action == "plans_to_join", phrase.form == .fixed, phrase.words.starts(with: ["to", "become"]), infinitiveIsDone(to: at, sentence: sentence) {
                    action = "joined"
                }
                guard let subjects = pluralSubject ?? subject(of: phrase, at: at, end: end, previous: previous, objectCountries: objectCountries, lastCountries: lastCountries,
                                                             sentence: sentence, references: references) else { continue }
                // A signature joins only a state that acceded later: the founders' own signatures found the organisation (the
                // conventions count them only where the text says they "became parties" or "members").
                var countries = phrase.lemma == "sign" ? subjects.filter { accededLater($0, to: org) } : subjects
                // "Back in 1991, Ukraine ratified the agreement establishing the CIS", "Russia, Belarus and Kazakhstan are at work to
                // ratify the treaty establishing the union": a founder's ratification at the founding founds, as its signature does.
                if phrase.lemma == "ratify" { countries = countries.filter { !ratifiesAtTheFounding($0, org: org, at: at, sentence: sentence) } }
                if suspendsCooperation { countries = countries.filter { country in reference.data.memberships.contains { $0.organisation == org && $0.country == country && $0.role == "member" } } }
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
                    for country in countries {
                        if let index = found.firstIndex(where: { $0.org == org && $0.country == country && $0.action == action }) {
                            // "The decision to admit Iran was declared ... The country applied for full membership in 2008": a plan
                            // rests on the country's own act where the text states one, so that sentence is its evidence.
                            if objectCountries.isEmpty, restsOnOthersAct.remove(index) != nil {
                                found[index] = ArticleFacts.Membership(org: org, country: country, action: action, start: span.start, end: span.end)
                            }
                            continue
                        }
                        if !objectCountries.isEmpty, action.hasPrefix("plans") { restsOnOthersAct.insert(found.count) }
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
            for status in held + membershipGoals(in: sentence, references: references) + statusesHeldOverASpan(in: sentence) + membershipAnniversaries(in: sentence)
                + membersDatedInBrackets(in: sentence) + observerParticipation(in: sentence, references: references)
                + membershipGrowth(in: sentence, references: references) + congratulatedMemberships(in: sentence, references: references) {
                for country in status.countries where !found.contains(where: { $0.org == status.org && $0.country == country && $0.action == status.action }) {
                    found.append(ArticleFacts.Membership(org: status.org, country: country, action: status.action, start: span.start, end: span.end))
                }
            }
        }
        return Self.mergingOneStep(found)
    }

    /// One step worded both ways: a country's part in an organisation suspended and frozen ("Armenia suspends its
    /// participation in the CSTO ... its participation is frozen", "suspended, in effect froze, its membership") is one
    /// event, and the article gives one fact, the freeze (as the corpora annotate a part put on hold by the country).
    static func mergingOneStep(_ found: [ArticleFacts.Membership]) -> [ArticleFacts.Membership] {
        found.filter { fact in
            !(fact.action == "suspended" && found.contains { $0.action == "froze" && $0.org == fact.org && $0.country == fact.country })
        }
    }
}

/// Relationship labels between two countries: "strategic partnership", "comprehensive strategic
/// partnership", "alliance", "allied relations" (also "allied and strategic partnership", "allied Russian-Belarusian relations").
/// Not "the two allied countries" or "allied states": an adjective of the parties, like "strategic partners", labels no
/// relations; nor an "alliance" that names a bloc ("the NATO military alliance", "alliance members").
struct RelationRules {
    let document: Document
    let reference: ReferenceIndex

    func extract() -> [ArticleFacts.Relation] {
        var found: [ArticleFacts.Relation] = []
        let parties = Parties(document: document, reference: reference)
        for sentence in document.sentences {
            for (at, label) in labels(in: sentence) {
                guard !parties.isOrganisationsLabelAtVenue(sentence), !namesAClassOfParties(after: at, in: sentence), let pair = writersPair(parties, sentence: sentence) ?? parties.pair(around: at, sentence: sentence) else { continue }
                let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
                if !found.contains(where: { $0.parties == pair && $0.label == label }) {
                    found.append(ArticleFacts.Relation(parties: pair, label: label, start: span.start, end: span.end))
                }
            }
        }
        return found
    }

    /// "'... relations between our nations will develop within the strategic partnership and alliance,' wrote Rahmon in his
    /// letter": a first-person sentence ("our", "we", "us") whose one country is the writer's (named, or implied by the
    /// person) in a paragraph that names no other speaks for the writer and the addressee the paragraphs before introduce,
    /// as a sentence naming none does (`Parties.speakersPair`); not for the article's most named other country, which in a
    /// round-up of letters is another sender's.
    func writersPair(_ parties: Parties, sentence: Range<Int>) -> [String]? {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        let inSentence = Set(parties.countries(in: sentence).map(\.code))
        let inParagraph = Set(parties.countries(in: paragraph.lowerBound..<max(paragraph.upperBound, sentence.upperBound)).map(\.code))
        guard inSentence.count == 1, inParagraph == inSentence, let only = inSentence.first,
              let pair = parties.speakersPair(sentence: sentence, paragraph: paragraph, named: inSentence), pair.contains(only) else { return nil }
        return pair
    }

    /// Whether the label at `anchor` names its parties only as a class, after "between", "among" or "with" and the rest of
    /// the label: a bare plural ("allied relations and strategic partnership between countries", "strategic partnership
    /// among nations", "alliance with neighbouring states"), "all" ("with all the states of the region"), the members of a
    /// grouping ("between CIS countries", "among the member states", "with the Commonwealth nations") or a place's
    /// ("between the countries of the region", "among the states of Central Asia"). No two states are stated, so no pair may
    /// be guessed from elsewhere in the text. Not a counted, possessive or demonstrative plural ("between the two countries",
    /// "between our states", "both nations"), "the countries" that refers back to two the text named, nor a plural of the
    /// parties' own adjectives ("between the Russian and Belarusian peoples").
    func namesAClassOfParties(after anchor: Int, in sentence: Range<Int>) -> Bool {
        var cursor = anchor + 1
        while cursor < sentence.upperBound, Self.labelWords.contains(document.word(cursor)) { cursor += 1 }
        guard ["between", "among", "amongst", "with"].contains(document.word(cursor)) else { return false }
        cursor += 1
        var generic = false
        if document.word(cursor) == "all" { generic = true; cursor += 1 }
        let definite = document.word(cursor) == "the"
        if definite { cursor += 1 }
        var modifiers = 0
        while cursor < sentence.upperBound, !Self.classNouns.contains(document.word(cursor)) {
            let token = document.tokens[cursor]
            guard modifiers < 4, token.kind == .word, NumberWords.cardinalWords[token.lower] == nil,
                  !Self.pointingWords.contains(token.lower), !Self.functionWords.contains(token.lower) else { return false }
            if let span = document.spanAt[cursor] {
                guard case .organisation = document.spans[span].entity else { return false }
                generic = true
                cursor = document.spans[span].end
            } else {
                if token.lower == "member" || token.isCapitalized { generic = true }
                cursor += 1
            }
            modifiers += 1
        }
        guard cursor < sentence.upperBound else { return false }
        // "between the countries of the region", "among the states of the Commonwealth": a place or grouping, not two states.
        if document.word(cursor + 1) == "of" {
            let next = document.word(cursor + 2) == "the" ? cursor + 3 : cursor + 2
            if next < sentence.upperBound, document.spanAt[next].map({ document.spans[$0].entity.country == nil }) ?? true { generic = true }
        }
        return generic || !definite
    }

    /// Words of a label, walked over to reach the preposition of its parties ("allied relations and strategic partnership
    /// between").
    static let labelWords: Set<String> = ["allied", "strategic", "comprehensive", "partnership", "alliance", "relations", "relationship", "ties", "and"]
    /// Plural nouns of the parties a label may be stated between.
    static let classNouns: Set<String> = Parties.pluralCountryNouns.union(["peoples", "members", "partners", "governments"])
    /// Words that point to parties the text named: a possessive, a demonstrative or "both".
    static let pointingWords: Set<String> = ["our", "their", "your", "its", "these", "those", "both", "two", "respective"]
    /// Words that end a plural's modifiers before its noun is reached ("with them in the states").
    static let functionWords: Set<String> = ["a", "an", "the", "and", "or", "in", "on", "of", "for", "to", "at", "by", "from", "them", "him", "her", "it", "us", "which", "that", "who"]

    /// Nouns that open a document's title ("Declaration on ...", "Treaty of ...").
    static let titleNouns: Set<String> = ["Declaration", "Treaty", "Agreement", "Charter", "Memorandum", "Statement", "Communique", "Programme", "Program", "Concept"]

    /// Whether the noun at `index` heads a phrase whose determiner names a kind, not one alliance: "any other military
    /// alliance", "no new military-political alliance", "another defence alliance", "any such alliance". The words between
    /// are the noun's lowercase modifiers (at most four, hyphens included); "the military alliance of the two states" is one.
    /// A denied or wanting one ("not an alliance", "never a military alliance", "without an alliance") is no label either, nor
    /// one wished for (`isSought`) or hedged ("something of an alliance").
    func isKindOfThing(_ index: Int, in sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, index - cursor <= 5 {
            let token = document.tokens[cursor]
            if ["any", "no", "another", "other", "every", "such"].contains(token.lower) {
                // "other" and "such" modify; the determiner may stand before them ("any other", "no such").
                if ["other", "such"].contains(token.lower), ["the", "this", "that"].contains(document.word(cursor - 1)) { return false }
                return true
            }
            // "was not an alliance directed against third countries": denied, so no label.
            // "without an alliance to back it up": wanting, so no label either.
            // "working towards such an alliance", "would welcome such a strategic partnership": a kind described, not
            // one two states have.
            if ["a", "an"].contains(token.lower) {
                return ["not", "never", "without", "such"].contains(document.word(cursor - 1)) || isSought(before: cursor)
                    || document.word(cursor - 1) == "of" && document.word(cursor - 2) == "something"
            }
            guard token.text == "-" || token.kind == .word && token.isLowercase && !["the", "a", "an", "their", "its", "our", "of", "and", "or"].contains(token.lower) else { return false }
            cursor -= 1
        }
        return false
    }

    /// Whether the indefinite article at `index` opens a thing wished for, not one the parties have: the object of a verb of
    /// seeking or proposing ("seeks a closer alliance with X", "proposed an alliance", "wants a strategic partnership"), of a
    /// noun of wanting and "for" ("the need for a strong alliance with X", "calls for an alliance", "a push for a military
    /// alliance"), or of an idea's noun and "of" ("the prospect of an alliance", "the idea of a strategic partnership").
    func isSought(before index: Int) -> Bool {
        let before = document.word(index - 1), twoBefore = document.word(index - 2)
        if Self.seekingVerbs.contains(before) { return true }
        if before == "for" { return Self.wantingWords.contains(twoBefore) }
        return before == "of" && Self.ideaNouns.contains(twoBefore)
    }

    /// Verbs whose object is wished for, not had.
    static let seekingVerbs: Set<String> = ["seek", "seeks", "sought", "seeking", "want", "wants", "wanted", "wanting", "propose", "proposes",
                                            "proposed", "proposing", "offer", "offers", "offered", "offering", "desire", "desires", "desired"]
    /// Nouns and verbs of wanting before "for".
    static let wantingWords: Set<String> = ["need", "needs", "needed", "call", "calls", "called", "calling", "push", "pushed", "pushing", "pushes",
                                            "hope", "hopes", "hoped", "hoping", "appeal", "appealed", "plea", "demand", "demands", "demanded", "bid", "quest"]
    /// Nouns of a thing thought of before "of".
    static let ideaNouns: Set<String> = ["idea", "prospect", "prospects", "possibility", "notion", "option", "proposal", "vision", "dream"]

    /// Whether the "alliance" at `index` names a grouping of several states, an organisation: counted by its members ("the
    /// five-nation alliance", "the security alliance of seven former Soviet republics"), led by one of them ("the Russian-led
    /// alliance") or in apposition to an organisation's
    /// name ("the Collective Security Treaty Organization (CSTO), the Moscow-dominated security alliance").
    func isGrouping(_ index: Int, in sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        func count(at position: Int) -> Int? {
            guard position < sentence.upperBound else { return nil }
            return tokens[position].kind == .number ? Int(tokens[position].text) : NumberWords.cardinalWords[tokens[position].lower]
        }
        // The modifiers back to the determiner ("Russian-led military"): "five-nation", "four-member" count the members.
        var determiner = index - 1
        while determiner > sentence.lowerBound, tokens[determiner].text == "-" || tokens[determiner].kind == .word
                && (tokens[determiner].isLowercase || document.word(determiner + 1) == "-") && !["the", "a", "an", "its", "their"].contains(tokens[determiner].lower) {
            if tokens[determiner].text == "-", ["nation", "member", "country", "state"].contains(document.word(determiner + 1)), (count(at: determiner - 1) ?? 0) > 2 { return true }
            // "the Russian-led alliance", "a Moscow-dominated alliance": one state leads it, so others belong to it; a
            // grouping, not two states' relations.
            if tokens[determiner].text == "-", Self.leadingWords.contains(document.word(determiner + 1)) { return true }
            determiner -= 1
        }
        // "of seven former Soviet republics": more than two members after it; "of former Soviet republics", "of post-Soviet
        // states": members not counted, a kind of state, so a grouping too ("of the two states" stays two states' alliance).
        if document.word(index + 1) == "of", let noun = ((index + 2)..<min(sentence.upperBound, index + 8)).first(where: { Self.memberNouns.contains(document.word($0)) }),
           ((index + 2)..<noun).allSatisfy({ position in
               document.spanAt[position] == nil && (tokens[position].kind == .word || document.word(position) == "-") && document.word(position) != "and" && document.word(position) != "our"
           }) {
            let counted = ((index + 2)..<noun).compactMap { count(at: $0) }.first
            if (counted ?? 3) > 2 && !((index + 2)..<noun).contains(where: { ["both", "their", "these", "those"].contains(document.word($0)) }) { return true }
        }
        // "a military alliance made up of Russia, Armenia, Kazakhstan, ...", "an alliance comprising A, B and C": its members
        // listed after it, more than two.
        if let list = ((index + 1)..<min(sentence.upperBound, index + 5)).first(where: { Self.membershipWords.contains(document.word($0)) }) {
            var listed = Set<String>()
            var cursor = list + 1
            if document.word(cursor) == "of" { cursor += 1 }
            while cursor < sentence.upperBound {
                if let span = document.entity(at: cursor), let code = span.entity.country { listed.insert(code); cursor = span.end; continue }
                guard [",", "and", "the"].contains(document.word(cursor)) else { break }
                cursor += 1
            }
            if listed.count > 2 { return true }
        }
        // ", the ... alliance" (or ", a ...", "— a ...") right after an organisation's name, its abbreviation in brackets
        // included; or the organisation as the subject of a copula ("the CSTO is a military-political alliance", "(CSTO)
        // remains a defensive alliance"): what the organisation is, not two states' relations.
        let copula = ["a", "an"].contains(document.word(determiner)) && Self.copulas.contains(document.word(determiner - 1))
        guard ["the", "a", "an"].contains(document.word(determiner)), [",", "-", "--", "–", "—"].contains(document.word(determiner - 1)) || copula else { return false }
        var name = determiner - 2
        if document.word(name) == ")", let open = (max(sentence.lowerBound, name - 4)..<name).last(where: { document.word($0) == "(" }) { name = open - 1 }
        guard name >= sentence.lowerBound, let span = document.spanAt[name] else { return false }
        if case .organisation = document.spans[span].entity { return true }
        return false
    }

    /// Nouns of what a bloc has ("alliance members", "the alliance's summit"): a relation between two states has no members,
    /// summits or headquarters; nor standards a candidate must meet, a common infrastructure or the drills of a joint force
    /// ("compatibility with alliance standards", "alliance infrastructure near our borders", "alliance exercises").
    static let blocNouns: Set<String> = ["member", "members", "membership", "summit", "summits", "headquarters", "countries", "states", "nations",
                                         "leaders", "allies", "troops", "forces", "territory", "enlargement", "expansion", "command", "ministers",
                                         "secretary", "chief", "commander", "partners", "mission", "missions", "bases", "budget",
                                         "standards", "norms", "interoperability", "infrastructure", "exercises", "drills", "capabilities", "doctrine"]

    /// Whether the "alliance" at `index` modifies a noun of a bloc's members or bodies, itself or as a possessive ("all 19
    /// current alliance members", "the alliance member states", "the alliance's headquarters").
    /// So is a bare "alliance" after a preposition that modifies any noun in small letters ("engage Montenegro in alliance
    /// activities", "for alliance operations", "on alliance policy"): a bloc's attribute, as two states' relations, which
    /// take an article or a possessive, are not; "in alliance with Russia", "to alliance level" and "of alliance and
    /// strategic partnership" stay labels.
    func isBlocModifier(_ index: Int) -> Bool {
        let next = document.word(index + 1) == "'s" ? index + 2 : index + 1
        if Self.blocNouns.contains(document.word(next)) { return true }
        guard index > 0, index + 1 < document.tokens.count, Self.prepositions.contains(document.word(index - 1)) else { return false }
        let following = document.tokens[index + 1]
        return following.kind == .word && following.isLowercase && document.spanAt[index + 1] == nil && !Self.labelKeepers.contains(following.lower)
    }

    /// Prepositions before a bare attributive "alliance".
    static let prepositions: Set<String> = ["in", "into", "for", "on", "to", "from", "by", "at", "about", "over", "under", "within", "of"]
    /// Words after a bare "alliance" that keep it a label: function words, verbs of being and nouns of a relation's grade.
    static let labelKeepers: Set<String> = ["and", "or", "with", "between", "of", "is", "was", "are", "were", "has", "have", "had", "will", "would",
                                            "that", "which", "in", "to", "for", "as", "on", "at", "by", "from", "but", "since", "than", "level",
                                            "relations", "relationship", "ties", "status", "format", "character", "nature", "obligations",
                                            "commitments", "treaty", "agreement"]

    /// Whether the "alliance" at `index` is what an organisation that opens the sentence is: an indefinite article and
    /// lowercase modifiers before it, commas and "and" between them, after "as" or a copula ("GUUAM was set up in 1997 as a
    /// political, economic and strategic alliance", "The CSTO, founded in 2002, is a military alliance"), and no country named
    /// between the organisation and the noun.
    func isOrganisationsPredicate(_ index: Int, in sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, index - cursor <= 10, document.spanAt[cursor] == nil,
              document.tokens[cursor].kind == .word && document.tokens[cursor].isLowercase && !["a", "an", "the"].contains(document.word(cursor))
                || [",", "-"].contains(document.word(cursor)) {
            cursor -= 1
        }
        guard ["a", "an"].contains(document.word(cursor)), cursor > sentence.lowerBound else { return false }
        if isPredicatedOfNamedOrganisation(article: cursor, in: sentence) { return true }
        guard document.word(cursor - 1) == "as" || Self.copulas.contains(document.word(cursor - 1)) else { return false }
        var subject = sentence.lowerBound
        if document.word(subject) == "the" { subject += 1 }
        guard subject < sentence.upperBound, let span = document.spanAt[subject], case .organisation = document.spans[span].entity else { return false }
        return !document.entities(in: document.spans[span].end..<cursor).contains { $0.entity.country != nil }
    }

    /// Whether the indefinite article at `article` opens what an organisation named just before it is said to be, wherever
    /// the organisation stands in the sentence: the second object of a verb of naming ("some have called BRICS an alliance",
    /// "critics dub the SCO an anti-Western alliance"), after "as" or a copula ("agreed to create the CSTO as a military
    /// alliance", "regard GUAM as a political alliance"), or through a relative or participial clause of naming ("the SCO,
    /// which many describe as a security alliance", "NATO, often called a defensive alliance,"). Only the linking words of
    /// `namingLinks`, adverbs in "-ly" and a relative pronoun's subject stand between, so "Armenia and Russia, members of the
    /// CSTO, have been an alliance" (a country the subject, "have" no link) stays a label of their relations.
    func isPredicatedOfNamedOrganisation(article: Int, in sentence: Range<Int>) -> Bool {
        func endsOrganisation(_ position: Int) -> Bool {
            guard position >= sentence.lowerBound, let span = document.spanAt[position], case .organisation = document.spans[span].entity else { return false }
            return document.spans[span].end == position + 1
        }
        var cursor = article - 1
        var linked = false
        var relative = false
        while cursor > sentence.lowerBound, article - cursor <= 7, document.spanAt[cursor] == nil, document.tokens[cursor].kind == .word,
              document.tokens[cursor].isLowercase {
            let word = document.word(cursor)
            if word == "as" || Self.copulas.contains(word) || Self.namingVerbs.contains(word) { linked = true }
            else if ["which", "that"].contains(word) { relative = true }
            else if !(word.hasSuffix("ly") || ["some", "many", "critics", "observers", "analysts", "others", "often", "sometimes", "have", "has", "had", "be", "been", "being"].contains(word)) { return false }
            cursor -= 1
        }
        // Adjacent: the organisation is the naming verb's first object ("called BRICS an alliance").
        if cursor == article - 1 { return endsOrganisation(cursor) && isNamingVerbBefore(organisationEndingAt: cursor) }
        guard linked else { return false }
        if endsOrganisation(cursor) { return !relative }
        // ", which ..." or ", often called ...": the clause hangs on the organisation before the comma.
        return document.word(cursor) == "," && endsOrganisation(cursor - 1)
    }

    /// Whether a verb of naming stands before the organisation whose name ends at `end` ("called BRICS", "dub the SCO").
    func isNamingVerbBefore(organisationEndingAt end: Int) -> Bool {
        guard let span = document.spanAt[end] else { return false }
        var before = document.spans[span].start - 1
        if document.word(before) == "the" { before -= 1 }
        return before >= 0 && Self.namingVerbs.contains(document.word(before))
    }

    /// Verbs of naming or regarding that link a thing to what it is called ("called", "described as", "regards ... as").
    static let namingVerbs: Set<String> = ["call", "calls", "called", "calling", "dub", "dubs", "dubbed", "term", "terms", "termed", "label", "labels",
                                           "labelled", "labeled", "brand", "brands", "branded", "describe", "describes", "described", "describing",
                                           "regard", "regards", "regarded", "consider", "considers", "considered", "see", "sees", "seen", "view", "views",
                                           "viewed", "deem", "deems", "deemed", "portray", "portrays", "portrayed", "characterize", "characterized",
                                           "characterise", "characterised", "style", "styled"]

    /// Whether the capitalized "Alliance" at `index` is coordinated with a label in small letters ("genuine Alliance and
    /// strategic partnership", "strategic partnership and Alliance"): a label set in capitals for emphasis, not a name's word.
    func isCoordinatedWithALabel(_ index: Int) -> Bool {
        guard document.tokens[index].lower == "alliance", document.tokens[index - 1].isLowercase else { return false }
        let after = document.word(index + 1) == "and" && (document.word(index + 2) == "strategic" || document.word(index + 2) == "comprehensive")
        let before = document.word(index - 1) == "and" && document.word(index - 2) == "partnership" && document.word(index - 3) == "strategic"
        return after || before
    }

    /// Whether the "alliance" at `index` is what a state joins, enters, leaves or accedes to ("joining a military alliance",
    /// "entered the alliance by choice", "accession to a defensive alliance", "left the military alliance"): a bloc with members,
    /// not two states' relations. An article, lowercase modifiers and hyphens stand between the verb and the noun; or the
    /// verb follows in a relative clause ("the alliance, which Tashkent joined in 1999", "the alliance that Georgia left").
    /// So is an alliance a state is a member of, whatever its determiner ("a fully-fledged member of our alliance", "the
    /// newest members of this military alliance", "an ally in their alliance"): two states' relations have no members.
    func isJoinedBloc(_ index: Int, in sentence: Range<Int>) -> Bool {
        if isMembersBloc(index, in: sentence) { return true }
        // Back over the noun's lowercase modifiers and hyphens to its determiner ("a military-political", "the").
        var cursor = index - 1
        while cursor > sentence.lowerBound, index - cursor <= 5, !Self.blocDeterminers.contains(document.word(cursor)), document.spanAt[cursor] == nil,
              document.tokens[cursor].kind == .word && document.tokens[cursor].isLowercase || document.word(cursor) == "-" {
            cursor -= 1
        }
        // "The political, economic, and strategic alliance, which Tashkent joined three years ago": a relative clause whose
        // verb joins or leaves it, its subject between (up to four tokens, no clause mark).
        var after = index + 1
        if document.word(after) == "," { after += 1 }
        if after + 1 < sentence.upperBound, ["which", "that"].contains(document.word(after)),
           let verb = ((after + 1)..<min(sentence.upperBound, after + 7)).first(where: { Self.joiningVerbs.contains(document.word($0)) }),
           !((after + 1)..<verb).contains(where: { [",", ";", ".", "and", "but"].contains(document.word($0)) }) { return true }
        guard Self.blocDeterminers.contains(document.word(cursor)) else { return false }
        let word = document.word(cursor - 1)
        if Self.joiningVerbs.contains(word) { return true }
        // "accession to", "membership in", "admission into", "withdrawal from" the alliance.
        return ["to", "into", "in", "from", "of"].contains(word) && Self.joiningNouns.contains(document.word(cursor - 2))
    }

    /// Whether the "alliance" at `index` follows a noun of its members and "of", "in" or "within", a determiner or possessive and
    /// lowercase modifiers between ("a full member of our alliance", "the newest members of the military alliance").
    func isMembersBloc(_ index: Int, in sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, index - cursor <= 4, document.spanAt[cursor] == nil, !["of", "in", "within"].contains(document.word(cursor)),
              document.tokens[cursor].kind == .word && document.tokens[cursor].isLowercase || document.word(cursor) == "-" {
            cursor -= 1
        }
        return ["of", "in", "within"].contains(document.word(cursor)) && Self.memberOfNouns.contains(document.word(cursor - 1))
    }

    /// Nouns of a bloc's members, before "of" and the bloc ("member of the alliance", "allies in the alliance").
    static let memberOfNouns: Set<String> = ["member", "members", "ally", "allies"]

    /// Determiners of the noun a state joins ("joined the alliance", "free to join whatever military alliance they wish").
    static let blocDeterminers: Set<String> = ["a", "an", "the", "whatever", "whichever"]

    /// Verbs of joining or leaving a bloc.
    static let joiningVerbs: Set<String> = ["join", "joins", "joined", "joining", "rejoin", "rejoined", "rejoining", "enter", "enters", "entered", "entering",
                                            "leave", "leaves", "leaving", "left", "quit", "quits", "quitting", "accede", "acceded", "acceding"]
    /// Nouns of joining or leaving a bloc, before "to", "into", "in", "from" or "of".
    static let joiningNouns: Set<String> = ["accession", "admission", "membership", "entry", "withdrawal", "exit", "integration"]

    /// Plural nouns of the members an alliance "of" them groups ("of former Soviet republics", "of post-Soviet states").
    static let memberNouns: Set<String> = ["republics", "states", "countries", "nations", "members"]
    /// Words that list an alliance's members after it ("made up of", "consisting of", "comprising", "including").
    static let membershipWords: Set<String> = ["of", "comprising", "including", "includes", "include", "uniting", "unites", "grouping", "consisting", "composed"]

    /// Copulas that make the noun after them what their subject is.
    static let copulas: Set<String> = ["is", "was", "remains", "remained", "became", "becomes"]

    /// Nouns of documents as running text writes them in lowercase ("the treaty on allied relations").
    static let documentNouns: Set<String> = ["treaty", "agreement", "declaration", "charter", "memorandum", "communique", "accord", "pact", "concept", "document"]

    /// Nouns of bringing a relation about, between a document's "on" and its topic ("a declaration on the establishment of a
    /// strategic partnership").
    static let establishing: Set<String> = ["establishment", "creation", "formation", "development", "strengthening", "deepening"]

    /// Whether the label whose first word is at `first` and last word at `last` is the topic of a document's name ("the
    /// treaty on allied relations with Uzbekistan", "a Declaration on Strategic Partnership", "the agreement on the military
    /// alliance"): "on" or "of" right after a document's noun, an article or lowercase modifiers between, perhaps through
    /// "the establishment of" or after another topic and "and" ("the agreement on strategic partnership and allied ties");
    /// or the label modifying a document's noun ("the strategic partnership agreement between A and B"). The document's
    /// name, not a relation the text states (the guide counts such words only when the text states the relation in plain
    /// words).
    func isDocumentTopic(_ first: Int, last: Int, in sentence: Range<Int>) -> Bool {
        if last + 1 < sentence.upperBound, Self.documentNouns.contains(document.word(last + 1)) { return true }
        // Back over lowercase modifiers and an article, at most three words, to the word that ends the walk.
        func walkBack(from start: Int) -> Int {
            var cursor = start
            while cursor > sentence.lowerBound, start - cursor < 3, document.tokens[cursor].kind == .word || document.word(cursor) == "-",
                  !["on", "of", "and", "with", "between", "to", "in"].contains(document.word(cursor)), document.spanAt[cursor] == nil {
                cursor -= 1
            }
            return cursor
        }
        var cursor = walkBack(from: first - 1)
        // "and" or "the establishment of" right before the label, or before its article only.
        let adjacent = cursor >= first - 2 && (cursor == first - 1 || ["a", "an", "the"].contains(document.word(first - 1)))
        if adjacent, document.word(cursor) == "and", cursor > sentence.lowerBound { cursor = walkBack(from: cursor - 1) }
        if adjacent, document.word(cursor) == "of", cursor - 1 > sentence.lowerBound, Self.establishing.contains(document.word(cursor - 1)) {
            cursor = walkBack(from: cursor - 2)
        }
        if ["on", "of"].contains(document.word(cursor)), cursor > sentence.lowerBound, Self.documentNouns.contains(document.word(cursor - 1)) { return true }
        if document.word(cursor) == "on", isDocumentBeforeParties(on: cursor, in: sentence) { return true }
        return isDevelopmentTopic(first, in: sentence)
    }

    /// Whether the "on" at `on` follows a document's noun and the parties it binds: "a document between Mongolia and the
    /// Russian Federation on Friendly Relations and Comprehensive Strategic Partnership", "the treaty with Uzbekistan on
    /// allied relations", "an agreement between Moscow, Minsk and Astana on strategic partnership". The parties are
    /// countries (capitals included) joined by "and", commas and "the" after "between" or "with".
    func isDocumentBeforeParties(on: Int, in sentence: Range<Int>) -> Bool {
        var cursor = on - 1
        var named = false
        while cursor > sentence.lowerBound {
            if let span = document.spanAt[cursor], document.spans[span].entity.country != nil { named = true; cursor = document.spans[span].start - 1; continue }
            guard ["the", "and", ","].contains(document.word(cursor)) else { break }
            cursor -= 1
        }
        guard named, cursor > sentence.lowerBound, ["between", "with"].contains(document.word(cursor)) else { return false }
        return Self.documentNouns.contains(document.word(cursor - 1)) || ["documents", "agreements", "treaties"].contains(document.word(cursor - 1))
    }

    /// Nouns and gerunds of developing a relation, which a document's topic may chain before the label ("the Treaty on
    /// deepening and expansion of allied relations", "an agreement on deepening and expanding allied relations").
    static let developing: Set<String> = ["establishment", "establishing", "creation", "creating", "formation", "development", "developing",
                                          "strengthening", "deepening", "expansion", "expanding", "enhancement", "enhancing", "building",
                                          "further", "consolidation", "consolidating"]

    /// Whether the label at `first` is a document's topic through a chain of nouns or gerunds of developing it, joined by
    /// "and", "of" and an article ("the Treaty on deepening and expansion of allied relations", "the agreement on the further
    /// development and strengthening of strategic partnership"), after "on" or "of" and a document's noun, also with the
    /// signing between them ("an agreement was signed on deepening and expanding allied relations"). The name of the
    /// document, or what it is about; not a relation the text states.
    func isDevelopmentTopic(_ first: Int, in sentence: Range<Int>) -> Bool {
        var cursor = first - 1
        if ["a", "an", "the"].contains(document.word(cursor)) { cursor -= 1 }
        if document.word(cursor) == "of" { cursor -= 1 }
        guard cursor > sentence.lowerBound, Self.developing.contains(document.word(cursor)) else { return false }
        while cursor - 2 > sentence.lowerBound, Self.developing.contains(document.word(cursor - 1)) || document.word(cursor - 1) == "and" && Self.developing.contains(document.word(cursor - 2)) {
            cursor -= document.word(cursor - 1) == "and" ? 2 : 1
        }
        cursor -= 1
        if ["a", "an", "the"].contains(document.word(cursor)) { cursor -= 1 }
        guard cursor > sentence.lowerBound, ["on", "of"].contains(document.word(cursor)) else { return false }
        var noun = cursor - 1
        // "an agreement was signed on ...", "the documents signed on ...".
        if document.word(noun) == "signed" { noun -= 1; if ["was", "were"].contains(document.word(noun)) { noun -= 1 } }
        return noun >= sentence.lowerBound && (Self.documentNouns.contains(document.word(noun)) || ["documents", "agreements", "treaties"].contains(document.word(noun)))
    }

    /// Participles after a state's name or adjective that make it the leader of a grouping ("Russian-led", "Moscow-dominated").
    static let leadingWords: Set<String> = ["led", "dominated", "centred", "centered"]

    /// Kinds of grouping that make "an alliance" a multilateral body ("an integration alliance"); "a military alliance" may bind
    /// two states ("are bound by a military alliance").
    static let groupingKinds: Set<String> = ["integration", "regional"]

    /// Whether the "alliance" at `index` refers back to an organisation rather than labelling two countries' relations: "the
    /// alliance" or "the military alliance" naming no parties, in a text that names an organisation before it or in its
    /// paragraph ("the work of the alliance", "the rift with the military alliance", "accusations that the alliance failed
    /// to meet its obligations" after the CSTO, "the alliance's summit" in a text about NATO), or "an integration alliance" of
    /// a multilateral kind. Its modifiers are lowercase words that name no country; a label names its parties after it ("the
    /// alliance between Russia and Armenia", "of Belarus and Russia", "with Russia") or is coordinated ("the alliance and
    /// strategic partnership"), and a possessive ("their alliance"), a country's adjective ("the Russian-Armenian alliance")
    /// or a kind of relations ("the level of the alliance") keeps it a label.
    func refersToAnOrganisation(_ index: Int, in sentence: Range<Int>) -> Bool {
        if ["between", "of", "with", "that", "which"].contains(document.word(index + 1)) { return false }
        // Coordinated with a label ("the alliance and strategic partnership"), not with any noun ("the importance of the
        // alliance and prospects for its expansion", said of GUAM).
        if document.word(index + 1) == "and", opensLabel(index + 2) { return false }
        var determiner = index - 1
        var modifiers: [String] = []
        // "the influential security and trade alliance": modifiers coordinated by "and" or a comma, none of them a label's
        // word ("the strategic partnership and alliance" stays a label).
        func coordinatesModifiers(_ position: Int) -> Bool {
            ["and", ","].contains(document.word(position)) && !modifiers.isEmpty && position - 1 > sentence.lowerBound
                && document.tokens[position - 1].kind == .word && document.tokens[position - 1].isLowercase && document.spanAt[position - 1] == nil
                && !Self.labelWords.contains(document.word(position - 1)) && !["the", "a", "an"].contains(document.word(position - 1))
        }
        while determiner > sentence.lowerBound, index - determiner <= 6, document.spanAt[determiner] == nil {
            let word = document.word(determiner)
            let modifier = word == "-" || document.tokens[determiner].kind == .word && document.tokens[determiner].isLowercase
                && !["the", "a", "an", "and", "or", "of", "to", "in", "with"].contains(word)
            guard modifier || coordinatesModifiers(determiner) else { break }
            modifiers.append(word)
            determiner -= 1
        }
        // "the NATO military alliance", "the CSTO alliance": an organisation's name modifying the noun names the bloc.
        if determiner >= 0, let span = document.spanAt[determiner], case .organisation = document.spans[span].entity { return true }
        // "the world's biggest security alliance", "the largest military alliance": one of a kind ranked among many is a bloc.
        if document.word(determiner) == "'s", document.word(determiner - 1) == "world" { return true }
        if modifiers.contains(where: { ["biggest", "largest", "strongest", "oldest", "mightiest"].contains($0) }) { return true }
        // "full and equal partners in this great alliance", "members of the alliance": what members belong to is a bloc.
        // (The walk stops at "the" but goes over "this", "our": the preposition is then the word it stopped at.)
        let preposition = ["in", "of", "within"].contains(document.word(determiner)) ? determiner : determiner - 1
        if ["the", "this", "that", "our", "their"].contains(document.word(preposition + 1)), ["in", "of", "within"].contains(document.word(preposition)),
           ["partners", "members", "allies", "member", "partner", "ally"].contains(document.word(preposition - 1)) { return true }
        switch document.word(determiner) {
        case "the":
            guard !["level", "basis", "spirit", "model"].contains(document.word(determiner - 2)) else { return false }
            let paragraph = document.paragraph(containing: index)
            return document.entities(in: 0..<max(determiner, paragraph.upperBound)).contains { if case .organisation = $0.entity { true } else { false } }
        case "a", "an": return modifiers.contains(where: Self.groupingKinds.contains)
        // "our regional alliance", "this integration alliance": a multilateral kind, whatever the determiner.
        default: return modifiers.contains(where: Self.groupingKinds.contains)
        }
    }

    /// Words that set an alternative against another: "versus", "vs", "rather than", "instead of".
    static let alternativeWords: Set<String> = ["versus", "vs", "than", "instead"]

    /// Whether the noun at `index` is one side of a choice: an alternative word before it, only an article or lowercase
    /// modifiers between ("versus alliance with Russia", "rather than a military alliance", "instead of an alliance").
    func isAlternative(_ index: Int, in sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, index - cursor <= 4, document.spanAt[cursor] == nil, document.tokens[cursor].kind == .word,
              document.tokens[cursor].isLowercase, !Self.alternativeWords.contains(document.word(cursor)), document.word(cursor) != "of" {
            cursor -= 1
        }
        if document.word(cursor) == "of" { cursor -= 1 }
        if document.word(cursor) == "." { cursor -= 1 }
        switch document.word(cursor) {
        case "versus", "vs": return true
        case "than": return document.word(cursor - 1) == "rather"
        case "instead": return document.word(cursor + 1) == "of"
        default: return false
        }
    }

    /// Whether token `index` continues a document's title: going back over capitalized words, commas, "and", "of", "on",
    /// "the" and hyphens, a title noun is reached.
    func insideTitle(_ index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor >= max(sentence.lowerBound, index - 12) {
            let token = document.tokens[cursor]
            if token.isCapitalized, Self.titleNouns.contains(token.text) { return true }
            guard token.isCapitalized || [",", "and", "of", "on", "the", "-", "for"].contains(token.text) else { return false }
            cursor -= 1
        }
        return false
    }

    /// Whether the word at `index` opens a relationship label ("strategic partnership", "comprehensive strategic partnership",
    /// "alliance", "allied relations"), as a label coordinated after "and" does; an article or a possessive may stand before it.
    func opensLabel(_ index: Int) -> Bool {
        let at = ["a", "an", "the", "our", "their"].contains(document.word(index)) ? index + 1 : index
        switch document.word(at) {
        case "strategic": return document.word(at + 1) == "partnership"
        case "comprehensive": return document.word(at + 1) == "strategic"
        case "alliance", "allied", "partnership": return true
        default: return false
        }
    }

    /// Whether the adjective at `index` is the predicate of relations named before it: a copula or a verb of naming before
    /// it (an adverb may stand between), nothing attributive after it, and "relations", "ties" or "relationship" as the
    /// subject a few words back.
    func isPredicate(_ index: Int, sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        guard index + 1 >= sentence.upperBound || tokens[index + 1].kind != .word || ["and", "but", "in", "since", "for"].contains(tokens[index + 1].lower) else { return false }
        var verb = index - 1
        if verb > sentence.lowerBound, document.word(verb).hasSuffix("ly") { verb -= 1 }
        guard ["are", "is", "remain", "remains", "remained", "called", "described", "considered", "become", "became", "as", "were", "was"].contains(document.word(verb)) else { return false }
        return (max(sentence.lowerBound, verb - 6)..<verb).contains { ["relations", "ties", "relationship"].contains(document.word($0)) }
    }

    /// Verbs that define a noun ("Alliance is the highest level of partnership", "strategic partnership implies ...").
    static let defining: Set<String> = ["is", "means", "implies", "presupposes", "represents", "denotes"]
    /// Nouns of a definition's predicate: a grade or a kind of relations ("the highest level of", "a form of").
    static let definitionNouns: Set<String> = ["level", "form", "type", "kind", "stage", "degree", "format", "model", "category"]

    /// Whether the label from `first` to `last` is the subject of a general definition, not two states' relations: it opens
    /// the sentence (an article at most before it) and a verb of defining follows it ("Alliance is the highest and most
    /// trusting level of interstate partnership", "A strategic partnership is a form of ...", "Alliance means ..."), "is"
    /// with a grade or kind of relations or a superlative after it; the sentence names no country ("Alliance is what binds
    /// Russia and Belarus" stays a label, read with its pair).
    func isGenericDefinition(_ first: Int, last: Int, in sentence: Range<Int>) -> Bool {
        guard first == sentence.lowerBound || first == sentence.lowerBound + 1 && ["a", "an"].contains(document.word(sentence.lowerBound)),
              last + 1 < sentence.upperBound, Self.defining.contains(document.word(last + 1)),
              !document.entities(in: sentence).contains(where: { $0.entity.country != nil }) else { return false }
        guard document.word(last + 1) == "is" else { return true }
        return (last + 2..<min(sentence.upperBound, last + 9)).contains { position in
            let word = document.word(position)
            return Self.definitionNouns.contains(word) || ["most", "highest", "closest", "deepest", "strongest", "best", "greatest"].contains(word)
        }
    }

    /// The index after the pair's adjectives at `index` ("Russian-Belarusian", "Kazakh-Uzbek", "Russian and Armenian"), else
    /// `index`.
    func afterPairAdjectives(_ index: Int) -> Int {
        var cursor = index
        while let span = document.entity(at: cursor), span.start == cursor, case .country(_, .demonym) = span.entity {
            cursor = span.end
            guard ["-", "and"].contains(document.word(cursor)), let next = document.entity(at: cursor + 1), next.entity.country != nil else { break }
            cursor += 1
        }
        return cursor
    }

    /// Adverbs that say a relation is approached, not reached ("almost", "nearly", "not yet").
    static let approaching: Set<String> = ["almost", "nearly", "approaching", "yet"]

    /// Whether the label that starts at `first` is one the relations only approach: "almost", "nearly", "approaching" or
    /// "not yet" a few words before it, with only lowercase words between ("have almost risen to the level of alliance",
    /// "nearly an alliance", "not yet a strategic partnership"); a number between makes the adverb the count's ("almost 30
    /// years of strategic partnership"). So is a label a plan aims to bring about: a word of aim before a verb of
    /// establishing it ("a joint declaration aimed at establishing a strategic partnership", "the sides seek to build an
    /// alliance", "talks with a view to forming a comprehensive strategic partnership"); not one established ("signed the
    /// treaty, establishing allied relations") nor one an aim deepens ("aimed at deepening the strategic partnership"). So is
    /// one "towards" leads to without a definite determiner ("working towards an alliance", "a step toward strategic
    /// partnership").
    func isApproached(_ first: Int, in sentence: Range<Int>) -> Bool {
        var cursor = first - 1
        var broughtAbout = false
        while cursor >= sentence.lowerBound, first - cursor <= 7 {
            let token = document.tokens[cursor]
            if Self.approaching.contains(token.lower) { return token.lower != "yet" || document.word(cursor - 1) == "not" }
            // "moving towards an alliance", "steps toward a strategic partnership": a goal; not "committed to the
            // strategic partnership", nor "their course towards the alliance" (one they have).
            if ["towards", "toward"].contains(token.lower) { return !((cursor + 1)..<first).contains { ["the", "their", "our", "its", "this"].contains(document.word($0)) } }
            if Self.bringingAbout.contains(token.lower) { broughtAbout = true }
            if broughtAbout, Self.aiming.contains(token.lower) { return true }
            guard token.kind == .word, token.isLowercase, document.spanAt[cursor] == nil else { return false }
            cursor -= 1
        }
        return false
    }

    /// Words of an aim, before a verb of bringing a label about ("aimed at establishing", "seeks to build", "with a view to
    /// forming", "intend to create").
    static let aiming: Set<String> = ["aimed", "aiming", "aims", "aim", "seek", "seeks", "seeking", "intend", "intends", "intending", "view"]
    /// Verbs of bringing a relation about.
    static let bringingAbout: Set<String> = ["establish", "establishing", "form", "forming", "create", "creating", "build", "building", "forge", "forging"]

    /// Whether the capitalized "Partnership" at `index` closes a label some outlets write in capitals ("to develop the
    /// Mongolia-China Comprehensive Strategic Partnership", "strengthening the Comprehensive Strategic Partnership would
    /// serve both peoples"): "Strategic" before it, "Comprehensive" maybe before that, opened after a word in small letters
    /// or a country's name, and no capitalized word after it ("the Strategic Partnership Charter" is a document's name). A
    /// document's title that holds it ("the Treaty on Comprehensive Strategic Partnership") is still read as a title.
    func isCapitalizedLabel(_ index: Int, in sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        guard tokens[index].text == "Partnership", index - 1 > sentence.lowerBound, tokens[index - 1].text == "Strategic" else { return false }
        if index + 1 < sentence.upperBound, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized { return false }
        let start = tokens[index - 2].text == "Comprehensive" ? index - 2 : index - 1
        guard start > sentence.lowerBound else { return true }
        let before = tokens[start - 1]
        return before.kind == .word && before.isLowercase || document.spanAt[start - 1] != nil
    }

    func labels(in sentence: Range<Int>) -> [(Int, String)] {
        var result: [(Int, String)] = []
        for index in sentence {
            // Names of organisations ("North Atlantic Alliance") are not labels.
            if document.spanAt[index] != nil { continue }
            let word = document.word(index)
            // A capitalized "Allied" or "Alliance" inside a sentence is part of a name ("Declaration on Allied Interaction").
            let token = document.tokens[index]
            // Not one coordinated with a label in small letters ("to the level of genuine Alliance and strategic partnership").
            if token.isCapitalized, index > sentence.lowerBound, document.tokens[index - 1].kind == .word, !isCoordinatedWithALabel(index),
               !isCapitalizedLabel(index, in: sentence) { continue }
            // "the Declaration on Eternal Friendship, Alliance and Partnership": a capitalized word after a comma inside a
            // document's title is part of the title too.
            if token.isCapitalized, insideTitle(index, sentence: sentence) { continue }
            switch word {
            case "partnership" where document.word(index - 1) == "strategic":
                // "a declaration on strategic partnership": the document's topic.
                if isDocumentTopic(document.word(index - 2) == "comprehensive" ? index - 2 : index - 1, last: index, in: sentence) { continue }
                // "have almost reached the level of strategic partnership": approached, not stated.
                if isApproached(document.word(index - 2) == "comprehensive" ? index - 2 : index - 1, in: sentence) { continue }
                // "seeks a strategic partnership with X", "the idea of a comprehensive strategic partnership": wished for.
                if case let article = (document.word(index - 2) == "comprehensive" ? index - 3 : index - 2), ["a", "an"].contains(document.word(article)),
                   isSought(before: article) { continue }
                // "Strategic partnership is a form of interstate relations ...": a general definition.
                if isGenericDefinition(document.word(index - 2) == "comprehensive" ? index - 2 : index - 1, last: index, in: sentence) { continue }
                result.append((index, document.word(index - 2) == "comprehensive" ? "comprehensive strategic partnership" : "strategic partnership"))
            case "alliance", "alliances":
                // "Image: ZUMA Press Wire/picture alliance": the photo agency's name in a credit.
                if document.word(index - 1) == "picture" { continue }
                // "remain outside military alliances", "will not join any alliance": alliances as a kind of thing, not a
                // label between two countries. A plural names no bilateral alliance.
                if word == "alliances" || ["any", "no", "other", "new"].contains(document.word(index - 1)) || isKindOfThing(index, in: sentence) { continue }
                if isGrouping(index, in: sentence) || refersToAnOrganisation(index, in: sentence) { continue }
                // "the alliance members", "alliance member states", "the alliance's summit": a bloc's members or bodies.
                if isBlocModifier(index) { continue }
                // "GUUAM was set up in 1997 as a political, economic and strategic alliance": what an organisation is.
                if isOrganisationsPredicate(index, in: sentence) { continue }
                // "entering a military alliance by choice", "have freely joined a military alliance": a bloc one joins or leaves.
                if isJoinedBloc(index, in: sentence) { continue }
                // "state nationalism versus alliance with Russia", "neutrality rather than an alliance": one side of a choice,
                // weighed, not a relation stated.
                if isAlternative(index, in: sentence) { continue }
                // "the treaty on military alliance": a document's topic.
                if isDocumentTopic(index, last: index, in: sentence) { continue }
                // "Alliance is the highest level of interstate partnership": a general definition.
                if isGenericDefinition(index, last: index, in: sentence) { continue }
                // "our partnership has almost risen to the level of alliance", "nearly an alliance": approached, not stated.
                if isApproached(index, in: sentence) { continue }
                // "the North Atlantic alliance": capitalized words that name no country make it a proper name.
                let previous = index - 1
                if previous > sentence.lowerBound, document.tokens[previous].isCapitalized, document.tokens[previous].kind == .word,
                   document.spanAt[previous] == nil { continue }
                result.append((index, "alliance"))
            case "allied":
                // "allied Russian-Belarusian relations": the pair's adjectives may stand between.
                let noun = afterPairAdjectives(index + 1)
                let next = document.word(noun)
                // "allied interaction", "allied cooperation", "allied obligations": a kind of dealing, not the relations' label.
                // "the two allied countries", "fraternal and allied states": the parties described, no relations labelled (as
                // "strategic partners" and "strategic ally" label none).
                // "the allied nature of relations between A and B", "the allied character of their ties": the relations' kind.
                let kindOfRelations = ["nature", "character"].contains(next) && document.word(noun + 1) == "of"
                    && ["relations", "relationship", "ties"].contains(document.word(document.word(noun + 2) == "the" || document.word(noun + 2) == "their" ? noun + 3 : noun + 2))
                // "allied and strategic partnership": "and" coordinates another label; "allied and integration ties" coordinates
                // kinds of ties, no label (both real21 annotators read it so).
                let coordinatesLabel = next == "and" && opensLabel(noun + 1)
                if ["relations", "relationship", "relationships", "ties"].contains(next) || noun == index + 1 && (next == "partnership" || coordinatesLabel) || kindOfRelations {
                    // "the treaty on allied relations with Uzbekistan": the document's topic.
                    if isDocumentTopic(index, last: noun, in: sentence) { continue }
                    if isApproached(index, in: sentence) { continue }
                    result.append((index, "allied relations"))
                } else if isPredicate(index, sentence: sentence) {
                    // "Russian-Armenian relations are rightly called allied", "ties that remain allied": the adjective as the
                    // predicate of relations.
                    result.append((index, "allied relations"))
                }
            default: break
            }
        }
        return result
    }
}

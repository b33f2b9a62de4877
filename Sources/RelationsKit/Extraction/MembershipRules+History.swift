/// An organisation's membership history told as background: the encyclopaedic paragraph that says how a bloc grew after its
/// founding names its newcomers without a membership verb of which they are the subject. The growth is the organisation's
/// ("BRICS has since grown to include Egypt and Iran", "the bloc expanded its membership to take in A and B", "evolved into a
/// multinational entity with the inclusion of South Africa in 2010 and additional countries such as A and B"), or the
/// founders' in the passive ("its original members ... were joined by Iran, the UAE and Egypt", "the five founders were
/// later joined in 2001 by Uzbekistan"). Each newcomer joined the organisation; the founders named beside them did not.
extension MembershipRules {
    /// Verbs of an organisation growing, in the forms that state the growth done ("has grown", "expanded", "expanding"); a
    /// base form is a prospect and never one ("could grow to include", "plans to expand").
    static let growingVerbs: Set<String> = ["grown", "grew", "growing", "expanded", "expanding", "enlarged", "enlarging", "widened", "widening",
                                            "broadened", "broadening", "evolved", "evolving", "swelled", "swollen", "extended"]
    /// Verbs naming the newcomers after a growth verb's "to" ("grown to include", "expanded to encompass", "enlarged to take in").
    static let includingBases: Set<String> = ["include", "encompass", "embrace", "incorporate", "admit", "take", "cover"]
    /// Nouns of a newcomer's entry after a growth verb ("with the inclusion of South Africa", "through the addition of A and B",
    /// "after the admission of").
    static let entryNouns: Set<String> = ["inclusion", "addition", "additions", "admission", "accession", "entry", "arrival", "incorporation", "enlargement"]
    /// Words between a growth verb and what names its newcomers ("has since grown to include", "expanded its membership in
    /// 2024 to include", "evolved into a multinational entity with the inclusion of"): a verb or a clause mark ends the search.
    static let growthStops: Set<String> = [";", ".", ":", "which", "that", "who", "but", "while", "whereas"]
    /// Words of an organisation's members as the subject of "were joined by" ("its original members", "the five founding
    /// states", "the founders").
    static let founderWords: Set<String> = ["members", "founders", "founding", "original", "members-founders", "co-founders", "cofounders", "member-states"]

    /// Prepositions that put a name inside its subject's modifier ("Trade between Russia and the EU", "the number of CIS states").
    static let subjectPrepositions: Set<String> = ["between", "of", "with", "in", "for", "to", "from", "on", "at", "by", "among", "and", "within"]

    /// The newcomers of an organisation's growth told in `sentence`, each joined.
    func membershipGrowth(in sentence: Range<Int>, references: Coreference) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        for verb in sentence where Self.growingVerbs.contains(document.word(verb)) || isJoinedBy(verb, sentence: sentence) {
            guard statesDone(verb, sentence: sentence), !isNegatedOrHypothetical(verb, sentence: sentence) else { continue }
            let passive = document.word(verb) == "joined"
            guard let start = passive ? agentStart(afterJoined: verb, sentence: sentence) : newcomersStart(afterGrowth: verb, sentence: sentence),
                  case let listed = newcomers(startingAt: start, sentence: sentence), !listed.codes.isEmpty,
                  // "were joined by Kazakhstan in condemning the strike", "at the talks": another role than a member's.
                  !passive || !joinsInAnotherRole(after: listed.end, sentence: sentence),
                  let org = grownOrganisation(before: verb, passive: passive, sentence: sentence, references: references) else { continue }
            result.append((org, listed.codes, "joined"))
        }
        return result
    }

    /// Whether "joined" at `index` is the passive with an agent: "were joined by", "have since been joined in 2001 by".
    func isJoinedBy(_ index: Int, sentence: Range<Int>) -> Bool {
        guard document.word(index) == "joined" else { return false }
        var cursor = index - 1
        while cursor > sentence.lowerBound, isAdverb(cursor) || ["since", "then", "later", "subsequently", "soon"].contains(document.word(cursor)) { cursor -= 1 }
        guard ["was", "were", "been", "is", "are"].contains(document.word(cursor)) else { return false }
        return agentStart(afterJoined: index, sentence: sentence) != nil
    }

    /// Where the agent of "joined ... by" starts, over a date and adverbs between ("joined in 2001 by", "joined later by",
    /// "joined, in June 2017, by").
    func agentStart(afterJoined index: Int, sentence: Range<Int>) -> Int? {
        var cursor = index + 1
        while cursor < min(sentence.upperBound, index + 8), document.word(cursor) != "by" {
            guard isAdverb(cursor) || tokens[cursor].kind == .number || DateWords.month(tokens[cursor]) != nil
                || ["in", "on", "at", "the", "end", "year", "same", "that", "this", "last", ",", "later", "then", "since"].contains(document.word(cursor)) else { return nil }
            cursor += 1
        }
        return document.word(cursor) == "by" ? cursor + 1 : nil
    }

    /// Whether the growth verb at `index` states the growth done: no "to", modal or "be" of a prospect before it, over its
    /// auxiliaries and adverbs ("has since grown", "had steadily expanded"; not "is expected to grow", "could be joined by",
    /// "will have expanded").
    func statesDone(_ index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, isAdverb(cursor) || ["since", "then", "later", "subsequently", "now", "gradually", "steadily", "has", "have", "had", "been", "was", "were", "is", "are"].contains(document.word(cursor)) {
            cursor -= 1
        }
        let before = document.word(cursor)
        return !Self.prospectWords.contains(before) && !["be", "being", "expected", "set", "likely", "poised", "going"].contains(before)
    }

    /// Where the newcomers after a growth verb start: after "to include" or an entry noun's "of" within the clause ("has since
    /// grown to include", "expanded its membership to take in", "with the inclusion of", "through the addition of").
    func newcomersStart(afterGrowth verb: Int, sentence: Range<Int>) -> Int? {
        var cursor = verb + 1
        while cursor < min(sentence.upperBound - 1, verb + 10), !Self.growthStops.contains(document.word(cursor)) {
            let word = document.word(cursor)
            if word == "to", Self.includingBases.contains(document.word(cursor + 1)) {
                return document.word(cursor + 1) == "take" ? document.word(cursor + 2) == "in" ? cursor + 3 : nil : cursor + 2
            }
            if Self.entryNouns.contains(word), document.word(cursor + 1) == "of" { return cursor + 2 }
            // "expanded to 10 members" ends the clause's growth; a country before the verb's complement is its subject elsewhere.
            if document.spanAt[cursor] != nil, document.entity(at: cursor)?.entity.country != nil { return nil }
            cursor += 1
        }
        return nil
    }

    /// The countries listed from `start` as newcomers, and where the list ends: names coordinated by commas and "and", each
    /// perhaps with its article, its abbreviation in brackets and its date ("Iran, the UAE, Egypt", "the United Arab Emirates
    /// (UAE)", "South Africa in 2010 and Egypt in 2024"), and a group named by example ("and additional countries such as A and
    /// B", "and other states including A").
    func newcomers(startingAt start: Int, sentence: Range<Int>) -> (codes: [String], end: Int) {
        var codes: [String] = []
        var cursor = start
        while cursor < sentence.upperBound {
            if document.word(cursor) == "the" { cursor += 1 }
            guard let span = document.entity(at: cursor), let code = span.entity.country else { break }
            if !codes.contains(code) { codes.append(code) }
            var end = span.end
            // "(UAE)": an abbreviation in brackets.
            if document.word(end) == "(", end + 2 < sentence.upperBound, document.word(end + 2) == ")" { end += 3 }
            end = datedListItemEnd(from: end, sentence: sentence)
            var next = end
            while next < sentence.upperBound, next < end + 2, [",", "and"].contains(document.word(next)) { next += 1 }
            guard next > end else { cursor = end; break }
            // "and additional countries such as", "and other members including", "as well as".
            if let example = exampleListStart(at: next, sentence: sentence) { next = example }
            guard document.entity(at: next)?.entity.country != nil || document.word(next) == "the" && document.entity(at: next + 1)?.entity.country != nil else {
                cursor = end
                break
            }
            cursor = next
        }
        return (codes, cursor)
    }

    /// The end of a list item's date: `dateAdjunctEnd`, and a time counted from the event before ("in subsequent years", "in
    /// later years", "in the following years").
    func datedListItemEnd(from index: Int, sentence: Range<Int>) -> Int {
        let end = dateAdjunctEnd(from: index, sentence: sentence)
        guard end == index, document.word(index) == "in" else { return end }
        var cursor = index + 1
        if document.word(cursor) == "the" { cursor += 1 }
        guard ["subsequent", "later", "following", "recent", "next"].contains(document.word(cursor)), ["years", "year", "decades", "decade"].contains(document.word(cursor + 1)) else { return index }
        return cursor + 2
    }

    /// Where the names start after a group named by example ("additional countries such as", "other states including", "new
    /// members like"), at `index`; nil when none is there.
    func exampleListStart(at index: Int, sentence: Range<Int>) -> Int? {
        var cursor = index
        if ["additional", "other", "new", "more", "further", "several"].contains(document.word(cursor)) { cursor += 1 }
        guard ["countries", "states", "nations", "members", "economies"].contains(document.word(cursor)) else { return nil }
        cursor += 1
        if document.word(cursor) == "such", document.word(cursor + 1) == "as" { return cursor + 2 }
        if ["including", "like", "namely"].contains(document.word(cursor)) { return cursor + 1 }
        return nil
    }

    /// Whether the agent of "were joined by" goes on in another role than a member's: "in" before a gerund or an activity
    /// ("in condemning", "in the exercise"; not a date, "in 2024", nor the organisation, "in the group GUAM"), "at" a
    /// meeting, "for" or "on" an occasion.
    func joinsInAnotherRole(after end: Int, sentence: Range<Int>) -> Bool {
        let word = document.word(end)
        if ["at", "for", "on", "during"].contains(word) { return dateAdjunctEnd(from: end, sentence: sentence) == end }
        guard word == "in", datedListItemEnd(from: end, sentence: sentence) == end else { return false }
        // "joined by Azerbaijan in the consultative group GUAM", "in the Eurasian Economic Union": the organisation joined.
        for cursor in (end + 1)..<min(sentence.upperBound, end + 6) {
            if let span = document.entity(at: cursor), case .organisation = span.entity { return false }
            if Coreference.organisationNouns.contains(document.word(cursor)) && document.word(cursor) != "it" { return false }
            if [",", ";", "."].contains(document.word(cursor)) { break }
        }
        return true
    }

    /// The organisation that grew: for a growth verb the organisation its subject names or refers to ("BRICS has since grown",
    /// "the bloc expanded", "its membership grew"); for "were joined by", the one whose members the subject names ("its
    /// original members", "the SCO's founders", "the founding states of the CSTO"). A referring word ("its", "the bloc") is
    /// the one the paragraph is about, else the text's.
    func grownOrganisation(before verb: Int, passive: Bool, sentence: Range<Int>, references: Coreference) -> String? {
        // The subject: back from the verb to the clause's start, over a list in dashes or brackets ("its original members -
        // Brazil, Russia, India, China and South Africa - were joined").
        var cursor = verb - 1
        var subject: [Int] = []
        var inAside = false
        while cursor >= sentence.lowerBound, cursor >= verb - 25 {
            let word = document.word(cursor)
            if ["-", "–", "—", ")", "("].contains(word) { inAside.toggle() }
            // "The EAEU, launched by Russia, Belarus and Kazakhstan, was enlarged": over an apposition between the subject and
            // its auxiliary, to the comma that opens it.
            else if !inAside, word == ",", subject.allSatisfy({ Self.linkingVerbs.contains(document.word($0)) || isAdverb($0) }),
                    let open = (max(sentence.lowerBound, cursor - 15)..<cursor).last(where: { document.word($0) == "," && document.spanAt[$0 + 1] == nil && !["and", "the"].contains(document.word($0 + 1)) }) { cursor = open }
            else if !inAside, [";", ":"].contains(word) || word == "," && !subject.isEmpty { break }
            else if !inAside { subject.insert(cursor, at: 0) }
            cursor -= 1
        }
        let named = subject.compactMap { document.entity(at: $0) }.last { span in
            if case .organisation = span.entity { true } else { false }
        }
        // The organisation heads the subject: "Trade between Russia and the EU has grown to include ..." is no growth of the EU's.
        if let named, subject.contains(where: { $0 < named.start && Self.subjectPrepositions.contains(document.word($0)) }) { return nil }
        if passive {
            guard subject.contains(where: { Self.founderWords.contains(document.word($0)) }) || named != nil && subject.contains(where: { Coreference.modifiedNouns.contains(document.word($0)) }) else { return nil }
        } else {
            // "BRICS has since grown", "the EAEU's membership grew": only the owner's mark, the membership, auxiliaries and
            // adverbs between the name and the verb.
            if let named, subject.contains(where: { $0 >= named.end && !["'s", "membership", "ranks", "since", "then", "later", "now", "steadily", "gradually"].contains(document.word($0))
                && !Self.linkingVerbs.contains(document.word($0)) && !isAdverb($0) }) { return nil }
            guard named != nil || subject.contains(where: { Coreference.organisationNouns.contains(document.word($0)) || ["its", "membership", "club"].contains(document.word($0)) }) else { return nil }
        }
        if let named, case let .organisation(code) = named.entity { return code }
        return topicOrganisation(before: verb) ?? references.mostNamedOrganisation(before: verb)
    }
}

/// Membership events: a country joined, left, suspended, froze or plans to leave or join an organisation,
/// or was granted observer status ("Kiev earlier announced the plans to quit CIS";
/// "Armenia has frozen its participation in the CSTO").
struct MembershipRules {
    let document: Document
    let reference: ReferenceIndex

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
    ]

    /// Words just before a verb that make it an announcement or a prospect rather than an event.
    static let announcing: Set<String> = ["announced", "announces", "announce", "decided", "decision", "notified", "intention", "threatened"]

    /// The phrases by their first word, longest first.
    static let phrasesByFirstWord: [String: [(words: [String], action: String)]] =
        Dictionary(grouping: phrases, by: { $0.words[0] }).mapValues { $0.sorted { $0.words.count > $1.words.count } }

    func extract() -> [ArticleFacts.Membership] {
        var found: [ArticleFacts.Membership] = []
        let references = Coreference(document: document, reference: reference)
        for sentence in document.sentences {
            let words = sentence.map { document.word($0) }
            var offset = 0
            var lastOrganisation: String?
            while offset < words.count {
                guard let phrase = Self.phrasesByFirstWord[words[offset]]?.first(where: { words[offset...].starts(with: $0.words) }) else { offset += 1; continue }
                let at = sentence.lowerBound + offset
                let end = at + phrase.words.count
                offset += phrase.words.count
                // Negated in its clause: "has not left", "does not mean".
                let clause = max(sentence.lowerBound, at - 3)..<at
                if clause.contains(where: { ["not", "never", "n't", "no"].contains(document.word($0)) }) { continue }
                guard let org = organisation(near: at, end: end, sentence: sentence, references: references) ?? lastOrganisation else { continue }
                lastOrganisation = org
                var action = phrase.action
                // "would become the second country to formally quit", "announced the country's exit": prospects.
                let before = max(sentence.lowerBound, at - 8)..<at
                if before.contains(where: { ["would", "could", "may", "might"].contains(document.word($0)) })
                    || (max(sentence.lowerBound, at - 5)..<at).contains(where: { Self.announcing.contains(document.word($0)) }) {
                    action = action == "left" ? "plans_to_leave" : action == "joined" ? "plans_to_join" : action
                }
                var countries = countries(before: at, after: end, sentence: sentence)
                if countries.isEmpty, let subject = (max(sentence.lowerBound, at - 3)..<at).last(where: { Coreference.countryWords.contains(document.word($0)) }),
                   let code = references.country(referredToBy: subject) {
                    countries = [code]
                }
                let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
                for country in countries where !found.contains(where: { $0.org == org && $0.country == country && $0.action == action }) {
                    found.append(ArticleFacts.Membership(org: org, country: country, action: action, start: span.start, end: span.end))
                }
            }
        }
        return found
    }

    /// The organisation the verb acts on: one a referring noun right after or before it stands for
    /// ("joining the union", "the union's first observer state", "which Armenia joined"), else the first
    /// named after it in the clause.
    func organisation(near at: Int, end: Int, sentence: Range<Int>, references: Coreference) -> String? {
        let after = end..<min(sentence.upperBound, end + 3)
        if let noun = after.first(where: { Coreference.organisationNouns.contains(document.word($0)) }), document.entity(at: noun) == nil,
           !after.prefix(while: { $0 < noun }).contains(where: { document.entity(at: $0) != nil }) {
            return references.organisation(referredToBy: noun)
        }
        for span in document.entities(in: end..<min(sentence.upperBound, end + 10)) {
            if case let .organisation(code) = span.entity { return code }
        }
        // "the union's first observer state", "which Armenia joined".
        let before = max(sentence.lowerBound, at - 4)..<at
        if let noun = before.last(where: { Coreference.organisationNouns.contains(document.word($0)) }), document.entity(at: noun) == nil,
           document.word(noun) != "which" || document.entity(at: noun + 1)?.entity.country != nil {
            return references.organisation(referredToBy: noun)
        }
        return nil
    }

    /// The countries that act: the nearest named before the verb (its name, capital, or a person's country),
    /// else those listed after it ("granted observer status to Uzbekistan and Cuba", "the accession of Armenia").
    func countries(before index: Int, after end: Int, sentence: Range<Int>) -> [String] {
        let before = document.entities(in: sentence.lowerBound..<index).compactMap { span -> String? in
            if let code = span.entity.country { return code }
            if case let .person(name, _) = span.entity { return document.personCountries[name] }
            return nil
        }
        if let last = before.last { return [last] }
        var result: [String] = []
        for span in document.entities(in: end..<sentence.upperBound) {
            if let code = span.entity.country, !result.contains(code) { result.append(code) }
        }
        return result
    }
}

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
        (["was", "admitted"], "joined"), (["were", "admitted"], "joined"), (["admitted", "as"], "joined"), (["admitted", "to"], "joined"),
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
                if clause.contains(where: { ["not", "never", "n't", "no", "refused", "declined", "rejected"].contains(document.word($0)) }) { continue }
                // Freezing and suspending are about membership: "frozen its participation", not "frozen conflicts".
                if ["froze", "suspended"].contains(phrase.action),
                   !(end..<min(sentence.upperBound, end + 5)).contains(where: { ["participation", "membership", "activities", "activity"].contains(document.word($0)) }) { continue }
                let earlierNoun = (sentence.lowerBound..<at).last { Coreference.organisationNouns.contains(document.word($0)) && !["it", "which"].contains(document.word($0)) && document.entity(at: $0) == nil }
                guard let org = organisation(near: at, end: end, sentence: sentence, references: references) ?? lastOrganisation
                    ?? earlierNoun.flatMap(references.organisation(referredToBy:)) else { continue }
                lastOrganisation = org
                var action = phrase.action
                // "the law ratifying the treaty on Kyrgyzstan's accession": not in force yet.
                if phrase.words.first == "accession", action == "joined", words.contains(where: { $0.hasPrefix("ratif") }) || words.contains("signed"),
                   !words.contains("force") { action = "plans_to_join" }
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
        let after = end..<min(sentence.upperBound, end + 5)
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
           document.word(noun) != "which" || document.entity(at: noun + 1)?.entity.country != nil && (document.word(noun - 1) == "," || document.entity(at: noun - 1) != nil) {
            return references.organisation(referredToBy: noun)
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
        // "Russia, Belarus, Kazakhstan and Armenia, which joined": a relative clause belongs to the nearest name.
        let relativeSubject = ["which", "who"].contains(document.word(probe))
        let before = document.entities(in: sentence.lowerBound..<index).compactMap { span -> (code: String, span: EntitySpan)? in
            if let code = span.entity.country { return (code, span) }
            if case let .person(name, _) = span.entity, let code = document.personCountries[name] { return (code, span) }
            return nil
        }
        if var last = before.last {
            // "Azerbaijan and Georgia left", "Cuba and Uzbekistan were granted": a coordinated subject.
            var result = [last.code]
            for previous in before.dropLast().reversed() where !relativeSubject {
                let between = (previous.span.end..<last.span.start).map { document.word($0) }
                guard between == ["and"] || between == [","] || between == [",", "and"] else { break }
                result.insert(previous.code, at: 0)
                last = previous
            }
            return result
        }
        var result: [String] = []
        for span in document.entities(in: end..<sentence.upperBound) {
            if let code = span.entity.country, !result.contains(code) { result.append(code) }
        }
        return result
    }
}

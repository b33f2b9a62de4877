/// Membership events: a country joined, left, suspended, froze or plans to leave or join an organisation,
/// or was granted observer status ("Kiev earlier announced the plans to quit CIS";
/// "Armenia has frozen its participation in the CSTO").
struct MembershipRules {
    let document: Document

    /// Verb phrases (lowercase word sequences) and the action they state. Longer phrases first.
    static let phrases: [(words: [String], action: String)] = [
        (["plans", "to", "quit"], "plans_to_leave"), (["plans", "to", "leave"], "plans_to_leave"), (["plans", "to", "withdraw"], "plans_to_leave"),
        (["plan", "to", "quit"], "plans_to_leave"), (["plan", "to", "leave"], "plans_to_leave"), (["plan", "to", "withdraw"], "plans_to_leave"),
        (["intends", "to", "leave"], "plans_to_leave"), (["intends", "to", "quit"], "plans_to_leave"), (["intends", "to", "withdraw"], "plans_to_leave"),
        (["intention", "to", "leave"], "plans_to_leave"), (["intention", "to", "withdraw"], "plans_to_leave"), (["intention", "to", "quit"], "plans_to_leave"),
        (["decision", "to", "leave"], "plans_to_leave"), (["decision", "to", "quit"], "plans_to_leave"), (["decision", "to", "withdraw"], "plans_to_leave"),
        (["will", "leave"], "plans_to_leave"), (["will", "quit"], "plans_to_leave"), (["will", "withdraw"], "plans_to_leave"),
        (["start", "the", "procedure", "of", "withdrawal"], "plans_to_leave"), (["denounce"], "plans_to_leave"), (["denouncing"], "plans_to_leave"),
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

    func extract() -> [ArticleFacts.Membership] {
        var found: [ArticleFacts.Membership] = []
        for sentence in document.sentences {
            let words = sentence.map { document.word($0) }
            var offset = 0
            while offset < words.count {
                guard let phrase = Self.phrases.first(where: { words[offset...].starts(with: $0.words) }) else { offset += 1; continue }
                let at = sentence.lowerBound + offset
                let end = at + phrase.words.count
                defer { offset += phrase.words.count }
                // Negated in its clause: "has not left".
                if ["not", "never", "n't", "no"].contains(document.word(at - 1)) || ["not", "never", "n't"].contains(document.word(at - 2)) && ["has", "have", "did", "does", "will"].contains(document.word(at - 1)) { continue }
                guard let org = organisation(near: end, sentence: sentence), let country = country(before: at, after: end, sentence: sentence) else { continue }
                let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
                let event = ArticleFacts.Membership(org: org, country: country, action: phrase.action, start: span.start, end: span.end)
                if !found.contains(where: { $0.org == org && $0.country == country && $0.action == phrase.action }) { found.append(event) }
            }
        }
        return found
    }

    /// The organisation the verb acts on: the first named after it in the clause.
    func organisation(near index: Int, sentence: Range<Int>) -> String? {
        for span in document.entities(in: index..<min(sentence.upperBound, index + 10)) {
            if case let .organisation(code) = span.entity { return code }
        }
        // "the CSTO ... Armenia has frozen its participation": an organisation before the verb in the same sentence.
        return document.entities(in: sentence.lowerBound..<index).compactMap { if case let .organisation(code) = $0.entity { code } else { nil } }.last
    }

    /// The country that acts: the nearest before the verb (its name, capital, or a person's country),
    /// else the first after the organisation ("the accession of Armenia to the EAEU").
    func country(before index: Int, after end: Int, sentence: Range<Int>) -> String? {
        let before = document.entities(in: sentence.lowerBound..<index).compactMap { $0.entity.country }
        if let last = before.last { return last }
        return document.entities(in: end..<sentence.upperBound).compactMap { $0.entity.country }.first
    }
}

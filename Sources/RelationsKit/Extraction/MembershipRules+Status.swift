/// Membership events, part of `MembershipRules`: a membership or observer status held since a stated date is the
/// event of that date ("has been a member of the SCO since 2001", "From May 2002 Moldova held observer status"), and an
/// anniversary of a country's membership marks its joining ("the 15th anniversary of Lithuania's membership in NATO"), as
/// does a year in brackets after a member the reference confirms ("including India and Pakistan (2017)"); taking part as an
/// observer from a stated start is observer status ("since 2015, as an observer"); a status a country only may get is none
/// ("Azerbaijan may get a status of an observer").
extension MembershipRules {
    /// Verbs of belonging, which with "to" and an organisation state membership ("has belonged to the CSTO since 2002").
    static let belonging: Set<String> = ["belonged", "belongs", "belong", "belonging"]

    /// Words that hold a status before its noun ("has been a member", "has held observer status", "took part as a member", and
    /// an apposition's comma).
    /// ("Georgia was an official member since 1994": translated copy puts the simple copula there too.)
    static let holdingWords: Set<String> = ["been", "being", "held", "holds", "hold", "holding", "has", "have", "had", "enjoys", "enjoyed", "as", ",",
                                            "was", "were", "is", "are"]

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
                if ["the", "a"].contains(document.word(cursor)) { cursor -= 1 }
                // "a party to the Collective Security Treaty since its signing".
                // "observer status with the EAEU": observer status is held with an organisation too.
                guard ["of", "in", "at"].contains(document.word(cursor))
                        || document.word(cursor) == "to" && (["party", "parties"].contains(document.word(cursor - 1)) || Self.belonging.contains(document.word(cursor - 1)))
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
            // "have been part of the Customs Union since 2012", "has belonged to the CSTO since 2002": membership in other words.
            case "part" where org != nil && document.word(cursor + 1) == "of", _ where org != nil && Self.belonging.contains(document.word(cursor)):
                action = "joined"
            // "the treaty, to which Kazakhstan has been a party since May 1992": a party to a treaty named, or fronted as "to which".
            case "party", "parties":
                guard org != nil || (max(sentence.lowerBound, cursor - 8)..<cursor).contains(where: { document.word($0) == "which" && document.word($0 - 1) == "to" }) else { continue }
                action = "joined"
            case "observer": action = "observer"
            default: continue
            }
            cursor -= 1
            // "a full member", "an official member", "a CSTO member", "an SCO observer state", "an official SCO observer"; not
            // "an associate member".
            while cursor > sentence.lowerBound {
                if Self.statusQualifiers.contains(document.word(cursor)) { cursor -= 1; continue }
                guard let index = document.spanAt[cursor], case let .organisation(code) = document.spans[index].entity else { break }
                org = org ?? code
                cursor = document.spans[index].start - 1
            }
            if ["a", "an", "another"].contains(document.word(cursor)) { cursor -= 1 }
            // "has had the status of an official SCO observer since 2015", "holds the status of a full member": the status
            // named by its noun is held as the member or observer noun is.
            if document.word(cursor) == "of", Self.statusNouns.contains(document.word(cursor - 1)) {
                cursor -= 2
                if ["the", "a", "an"].contains(document.word(cursor)) { cursor -= 1 }
            }
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
        result += statusesHeldFromAFrontedDate(in: sentence, references: references)
        result += statusesHeldInAContactClause(in: sentence, references: references)
        return result
    }

    /// The same in a relative clause without "which" whose preposition is left at its end: "the Eurasian Economic Community it
    /// was a member to since 2006", "the CIS, the post-Soviet bloc the republic has been a member of since 1994". The
    /// organisation is the noun phrase the clause hangs on; its subject is a country, or "it", "the country" or "the republic"
    /// taking up the one named before.
    func statusesHeldInAContactClause(in sentence: Range<Int>, references: Coreference) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        for since in sentence where document.word(since) == "since" && since - 4 > sentence.lowerBound && since + 1 < sentence.upperBound && startsADate(since + 1)
            && ["of", "to", "in"].contains(document.word(since - 1)) {
            var cursor = since - 2
            let action: String
            switch document.word(cursor) {
            case "member": action = "joined"
            case "observer": action = "observer"
            default: continue
            }
            cursor -= 1
            while cursor > sentence.lowerBound, Self.statusQualifiers.contains(document.word(cursor)) { cursor -= 1 }
            guard ["a", "an"].contains(document.word(cursor)) else { continue }
            cursor -= 1
            guard Self.holdingVerbs.contains(document.word(cursor)), !isNegatedOrHypothetical(cursor, sentence: sentence) else { continue }
            while cursor - 1 > sentence.lowerBound, Self.holdingVerbs.contains(document.word(cursor - 1)) || Self.adverbs.contains(document.word(cursor - 1)) { cursor -= 1 }
            // The clause's subject right before its verb.
            let subject = cursor - 1
            let country: String?
            let subjectStart: Int
            if let index = document.spanAt[subject], document.spans[index].end == cursor, let code = document.spans[index].entity.country {
                (country, subjectStart) = (code, document.spans[index].start)
            } else if document.word(subject) == "it" {
                (country, subjectStart) = (references.country(referredToBy: subject), subject)
            } else if Coreference.countryWords.contains(document.word(subject)), document.word(subject - 1) == "the", document.spanAt[subject] == nil {
                (country, subjectStart) = (references.country(referredToBy: subject), subject - 1)
            } else { continue }
            // The organisation the clause hangs on: its name, or a noun standing for it ("the post-Soviet bloc").
            let head = subjectStart - 1
            let org: String?
            if let index = document.spanAt[head], document.spans[index].end == subjectStart, case let .organisation(code) = document.spans[index].entity {
                org = code
            } else if Coreference.organisationNouns.subtracting(["it", "which"]).contains(document.word(head)), document.spanAt[head] == nil {
                org = references.organisation(referredToBy: head)
            } else { org = nil }
            guard let org, let country else { continue }
            result.append((org, [country], action))
        }
        return result
    }

    /// An anniversary of a country's membership marks its joining: "the 15th anniversary of Lithuania's membership in NATO",
    /// "marking 20 years of Estonia's membership of the EU", "the anniversary of Kazakhstan's SCO membership", "the tenth
    /// anniversary of the membership of Armenia in the EAEU". The owner must be a country named in the phrase ("our
    /// membership" is left to the speaker's words elsewhere).
    func membershipAnniversaries(in sentence: Range<Int>) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        for lead in sentence where ["anniversary", "years", "decades"].contains(document.word(lead)) && document.word(lead + 1) == "of" {
            if document.word(lead) != "anniversary", !(max(sentence.lowerBound, lead - 2)..<lead).contains(where: { tokens[$0].kind == .number || NumberWords.cardinalWords[document.word($0)] != nil }) { continue }
            var cursor = lead + 2
            if document.word(cursor) == "the" { cursor += 1 }
            var countries: [String] = []
            var org: String?
            if let span = document.entity(at: cursor), span.entity.country != nil, document.word(span.end) == "'s" || coordinatedCountries(startingAt: span.start, sentence: sentence).end > span.end {
                let list = coordinatedCountries(startingAt: span.start, sentence: sentence)
                guard document.word(list.end) == "'s" else { continue }
                countries = list.codes
                cursor = list.end + 1
                if let named = document.entity(at: cursor), case let .organisation(code) = named.entity { org = code; cursor = named.end }
                guard document.word(cursor) == "membership" else { continue }
                cursor += 1
            } else if document.word(cursor) == "membership", document.word(cursor + 1) == "of" {
                let owner = document.word(cursor + 2) == "the" ? cursor + 3 : cursor + 2
                guard let span = document.entity(at: owner), span.entity.country != nil else { continue }
                let list = coordinatedCountries(startingAt: span.start, sentence: sentence)
                countries = list.codes
                cursor = list.end
            } else { continue }
            if org == nil {
                guard ["in", "of", "to", "within"].contains(document.word(cursor)) else { continue }
                cursor += 1
                if document.word(cursor) == "the" { cursor += 1 }
                guard let named = document.entity(at: cursor), case let .organisation(code) = named.entity, !Self.bodyHeads.contains(document.word(named.end)) else { continue }
                org = code
            }
            if let org, !countries.isEmpty { result.append((org, countries, "joined")) }
        }
        return result
    }

    /// A membership held over a stated span of years is joining at its start and leaving at its end: "Uzbekistan was a
    /// participant of the Association of GUUAM in 1999-2005", "was a member of the CIS from 1993 to 2009", "had been a
    /// member of GUAM between 1999 and 2005". Only a past copula before the noun ("is a member ... since" is read above),
    /// and only a span of two years, the first before the second.
    func statusesHeldOverASpan(in sentence: Range<Int>) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        for noun in sentence where ["member", "members", "participant", "participants"].contains(document.word(noun)) && noun > sentence.lowerBound + 1 {
            var lead = noun - 1
            while lead > sentence.lowerBound, ["full", "-", "fledged", "permanent"].contains(document.word(lead)) { lead -= 1 }
            if ["a", "an"].contains(document.word(lead)) { lead -= 1 }
            guard ["was", "were", "been"].contains(document.word(lead)) else { continue }
            var cursor = noun + 1
            guard cursor < sentence.upperBound, ["of", "in"].contains(document.word(cursor)) else { continue }
            cursor += 1
            var org: String?
            // "of the Association of GUUAM": articles and a capitalized head before the name; not "of the bodies of the CIS",
            // nor a body after it ("a member of the UN Security Council").
            while cursor < min(sentence.upperBound, noun + 8) {
                if let span = document.entity(at: cursor) {
                    // (a body inside the name too: "the UN Security Council", "the CIS Interparliamentary Assembly")
                    if case let .organisation(code) = span.entity, span.end < sentence.upperBound, !tokens[span.end].isCapitalized, document.word(span.end) != "'s",
                       !(span.start..<span.end).contains(where: { Self.bodyHeads.contains(document.word($0)) }) {
                        org = code
                        cursor = span.end
                    }
                    break
                }
                guard tokens[cursor].kind == .word, ["the", "of"].contains(document.word(cursor)) || tokens[cursor].isCapitalized else { break }
                cursor += 1
            }
            guard let org, spansYears(from: cursor, sentence: sentence) else { continue }
            var verb = lead
            while verb > sentence.lowerBound, ["had", "has", "have", "been"].contains(document.word(verb - 1)) { verb -= 1 }
            guard !isNegatedOrHypothetical(verb, sentence: sentence) else { continue }
            let countries = self.countries(before: verb, after: verb, sentence: sentence)
            guard !countries.isEmpty else { continue }
            result.append((org, countries, "joined"))
            result.append((org, countries, "left"))
        }
        return result
    }

    /// Whether a span of two years starts at `index`: "in 1999-2005", "from 1999 to 2005", "between 1999 and 2005".
    func spansYears(from index: Int, sentence: Range<Int>) -> Bool {
        guard index + 3 < sentence.upperBound, ["in", "from", "between", "during"].contains(document.word(index)) else { return false }
        func year(_ position: Int) -> Int? {
            guard tokens[position].kind == .number, let value = Int(tokens[position].text), (1900...2100).contains(value) else { return nil }
            return value
        }
        guard let first = year(index + 1), ["-", "\u{2013}", "\u{2014}", "to", "until", "till", "and"].contains(document.word(index + 2)),
              let second = year(index + 3), first < second else { return false }
        return true
    }

    /// Words that qualify a member or observer noun without changing the status ("a full member", "a full-fledged member",
    /// "an official observer"); "an associate member" is another status and stops the reading.
    static let statusQualifiers: Set<String> = ["full", "-", "fledged", "permanent", "official", "formal"]

    /// Nouns that name a status by an "of" phrase ("the status of an observer", "the status of a full member").
    static let statusNouns: Set<String> = ["status", "rank", "position"]

    static let holdingVerbs: Set<String> = ["has", "have", "had", "been", "held", "holds", "was", "were", "is", "enjoyed", "enjoys"]

    /// The same with the date fronted before the subject: "From May 2002 Moldova held observer status in the Eurasian Economic
    /// Community", "Since 2015, Uzbekistan has been an observer of the SCO", at the sentence's opening or at a clause
    /// coordinated after it ("Since 2010, Belarus has been a dialogue partner, and since 2015 it has been an observer";
    /// "...; from 2004 Mongolia held observer status").
    func statusesHeldFromAFrontedDate(in sentence: Range<Int>, references: Coreference) -> [(org: String, countries: [String], action: String)] {
        clauseOpenings(in: sentence).compactMap { statusHeld(fromDateAt: $0, in: sentence, references: references) }
    }

    /// Where the sentence's clauses open, a fronted date's possible places: the sentence's first word, over a list's bullet
    /// or a dateline run into it, and a "since" or "from" that opens a clause coordinated after it ("; from 2004 Mongolia
    /// held", ", and since 2015 it has been").
    func clauseOpenings(in sentence: Range<Int>) -> [Int] {
        // A list's bullet may open the sentence, and so may a dateline that runs into it ("MINSK, 4 January 2010 (BelTA) - Since ...").
        var first = ["-", "•", "*"].contains(document.word(sentence.lowerBound)) ? sentence.lowerBound + 1 : sentence.lowerBound
        if tokens[sentence.lowerBound].isAllCaps, let dash = (sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 16)).first(where: { document.word($0) == "-" }) {
            first = dash + 1
            while document.word(first) == "-" { first += 1 }
        }
        let coordinated = (first + 1..<max(first + 1, sentence.upperBound)).filter { position in
            ["since", "from"].contains(document.word(position))
                && (document.word(position - 1) == ";" || ["and", "but", "while", "whereas"].contains(document.word(position - 1)) && [",", ";"].contains(document.word(position - 2)))
        }
        return [first] + coordinated
    }

    /// The status held from the date fronted at `first` ("since" or "from") by the subject after it: countries named, "the
    /// country" taking up the one named before, or, in a coordinated clause of a sentence that opens on a country, "it"
    /// taking up a country the sentence named ("Since 2010, Belarus has been a dialogue partner, and since 2015 it has the
    /// status of an observer"; not "Since 2010, the SCO has grown, and since 2015 it has had six members").
    func statusHeld(fromDateAt first: Int, in sentence: Range<Int>, references: Coreference) -> (org: String, countries: [String], action: String)? {
        guard ["since", "from"].contains(document.word(first)), first + 1 < sentence.upperBound, startsADate(first + 1) else { return nil }
        var cursor = first + 1
        // ("Since January 1, 2012, Belarus ...": over the comma between the day and the year.)
        while cursor < sentence.upperBound, tokens[cursor].kind == .number || DateWords.month(tokens[cursor]) != nil
                || document.word(cursor) == "," && tokens[cursor - 1].kind == .number && cursor + 1 < sentence.upperBound && tokens[cursor + 1].kind == .number { cursor += 1 }
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
        } else if first > sentence.lowerBound, document.word(cursor) == "it", let opening = document.entities(in: sentence.lowerBound..<first).first,
                  opening.entity.country != nil, let code = references.country(referredToBy: cursor),
                  document.entities(in: sentence.lowerBound..<first).contains(where: { $0.entity.country == code }) {
            countries = [code]
            cursor += 1
        } else { return nil }
        guard Self.holdingVerbs.contains(document.word(cursor)) else { return nil }
        while cursor < sentence.upperBound, Self.holdingVerbs.contains(document.word(cursor)) || Self.adverbs.contains(document.word(cursor)) { cursor += 1 }
        if ["a", "an", "the"].contains(document.word(cursor)) { cursor += 1 }
        // "Since 2015 Belarus has had the status of an official SCO observer": the status named by its noun.
        if Self.statusNouns.contains(document.word(cursor)), document.word(cursor + 1) == "of" {
            cursor += 2
            if ["a", "an", "the"].contains(document.word(cursor)) { cursor += 1 }
        }
        while Self.statusQualifiers.contains(document.word(cursor)) { cursor += 1 }
        var org: String?
        if let span = document.entity(at: cursor), case let .organisation(code) = span.entity { org = code; cursor = span.end }
        let action: String
        switch document.word(cursor) {
        case "member", "party", "members", "parties": action = "joined"
        // "Since 2012, Belarus, Kazakhstan and Russia have been part of a Customs Union", "Since 2002 Belarus has belonged to the CSTO".
        case "part" where document.word(cursor + 1) == "of", _ where Self.belonging.contains(document.word(cursor)) && document.word(cursor + 1) == "to":
            action = "joined"
        case "observer", "observers": action = "observer"
        default: return nil
        }
        cursor += 1
        if ["status", "state", "country", "states", "countries"].contains(document.word(cursor)) { cursor += 1 }
        if org == nil, ["of", "in", "at", "to"].contains(document.word(cursor)) || action == "observer" && document.word(cursor) == "with" {
            let lead = ["the", "a", "an"].contains(document.word(cursor + 1)) ? cursor + 2 : cursor + 1
            // Not a name that modifies the head ("has been part of the CSTO talks").
            if let span = document.entity(at: lead), case let .organisation(code) = span.entity {
                guard !modifiesAHeadNoun(span.end, sentence: sentence) else { return nil }
                org = code
            }
        }
        guard !isNegatedOrHypothetical(cursor, sentence: sentence), let code = org ?? topicOrganisation(before: cursor) else { return nil }
        return (code, countries, action)
    }

    /// Members listed with the year each joined in brackets: "the SCO now has ten full members, including India and Pakistan
    /// (2017), Iran (2022) and Belarus (2024)", "NATO's members include Estonia (2004)", "its newest members are Egypt and Iran
    /// (both 2024)". Each dated name of a sentence that speaks of members ("member", "members", "membership") joined the
    /// organisation the sentence names, else the paragraph's, when the reference lists it as that organisation's member from
    /// that year or the next or the one before (copy dates by signature as often as by entry into force). A year the
    /// reference does not confirm, or a name the reference does not list, gives nothing: a bracket holds many other things.
    func membersDatedInBrackets(in sentence: Range<Int>) -> [(org: String, countries: [String], action: String)] {
        guard sentence.contains(where: { ["member", "members", "membership", "member-states"].contains(document.word($0)) }) else { return [] }
        var result: [(org: String, countries: [String], action: String)] = []
        for open in sentence where document.word(open) == "(" && open > sentence.lowerBound {
            var cursor = open + 1
            if ["both", "all", "in", "since", "joined"].contains(document.word(cursor)) { cursor += 1 }
            guard cursor + 1 < sentence.upperBound, tokens[cursor].kind == .number, tokens[cursor].text.count == 4, let year = Int(tokens[cursor].text),
                  document.word(cursor + 1) == ")" else { continue }
            // The name right before the bracket, and one coordinated with it by "and" ("India and Pakistan (2017)"; not the
            // undated names of a longer list, "Russia, Belarus, Kazakhstan, Armenia (2015)").
            guard let last = document.spanAt[open - 1].map({ document.spans[$0] }), last.end == open, let code = last.entity.country else { continue }
            var countries = [code]
            if document.word(last.start - 1) == "and", let first = document.spanAt[last.start - 2].map({ document.spans[$0] }), let other = first.entity.country,
               document.word(first.start - 1) != "," { countries.insert(other, at: 0) }
            let named = document.entities(in: sentence.lowerBound..<open).last(where: { if case .organisation = $0.entity { true } else { false } })
            guard let org = named.flatMap({ span -> String? in if case let .organisation(code) = span.entity { code } else { nil } }) ?? topicOrganisation(before: open) else { continue }
            let confirmed = countries.filter { country in
                reference.data.memberships.contains { row in
                    row.organisation == org && row.country == country && row.role == "member"
                        && (row.joined.flatMap { Int($0.prefix(4)) }.map { abs($0 - year) <= 1 } ?? false)
                }
            }
            if !confirmed.isEmpty { result.append((org, confirmed, "joined")) }
        }
        return result
    }

    /// Verbs of taking part, whose role after "as" says the status held ("has participated in the SCO as an observer").
    static let participating: Set<String> = ["participated", "participates", "participating", "participate", "part", "attended", "attends", "attending",
                                             "involved", "sat", "sits", "worked", "works", "represented", "cooperated", "cooperates"]

    /// Taking part in an organisation as an observer from a stated start is observer status granted then: "Since 2010,
    /// Belarus has participated in the SCO as a dialogue partner, and since 2015, as an observer", "has taken part in the
    /// union's work as an observer since 2018", "attended the summit for the first time as an observer" (the first time is
    /// the start). With no start ("attends as an observer") the status is held, no event (a ruling of the conventions).
    /// The country is the verb's subject, the organisation the one named after the verb, else the paragraph's or the text's.
    func observerParticipation(in sentence: Range<Int>, references: Coreference) -> [(org: String, countries: [String], action: String)] {
        var result: [(org: String, countries: [String], action: String)] = []
        for role in sentence where document.word(role) == "as" && role > sentence.lowerBound + 2 {
            var cursor = role + 1
            if ["a", "an"].contains(document.word(cursor)) { cursor += 1 }
            guard document.word(cursor) == "observer" else { continue }
            // The start: "since 2015, as", "from 2018 as", "as an observer since 2018", "for the first time as".
            var lead = role - 1
            if document.word(lead) == "," { lead -= 1 }
            let window = max(sentence.lowerBound, lead - 4)...lead
            var after = cursor + 1
            if ["state", "country"].contains(document.word(after)) { after += 1 }
            if ["of", "in", "at", "to"].contains(document.word(after)), let span = document.entity(at: document.word(after + 1) == "the" ? after + 2 : after + 1) { after = span.end }
            let started = window.contains { ["since", "from"].contains(document.word($0)) && startsADate($0 + 1) }
                || (lead - 3 >= sentence.lowerBound && (lead - 3...lead).map { document.word($0) } == ["for", "the", "first", "time"])
                || ["since", "from"].contains(document.word(after)) && after + 1 < sentence.upperBound && startsADate(after + 1)
            // The verb of taking part before the role, in its sentence.
            guard let verb = (sentence.lowerBound..<role).last(where: { Self.participating.contains(document.word($0)) }),
                  document.word(verb) != "part" || ["taken", "took", "take", "taking", "takes"].contains(document.word(verb - 1)) else { continue }
            let verbStart = document.word(verb) == "part" ? verb - 1 : document.word(verb) == "involved" ? verb - 1 : verb
            // The subject: the nearest country before the verb, not a preposition's object.
            guard let subject = document.entities(in: max(sentence.lowerBound, verbStart - 8)..<verbStart).last(where: { span in
                span.entity.country != nil && !["in", "to", "with", "from", "of", "by", "for"].contains(document.word(span.start - 1))
            }), let country = subject.entity.country else { continue }
            // Or the start fronted before the subject, as `statusesHeldFromAFrontedDate` reads it: "Since 2015, Belarus has
            // been participating in the SCO as an observer", "From 2018 Uzbekistan took part in its work as an observer".
            let frontedStart = clauseOpenings(in: sentence).contains { opening in
                ["since", "from"].contains(document.word(opening)) && startsADate(opening + 1) && opening < subject.start
                    && subject.start - opening <= 8 && !document.entities(in: opening..<subject.start).contains { $0.entity.country != nil }
            }
            guard started || frontedStart else { continue }
            // The organisation named between the verb and the role, else after the role in its clause ("took part for the
            // first time as an observer state in a meeting of SCO experts").
            let clauseEnd = (role..<sentence.upperBound).first { [",", ";", "."].contains(document.word($0)) } ?? sentence.upperBound
            let named = (document.entities(in: verb..<role) + document.entities(in: role..<clauseEnd)).first(where: { if case .organisation = $0.entity { true } else { false } })
                .flatMap { span -> String? in if case let .organisation(code) = span.entity { code } else { nil } }
            guard let org = named ?? topicOrganisation(before: verb) ?? references.mostNamedOrganisation(before: verb) else { continue }
            if !isNegatedOrHypothetical(verb, sentence: sentence) { result.append((org, [country], "observer")) }
        }
        return result
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

    /// Verbs by which a country comes to hold a status, in the base form a modal takes.
    static let gettingStatus: Set<String> = ["get", "obtain", "receive", "gain", "acquire", "be", "win", "secure"]

    /// Whether the status phrase at `at` is the object of a verb of getting under a modal of possibility ("may get a status
    /// of an observer", "could soon receive observer status", "might be granted"): a step supposed, neither taken nor planned;
    /// or under the future ("will be granted observer status", "would also receive the status", "is to obtain", "is set to
    /// get", "is expected to receive"): a status still to come, which is no status granted (observer status has no plan).
    func isPossibleStatus(at: Int, sentence: Range<Int>) -> Bool {
        var cursor = at - 1
        while cursor > sentence.lowerBound, ["a", "an", "the", "its", "full", "permanent"].contains(document.word(cursor)) { cursor -= 1 }
        if ["granted", "given", "awarded", "accorded"].contains(document.word(cursor)), document.word(cursor - 1) == "be" { cursor -= 1 }
        guard Self.gettingStatus.contains(document.word(cursor)) else { return false }
        cursor -= 1
        while cursor > sentence.lowerBound, Self.adverbs.contains(document.word(cursor)) { cursor -= 1 }
        if ["will", "shall", "would", "'ll"].contains(document.word(cursor)) { return true }
        if document.word(cursor) == "to", ["is", "are", "set", "expected", "due", "poised", "likely"].contains(document.word(cursor - 1)) { return true }
        return Self.possibilityModals.contains(document.word(cursor)) && tokens[cursor].text != "May"
    }
}

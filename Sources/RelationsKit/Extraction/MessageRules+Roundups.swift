/// Messages, part of `MessageRules`: roundups, the articles that report many messages at once. A roundup shares one occasion
/// and one recipient (or one sender) across a list of parties, and names the parties of the list by their states more often
/// than by their names: "congratulated by a number of state leaders, including those of A, B and C", "greetings were sent to
/// the heads of the CIS states — A, B, C", "The Presidents of A, B and C, as well as other foreign leaders, congratulated X",
/// "congratulated the people and the President on the holiday". What is read here is that structure, a group of leaders and
/// the states that stand for its members, whatever verb or voice the outlet reports it with.
extension MessageRules {
    /// The states after a group of leaders that opens at `start` (the token after "from", "by" or "to"), each standing for one
    /// member of the group: "the leaders of A, B and C", "a number of state leaders, including those of A and B", "several
    /// foreign heads of state, among them those of A and B", "the heads of the CIS states — A, B, C", "the presidents of the
    /// following countries: A, B". A group whose noun is a head of state's ("heads", "heads of state", "presidents") gives each
    /// state's president (named in the article, else on the date); "leaders" is no office of the conventions and gives the state.
    /// With the index of the first token after the list. Nil for anything else, and for a list of one state (a group of one is
    /// no roundup, and "the leaders of A" is read as its state elsewhere).
    func leaderGroupStates(from start: Int, in sentence: Range<Int>, actors: [Actor]) -> (states: [Actor], end: Int)? {
        var cursor = start
        // "the", "a number of", "several", "many", "some", then words that qualify the group ("foreign", "world", "state").
        if document.word(cursor) == "a", document.word(cursor + 1) == "number", document.word(cursor + 2) == "of" { cursor += 3 }
        while cursor < sentence.upperBound, Self.groupQualifiers.contains(document.word(cursor)) { cursor += 1 }
        var office: String?
        if case let .office(name, plural: true)? = document.entity(at: cursor)?.entity {
            office = name
            cursor = document.entity(at: cursor)!.end
        } else if let head = headNoun(at: cursor), head.plural {
            // "presidents", "heads of state", "prime ministers", "leaders" (`headNoun`; "" for no office of the conventions).
            office = head.office.isEmpty ? nil : head.office
            cursor = head.end
        } else if Self.leaderGroupNouns.contains(document.word(cursor)) {
            // "the heads of the CIS states": heads of states are their presidents.
            office = document.word(cursor) == "heads" ? "President" : nil
            cursor += 1
        } else { return nil }
        // "leaders of state and government": the kind of leader, not yet the states.
        if document.word(cursor) == "of", ["state", "states", "government", "governments"].contains(document.word(cursor + 1)),
           document.entity(at: cursor + 1) == nil {
            cursor += 2
            if document.word(cursor) == "and", ["government", "governments"].contains(document.word(cursor + 1)) { cursor += 2 }
        }
        // The link between the group and its states: "of", "of the CIS states —", "including (those of)", "such as", ":", a dash.
        guard let first = statesListStart(after: cursor, in: sentence) else { return nil }
        cursor = first
        var states: [Actor] = []
        while cursor < sentence.upperBound {
            if document.word(cursor) == "the" { cursor += 1 }
            guard let place = document.entity(at: cursor), let code = place.entity.country,
                  !actors.contains(where: { $0.start == cursor && $0.isPerson && !$0.listed }) else { break }
            let holder = office.flatMap { articleHolder(office: $0, country: code) ?? reference.holder(office: $0, country: code, on: document.publishedOn) }
            if !states.contains(where: { $0.name == (holder ?? code) }) {
                states.append(Actor(name: holder ?? code, start: place.start, end: place.end, isPerson: holder != nil, listed: true))
            }
            cursor = place.end
            // "A, B and C", "A, B, and C", "A, B, as well as C", "A and B": the list goes on to the next state; it ends before
            // anything else ("..., as well as to the leaders of D": the phrase after it is read as a list of its own).
            var next = cursor
            if document.word(next) == ",", isAsWellAs(next + 1) { next += 1 }
            if isAsWellAs(next) {
                next += 3
            } else if [",", "and"].contains(document.word(next)) {
                next += 1
                if document.word(next) == "and" { next += 1 }
            } else { break }
            guard document.entity(at: document.word(next) == "the" ? next + 1 : next)?.entity.country != nil else { break }
            cursor = next
        }
        // A person named right after the states is what the states describe ("the heads of A and B, C and D"): not read here.
        guard states.count >= 2, document.entity(at: cursor)?.entity.person == nil, !(document.word(cursor) == "," && document.entity(at: cursor + 1)?.entity.person != nil)
        else { return nil }
        return (states, cursor)
    }

    /// The group of leaders after a first item that names no one the actors read, closed by "and" within six tokens ("the
    /// European Commission's president and presidents of A, B and C"): the group's states (`leaderGroupStates`). Nil when the
    /// first item names a state or a person, or holds a comma (a list of its own).
    func groupAfterUnnamedItem(from start: Int, in sentence: Range<Int>, actors: [Actor]) -> (states: [Actor], end: Int)? {
        guard let and = (start..<min(sentence.upperBound, start + 7)).first(where: { document.word($0) == "and" }), and > start,
              !(start..<and).contains(where: { document.word($0) == "," || document.entity(at: $0).map { $0.entity.country != nil || $0.entity.person != nil } == true })
        else { return nil }
        return leaderGroupStates(from: and + 1, in: sentence, actors: actors)
    }

    /// The first token of the states a group's link introduces at `index`: "of (the)", "of the CIS states" then a colon, a dash or
    /// an introducer ("of the CIS states — A", "of the SCO member countries, including A"), "of the following countries:", an
    /// introducer ("including A", ", including those of A", "among them those of A", "such as A"), a colon or a dash.
    func statesListStart(after index: Int, in sentence: Range<Int>) -> Int? {
        var cursor = index
        if document.word(cursor) == "of" {
            cursor += 1
            if document.word(cursor) == "the" { cursor += 1 }
            // "of the CIS states", "of the following countries", "of the member states", "of friendly countries": the group's
            // countries named as a whole, whose members the link after it lists.
            var whole = cursor
            if case .organisation? = document.entity(at: whole)?.entity { whole = document.entity(at: whole)!.end }
            while whole < sentence.upperBound, Self.groupQualifiers.contains(document.word(whole)) || ["following", "member"].contains(document.word(whole)) { whole += 1 }
            if Self.memberNouns.contains(document.word(whole)) {
                while Self.memberNouns.contains(document.word(whole)) { whole += 1 }
                return listLink(at: whole)
            }
            return document.entity(at: cursor)?.entity.country != nil ? cursor : nil
        }
        return listLink(at: cursor)
    }

    /// The token after the words that open a list of a group's states at `index`: a colon, a dash, or an introducer (after a comma
    /// or not), with "those of" after it ("including those of A"). Nil when none opens there.
    func listLink(at index: Int) -> Int? {
        var cursor = index
        if [":", "—", "–", "-"].contains(document.word(cursor)) { return cursor + 1 }
        if document.word(cursor) == "," { cursor += 1 }
        guard var after = afterListIntroducer(cursor) else { return nil }
        if ["those", "that"].contains(document.word(after)), document.word(after + 1) == "of" { after += 2 }
        return after
    }

    /// Whether a state recipient stands for a member of a group of leaders the message's own phrase names, in an article that
    /// says the messages were written: a group noun with "of" or "from" between the message's word and the state, in the same
    /// clause ("congratulated the leaders of A, B and C", "greeted the heads of state of A and B", "congratulated his counterparts
    /// from A and B", "the prime ministers of A and B"), and a written medium named outside quotations anywhere in the article or
    /// its title (`namesWrittenMedium`: "In his letters he stressed ...", "The telegrams said ..."). Such a state is its leader
    /// written to (the conventions give the country when the tables name no holder), not a state congratulated at a visit or in a
    /// statement; without a written medium a group congratulated may have been spoken to at a summit, and stays out.
    func standsForGroupMember(_ state: Actor, after trigger: Int) -> Bool {
        guard state.start > trigger, namesWrittenMedium() else { return false }
        let groups = Self.groupNouns.union(Self.addressedGroups).union(Self.leaderGroupNouns).union(["ministers", "premiers"])
        return (trigger + 1..<state.start).contains { index in
            groups.contains(document.word(index)) && ["of", "from"].contains(document.word(index + 1))
                && !(index..<state.start).contains { Self.clauseBreaks.contains(document.word($0)) || [";", ":"].contains(document.word($0)) }
        }
    }

    /// Words that may stand before a group of leaders ("the", "several foreign", "fellow", "world", "state"), or qualify the
    /// countries after its "of" ("of friendly countries", "of neighbouring states").
    static let groupQualifiers: Set<String> = ["the", "several", "many", "some", "numerous", "various", "foreign", "world", "state", "fellow", "other",
                                               "regional", "neighbouring", "neighboring", "friendly", "partner", "allied", "international", "their", "his", "her"]

    /// Nouns of a group of leaders of several states that `headNoun` does not read ("the heads of the CIS states", "his counterparts
    /// in A and B", "the leadership of A and B").
    static let leaderGroupNouns: Set<String> = ["heads", "leadership", "counterparts", "colleagues"]

    /// Whether the sentence's subject, before `trigger`, is the states a plural office lists ("The Presidents of A, B and C, as
    /// well as other foreign leaders, congratulated X"): each is a sender, as a list closed by "and" would be. The run of actors
    /// the office listed (`Actor.listed`), when it opens the sentence (no "to" or "from" before it: not a recipient phrase).
    func listedSubjects(before trigger: Int, in sentence: Range<Int>, actors: [Actor]) -> [Actor]? {
        guard let first = actors.first, first.listed, first.start < trigger,
              !(sentence.lowerBound..<first.start).contains(where: { ["to", "from", "by", "with"].contains(document.word($0)) }) else { return nil }
        let run = Array(actors.prefix { $0.listed && $0.end <= trigger })
        return run.count >= 2 ? run : nil
    }

    /// The person an office named with no country of its own stands for in a roundup ("congratulated the Belarusian people and the
    /// President on the holiday", "sent greetings to the head of state and the people of X"): the one person the article reports
    /// the messages to (`addressee`), when they hold that office; else the holder of that office in the one state whose people
    /// the same phrase addresses (`peoples`: "the King and the people of X" is X's king). The office must be a recipient's: in the
    /// phrase after the message's verb or word (up to a clause's end), after "the", with no country or name of its own after it.
    func bareOfficeAddressee(after trigger: Int, in sentence: Range<Int>, addressee: String?, peoples: [String]) -> (actor: Actor, country: String?)? {
        var cursor = trigger + 1
        let end = min(sentence.upperBound, trigger + 12)
        while cursor < end, ![".", ";", "on", "for", "in", "over", "with", "that", "\""].contains(document.word(cursor)) {
            var office: String?
            var after = cursor + 1
            if let span = document.entity(at: cursor), let name = span.entity.office {
                office = name
                after = span.end
            } else if document.word(cursor) == "head", document.word(cursor + 1) == "of", document.word(cursor + 2) == "state" {
                office = "President"
                after = cursor + 3
            }
            if let office, document.word(cursor - 1) == "the", document.word(after) != "of", after >= tokens.count || document.spanAt[after] == nil {
                if let addressee, holds(addressee, office: office) {
                    return (Actor(name: addressee, start: cursor, end: after, isPerson: true), countryOf(person: addressee))
                }
                if Set(peoples).count == 1, let code = peoples.first,
                   let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: document.publishedOn) {
                    return (Actor(name: holder, start: cursor, end: after, isPerson: true), code)
                }
                return nil
            }
            cursor = max(after, cursor + 1)
        }
        return nil
    }
}
